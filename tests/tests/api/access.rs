//! Scope: a role reaches its node's subtree and no further.

use crate::helpers::*;
use serde_json::json;

const DONGCHENG: &str = "371599001";
const XIGUAN: &str = "371599002";
const QINGHE: &str = "371599001001";
const QINGHE_GRID_1: &str = "371599001001001";

#[tokio::test]
async fn a_street_admin_cannot_read_or_change_another_streets_regions() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let xiguan = app.region_id(&admin, XIGUAN).await;
    let xiguan_community = app.region_id(&admin, "371599002001").await;
    let street = app.token(COUNTY_A, "street.dongcheng").await;

    app.gql(
        Some(&street),
        "query($id: ID!) { region(id: $id) { id } }",
        json!({ "id": xiguan_community }),
    )
    .await
    .fails_with("NOT_FOUND");
    app.gql(
        Some(&street),
        "mutation($id: ID!) { updateRegion(input: { id: $id, name: \"改名\" }) { region { id } } }",
        json!({ "id": xiguan_community }),
    )
    .await
    .fails_with("NOT_FOUND");
    app.gql(
        Some(&street),
        "mutation($id: ID!) { createRegion(input: { parentId: $id, kind: COMMUNITY, code: \"371599002009\", name: \"新社区\" }) { region { id } } }",
        json!({ "id": xiguan }),
    )
    .await
    .fails_with("NOT_FOUND");
    let listed = app
        .gql(
            Some(&street),
            "{ regionRoots { code } regions(first: 100) { nodes { code } } gridMap { gridCount } }",
            json!({}),
        )
        .await;
    assert_eq!(listed.ok()["regionRoots"][0]["code"], DONGCHENG);
    let codes = listed.ok()["regions"]["nodes"].to_string();
    assert!(!codes.contains(XIGUAN), "{codes}");
    assert_eq!(listed.ok()["gridMap"]["gridCount"], 16);
}

#[tokio::test]
async fn a_street_admin_manages_regions_inside_the_street_but_not_the_street_itself() {
    let app = spawn_app().await;
    let street = app.token(COUNTY_A, "street.dongcheng").await;
    let own = app.region_id(&street, DONGCHENG).await;
    let created = app
        .gql(
            Some(&street),
            "mutation($id: ID!) { createRegion(input: { parentId: $id, kind: COMMUNITY, code: \"371599001009\", name: \"新建社区\" }) { region { id code } userErrors { code } } }",
            json!({ "id": own }),
        )
        .await;
    assert_eq!(
        created.ok()["createRegion"]["region"]["code"],
        "371599001009"
    );
    app.gql(
        Some(&street),
        "mutation($id: ID!) { deleteRegion(input: { id: $id }) { deletedId } }",
        json!({ "id": own }),
    )
    .await
    .fails_with("FORBIDDEN");
}

#[tokio::test]
async fn a_grid_worker_reads_their_grid_and_cannot_create_regions() {
    let app = spawn_app().await;
    let worker = app.token(COUNTY_A, "grid.qh01").await;
    let grid = app.region_id(&worker, QINGHE_GRID_1).await;
    let roots = app
        .gql(
            Some(&worker),
            "{ regionRoots { code } gridMap { gridCount } }",
            json!({}),
        )
        .await;
    assert_eq!(roots.ok()["regionRoots"][0]["code"], QINGHE_GRID_1);
    assert_eq!(roots.ok()["gridMap"]["gridCount"], 1);
    app.gql(
        Some(&worker),
        "mutation($id: ID!) { createRegion(input: { parentId: $id, kind: MICRO_GRID, code: \"371599001001001001\", name: \"一号院\" }) { region { id } } }",
        json!({ "id": grid }),
    )
    .await
    .fails_with("FORBIDDEN");
    let admin = app.token(COUNTY_A, "admin").await;
    let community = app.region_id(&admin, QINGHE).await;
    app.gql(
        Some(&worker),
        "query($id: ID!) { region(id: $id) { id } }",
        json!({ "id": community }),
    )
    .await
    .fails_with("NOT_FOUND");
}

#[tokio::test]
async fn roles_without_region_scope_read_the_map_but_change_nothing() {
    let app = spawn_app().await;
    for username in [
        "dept.cg",
        "leader",
        "party.qh01",
        "integrator.12345",
        "community.qinghe",
    ] {
        let token = app.token(COUNTY_A, username).await;
        let map = app
            .gql(
                Some(&token),
                "{ gridMap { gridCount } regionRoots { id } }",
                json!({}),
            )
            .await;
        assert!(
            map.ok()["gridMap"]["gridCount"].as_i64().unwrap_or(0) > 0,
            "{username}"
        );
        let root = map.ok()["regionRoots"][0]["id"].clone();
        app.gql(Some(&token), "mutation($id: ID!) { updateRegion(input: { id: $id, name: \"改名\" }) { region { id } } }", json!({ "id": root }))
            .await
            .fails_with("FORBIDDEN");
        app.gql(Some(&token), "{ users { nodes { id } } }", json!({}))
            .await
            .fails_with("FORBIDDEN");
        app.gql(Some(&token), "mutation { createDepartment(input: { code: \"X1\", name: \"某局\" }) { department { id } } }", json!({}))
            .await
            .fails_with("FORBIDDEN");
    }
}
