//! The committed schema is the server's schema.

#[test]
fn the_committed_schema_matches_the_server() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../api/schema.graphql");
    let committed = std::fs::read_to_string(path).expect("api/schema.graphql exists");
    let current = gridgov_api::graphql::export_sdl();
    assert!(
        committed == current,
        "api/schema.graphql is out of date: run `cargo run -p gridgov-api -- export-schema --output api/schema.graphql` and regenerate the frontend client (npm run codegen)"
    );
}

#[test]
fn the_frontends_codes_match_the_server() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../frontend/src/api/codes.generated.ts"
    );
    let committed =
        std::fs::read_to_string(path).expect("frontend/src/api/codes.generated.ts exists");
    let current = gridgov_api::codes::typescript();
    assert!(
        committed == current,
        "frontend/src/api/codes.generated.ts is out of date: run `cargo run -p gridgov-api -- export-codes --output frontend/src/api/codes.generated.ts` (or `make schema`)"
    );
}
