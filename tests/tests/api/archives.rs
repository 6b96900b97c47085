//! Residents, key groups, places and grid teams — as county staff use them over GraphQL.

use crate::helpers::*;
use serde_json::{Value, json};

/// A valid ID number with the given first 17 digits.
pub fn id_card(first17: &str) -> String {
    gridgov_api::domain::id_card::with_check_character(first17).expect("17 digits")
}

pub const ZHANG: &str = "37159919580312001"; // 张建国, grid 371599001001001
pub const CHEN: &str = "37159919781122005"; // 陈志强, in the sensitive group COMMUNITY_CORRECTION
pub const MA: &str = "37159919720401009"; // 马文昌, 文昌社区

const RESIDENT_FIELDS: &str = "id name gender birthDate idCardNo phone residenceType status version keyGroups { id keyGroup { code sensitive } riskLevel } timeline { kind occurredOn }";

/// A resident's node as `token`'s caller sees it, found by exact ID number.
pub async fn find_resident(app: &TestApp, token: &str, first17: &str) -> Gql {
    app.gql(
        Some(token),
        &format!("query($id: String) {{ residents(filter: {{ idCardNo: $id }}) {{ totalCount nodes {{ {RESIDENT_FIELDS} }} }} }}"),
        json!({ "id": id_card(first17) }),
    )
    .await
}

pub async fn resident_id(app: &TestApp, token: &str, first17: &str) -> String {
    let found = find_resident(app, token, first17).await;
    found.ok()["residents"]["nodes"][0]["id"]
        .as_str()
        .expect("resident found")
        .to_string()
}

pub async fn key_group_id(app: &TestApp, token: &str, code: &str) -> String {
    let groups = app
        .gql(Some(token), "{ keyGroups { id code } }", json!({}))
        .await;
    groups.ok()["keyGroups"]
        .as_array()
        .and_then(|all| all.iter().find(|g| g["code"] == code))
        .and_then(|g| g["id"].as_str())
        .expect("key group")
        .to_string()
}

const CREATE: &str = "mutation($input: CreateResidentInput!) { createResident(input: $input) { resident { id name gender birthDate idCardNo phone } userErrors { field code message } } }";

async fn create(app: &TestApp, token: &str, grid: &str, name: &str, id_card_no: &str) -> Gql {
    app.gql(
        Some(token),
        CREATE,
        json!({ "input": { "fields": { "name": name, "idCardNo": id_card_no, "residenceType": "REGISTERED", "phone": "13912340000" }, "home": { "regionId": grid } } }),
    )
    .await
}

#[tokio::test]
async fn id_numbers_are_parsed_and_each_fault_has_its_own_code() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let grid = app.region_id(&admin, "371599001001001").await;
    let valid = id_card("37159919880229001");
    let cases = [
        (
            valid[..17].to_string() + if valid.ends_with('0') { "1" } else { "0" },
            "ID_CARD_BAD_CHECKSUM",
        ),
        (id_card("37159919880230001"), "ID_CARD_BAD_BIRTH_DATE"),
        (id_card("37159920990101001"), "ID_CARD_BAD_BIRTH_DATE"),
        ("3715991988022900".to_string(), "ID_CARD_WRONG_LENGTH"),
        ("3715991988022900123".to_string(), "ID_CARD_WRONG_LENGTH"),
        ("37159919880229AB1X".to_string(), "ID_CARD_BAD_CHARACTERS"),
    ];
    for (number, code) in cases {
        let created = create(&app, &admin, &grid, "测试", &number).await;
        assert_eq!(
            created.user_error("createResident"),
            code,
            "{number}: {:?}",
            created
        );
        assert_eq!(
            created.ok()["createResident"]["userErrors"][0]["field"],
            json!(["input", "idCardNo"])
        );
        assert_eq!(created.ok()["createResident"]["resident"], Value::Null);
    }

    let created = create(&app, &admin, &grid, "闰年生", &valid).await;
    let resident = &created.ok()["createResident"]["resident"];
    assert_eq!(resident["birthDate"], "1988-02-29");
    assert_eq!(resident["gender"], "MALE", "the 17th digit 1 is odd");
    assert_eq!(
        resident["idCardNo"],
        format!("3715**********{}", &valid[14..])
    );
    assert_eq!(resident["phone"], "139****0000");

    let again = create(&app, &admin, &grid, "冒名", &valid.to_lowercase()).await;
    assert_eq!(again.user_error("createResident"), "ID_CARD_TAKEN");

    let b = app.second_county().await;
    let root_b = app.region_id(&b, "371602").await;
    let grid_b = grid_in_county_b(&app, &b, &root_b).await;
    let elsewhere = create(&app, &b, &grid_b, "闰年生", &valid).await;
    assert_eq!(
        elsewhere.ok()["createResident"]["userErrors"],
        json!([]),
        "another county may hold the same person"
    );
}

/// A street › community › grid chain in county B; returns the grid's id.
pub async fn grid_in_county_b(app: &TestApp, token: &str, root: &str) -> String {
    let mut parent = root.to_string();
    for (kind, code, name) in [
        ("STREET", "371602001", "白沙街道"),
        ("COMMUNITY", "371602001001", "白沙社区"),
        ("GRID", "371602001001001", "白沙第一网格"),
    ] {
        let created = app
            .gql(
                Some(token),
                "mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { id } userErrors { code } } }",
                json!({ "input": { "parentId": parent, "kind": kind, "code": code, "name": name } }),
            )
            .await;
        parent = created.ok()["createRegion"]["region"]["id"]
            .as_str()
            .expect("region created")
            .to_string();
    }
    parent
}

const REVEAL: &str = "mutation($id: ID!, $field: IdentifierField!) { revealResidentIdentifier(input: { residentId: $id, field: $field }) { value userErrors { code } } }";

#[tokio::test]
async fn identifiers_are_masked_and_revealed_only_to_roles_that_may_each_reveal_audited() {
    let app = spawn_app().await;
    let grid_worker = app.token(COUNTY_A, "grid.qh01").await;
    let found = find_resident(&app, &grid_worker, ZHANG).await;
    let zhang = &found.ok()["residents"]["nodes"][0];
    let full = id_card(ZHANG);
    assert_eq!(zhang["idCardNo"], format!("3715**********{}", &full[14..]));
    assert_eq!(zhang["phone"], "138****1234");
    let id = zhang["id"].as_str().expect("id").to_string();

    for role in ["grid.qh01", "leader", "street.dongcheng"] {
        let token = app.token(COUNTY_A, role).await;
        app.gql(
            Some(&token),
            REVEAL,
            json!({ "id": id, "field": "ID_CARD_NO" }),
        )
        .await
        .fails_with("FORBIDDEN");
    }
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let revealed = app
        .gql(
            Some(&community),
            REVEAL,
            json!({ "id": id, "field": "ID_CARD_NO" }),
        )
        .await;
    assert_eq!(revealed.ok()["revealResidentIdentifier"]["value"], full);
    let phone = app
        .gql(
            Some(&community),
            REVEAL,
            json!({ "id": id, "field": "PHONE" }),
        )
        .await;
    assert_eq!(
        phone.ok()["revealResidentIdentifier"]["value"],
        "13805311234"
    );

    // 马文昌 lives in another community: out of the community staff's reach altogether.
    let admin = app.token(COUNTY_A, "admin").await;
    let ma = resident_id(&app, &admin, MA).await;
    app.gql(
        Some(&community),
        REVEAL,
        json!({ "id": ma, "field": "ID_CARD_NO" }),
    )
    .await
    .fails_with("NOT_FOUND");

    let log = app
        .gql(
            Some(&admin),
            "{ auditLog(action: \"resident.reveal\", first: 10) { nodes { action actorName detail } } }",
            json!({}),
        )
        .await;
    let entries = log.ok()["auditLog"]["nodes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        entries.len(),
        2,
        "one entry per reveal, none for refusals: {entries:?}"
    );
    for entry in &entries {
        assert_eq!(entry["actorName"], "青河社区工作人员");
        assert_eq!(entry["detail"]["name"], "张建国");
    }
    let fields: Vec<&str> = entries
        .iter()
        .filter_map(|e| e["detail"]["field"].as_str())
        .collect();
    assert!(
        fields.contains(&"idCardNo") && fields.contains(&"phone"),
        "{fields:?}"
    );
}

#[tokio::test]
async fn the_database_holds_no_plaintext_identifier() {
    use sea_orm::{ConnectionTrait, Database, Statement};
    let app = spawn_app().await;
    let db = Database::connect(&app.admin_url)
        .await
        .expect("raw connection");
    let backend = db.get_database_backend();
    let columns = [
        "name",
        "id_card_cipher",
        "id_card_hash",
        "id_card_masked",
        "phone_cipher",
        "phone_hash",
        "phone_masked",
        "note",
    ];
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            format!("SELECT {} FROM residents", columns.join(", ")),
        ))
        .await
        .expect("select");
    assert!(rows.len() >= 12, "the demo county's residents");
    let mut everything = String::new();
    for row in &rows {
        for column in columns {
            let value: Option<String> = row.try_get("", column).expect("a text column");
            everything.push_str(&value.unwrap_or_default());
            everything.push('|');
        }
    }
    for first17 in [ZHANG, CHEN, MA] {
        let full = id_card(first17);
        assert!(!everything.contains(&full), "{full} stored in plain text");
        assert!(
            !everything.contains(&first17[6..14]),
            "a birth date of an ID number leaked"
        );
    }
    assert!(
        !everything.contains("13805311234"),
        "a phone stored in plain text"
    );
    assert!(
        everything.contains("v1:t1:"),
        "identifiers are sealed with the configured key id"
    );
}

#[tokio::test]
async fn sensitive_key_groups_are_invisible_without_the_permission() {
    let app = spawn_app().await;
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let grid_worker = app.token(COUNTY_A, "grid.qh01").await;
    let grid = app.region_id(&community, "371599001001001").await;
    let correction = key_group_id(&app, &community, "COMMUNITY_CORRECTION").await;

    // Community staff hold `resident:sensitive`: the group, the membership, the count, the search.
    let seen = find_resident(&app, &community, CHEN).await;
    assert_eq!(
        seen.ok()["residents"]["nodes"][0]["keyGroups"][0]["keyGroup"]["code"],
        "COMMUNITY_CORRECTION"
    );
    let figures = |token: String| {
        let app = &app;
        let grid = grid.clone();
        async move {
            app.gql(Some(&token), "query($g: ID!) { regionFigures(regionId: $g) { residents keyGroups { keyGroup { code } count } } }", json!({ "g": grid })).await
        }
    };
    let by_staff = figures(community.clone()).await;
    let counts = by_staff.ok()["regionFigures"]["keyGroups"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        counts
            .iter()
            .any(|c| c["keyGroup"]["code"] == "COMMUNITY_CORRECTION" && c["count"] == 1),
        "{counts:?}"
    );
    let search =
        "query($g: ID) { residents(filter: { keyGroupId: $g }) { totalCount nodes { name } } }";
    let members = app
        .gql(Some(&community), search, json!({ "g": correction }))
        .await;
    assert_eq!(members.ok()["residents"]["totalCount"], 1);

    // The grid worker has no such permission: the group does not exist for them.
    let catalogue = app
        .gql(
            Some(&grid_worker),
            "{ keyGroups { code sensitive } }",
            json!({}),
        )
        .await;
    let codes: Vec<&str> = catalogue.ok()["keyGroups"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|g| g["code"].as_str())
        .collect();
    assert!(codes.contains(&"LIVING_ALONE_ELDERLY"));
    for hidden in [
        "COMMUNITY_CORRECTION",
        "SEVERE_MENTAL_ILLNESS",
        "DRUG_USER",
        "RELEASED_PRISONER",
    ] {
        assert!(!codes.contains(&hidden), "{hidden} listed to a grid worker");
    }
    assert!(
        catalogue.ok()["keyGroups"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|g| g["sensitive"] == false)
    );
    let unseen = find_resident(&app, &grid_worker, CHEN).await;
    assert_eq!(
        unseen.ok()["residents"]["nodes"][0]["keyGroups"],
        json!([]),
        "the membership is not listed"
    );
    let by_worker = figures(grid_worker.clone()).await;
    let worker_counts = by_worker.ok()["regionFigures"]["keyGroups"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        worker_counts
            .iter()
            .all(|c| c["keyGroup"]["code"] != "COMMUNITY_CORRECTION"),
        "not even counted: {worker_counts:?}"
    );
    assert_eq!(
        by_worker.ok()["regionFigures"]["residents"],
        by_staff.ok()["regionFigures"]["residents"]
    );
    app.gql(Some(&grid_worker), search, json!({ "g": correction }))
        .await
        .fails_with("NOT_FOUND");
    app.gql(
        Some(&grid_worker),
        "query($id: ID!) { node(id: $id) { id } }",
        json!({ "id": correction }),
    )
    .await
    .fails_with("NOT_FOUND");
}

#[tokio::test]
async fn community_staff_see_only_their_community_and_departments_no_residents() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let ma = resident_id(&app, &admin, MA).await;

    let listed = app
        .gql(
            Some(&community),
            "{ residents(first: 100) { totalCount nodes { name } } }",
            json!({}),
        )
        .await;
    let names: Vec<&str> = listed.ok()["residents"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["name"].as_str())
        .collect();
    assert!(names.contains(&"张建国") && names.contains(&"孙德胜"));
    assert!(
        !names.contains(&"马文昌") && !names.contains(&"吴芳"),
        "another community's residents: {names:?}"
    );
    assert_eq!(listed.ok()["residents"]["totalCount"], 10);
    app.gql(
        Some(&community),
        "query($id: ID!) { resident(id: $id) { name } }",
        json!({ "id": ma }),
    )
    .await
    .fails_with("NOT_FOUND");
    let wenchang = app.region_id(&admin, "371599001002").await;
    app.gql(
        Some(&community),
        "query($r: ID) { residents(filter: { regionId: $r }) { nodes { name } } }",
        json!({ "r": wenchang }),
    )
    .await
    .fails_with("NOT_FOUND");
    app.gql(
        Some(&community),
        "mutation($id: ID!) { updateResident(input: { id: $id, fields: { note: \"x\" } }) { userErrors { code } } }",
        json!({ "id": ma }),
    )
    .await
    .fails_with("NOT_FOUND");

    let department = app.token(COUNTY_A, "dept.cg").await;
    app.gql(
        Some(&department),
        "{ residents { nodes { name } } }",
        json!({}),
    )
    .await
    .fails_with("FORBIDDEN");
    app.gql(
        Some(&department),
        "query($id: ID!) { resident(id: $id) { name } }",
        json!({ "id": ma }),
    )
    .await
    .fails_with("FORBIDDEN");
    app.gql(
        Some(&department),
        "query($id: ID!) { node(id: $id) { id } }",
        json!({ "id": ma }),
    )
    .await
    .fails_with("FORBIDDEN");
    let grid = app.region_id(&admin, "371599001001001").await;
    app.gql(
        Some(&department),
        "query($g: ID!) { regionFigures(regionId: $g) { residents } }",
        json!({ "g": grid }),
    )
    .await
    .fails_with("FORBIDDEN");
}

#[tokio::test]
async fn search_finds_by_name_part_number_phone_group_region_and_type_in_stable_pages() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let q = "query($f: ResidentFilterInput, $after: String, $first: Int) { residents(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }";
    let names = |g: &Gql| -> Vec<String> {
        g.ok()["residents"]["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r["name"].as_str().map(str::to_string))
            .collect()
    };
    let by_prefix = app
        .gql(Some(&admin), q, json!({ "f": { "name": "陈" } }))
        .await;
    assert_eq!(names(&by_prefix), vec!["陈志强", "陈晓雨"]);
    let by_part = app
        .gql(Some(&admin), q, json!({ "f": { "name": "文昌" } }))
        .await;
    assert_eq!(names(&by_part), vec!["马文昌"]);
    let by_phone = app
        .gql(
            Some(&admin),
            q,
            json!({ "f": { "phone": "139 1234 5678" } }),
        )
        .await;
    assert_eq!(names(&by_phone), vec!["王磊"]);
    let floating = app
        .gql(
            Some(&admin),
            q,
            json!({ "f": { "residenceType": "FLOATING" } }),
        )
        .await;
    assert_eq!(names(&floating), vec!["王磊", "赵敏"]);
    let living_alone = key_group_id(&app, &admin, "LIVING_ALONE_ELDERLY").await;
    let alone = app
        .gql(
            Some(&admin),
            q,
            json!({ "f": { "keyGroupId": living_alone } }),
        )
        .await;
    assert_eq!(names(&alone), vec!["刘淑兰"]);
    let grid2 = app.region_id(&admin, "371599001001002").await;
    let in_grid = app
        .gql(Some(&admin), q, json!({ "f": { "regionId": grid2 } }))
        .await;
    assert_eq!(names(&in_grid), vec!["孙丽", "孙德胜"]);
    app.gql(Some(&admin), q, json!({ "f": { "idCardNo": "123" } }))
        .await
        .fails_with("BAD_USER_INPUT");

    // Pages of 5 cover everyone once, in the same order as one page.
    let all = app.gql(Some(&admin), q, json!({ "first": 100 })).await;
    let everyone = names(&all);
    assert_eq!(all.ok()["residents"]["totalCount"], everyone.len());
    let mut paged = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = app
            .gql(Some(&admin), q, json!({ "first": 5, "after": after }))
            .await;
        paged.extend(names(&page));
        if page.ok()["residents"]["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page.ok()["residents"]["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(paged, everyone);
}

#[tokio::test]
async fn a_move_keeps_one_record_and_a_timeline_and_stale_versions_conflict() {
    let app = spawn_app().await;
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let found = find_resident(&app, &community, ZHANG).await;
    let zhang = found.ok()["residents"]["nodes"][0].clone();
    let grid2 = app.region_id(&community, "371599001001002").await;
    let mv = "mutation($input: RecordResidentMoveInput!) { recordResidentMove(input: $input) { resident { status version region { code } timeline { kind } } userErrors { code } } }";
    let moved = app
        .gql(Some(&community), mv, json!({ "input": { "id": zhang["id"], "kind": "MOVED_WITHIN", "to": { "regionId": grid2 }, "occurredOn": "2026-10-01", "expectedVersion": zhang["version"] } }))
        .await;
    let after = &moved.ok()["recordResidentMove"]["resident"];
    assert_eq!(after["region"]["code"], "371599001001002");
    let kinds: Vec<&str> = after["timeline"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["kind"].as_str())
        .collect();
    assert_eq!(kinds.len(), 2);
    assert!(
        kinds.contains(&"REGISTERED") && kinds.contains(&"MOVED_WITHIN"),
        "{kinds:?}"
    );
    let stale = app
        .gql(Some(&community), mv, json!({ "input": { "id": zhang["id"], "kind": "MOVED_OUT", "occurredOn": "2026-10-02", "place": "济南市", "expectedVersion": zhang["version"] } }))
        .await;
    stale.fails_with("CONFLICT");
    let out = app
        .gql(Some(&community), mv, json!({ "input": { "id": zhang["id"], "kind": "MOVED_OUT", "occurredOn": "2026-10-02", "place": "济南市" } }))
        .await;
    assert_eq!(
        out.ok()["recordResidentMove"]["resident"]["status"],
        "MOVED_OUT"
    );
    let again = find_resident(&app, &community, ZHANG).await;
    assert_eq!(again.ok()["residents"]["totalCount"], 1, "still one record");
}

#[tokio::test]
async fn grid_figures_flag_sizes_and_teams_show_their_gaps() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let grid1 = app.region_id(&admin, "371599001001001").await;
    let figures = app
        .gql(Some(&admin), "query($g: ID!) { regionFigures(regionId: $g) { households residents residentsByType { residenceType count } partyMembers staff sizing { status rule { minHouseholds } } } }", json!({ "g": grid1 }))
        .await;
    let f = &figures.ok()["regionFigures"];
    assert_eq!(f["households"], 4);
    assert_eq!(f["residents"], 8);
    // The demo's grid branch and its building party group serve this grid.
    assert_eq!(f["partyMembers"], 6);
    assert_eq!(f["staff"], 4);
    assert_eq!(f["sizing"]["status"], "TOO_SMALL", "4 households < 150");
    let types = f["residentsByType"].as_array().cloned().unwrap_or_default();
    assert!(
        types.contains(&json!({ "residenceType": "FLOATING", "count": 2 })),
        "{types:?}"
    );

    let rule = app
        .gql(Some(&admin), "mutation { updateGridSizingRule(input: { minHouseholds: 1, maxHouseholds: 3, maxResidents: 1000 }) { rule { maxHouseholds } userErrors { code } } }", json!({}))
        .await;
    assert_eq!(
        rule.ok()["updateGridSizingRule"]["rule"]["maxHouseholds"],
        3
    );
    let outside = app
        .gql(
            Some(&admin),
            "{ gridsOutsideSizingRule { grid { code } households status } }",
            json!({}),
        )
        .await;
    let flagged = outside.ok()["gridsOutsideSizingRule"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(flagged.contains(&json!({ "grid": { "code": "371599001001001" }, "households": 4, "status": "TOO_LARGE" })), "{flagged:?}");
    assert!(
        flagged.iter().any(|g| g["status"] == "TOO_SMALL"),
        "empty grids are too small"
    );
    let community = app.token(COUNTY_A, "community.qinghe").await;
    app.gql(Some(&community), "mutation { updateGridSizingRule(input: { minHouseholds: 1, maxHouseholds: 3, maxResidents: 10 }) { userErrors { code } } }", json!({}))
        .await
        .fails_with("FORBIDDEN");

    let teams = app
        .gql(Some(&community), "{ gridTeams(incompleteOnly: false) { grid { code } complete missing composition { leaders fullTime partTime professional } members { staff { name phone } assignment { teamRole } } } }", json!({}))
        .await;
    let teams = teams.ok()["gridTeams"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let first = teams
        .iter()
        .find(|t| t["grid"]["code"] == "371599001001001")
        .expect("grid 1 team");
    assert_eq!(first["complete"], true);
    assert_eq!(
        first["composition"],
        json!({ "leaders": 1, "fullTime": 1, "partTime": 1, "professional": 1 })
    );
    assert!(first["members"].as_array().into_iter().flatten().all(|m| {
        m["staff"]["phone"]
            .as_str()
            .is_some_and(|p| p.contains("****"))
    }));
    let second = teams
        .iter()
        .find(|t| t["grid"]["code"] == "371599001001002")
        .expect("grid 2 team");
    assert_eq!(second["complete"], false);
    assert_eq!(second["missing"], json!(["FULL_TIME"]));
    let incomplete = app
        .gql(
            Some(&community),
            "{ gridTeams(incompleteOnly: true) { grid { code } } }",
            json!({}),
        )
        .await;
    let codes: Vec<&str> = incomplete.ok()["gridTeams"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["grid"]["code"].as_str())
        .collect();
    assert!(
        codes.contains(&"371599001001002") && !codes.contains(&"371599001001001"),
        "{codes:?}"
    );
    assert!(
        codes.iter().all(|c| c.starts_with("371599001001")),
        "only the community's grids: {codes:?}"
    );
}

#[tokio::test]
async fn buildings_lead_to_houses_households_and_their_members() {
    let app = spawn_app().await;
    let worker = app.token(COUNTY_A, "grid.qh01").await;
    let grid = app.region_id(&worker, "371599001001001").await;
    let tree = app
        .gql(Some(&worker), "query($g: ID) { buildings(regionId: $g) { nodes { name houses { unit room houseUse households { number members { name relationship } } } } } }", json!({ "g": grid }))
        .await;
    let buildings = tree.ok()["buildings"]["nodes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        buildings
            .iter()
            .map(|b| b["name"].clone())
            .collect::<Vec<_>>(),
        vec![json!("1号楼"), json!("2号楼")]
    );
    let rented = &buildings[0]["houses"][1];
    assert_eq!(rented["houseUse"], "RENTED");
    assert_eq!(rented["households"][0]["number"], "QH0002");
    assert_eq!(
        rented["households"][0]["members"],
        json!([{ "name": "王磊", "relationship": "HEAD" }, { "name": "赵敏", "relationship": "SPOUSE" }])
    );

    let b = app
        .gql(Some(&worker), "mutation($g: ID!) { createBuilding(input: { regionId: $g, fields: { name: \"9号楼\" } }) { building { id } } }", json!({ "g": grid }))
        .await;
    b.fails_with("FORBIDDEN");
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let created = app
        .gql(Some(&community), "mutation($g: ID!) { createBuilding(input: { regionId: $g, fields: { name: \"9号楼\", floors: 6 } }) { building { id name } userErrors { code } } }", json!({ "g": grid }))
        .await;
    assert_eq!(created.ok()["createBuilding"]["building"]["name"], "9号楼");
    let twice = app
        .gql(Some(&community), "mutation($g: ID!) { createBuilding(input: { regionId: $g, fields: { name: \"9号楼\" } }) { userErrors { code field } } }", json!({ "g": grid }))
        .await;
    assert_eq!(twice.user_error("createBuilding"), "CODE_TAKEN");
    let community_node = app.region_id(&community, "371599001001").await;
    let not_grid = app
        .gql(Some(&community), "mutation($g: ID!) { createBuilding(input: { regionId: $g, fields: { name: \"10号楼\" } }) { userErrors { code } } }", json!({ "g": community_node }))
        .await;
    assert_eq!(not_grid.user_error("createBuilding"), "NOT_A_GRID");
}
