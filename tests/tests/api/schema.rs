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
