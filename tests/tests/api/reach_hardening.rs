//! Reach, hardened: a department reads only the facilities it owns (and the links of the events
//! dispatched to it), never the county's buildings, houses, households or organisations; an
//! event links, and names, only residents its reader may read; and
//! whoever moves or places something — a party organisation, a member's relation, a grid, a
//! building, a resident, a staff member — may move it only to a target inside its own reach.

use crate::archives::{MA, ZHANG, resident_id};
use crate::helpers::*;
use crate::party::{member_id, org_id};
use serde_json::{Value, json};

const QINGHE_GRID_1: &str = "371599001001001";
const QINGHE_GRID_2: &str = "371599001001002";
const WENCHANG_GRID_1: &str = "371599001002001";
const XIGUAN_STREET: &str = "371599002";
const XIGUAN_COMMUNITY: &str = "371599002001";
const XIGUAN_GRID_1: &str = "371599002001001";

async fn department_id(app: &TestApp, admin: &str, code: &str) -> String {
    let found = app
        .gql(
            Some(admin),
            "{ departments(first: 100) { nodes { id code } } }",
            json!({}),
        )
        .await;
    found.ok()["departments"]["nodes"]
        .as_array()
        .and_then(|all| all.iter().find(|d| d["code"] == code))
        .and_then(|d| d["id"].as_str())
        .unwrap_or_else(|| panic!("no department {code}: {}", found.0))
        .to_string()
}

/// Creates a facility as `token` and returns its id.
async fn facility(
    app: &TestApp,
    token: &str,
    region: &str,
    name: &str,
    owner: Option<&str>,
) -> String {
    let created = app
        .gql(
            Some(token),
            "mutation($input: CreateFacilityInput!) { createFacility(input: $input) { facility { id } userErrors { code } } }",
            json!({ "input": { "regionId": region, "kind": "井盖", "name": name, "location": { "lng": 116.95, "lat": 36.45 }, "ownerDepartmentId": owner } }),
        )
        .await;
    assert_eq!(created.ok()["createFacility"]["userErrors"], json!([]));
    created.ok()["createFacility"]["facility"]["id"]
        .as_str()
        .expect("facility id")
        .to_string()
}

/// Creates an organisation with a contact in `grid` as `token` and returns its id.
async fn organisation(app: &TestApp, token: &str, grid: &str, name: &str) -> String {
    let created = app
        .gql(
            Some(token),
            "mutation($g: ID!, $n: String!) { createOrganisation(input: { regionId: $g, fields: { kind: ENTERPRISE, name: $n, contactName: \"刘经理\", officePhone: \"0531-88889999\" } }) { organisation { id } userErrors { code } } }",
            json!({ "g": grid, "n": name }),
        )
        .await;
    assert_eq!(created.ok()["createOrganisation"]["userErrors"], json!([]));
    created.ok()["createOrganisation"]["organisation"]["id"]
        .as_str()
        .expect("organisation id")
        .to_string()
}

fn names(list: &Value) -> Vec<String> {
    let mut names: Vec<String> = list
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n["name"].as_str().map(str::to_string))
        .collect();
    names.sort();
    names
}

/// The first building of `grid` with its first house and that house's first household.
async fn building_house_household(app: &TestApp, admin: &str, grid: &str) -> (Value, Value, Value) {
    let tree = app
        .gql(
            Some(admin),
            "query($g: ID) { buildings(regionId: $g, first: 1) { nodes { id houses { id households { id } } } } }",
            json!({ "g": grid }),
        )
        .await;
    let building = &tree.ok()["buildings"]["nodes"][0];
    (
        building["id"].clone(),
        building["houses"][0]["id"].clone(),
        building["houses"][0]["households"][0]["id"].clone(),
    )
}

#[tokio::test]
async fn a_department_reads_only_the_facilities_it_owns() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let cg = department_id(&app, &admin, "CG").await;
    let scjg = department_id(&app, &admin, "SCJG").await;
    let qinghe = app.region_id(&admin, QINGHE_GRID_1).await;
    let xiguan = app.region_id(&admin, XIGUAN_GRID_1).await;
    let own_here = facility(&app, &admin, &qinghe, "青河路井盖", Some(&cg)).await;
    facility(&app, &admin, &xiguan, "西关路灯", Some(&cg)).await;
    let others = facility(&app, &admin, &qinghe, "青河农贸市场计量器", Some(&scjg)).await;
    let ownerless = facility(&app, &admin, &qinghe, "青河消防栓", None).await;

    let department = app.token(COUNTY_A, "dept.cg").await;
    let listed = app
        .gql(
            Some(&department),
            "{ facilities(first: 100) { nodes { name } } me { permissions } }",
            json!({}),
        )
        .await;
    assert_eq!(
        names(&listed.ok()["facilities"]["nodes"]),
        ["西关路灯", "青河路井盖"],
        "its own, wherever they stand, and nothing else"
    );
    let permissions = &listed.ok()["me"]["permissions"];
    assert!(
        permissions.as_array().is_some_and(
            |p| p.contains(&json!("facility:read")) && !p.contains(&json!("place:read"))
        ),
        "{permissions}"
    );
    // Narrowed to a street: only its own there.
    let street = app.region_id(&admin, XIGUAN_STREET).await;
    let narrowed = app
        .gql(
            Some(&department),
            "query($r: ID) { facilities(regionId: $r) { nodes { name } } }",
            json!({ "r": street }),
        )
        .await;
    assert_eq!(names(&narrowed.ok()["facilities"]["nodes"]), ["西关路灯"]);
    // By id: its own it reads with its owner; another department's or nobody's does not exist.
    let own = app
        .gql(
            Some(&department),
            "query($id: ID!) { node(id: $id) { ... on Facility { name ownerDepartment { code } region { code } } } }",
            json!({ "id": own_here }),
        )
        .await;
    assert_eq!(own.ok()["node"]["name"], "青河路井盖");
    assert_eq!(own.ok()["node"]["ownerDepartment"]["code"], "CG");
    assert_eq!(own.ok()["node"]["region"]["code"], QINGHE_GRID_1);
    for id in [&others, &ownerless] {
        let hidden = app
            .gql(
                Some(&department),
                "query($id: ID!) { node(id: $id) { ... on Facility { name } } }",
                json!({ "id": id }),
            )
            .await;
        hidden.fails_with("NOT_FOUND");
        assert_eq!(hidden.0["data"], Value::Null, "{}", hidden.0);
    }

    // A street admin reads the facilities of its street, whoever owns them, and no others.
    let street_admin = app.token(COUNTY_A, "street.dongcheng").await;
    let in_street = app
        .gql(
            Some(&street_admin),
            "{ facilities(first: 100) { nodes { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        names(&in_street.ok()["facilities"]["nodes"]),
        ["青河农贸市场计量器", "青河消防栓", "青河路井盖"]
    );
}

#[tokio::test]
async fn a_department_sees_no_building_house_or_organisation_by_id_or_list() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let grid = app.region_id(&admin, QINGHE_GRID_1).await;
    let (building, house, household) = building_house_household(&app, &admin, &grid).await;
    assert!(building.is_string() && house.is_string() && household.is_string());
    let shop = organisation(&app, &admin, &grid, "青河便民超市").await;

    // The role grants no reading of buildings, houses, households or organisations at all:
    // FORBIDDEN, like residents, whether the id exists or not — and no data.
    let department = app.token(COUNTY_A, "dept.cg").await;
    let cases: Vec<(&str, Value)> = vec![
        ("{ buildings(first: 100) { nodes { name } } }", json!({})),
        (
            "query($g: ID) { buildings(regionId: $g) { nodes { name } } }",
            json!({ "g": grid }),
        ),
        (
            "{ organisations(first: 100) { nodes { name contactName officePhone } } }",
            json!({}),
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
            "query($id: ID!) { organisation(id: $id) { name contactName officePhone } }",
            json!({ "id": shop }),
        ),
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": building }),
        ),
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": house }),
        ),
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": household }),
        ),
        (
            "query($id: ID!) { node(id: $id) { ... on Organisation { name contactName officePhone } } }",
            json!({ "id": shop }),
        ),
    ];
    for (query, variables) in cases {
        let denied = app.gql(Some(&department), query, variables).await;
        denied.fails_with("FORBIDDEN");
        assert_eq!(denied.0["data"], Value::Null, "{query}: {}", denied.0);
    }
    // Nothing of it on the grid map's drawer either: the permission the UI asks about is gone.
    let me = app
        .gql(Some(&department), "{ me { permissions } }", json!({}))
        .await;
    assert!(!me.0.to_string().contains("place:read"), "{}", me.0);

    // The grid's own staff still read them.
    let worker = app.token(COUNTY_A, "grid.qh01").await;
    let read = app
        .gql(
            Some(&worker),
            "query($id: ID!) { organisation(id: $id) { contactName } }",
            json!({ "id": shop }),
        )
        .await;
    assert_eq!(read.ok()["organisation"]["contactName"], "刘经理");
}

#[tokio::test]
async fn a_department_still_reads_the_links_of_the_events_dispatched_to_it() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let grid = app.region_id(&admin, QINGHE_GRID_1).await;
    let (_, house, _) = building_house_household(&app, &admin, &grid).await;
    let shop = organisation(&app, &admin, &grid, "青河便民超市").await;
    let categories = app
        .gql(Some(&admin), "{ eventCategories { id code } }", json!({}))
        .await;
    let category = categories.ok()["eventCategories"]
        .as_array()
        .and_then(|all| all.iter().find(|c| c["code"] == "0601"))
        .map(|c| c["id"].clone())
        .expect("category 0601");
    let reported = app
        .gql(
            Some(&admin),
            "mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id version } userErrors { code } } }",
            json!({ "input": { "categoryId": category, "description": "超市门前占道经营", "gridId": grid, "links": [{ "kind": "HOUSE", "targetId": house }, { "kind": "ORGANISATION", "targetId": shop }] } }),
        )
        .await;
    let event = reported.ok()["reportEvent"]["event"].clone();
    let step = "mutation($input: EventStepInput!) { acceptEvent(input: $input) { event { id version } userErrors { code } } }";
    let accepted = app
        .gql(
            Some(&admin),
            step,
            json!({ "input": { "id": event["id"], "version": event["version"] } }),
        )
        .await;
    let event = accepted.ok()["acceptEvent"]["event"].clone();
    let cg = department_id(&app, &admin, "CG").await;
    let dispatched = app
        .gql(
            Some(&admin),
            "mutation($input: DispatchEventInput!) { dispatchEvent(input: $input) { event { id } userErrors { code } } }",
            json!({ "input": { "id": event["id"], "version": event["version"], "departmentId": cg } }),
        )
        .await;
    assert_eq!(dispatched.ok()["dispatchEvent"]["userErrors"], json!([]));

    let links = "query($id: ID!) { event(id: $id) { links { kind targetId label } } }";
    let as_admin = app
        .gql(Some(&admin), links, json!({ "id": event["id"] }))
        .await;
    let department = app.token(COUNTY_A, "dept.cg").await;
    let as_department = app
        .gql(Some(&department), links, json!({ "id": event["id"] }))
        .await;
    let seen = &as_department.ok()["event"]["links"];
    assert_eq!(seen, &as_admin.ok()["event"]["links"]);
    assert_eq!(seen.as_array().map(Vec::len), Some(2), "{seen}");
    assert!(
        seen.to_string().contains("青河便民超市"),
        "the organisation's name labels its link: {seen}"
    );
    // The label is what the event needs; the organisation's record stays closed.
    app.gql(
        Some(&department),
        "query($id: ID!) { node(id: $id) { ... on Organisation { contactName } } }",
        json!({ "id": shop }),
    )
    .await
    .fails_with("FORBIDDEN");
}

const UPDATE_PARTY_ORG: &str = "mutation($id: ID!, $r: ID!) { updatePartyOrganisation(input: { id: $id, fields: { regionId: $r } }) { organisation { region { code } version } userErrors { field code } } }";

/// An organisation's served region code and version, as the county admin sees it.
#[tokio::test]
async fn a_grid_worker_neither_links_nor_reads_the_name_of_another_communitys_resident() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let worker = app.token(COUNTY_A, "grid.qh01").await;
    let grid = app.region_id(&admin, QINGHE_GRID_1).await;
    let ma = resident_id(&app, &admin, MA).await; // 马文昌 lives in 文昌社区
    let categories = app
        .gql(Some(&admin), "{ eventCategories { id code } }", json!({}))
        .await;
    let category = categories.ok()["eventCategories"]
        .as_array()
        .and_then(|all| all.iter().find(|c| c["code"] == "0601"))
        .map(|c| c["id"].clone())
        .expect("category 0601");
    let report = "mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id } userErrors { field code } } }";
    let input = json!({ "input": { "categoryId": category, "description": "占道经营", "gridId": grid, "links": [{ "kind": "RESIDENT", "targetId": ma }] } });

    // The worker of 青河社区第一网格 may not link him: he is outside its reach, as if unknown.
    let refused = app.gql(Some(&worker), report, input.clone()).await;
    assert_eq!(
        refused.ok()["reportEvent"]["userErrors"],
        json!([{ "field": ["input", "links", "0"], "code": "INVALID_TARGET" }])
    );
    assert_eq!(refused.ok()["reportEvent"]["event"], Value::Null);

    // The county admin may; the worker then reads the event of its grid, his name masked.
    let reported = app.gql(Some(&admin), report, input).await;
    let event = reported.ok()["reportEvent"]["event"]["id"].clone();
    let links = "query($id: ID!) { event(id: $id) { links { kind label } } }";
    let as_admin = app.gql(Some(&admin), links, json!({ "id": event })).await;
    assert_eq!(as_admin.ok()["event"]["links"][0]["label"], "马文昌");
    let as_worker = app.gql(Some(&worker), links, json!({ "id": event })).await;
    assert_eq!(as_worker.ok()["event"]["links"][0]["label"], "马**");
}

async fn served(app: &TestApp, admin: &str, org: &str) -> Value {
    let found = app
        .gql(
            Some(admin),
            "query($id: ID!) { partyOrganisation(id: $id) { region { code } version } }",
            json!({ "id": org }),
        )
        .await;
    found.ok()["partyOrganisation"].clone()
}

#[tokio::test]
async fn a_party_branch_cannot_move_its_organisation_to_another_street() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let branch = app.token(COUNTY_A, "party.qh01").await;
    let own = org_id(&app, &branch, "青河社区第一网格党支部").await;
    let before = served(&app, &admin, &own).await;
    assert_eq!(before["region"]["code"], QINGHE_GRID_1);
    let members_before = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyFigures(organisationId: $id) { members } }",
            json!({ "id": own }),
        )
        .await;

    // A grid in another street, and even the sibling grid of its own community: it reads the
    // map, so the regions exist for it, but it may not place its organisation there.
    for code in [XIGUAN_GRID_1, QINGHE_GRID_2] {
        let elsewhere = app.region_id(&admin, code).await;
        let moved = app
            .gql(
                Some(&branch),
                UPDATE_PARTY_ORG,
                json!({ "id": own, "r": elsewhere }),
            )
            .await;
        moved.fails_with("FORBIDDEN");
        assert_eq!(moved.0["data"], Value::Null, "{}", moved.0);
    }
    assert_eq!(served(&app, &admin, &own).await, before, "nothing moved");
    let members_after = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyFigures(organisationId: $id) { members } }",
            json!({ "id": own }),
        )
        .await;
    assert_eq!(members_after.ok(), members_before.ok());

    // Nor may it found a new organisation there.
    let group = org_id(&app, &branch, "1号楼党小组").await;
    let far = app.region_id(&admin, XIGUAN_GRID_1).await;
    app.gql(
        Some(&branch),
        "mutation($p: ID!, $r: ID!) { createPartyOrganisation(input: { parentId: $p, fields: { kind: CENTRE_HOUSEHOLD, name: \"西关中心户\", regionId: $r } }) { organisation { id } } }",
        json!({ "p": group, "r": far }),
    )
    .await
    .fails_with("FORBIDDEN");
    let tree = app
        .gql(Some(&admin), "{ partyOrganisations { name } }", json!({}))
        .await;
    assert!(
        !tree.0.to_string().contains("西关中心户"),
        "nothing created: {}",
        tree.0
    );

    // Inside the region it serves, it keeps its organisation as before.
    let grid = app.region_id(&admin, QINGHE_GRID_1).await;
    let kept = app
        .gql(
            Some(&branch),
            UPDATE_PARTY_ORG,
            json!({ "id": own, "r": grid }),
        )
        .await;
    assert_eq!(
        kept.ok()["updatePartyOrganisation"]["userErrors"],
        json!([])
    );
    assert_eq!(
        kept.ok()["updatePartyOrganisation"]["organisation"]["region"]["code"],
        QINGHE_GRID_1
    );
}

#[tokio::test]
async fn even_a_county_admin_moves_a_party_organisation_only_inside_its_parents_region() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let own = org_id(&app, &admin, "青河社区第一网格党支部").await;
    let before = served(&app, &admin, &own).await;
    let elsewhere = app.region_id(&admin, XIGUAN_GRID_1).await;
    let moved = app
        .gql(
            Some(&admin),
            UPDATE_PARTY_ORG,
            json!({ "id": own, "r": elsewhere }),
        )
        .await;
    assert_eq!(
        moved.ok()["updatePartyOrganisation"]["userErrors"],
        json!([{ "field": ["input", "regionId"], "code": "INVALID_VALUE" }])
    );
    assert_eq!(served(&app, &admin, &own).await, before, "nothing moved");
    // Within the parent's community it may.
    let sibling_grid = app.region_id(&admin, QINGHE_GRID_2).await;
    let moved = app
        .gql(
            Some(&admin),
            UPDATE_PARTY_ORG,
            json!({ "id": own, "r": sibling_grid }),
        )
        .await;
    assert_eq!(
        moved.ok()["updatePartyOrganisation"]["organisation"]["region"]["code"],
        QINGHE_GRID_2
    );
}

#[tokio::test]
async fn a_party_branch_transfers_members_only_into_organisations_it_keeps() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    // The branch secretary also leads 青河社区 (leaders see its party figures, not its members).
    let users = app
        .gql(
            Some(&admin),
            "{ users(first: 100) { nodes { id username } } }",
            json!({}),
        )
        .await;
    let secretary = users.ok()["users"]["nodes"]
        .as_array()
        .and_then(|all| all.iter().find(|u| u["username"] == "party.qh01"))
        .map(|u| u["id"].clone())
        .expect("party.qh01");
    let community = app.region_id(&admin, "371599001001").await;
    let granted = app
        .gql(
            Some(&admin),
            "mutation($u: ID!, $s: ID) { assignRole(input: { userId: $u, role: LEADER, scopeId: $s }) { userErrors { code } } }",
            json!({ "u": secretary, "s": community }),
        )
        .await;
    assert_eq!(granted.ok()["assignRole"]["userErrors"], json!([]));
    let branch = app.token(COUNTY_A, "party.qh01").await;
    let sibling = org_id(&app, &branch, "青河社区第二网格党支部").await;
    let member = member_id(&app, &branch, "王磊").await;
    let before = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyMember(id: $id) { organisation { name } version } }",
            json!({ "id": member }),
        )
        .await;

    // It sees the sibling branch (as a leader) but does not keep it.
    let moved = app
        .gql(
            Some(&branch),
            "mutation($id: ID!, $to: ID!) { transferPartyMember(input: { id: $id, toOrganisationId: $to }) { member { id } userErrors { code } } }",
            json!({ "id": member, "to": sibling }),
        )
        .await;
    moved.fails_with("FORBIDDEN");
    let after = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyMember(id: $id) { organisation { name } version } }",
            json!({ "id": member }),
        )
        .await;
    assert_eq!(after.ok(), before.ok(), "the member stayed");
    assert_eq!(
        after.ok()["partyMember"]["organisation"]["name"],
        "青河社区第一网格党支部"
    );
}

#[tokio::test]
async fn a_street_admin_cannot_move_a_grid_with_its_buildings_or_place_a_building_in_another_street()
 {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let street = app.token(COUNTY_A, "street.dongcheng").await;
    let grid = app.region_id(&admin, QINGHE_GRID_1).await;
    let xiguan_community = app.region_id(&admin, XIGUAN_COMMUNITY).await;
    let xiguan_grid = app.region_id(&admin, XIGUAN_GRID_1).await;
    let (building, _, _) = building_house_household(&app, &admin, &grid).await;
    let where_is = "query($g: ID!, $b: ID!) { region(id: $g) { code version parent { code } } building(id: $b) { version region { code } } }";
    let before = app
        .gql(Some(&admin), where_is, json!({ "g": grid, "b": building }))
        .await;

    // Its grid (and the buildings in it) into a community of 西关: the target does not exist
    // for it.
    let moved = app
        .gql(
            Some(&street),
            "mutation($input: MoveRegionInput!) { moveRegion(input: $input) { region { code } userErrors { code } } }",
            json!({ "input": { "id": grid, "newParentId": xiguan_community, "newCode": "371599002001009" } }),
        )
        .await;
    moved.fails_with("NOT_FOUND");
    let after = app
        .gql(Some(&admin), where_is, json!({ "g": grid, "b": building }))
        .await;
    assert_eq!(after.ok(), before.ok(), "nothing moved");

    // A building placed in 西关: the same.
    app.gql(
        Some(&street),
        "mutation($g: ID!) { createBuilding(input: { regionId: $g, fields: { name: \"越界楼\" } }) { building { id } } }",
        json!({ "g": xiguan_grid }),
    )
    .await
    .fails_with("NOT_FOUND");
    let there = app
        .gql(
            Some(&admin),
            "query($g: ID) { buildings(regionId: $g, search: \"越界楼\") { nodes { id } } }",
            json!({ "g": xiguan_grid }),
        )
        .await;
    assert_eq!(there.ok()["buildings"]["nodes"], json!([]));
}

#[tokio::test]
async fn community_staff_cannot_move_a_resident_or_assign_staff_outside_their_community() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let wenchang_grid = app.region_id(&admin, WENCHANG_GRID_1).await;
    let zhang = resident_id(&app, &community, ZHANG).await;
    let home = "query($id: ID!) { resident(id: $id) { version status region { code } house { id } household { id } timeline { kind } } }";
    let before = app.gql(Some(&admin), home, json!({ "id": zhang })).await;
    assert_eq!(before.ok()["resident"]["region"]["code"], QINGHE_GRID_1);

    // A resident moved into a grid, house or household of 文昌社区: the target does not exist
    // for it.
    let wenchang_home = app
        .gql(
            Some(&admin),
            "query($g: ID) { buildings(regionId: $g, first: 1) { nodes { houses { id households { id } } } } }",
            json!({ "g": wenchang_grid }),
        )
        .await;
    let house = wenchang_home.ok()["buildings"]["nodes"][0]["houses"][0]["id"].clone();
    let household =
        wenchang_home.ok()["buildings"]["nodes"][0]["houses"][0]["households"][0]["id"].clone();
    assert!(
        house.is_string() && household.is_string(),
        "{}",
        wenchang_home.0
    );
    for to in [
        json!({ "regionId": wenchang_grid }),
        json!({ "houseId": house }),
        json!({ "householdId": household }),
    ] {
        app.gql(
            Some(&community),
            "mutation($input: RecordResidentMoveInput!) { recordResidentMove(input: $input) { resident { id } userErrors { code } } }",
            json!({ "input": { "id": zhang, "kind": "MOVED_WITHIN", "to": to, "occurredOn": "2026-10-01" } }),
        )
        .await
        .fails_with("NOT_FOUND");
    }
    let after = app.gql(Some(&admin), home, json!({ "id": zhang })).await;
    assert_eq!(after.ok(), before.ok(), "the resident stayed");

    // A staff member of its community assigned to 文昌's grid: the same.
    let staff = app
        .gql(
            Some(&community),
            "{ staffMembers(first: 1) { nodes { id } } }",
            json!({}),
        )
        .await;
    let member = staff.ok()["staffMembers"]["nodes"][0]["id"].clone();
    let assignments =
        "query($id: ID!) { staffMember(id: $id) { assignments { id grid { code } } } }";
    let before = app
        .gql(Some(&admin), assignments, json!({ "id": member }))
        .await;
    app.gql(
        Some(&community),
        "mutation($s: ID!, $g: ID!) { assignStaff(input: { staffId: $s, gridId: $g, teamRole: VOLUNTEER }) { assignment { id } userErrors { code } } }",
        json!({ "s": member, "g": wenchang_grid }),
    )
    .await
    .fails_with("NOT_FOUND");
    let after = app
        .gql(Some(&admin), assignments, json!({ "id": member }))
        .await;
    assert_eq!(after.ok(), before.ok(), "no assignment was added");
}
