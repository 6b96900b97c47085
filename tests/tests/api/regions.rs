//! The region tree: creating, changing, moving and deleting under the tree's rules. Every rule
//! broken comes back as a `userErrors` code, and nothing is written.

use crate::helpers::*;
use serde_json::{Value, json};

const CREATE: &str = "mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { id code name kind gridKind version boundary center { lng lat } } userErrors { field code message } } }";
const UPDATE: &str = "mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { id code name version } userErrors { field code } } }";
const MOVE: &str = "mutation($input: MoveRegionInput!) { moveRegion(input: $input) { region { id code parent { code } ancestors { code } } userErrors { field code } } }";
const DELETE: &str =
    "mutation($id: ID!) { deleteRegion(input: { id: $id }) { deletedId userErrors { code } } }";

struct Tree {
    admin: String,
    street: String,
    community: String,
    grid: String,
}

async fn tree(app: &TestApp) -> Tree {
    let admin = app.token(COUNTY_A, "admin").await;
    Tree {
        street: app.region_id(&admin, "371599001").await,
        community: app.region_id(&admin, "371599001001").await,
        grid: app.region_id(&admin, "371599001001001").await,
        admin,
    }
}

async fn count_with_code(app: &TestApp, token: &str, code: &str) -> usize {
    let found = app
        .gql(
            Some(token),
            "query($s: String) { regions(search: $s) { nodes { code } } }",
            json!({ "s": code }),
        )
        .await;
    found.ok()["regions"]["nodes"]
        .as_array()
        .map(|nodes| nodes.iter().filter(|n| n["code"] == code).count())
        .unwrap_or(0)
}

#[tokio::test]
async fn a_county_admin_creates_a_grid_with_a_boundary() {
    let app = spawn_app().await;
    let t = tree(&app).await;
    let created = app
        .gql(
            Some(&t.admin),
            CREATE,
            json!({ "input": { "parentId": t.community, "kind": "GRID", "gridKind": "EXCLUSIVE", "code": "371599001001009", "name": "青河小学专属网格",
                     "boundary": square(117.2, 36.6, 0.01), "center": { "lng": 117.205, "lat": 36.605 } } }),
        )
        .await;
    let region = &created.ok()["createRegion"]["region"];
    assert_eq!(region["kind"], "GRID");
    assert_eq!(region["gridKind"], "EXCLUSIVE");
    assert_eq!(region["boundary"]["type"], "Polygon");
    assert_eq!(region["version"], 1);
    let map = app
        .gql(
            Some(&t.admin),
            "query($id: ID) { gridMap(under: $id) { gridCount } }",
            json!({ "id": t.community }),
        )
        .await;
    assert_eq!(map.ok()["gridMap"]["gridCount"], 5);
}

#[tokio::test]
async fn each_broken_rule_is_a_user_error_and_nothing_is_written() {
    let app = spawn_app().await;
    let t = tree(&app).await;
    let cases: Vec<(Value, &str)> = vec![
        (
            json!({ "parentId": t.street, "kind": "GRID", "code": "371599001901", "name": "跳级网格" }),
            "INVALID_KIND_NESTING",
        ),
        (
            json!({ "parentId": t.community, "kind": "GRID", "code": "371599002001901", "name": "错码网格" }),
            "CODE_NOT_EXTENDING_PARENT",
        ),
        (
            json!({ "parentId": t.community, "kind": "GRID", "code": "371599001001-1", "name": "坏码网格" }),
            "INVALID_CODE",
        ),
        (
            json!({ "parentId": t.community, "kind": "GRID", "code": "371599001001002", "name": "重码网格" }),
            "CODE_TAKEN",
        ),
        (
            json!({ "parentId": t.community, "kind": "GRID", "code": "371599001001901", "name": "  " }),
            "INVALID_NAME",
        ),
        (
            json!({ "parentId": t.street, "kind": "COMMUNITY", "gridKind": "BASIC", "code": "371599001901", "name": "社区" }),
            "GRID_KIND_NOT_ALLOWED",
        ),
        (
            json!({ "parentId": t.community, "kind": "GRID", "code": "371599001001902", "name": "蝴蝶网格",
                    "boundary": { "type": "Polygon", "coordinates": [[[117.0, 36.0], [117.1, 36.1], [117.1, 36.0], [117.0, 36.1], [117.0, 36.0]]] } }),
            "INVALID_BOUNDARY",
        ),
        (
            json!({ "parentId": t.community, "kind": "GRID", "code": "371599001001903", "name": "开口网格",
                    "boundary": { "type": "Polygon", "coordinates": [[[117.0, 36.0], [117.1, 36.0], [117.1, 36.1], [117.0, 36.1]]] } }),
            "INVALID_BOUNDARY",
        ),
        (
            json!({ "parentId": t.community, "kind": "GRID", "code": "371599001001904", "name": "点网格", "boundary": { "type": "Point", "coordinates": [117.0, 36.0] } }),
            "INVALID_BOUNDARY",
        ),
        (
            json!({ "parentId": t.community, "kind": "GRID", "code": "371599001001905", "name": "远方网格", "center": { "lng": 190.0, "lat": 36.0 } }),
            "INVALID_CENTER",
        ),
    ];
    for (input, expected) in cases {
        let code = input["code"].as_str().unwrap_or_default().to_string();
        let response = app
            .gql(Some(&t.admin), CREATE, json!({ "input": input }))
            .await;
        assert_eq!(
            response.user_error("createRegion"),
            expected,
            "{input}: {:?}",
            response
        );
        assert_eq!(response.ok()["createRegion"]["region"], Value::Null);
        if expected != "CODE_TAKEN" {
            assert_eq!(
                count_with_code(&app, &t.admin, &code).await,
                0,
                "{code} was written"
            );
        }
    }
}

#[tokio::test]
async fn a_region_with_children_or_role_holders_cannot_be_deleted_but_an_empty_one_can() {
    let app = spawn_app().await;
    let t = tree(&app).await;
    let busy = app
        .gql(Some(&t.admin), DELETE, json!({ "id": t.community }))
        .await;
    assert_eq!(busy.user_error("deleteRegion"), "REGION_NOT_EMPTY");
    let held = app
        .gql(Some(&t.admin), DELETE, json!({ "id": t.grid }))
        .await;
    assert_eq!(held.user_error("deleteRegion"), "IN_USE");
    let fourth = app.region_id(&t.admin, "371599001001004").await;
    let gone = app
        .gql(Some(&t.admin), DELETE, json!({ "id": fourth }))
        .await;
    assert_eq!(gone.ok()["deleteRegion"]["deletedId"], fourth.as_str());
    app.gql(
        Some(&t.admin),
        "query($id: ID!) { region(id: $id) { id } }",
        json!({ "id": fourth }),
    )
    .await
    .fails_with("NOT_FOUND");
}

#[tokio::test]
async fn an_update_renames_recodes_the_subtree_and_detects_concurrent_changes() {
    let app = spawn_app().await;
    let t = tree(&app).await;
    let renamed = app
        .gql(Some(&t.admin), UPDATE, json!({ "input": { "id": t.community, "name": "青河新社区", "code": "371599001801", "expectedVersion": 1 } }))
        .await;
    assert_eq!(
        renamed.ok()["updateRegion"]["region"]["code"],
        "371599001801"
    );
    assert_eq!(renamed.ok()["updateRegion"]["region"]["version"], 2);
    assert_eq!(
        count_with_code(&app, &t.admin, "371599001801001").await,
        1,
        "children follow the new code"
    );
    let stale = app
        .gql(
            Some(&t.admin),
            UPDATE,
            json!({ "input": { "id": t.community, "name": "又改", "expectedVersion": 1 } }),
        )
        .await;
    stale.fails_with("CONFLICT");
    let bad = app
        .gql(
            Some(&t.admin),
            UPDATE,
            json!({ "input": { "id": t.community, "code": "371599002801" } }),
        )
        .await;
    assert_eq!(bad.user_error("updateRegion"), "CODE_NOT_EXTENDING_PARENT");
    let cleared = app
        .gql(
            Some(&t.admin),
            UPDATE,
            json!({ "input": { "id": t.grid, "boundary": null } }),
        )
        .await;
    cleared.ok();
    let grid = app
        .gql(
            Some(&t.admin),
            "query($id: ID!) { region(id: $id) { boundary } }",
            json!({ "id": t.grid }),
        )
        .await;
    assert_eq!(grid.ok()["region"]["boundary"], Value::Null);
}

#[tokio::test]
async fn moving_a_community_to_another_street_moves_its_grids_too() {
    let app = spawn_app().await;
    let t = tree(&app).await;
    let xiguan = app.region_id(&t.admin, "371599002").await;
    let moved = app.gql(Some(&t.admin), MOVE, json!({ "input": { "id": t.community, "newParentId": xiguan, "newCode": "371599002009" } })).await;
    let region = &moved.ok()["moveRegion"]["region"];
    assert_eq!(region["parent"]["code"], "371599002");
    assert_eq!(region["ancestors"][1]["code"], "371599002");
    // The grids are now in 西关街道's subtree, with codes under the new code.
    let under = app
        .gql(
            Some(&t.admin),
            "query($id: ID) { regions(under: $id, kind: GRID, first: 100) { nodes { code } } }",
            json!({ "id": xiguan }),
        )
        .await;
    let codes = under.ok()["regions"]["nodes"].to_string();
    assert!(codes.contains("371599002009001"), "{codes}");
    // The street admin of 东城 no longer reaches it; 东城's grid worker scope moved along.
    let street = app.token(COUNTY_A, "street.dongcheng").await;
    app.gql(
        Some(&street),
        "query($id: ID!) { region(id: $id) { id } }",
        json!({ "id": t.community }),
    )
    .await
    .fails_with("NOT_FOUND");
    let worker = app.token(COUNTY_A, "grid.qh01").await;
    let own = app
        .gql(
            Some(&worker),
            "{ regionRoots { code ancestors { code } } }",
            json!({}),
        )
        .await;
    assert_eq!(own.ok()["regionRoots"][0]["code"], "371599002009001");
}

#[tokio::test]
async fn a_region_cannot_move_into_its_own_subtree_or_under_the_wrong_level() {
    let app = spawn_app().await;
    let t = tree(&app).await;
    let into_self = app.gql(Some(&t.admin), MOVE, json!({ "input": { "id": t.street, "newParentId": t.grid, "newCode": "3715990010010011" } })).await;
    assert_eq!(into_self.user_error("moveRegion"), "INVALID_MOVE");
    let xiguan_community = app.region_id(&t.admin, "371599002001").await;
    let wrong_level = app.gql(Some(&t.admin), MOVE, json!({ "input": { "id": t.community, "newParentId": xiguan_community, "newCode": "371599002001009" } })).await;
    assert_eq!(wrong_level.user_error("moveRegion"), "INVALID_KIND_NESTING");
    assert_eq!(
        count_with_code(&app, &t.admin, "371599001001").await,
        1,
        "nothing moved"
    );
}

#[tokio::test]
async fn the_tree_pages_by_code_and_searches_by_name_or_code() {
    let app = spawn_app().await;
    let t = tree(&app).await;
    let first = app.gql(Some(&t.admin), "query($id: ID!) { region(id: $id) { childCount children(first: 2) { nodes { code } pageInfo { hasNextPage endCursor } } } }", json!({ "id": t.street })).await;
    let page = &first.ok()["region"]["children"];
    assert_eq!(first.ok()["region"]["childCount"], 4);
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    let next = app
        .gql(Some(&t.admin), "query($id: ID!, $after: String) { region(id: $id) { children(first: 2, after: $after) { nodes { code } pageInfo { hasNextPage } } } }", json!({ "id": t.street, "after": page["pageInfo"]["endCursor"] }))
        .await;
    assert_eq!(
        next.ok()["region"]["children"]["nodes"][0]["code"],
        "371599001003"
    );
    assert_eq!(
        next.ok()["region"]["children"]["pageInfo"]["hasNextPage"],
        false
    );
    let by_name = app
        .gql(
            Some(&t.admin),
            "{ regions(search: \"槐荫\") { nodes { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(by_name.ok()["regions"]["nodes"][0]["name"], "槐荫社区");
    let by_code = app
        .gql(
            Some(&t.admin),
            "{ regions(search: \"371599003\", kind: COMMUNITY) { nodes { code } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        by_code.ok()["regions"]["nodes"].as_array().map(Vec::len),
        Some(3)
    );
    let wildcard = app
        .gql(
            Some(&t.admin),
            "{ regions(search: \"%\") { nodes { code } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        wildcard.ok()["regions"]["nodes"],
        json!([]),
        "LIKE wildcards are escaped"
    );
}

#[tokio::test]
async fn of_two_simultaneous_updates_of_one_version_exactly_one_wins() {
    let app = spawn_app().await;
    let t = tree(&app).await;
    let rename = |name: &'static str| {
        app.gql(
            Some(&t.admin),
            UPDATE,
            json!({ "input": { "id": t.grid, "name": name, "expectedVersion": 1 } }),
        )
    };
    let (left, right) = tokio::join!(rename("甲网格"), rename("乙网格"));
    let wins = [&left, &right]
        .iter()
        .filter(|r| r.0.get("errors").is_none())
        .count();
    let conflicts = [&left, &right]
        .iter()
        .filter(|r| r.code() == Some("CONFLICT"))
        .count();
    assert_eq!((wins, conflicts), (1, 1), "{left:?} {right:?}");
    let now = app
        .gql(
            Some(&t.admin),
            "query($id: ID!) { region(id: $id) { name version } }",
            json!({ "id": t.grid }),
        )
        .await;
    assert_eq!(now.ok()["region"]["version"], 2);
}
