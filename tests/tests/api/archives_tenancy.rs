//! Tenant isolation of the archives: county B's admin, given county A's ids, gets NOT_FOUND from
//! every archive query and mutation; on PostgreSQL row-level security also hides A's rows.

use crate::archives::{ZHANG, find_resident, grid_in_county_b, key_group_id};
use crate::helpers::*;
use serde_json::{Value, json};

#[tokio::test]
async fn every_archive_query_and_mutation_answers_not_found_for_another_countys_ids() {
    let app = spawn_app().await;
    let a = app.token(COUNTY_A, "admin").await;
    let found = find_resident(&app, &a, ZHANG).await;
    let resident = found.ok()["residents"]["nodes"][0]["id"].clone();
    let membership = found.ok()["residents"]["nodes"][0]["keyGroups"][0]["id"].clone();
    let grid = app.region_id(&a, "371599001001001").await;
    let tree = app
        .gql(Some(&a), "query($g: ID) { buildings(regionId: $g, first: 1) { nodes { id houses { id households { id } } } } staffMembers(first: 1) { nodes { id assignments { id } } } }", json!({ "g": grid }))
        .await;
    let building = tree.ok()["buildings"]["nodes"][0]["id"].clone();
    let house = tree.ok()["buildings"]["nodes"][0]["houses"][0]["id"].clone();
    let household = tree.ok()["buildings"]["nodes"][0]["houses"][0]["households"][0]["id"].clone();
    let staff = tree.ok()["staffMembers"]["nodes"][0]["id"].clone();
    let assignment = tree.ok()["staffMembers"]["nodes"][0]["assignments"][0]["id"].clone();
    let group = key_group_id(&app, &a, "VETERAN").await;

    let b = app.second_county().await;
    let root_b = app.region_id(&b, "371602").await;
    let grid_b = grid_in_county_b(&app, &b, &root_b).await;
    let cases: Vec<(&str, Value)> = vec![
        (
            "query($id: ID!) { resident(id: $id) { name } }",
            json!({ "id": resident }),
        ),
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": resident }),
        ),
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": building }),
        ),
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": staff }),
        ),
        (
            "query($id: ID!) { building(id: $id) { name } }",
            json!({ "id": building }),
        ),
        (
            "query($id: ID!) { house(id: $id) { room } }",
            json!({ "id": house }),
        ),
        (
            "query($id: ID!) { household(id: $id) { number } }",
            json!({ "id": household }),
        ),
        (
            "query($id: ID!) { staffMember(id: $id) { name } }",
            json!({ "id": staff }),
        ),
        (
            "query($id: ID!) { gridTeam(gridId: $id) { complete } }",
            json!({ "id": grid }),
        ),
        (
            "query($id: ID!) { regionFigures(regionId: $id) { residents } }",
            json!({ "id": grid }),
        ),
        (
            "query($id: ID) { residents(filter: { regionId: $id }) { nodes { name } } }",
            json!({ "id": grid }),
        ),
        (
            "query($id: ID) { residents(filter: { keyGroupId: $id }) { nodes { name } } }",
            json!({ "id": group }),
        ),
        (
            "query($id: ID) { buildings(regionId: $id) { nodes { name } } }",
            json!({ "id": grid }),
        ),
        (
            "query($id: ID) { gridTeams(regionId: $id) { complete } }",
            json!({ "id": grid }),
        ),
        (
            "mutation($id: ID!) { updateResident(input: { id: $id, fields: { note: \"x\" } }) { userErrors { code } } }",
            json!({ "id": resident }),
        ),
        (
            "mutation($id: ID!) { revealResidentIdentifier(input: { residentId: $id, field: ID_CARD_NO }) { value } }",
            json!({ "id": resident }),
        ),
        (
            "mutation($id: ID!) { recordResidentMove(input: { id: $id, kind: MOVED_OUT, occurredOn: \"2026-01-01\" }) { userErrors { code } } }",
            json!({ "id": resident }),
        ),
        (
            "mutation($id: ID!, $g: ID!) { addResidentToKeyGroup(input: { residentId: $id, keyGroupId: $g }) { userErrors { code } } }",
            json!({ "id": resident, "g": group }),
        ),
        (
            "mutation($id: ID!) { endKeyGroupMembership(input: { membershipId: $id }) { userErrors { code } } }",
            json!({ "id": membership }),
        ),
        (
            "mutation($id: ID!) { updateKeyGroup(input: { id: $id, fields: { name: \"x\" } }) { userErrors { code } } }",
            json!({ "id": group }),
        ),
        (
            "mutation($id: ID!) { createResident(input: { fields: { name: \"x\", gender: MALE }, home: { regionId: $id } }) { userErrors { code } } }",
            json!({ "id": grid }),
        ),
        (
            "mutation($id: ID!) { createResident(input: { fields: { name: \"x\", gender: MALE }, home: { householdId: $id } }) { userErrors { code } } }",
            json!({ "id": household }),
        ),
        (
            "mutation($id: ID!) { createBuilding(input: { regionId: $id, fields: { name: \"x\" } }) { userErrors { code } } }",
            json!({ "id": grid }),
        ),
        (
            "mutation($id: ID!) { updateBuilding(input: { id: $id, fields: { name: \"x\" } }) { userErrors { code } } }",
            json!({ "id": building }),
        ),
        (
            "mutation($id: ID!) { createHouse(input: { buildingId: $id, fields: { room: \"1\" } }) { userErrors { code } } }",
            json!({ "id": building }),
        ),
        (
            "mutation($id: ID!) { updateHouse(input: { id: $id, fields: { room: \"1\" } }) { userErrors { code } } }",
            json!({ "id": house }),
        ),
        (
            "mutation($id: ID!) { createHousehold(input: { number: \"X1\", houseId: $id }) { userErrors { code } } }",
            json!({ "id": house }),
        ),
        (
            "mutation($id: ID!) { createOrganisation(input: { regionId: $id, fields: { name: \"x\", kind: SCHOOL } }) { userErrors { code } } }",
            json!({ "id": grid }),
        ),
        (
            "mutation($id: ID!) { createFacility(input: { regionId: $id, kind: \"井盖\", name: \"x\", location: { lng: 117, lat: 36 } }) { userErrors { code } } }",
            json!({ "id": grid }),
        ),
        (
            "mutation($id: ID!) { updateStaff(input: { id: $id, fields: { name: \"x\" } }) { userErrors { code } } }",
            json!({ "id": staff }),
        ),
        (
            "mutation($id: ID!) { createStaff(input: { regionId: $id, fields: { name: \"x\", gender: MALE } }) { userErrors { code } } }",
            json!({ "id": grid }),
        ),
        (
            "mutation($id: ID!, $g: ID!) { assignStaff(input: { staffId: $id, gridId: $g, teamRole: VOLUNTEER }) { userErrors { code } } }",
            json!({ "id": staff, "g": grid_b }),
        ),
        (
            "mutation($id: ID!) { endStaffAssignment(input: { assignmentId: $id }) { userErrors { code } } }",
            json!({ "id": assignment }),
        ),
        (
            "mutation($id: ID) { exportResidents(input: { filter: { regionId: $id } }) { userErrors { code } } }",
            json!({ "id": grid }),
        ),
    ];
    for (query, variables) in cases {
        let answer = app.gql(Some(&b), query, variables).await;
        assert_eq!(answer.code(), Some("NOT_FOUND"), "{query}: {}", answer.0);
    }

    // Nothing of A shows in B's own lists.
    let lists = app
        .gql(Some(&b), "{ residents(first: 100) { totalCount } buildings { nodes { id } } staffMembers { nodes { id } } gridTeams { grid { code } } }", json!({}))
        .await;
    assert_eq!(lists.ok()["residents"]["totalCount"], 0);
    assert_eq!(lists.ok()["buildings"]["nodes"], json!([]));
    assert_eq!(lists.ok()["staffMembers"]["nodes"], json!([]));
    assert_eq!(
        lists.ok()["gridTeams"],
        json!([{ "grid": { "code": "371602001001001" } }])
    );
}
