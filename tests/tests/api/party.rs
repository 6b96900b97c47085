//! The party archives: the party-branch role's subtree, counts without details for region
//! roles, nothing for departments, the branch regulations as warning codes, transfers with
//! their history, the points ledger, meetings and the overdue list.

use crate::archives::{MA, ZHANG, id_card};
use crate::helpers::*;
use serde_json::{Value, json};

/// An organisation's global id by name, as `token` sees the tree.
pub async fn org_id(app: &TestApp, token: &str, name: &str) -> String {
    let tree = app
        .gql(Some(token), "{ partyOrganisations { id name } }", json!({}))
        .await;
    tree.ok()["partyOrganisations"]
        .as_array()
        .and_then(|orgs| orgs.iter().find(|o| o["name"] == name))
        .and_then(|o| o["id"].as_str())
        .unwrap_or_else(|| panic!("no organisation {name}: {}", tree.0))
        .to_string()
}

/// A current member's global id by name.
pub async fn member_id(app: &TestApp, token: &str, name: &str) -> String {
    let found = app
        .gql(
            Some(token),
            "query($s: String) { partyMembers(search: $s, includeLeft: true) { nodes { id name } } }",
            json!({ "s": name }),
        )
        .await;
    found.ok()["partyMembers"]["nodes"][0]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no member {name}: {}", found.0))
        .to_string()
}

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["name"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

const CREATE_MEMBER: &str = "mutation($input: CreatePartyMemberInput!) { createPartyMember(input: $input) { member { id name isResident version } userErrors { code field } } }";

async fn create_member(app: &TestApp, token: &str, org: &str, fields: Value) -> Gql {
    app.gql(
        Some(token),
        CREATE_MEMBER,
        json!({ "input": { "organisationId": org, "fields": fields } }),
    )
    .await
}

/// `n` full members named `<prefix>N` in `org`, created 25 to a request.
async fn add_members(app: &TestApp, token: &str, org: &str, prefix: &str, n: usize) {
    for start in (0..n).step_by(25) {
        let aliases: String = (start..n.min(start + 25))
            .map(|i| {
                format!(
                    "m{i}: createPartyMember(input: {{ organisationId: \"{org}\", fields: {{ name: \"{prefix}{i}\", gender: FEMALE, joinedOn: \"2001-07-01\" }} }}) {{ userErrors {{ code }} }} "
                )
            })
            .collect();
        let created = app
            .gql(Some(token), &format!("mutation {{ {aliases} }}"), json!({}))
            .await;
        for value in created
            .ok()
            .as_object()
            .into_iter()
            .flat_map(|o| o.values())
        {
            assert_eq!(value["userErrors"], json!([]), "{}", created.0);
        }
    }
}

async fn create_org(app: &TestApp, token: &str, parent: Option<&str>, fields: Value) -> Gql {
    app.gql(
        Some(token),
        "mutation($input: CreatePartyOrganisationInput!) { createPartyOrganisation(input: $input) { organisation { id name termEnd } userErrors { code field } } }",
        json!({ "input": { "parentId": parent, "fields": fields } }),
    )
    .await
}

async fn warning_codes(app: &TestApp, token: &str, org: &str) -> Vec<String> {
    let found = app
        .gql(
            Some(token),
            "query($id: ID!) { partyOrganisation(id: $id) { warnings { code message } } }",
            json!({ "id": org }),
        )
        .await;
    let mut codes: Vec<String> = found.ok()["partyOrganisation"]["warnings"]
        .as_array()
        .map(|w| {
            w.iter()
                .filter_map(|w| w["code"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    codes.sort();
    codes
}

fn today_plus(days: i64) -> String {
    ((chrono::Utc::now() + chrono::Duration::hours(8)).date_naive() + chrono::Duration::days(days))
        .to_string()
}

#[tokio::test]
async fn a_party_branch_keeps_its_own_subtree_but_cannot_see_or_change_a_sibling_branch() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let sibling = org_id(&app, &admin, "青河社区第二网格党支部").await;
    let committee = org_id(&app, &admin, "青河社区党委").await;
    let sibling_member = member_id(&app, &admin, "孙丽").await;
    let branch = app.token(COUNTY_A, "party.qh01").await;

    // The tree and the members: its branch and the branch's party group, nothing else.
    let tree = app
        .gql(
            Some(&branch),
            "{ partyOrganisations { name } partyMembers(first: 100) { nodes { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        names(&tree.ok()["partyOrganisations"]),
        ["青河社区第一网格党支部", "1号楼党小组"]
    );
    let members = names(&tree.ok()["partyMembers"]["nodes"]);
    assert!(members.contains(&"周桂芳".to_string()), "{members:?}");
    assert!(!members.contains(&"孙丽".to_string()), "{members:?}");

    // The sibling branch and its members do not exist for it.
    for (query, variables) in [
        (
            "query($id: ID!) { partyOrganisation(id: $id) { name } }",
            json!({ "id": sibling }),
        ),
        (
            "query($id: ID!) { partyMember(id: $id) { name } }",
            json!({ "id": sibling_member }),
        ),
        (
            "query($id: ID) { partyMembers(organisationId: $id) { nodes { name } } }",
            json!({ "id": sibling }),
        ),
        (
            "mutation($id: ID!) { updatePartyMember(input: { id: $id, fields: { centreHousehold: true } }) { userErrors { code } } }",
            json!({ "id": sibling_member }),
        ),
        (
            "mutation($id: ID!) { awardPartyPoints(input: { memberId: $id, points: 5, activity: \"x\" }) { userErrors { code } } }",
            json!({ "id": sibling_member }),
        ),
        (
            "mutation($id: ID!) { transferPartyMember(input: { id: $id, toPlace: \"外县\" }) { userErrors { code } } }",
            json!({ "id": sibling_member }),
        ),
        (
            "mutation($id: ID!) { createPartyMember(input: { organisationId: $id, fields: { name: \"x\", gender: MALE, joinedOn: \"2020-07-01\" } }) { userErrors { code } } }",
            json!({ "id": sibling }),
        ),
        (
            "mutation($id: ID!) { recordPartyMeeting(input: { organisationId: $id, kind: PARTY_LECTURE, heldOn: \"2026-01-05\", topic: \"x\" }) { userErrors { code } } }",
            json!({ "id": sibling }),
        ),
        (
            "mutation($id: ID!) { createPartyOrganisation(input: { parentId: $id, fields: { kind: BUILDING_GROUP, name: \"x\" } }) { userErrors { code } } }",
            json!({ "id": committee }),
        ),
    ] {
        app.gql(Some(&branch), query, variables)
            .await
            .fails_with("NOT_FOUND");
    }

    // Its own party group's member it reads and keeps.
    let own = member_id(&app, &branch, "周桂芳").await;
    let changed = app
        .gql(
            Some(&branch),
            "mutation($id: ID!) { updatePartyMember(input: { id: $id, fields: { phone: \"13912345678\" } }) { member { phone } userErrors { code } } }",
            json!({ "id": own }),
        )
        .await;
    assert_eq!(
        changed.ok()["updatePartyMember"]["member"]["phone"],
        "139****5678"
    );
    let awarded = app
        .gql(
            Some(&branch),
            "mutation($id: ID!) { awardPartyPoints(input: { memberId: $id, points: 5, serviceHours: 2, activity: \"楼栋清扫\" }) { balance { points } userErrors { code } } }",
            json!({ "id": own }),
        )
        .await;
    assert_eq!(awarded.ok()["awardPartyPoints"]["balance"]["points"], 13);
    let group = org_id(&app, &branch, "1号楼党小组").await;
    let created = create_member(
        &app,
        &branch,
        &group,
        json!({ "name": "新党员", "gender": "FEMALE", "joinedOn": "2019-07-01" }),
    )
    .await;
    assert_eq!(created.ok()["createPartyMember"]["userErrors"], json!([]));
    let own_branch = org_id(&app, &branch, "青河社区第一网格党支部").await;
    let household = create_org(
        &app,
        &branch,
        Some(&group),
        json!({ "kind": "CENTRE_HOUSEHOLD", "name": "周桂芳党员中心户" }),
    )
    .await;
    assert_eq!(
        household.ok()["createPartyOrganisation"]["userErrors"],
        json!([])
    );
    // A root needs a county-wide role.
    create_org(
        &app,
        &branch,
        None,
        json!({ "kind": "STREET_COMMITTEE", "name": "x" }),
    )
    .await
    .fails_with("FORBIDDEN");
    let _ = own_branch;
}

#[tokio::test]
async fn community_staff_see_party_counts_but_not_members_and_departments_see_nothing() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let branch = org_id(&app, &admin, "青河社区第一网格党支部").await;
    let member = member_id(&app, &admin, "张建国").await;
    let community = app.region_id(&admin, "371599001001").await;
    let grid = app.region_id(&admin, "371599001001001").await;

    let staff = app.token(COUNTY_A, "community.qinghe").await;
    let counts = app
        .gql(
            Some(&staff),
            "query($c: ID, $g: ID!) { partyFigures(regionId: $c) { members fullMembers probationaryMembers floating inService centreHouseholds ageUnknown byAge { bracket count } } regionFigures(regionId: $g) { partyMembers } partyOrganisations { name memberCount } }",
            json!({ "c": community, "g": grid }),
        )
        .await;
    let figures = &counts.ok()["partyFigures"];
    assert_eq!(figures["members"], 8);
    assert_eq!(figures["probationaryMembers"], 1);
    assert_eq!(figures["floating"], 1);
    assert_eq!(figures["inService"], 1);
    assert_eq!(figures["centreHouseholds"], 1);
    let by_age: i64 = figures["byAge"]
        .as_array()
        .map(|b| b.iter().filter_map(|b| b["count"].as_i64()).sum())
        .unwrap_or_default();
    assert_eq!(by_age, 6, "{figures}");
    assert_eq!(
        figures["ageUnknown"], 2,
        "赵志刚 and 钱伟 gave no birth date: {figures}"
    );
    // Grid figures now count the party members placed in the grid (branch 1 and its group).
    assert_eq!(counts.ok()["regionFigures"]["partyMembers"], 6);
    assert_eq!(counts.ok()["partyOrganisations"][0]["memberCount"], 8);

    for (query, variables) in [
        ("{ partyMembers { nodes { name } } }", json!({})),
        (
            "query($id: ID!) { partyMember(id: $id) { name } }",
            json!({ "id": member }),
        ),
        (
            "query($id: ID!) { partyOrganisation(id: $id) { members { nodes { name } } } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID!) { partyOrganisation(id: $id) { officers { role } } }",
            json!({ "id": branch }),
        ),
        ("{ partyMeetings { topic } }", json!({})),
        (
            "mutation($id: ID!) { createPartyMember(input: { organisationId: $id, fields: { name: \"x\", gender: MALE, joinedOn: \"2020-07-01\" } }) { userErrors { code } } }",
            json!({ "id": branch }),
        ),
        (
            "mutation { updatePartyMeetingRules(input: { rules: [] }) { userErrors { code } } }",
            json!({}),
        ),
    ] {
        app.gql(Some(&staff), query, variables)
            .await
            .fails_with("FORBIDDEN");
    }

    let department = app.token(COUNTY_A, "dept.cg").await;
    for (query, variables) in [
        ("{ partyOrganisations { name } }", json!({})),
        ("{ partyMembers { nodes { name } } }", json!({})),
        ("{ overduePartyMeetings { held } }", json!({})),
        (
            "query($id: ID!) { partyMember(id: $id) { name } }",
            json!({ "id": member }),
        ),
        (
            "query($id: ID!) { partyOrganisation(id: $id) { name } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID) { partyFigures(regionId: $id) { members } }",
            json!({ "id": community }),
        ),
    ] {
        app.gql(Some(&department), query, variables)
            .await
            .fails_with("FORBIDDEN");
    }
}

#[tokio::test]
async fn each_branch_regulation_gives_its_warning_code_and_ending_terms_are_listed() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let committee = org_id(&app, &admin, "青河社区党委").await;
    let create = async |fields: Value| -> String {
        let created = create_org(&app, &admin, Some(&committee), fields).await;
        assert_eq!(
            created.ok()["createPartyOrganisation"]["userErrors"],
            json!([]),
            "{}",
            created.0
        );
        created.ok()["createPartyOrganisation"]["organisation"]["id"]
            .as_str()
            .expect("id")
            .to_string()
    };

    // A joint branch of 6 units and no members yet.
    let joint =
        create(json!({ "kind": "JOINT_BRANCH", "name": "商圈联合党支部", "coveredUnits": 6 }))
            .await;
    assert_eq!(
        warning_codes(&app, &admin, &joint).await,
        ["BRANCH_TOO_FEW_FULL_MEMBERS", "JOINT_BRANCH_TOO_MANY_UNITS"]
    );
    // Units only count for joint branches.
    let wrong = create_org(
        &app,
        &admin,
        Some(&committee),
        json!({ "kind": "GRID_BRANCH", "name": "x", "coveredUnits": 2 }),
    )
    .await;
    assert_eq!(wrong.user_error("createPartyOrganisation"), "INVALID_VALUE");

    // 7 full members need a committee of 3–5, at most 7.
    let branch = create(json!({ "kind": "ENTERPRISE_BRANCH", "name": "青石机械厂党支部" })).await;
    add_members(&app, &admin, &branch, "机械厂党员", 8).await;
    assert_eq!(
        warning_codes(&app, &admin, &branch).await,
        ["BRANCH_COMMITTEE_MISSING"]
    );
    let members = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyOrganisation(id: $id) { members(first: 10) { nodes { id } } } }",
            json!({ "id": branch }),
        )
        .await;
    let ids: Vec<String> = members.ok()["partyOrganisation"]["members"]["nodes"]
        .as_array()
        .map(|n| {
            n.iter()
                .filter_map(|m| m["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let appoint = async |member: &str, role: &str| {
        let appointed = app
            .gql(
                Some(&admin),
                "mutation($input: AppointPartyOfficerInput!) { appointPartyOfficer(input: $input) { officer { inOffice } userErrors { code } } }",
                json!({ "input": { "organisationId": branch, "memberId": member, "role": role, "termStart": "2025-01-01" } }),
            )
            .await;
        appointed.user_error("appointPartyOfficer")
    };
    assert_eq!(appoint(&ids[0], "SECRETARY").await, "none");
    // One secretary in office at a time.
    assert_eq!(appoint(&ids[1], "SECRETARY").await, "INVALID_VALUE");
    for id in &ids[1..3] {
        assert_eq!(appoint(id, "COMMITTEE_MEMBER").await, "none");
    }
    assert!(warning_codes(&app, &admin, &branch).await.is_empty());
    for id in &ids[3..6] {
        assert_eq!(appoint(id, "COMMITTEE_MEMBER").await, "none");
    }
    assert_eq!(
        warning_codes(&app, &admin, &branch).await,
        ["BRANCH_COMMITTEE_ABOVE_FIVE"]
    );
    for id in &ids[6..8] {
        assert_eq!(appoint(id, "COMMITTEE_MEMBER").await, "none");
    }
    assert_eq!(
        warning_codes(&app, &admin, &branch).await,
        ["BRANCH_COMMITTEE_TOO_LARGE"]
    );

    // More than 50 members: a general branch; more than 100: a party committee.
    let big =
        create(json!({ "kind": "SOCIAL_ORGANISATION_BRANCH", "name": "志愿者协会党支部" })).await;
    add_members(&app, &admin, &big, "协会党员", 51).await;
    assert!(
        warning_codes(&app, &admin, &big)
            .await
            .contains(&"BRANCH_SUGGEST_GENERAL_BRANCH".to_string())
    );
    add_members(&app, &admin, &big, "协会新党员", 50).await;
    let codes = warning_codes(&app, &admin, &big).await;
    assert!(
        codes.contains(&"BRANCH_SUGGEST_PARTY_COMMITTEE".to_string()),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&"BRANCH_SUGGEST_GENERAL_BRANCH".to_string()),
        "{codes:?}"
    );

    // Terms: ending within 90 days, expired, far off; community terms default to 5 years.
    let soon = create(json!({ "kind": "GENERAL_BRANCH", "name": "即将换届党总支", "termStart": "2021-12-01", "termEnd": today_plus(30) })).await;
    let expired = create(json!({ "kind": "GENERAL_BRANCH", "name": "已届满党总支", "termStart": "2020-01-01", "termEnd": today_plus(-1) })).await;
    let far = create_org(
        &app,
        &admin,
        Some(&committee),
        json!({ "kind": "GENERAL_BRANCH", "name": "新一届党总支", "termStart": today_plus(-10) }),
    )
    .await;
    let far_end = far.ok()["createPartyOrganisation"]["organisation"]["termEnd"].clone();
    assert_eq!(
        far_end,
        json!(
            ((chrono::Utc::now() + chrono::Duration::hours(8)).date_naive()
                - chrono::Duration::days(10))
            .checked_add_months(chrono::Months::new(60))
            .map(|d| d.to_string())
        )
    );
    assert_eq!(
        warning_codes(&app, &admin, &soon).await,
        ["TERM_ENDING_SOON"]
    );
    assert_eq!(
        warning_codes(&app, &admin, &expired).await,
        ["TERM_EXPIRED"]
    );
    let ending = app
        .gql(Some(&admin), "{ partyTermsEndingSoon { name } }", json!({}))
        .await;
    assert_eq!(
        names(&ending.ok()["partyTermsEndingSoon"]),
        ["即将换届党总支", "青河社区党委"]
    );
}

#[tokio::test]
async fn transfers_keep_the_history_and_a_points_balance_is_the_sum_of_its_ledger() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let first = org_id(&app, &admin, "青河社区第一网格党支部").await;
    let second = org_id(&app, &admin, "青河社区第二网格党支部").await;
    let created = create_member(
        &app,
        &admin,
        &first,
        json!({ "name": "转接党员", "gender": "MALE", "joinedOn": "2015-07-01", "phone": "13700001111" }),
    )
    .await;
    let member = created.ok()["createPartyMember"]["member"]["id"].clone();
    let transfer = async |input: Value| {
        app.gql(
            Some(&admin),
            "mutation($input: TransferPartyMemberInput!) { transferPartyMember(input: $input) { member { version leftOn organisation { name } } userErrors { code } } }",
            json!({ "input": input }),
        )
        .await
    };
    let moved = transfer(
        json!({ "id": member, "expectedVersion": 1, "toOrganisationId": second, "reason": "搬家" }),
    )
    .await;
    assert_eq!(
        moved.ok()["transferPartyMember"]["member"]["organisation"]["name"],
        "青河社区第二网格党支部"
    );
    // Someone acting on the old version loses.
    transfer(json!({ "id": member, "expectedVersion": 1, "toOrganisationId": first }))
        .await
        .fails_with("CONFLICT");
    let out = transfer(
        json!({ "id": member, "expectedVersion": 2, "toPlace": "济南市历城区某街道党工委" }),
    )
    .await;
    assert!(out.ok()["transferPartyMember"]["member"]["leftOn"].is_string());
    let again = transfer(json!({ "id": member, "toPlace": "x" })).await;
    assert_eq!(again.user_error("transferPartyMember"), "INVALID_VALUE");

    let history = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyMember(id: $id) { transfers { kind fromOrganisationName toOrganisationName toPlace reason } } }",
            json!({ "id": member }),
        )
        .await;
    assert_eq!(
        history.ok()["partyMember"]["transfers"],
        json!([
            { "kind": "JOINED", "fromOrganisationName": null, "toOrganisationName": "青河社区第一网格党支部", "toPlace": null, "reason": null },
            { "kind": "TRANSFER", "fromOrganisationName": "青河社区第一网格党支部", "toOrganisationName": "青河社区第二网格党支部", "toPlace": null, "reason": "搬家" },
            { "kind": "TRANSFER_OUT", "fromOrganisationName": "青河社区第二网格党支部", "toOrganisationName": null, "toPlace": "济南市历城区某街道党工委", "reason": null },
        ])
    );
    // Gone from the current lists and counts, still found with includeLeft.
    let lists = app
        .gql(
            Some(&admin),
            "query($id: ID) { current: partyMembers(organisationId: $id, search: \"转接\") { nodes { name } } all: partyMembers(organisationId: $id, search: \"转接\", includeLeft: true) { nodes { name } } partyFigures(organisationId: $id) { members } }",
            json!({ "id": second }),
        )
        .await;
    assert_eq!(lists.ok()["current"]["nodes"], json!([]));
    assert_eq!(lists.ok()["all"]["nodes"], json!([{ "name": "转接党员" }]));
    assert_eq!(lists.ok()["partyFigures"]["members"], 2);

    // The ledger: entries add up to the balance, over all time and over a period.
    let li = member_id(&app, &admin, "李秀英").await;
    for (points, day) in [(10, "2026-01-10"), (-3, "2026-02-10"), (7, "2025-12-30")] {
        let awarded = app
            .gql(
                Some(&admin),
                "mutation($id: ID!, $p: Int!, $d: NaiveDate) { awardPartyPoints(input: { memberId: $id, points: $p, serviceHours: 1.5, activity: \"志愿服务\", awardedOn: $d }) { userErrors { code } } }",
                json!({ "id": li, "p": points, "d": day }),
            )
            .await;
        assert_eq!(awarded.user_error("awardPartyPoints"), "none");
    }
    let zero = app
        .gql(
            Some(&admin),
            "mutation($id: ID!) { awardPartyPoints(input: { memberId: $id, points: 0, activity: \"x\" }) { userErrors { code } } }",
            json!({ "id": li }),
        )
        .await;
    assert_eq!(zero.user_error("awardPartyPoints"), "INVALID_VALUE");
    let ledger = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyMember(id: $id) { points { points serviceHours } pointEntries { points } year: points(from: \"2026-01-01\", to: \"2026-12-31\") { points } } }",
            json!({ "id": li }),
        )
        .await;
    let m = &ledger.ok()["partyMember"];
    let sum: i64 = m["pointEntries"]
        .as_array()
        .map(|e| e.iter().filter_map(|e| e["points"].as_i64()).sum())
        .unwrap_or_default();
    assert_eq!(m["points"]["points"], json!(sum));
    assert_eq!(sum, 5 + 10 - 3 + 7, "the demo's 5 points and three entries");
    assert_eq!(m["year"]["points"], json!(sum - 7));

    let ranking = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyPointsRanking(organisationId: $id, first: 3) { rank member { name } points } }",
            json!({ "id": first }),
        )
        .await;
    assert_eq!(
        ranking.ok()["partyPointsRanking"],
        json!([
            { "rank": 1, "member": { "name": "李秀英" }, "points": 19 },
            { "rank": 2, "member": { "name": "张建国" }, "points": 10 },
            { "rank": 3, "member": { "name": "周桂芳" }, "points": 8 },
        ])
    );
}

#[tokio::test]
async fn meetings_with_attendance_clear_the_overdue_list_and_the_rules_are_the_countys() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let second = org_id(&app, &admin, "青河社区第二网格党支部").await;
    let sun = member_id(&app, &admin, "孙丽").await;
    let zhang = member_id(&app, &admin, "张建国").await;
    let overdue = async || -> Vec<(String, String)> {
        let list = app
            .gql(
                Some(&admin),
                "{ overduePartyMeetings { organisation { name } kind } }",
                json!({}),
            )
            .await;
        list.ok()["overduePartyMeetings"]
            .as_array()
            .map(|l| {
                l.iter()
                    .map(|d| {
                        (
                            d["organisation"]["name"]
                                .as_str()
                                .unwrap_or_default()
                                .to_string(),
                            d["kind"].as_str().unwrap_or_default().to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let second_branch = (
        "青河社区第二网格党支部".to_string(),
        "BRANCH_MEMBER_MEETING".to_string(),
    );
    assert!(overdue().await.contains(&second_branch));

    let record = async |attendance: Value| {
        app.gql(
            Some(&admin),
            "mutation($input: RecordPartyMeetingInput!) { recordPartyMeeting(input: $input) { meeting { topic attendance { member { name } attendance } } userErrors { code field } } }",
            json!({ "input": { "organisationId": second, "kind": "BRANCH_MEMBER_MEETING", "heldOn": today_plus(0), "topic": "支部党员大会", "attendance": attendance } }),
        )
        .await
    };
    // Only the branch's own current members attend.
    let stranger = record(json!([{ "memberId": zhang, "attendance": "PRESENT" }])).await;
    assert_eq!(
        stranger.ok()["recordPartyMeeting"]["userErrors"][0]["field"],
        json!(["input", "attendance", "0", "memberId"])
    );
    let held = record(json!([{ "memberId": sun, "attendance": "EXCUSED" }])).await;
    assert_eq!(
        held.ok()["recordPartyMeeting"]["meeting"]["attendance"],
        json!([{ "member": { "name": "孙丽" }, "attendance": "EXCUSED" }])
    );
    assert!(!overdue().await.contains(&second_branch));

    // The county sets its own rules: a theme party day every month for grid branches.
    let set = app
        .gql(
            Some(&admin),
            "mutation { updatePartyMeetingRules(input: { rules: [{ kind: THEME_PARTY_DAY, period: MONTH, organisationKinds: [GRID_BRANCH] }] }) { rules { kind period times } userErrors { code } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        set.ok()["updatePartyMeetingRules"]["rules"],
        json!([{ "kind": "THEME_PARTY_DAY", "period": "MONTH", "times": 1 }])
    );
    let now = overdue().await;
    assert!(
        now.iter().all(|(_, kind)| kind == "THEME_PARTY_DAY"),
        "{now:?}"
    );
    assert_eq!(now.len(), 2, "both grid branches: {now:?}");
    let bad = app
        .gql(
            Some(&admin),
            "mutation { updatePartyMeetingRules(input: { rules: [{ kind: PARTY_LECTURE, period: MONTH, times: 0, organisationKinds: [] }] }) { userErrors { code } } }",
            json!({}),
        )
        .await;
    assert_eq!(bad.user_error("updatePartyMeetingRules"), "INVALID_VALUE");
}

#[tokio::test]
async fn a_member_with_a_residents_id_number_is_that_resident_and_only_once() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let second = org_id(&app, &admin, "青河社区第二网格党支部").await;
    let created = create_member(
        &app,
        &admin,
        &second,
        json!({ "idCardNo": id_card(MA), "joinedOn": "1996-07-01", "status": "FULL" }),
    )
    .await;
    let member = &created.ok()["createPartyMember"]["member"];
    assert_eq!(member["name"], "马文昌");
    assert_eq!(member["isResident"], true);
    let twice = create_member(
        &app,
        &admin,
        &second,
        json!({ "idCardNo": id_card(MA), "joinedOn": "1996-07-01" }),
    )
    .await;
    assert_eq!(twice.user_error("createPartyMember"), "ALREADY_MEMBER");
    // 张建国 is already a member (the demo links him).
    let zhang = create_member(
        &app,
        &admin,
        &second,
        json!({ "idCardNo": id_card(ZHANG), "joinedOn": "1978-07-01" }),
    )
    .await;
    assert_eq!(zhang.user_error("createPartyMember"), "ALREADY_MEMBER");
    let bad = create_member(
        &app,
        &admin,
        &second,
        json!({ "name": "x", "gender": "MALE", "joinedOn": "2999-01-01", "status": "PROBATIONARY", "confirmedOn": "2020-01-01", "memberType": "IN_SERVICE" }),
    )
    .await;
    let mut fields: Vec<String> = bad.ok()["createPartyMember"]["userErrors"]
        .as_array()
        .map(|e| {
            e.iter()
                .filter_map(|e| e["field"][1].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    fields.sort();
    assert_eq!(fields, ["confirmedOn", "joinedOn", "workUnit"]);
    // A mistyped ID number is the one error of an otherwise good member.
    let typo = create_member(
        &app,
        &admin,
        &second,
        json!({ "name": "打错号码", "idCardNo": "371599199001011230", "joinedOn": "2010-07-01" }),
    )
    .await;
    assert_eq!(
        typo.ok()["createPartyMember"]["userErrors"],
        json!([{ "code": "ID_CARD_BAD_CHECKSUM", "field": ["input", "idCardNo"] }])
    );

    // A party branch without `resident:read` links by ID number but does not see the resident.
    let branch = app.token(COUNTY_A, "party.qh01").await;
    let own = member_id(&app, &branch, "张建国").await;
    let seen = app
        .gql(
            Some(&branch),
            "query($id: ID!) { partyMember(id: $id) { isResident resident { name } idCardNo } }",
            json!({ "id": own }),
        )
        .await;
    assert_eq!(seen.ok()["partyMember"]["isResident"], true);
    assert_eq!(seen.ok()["partyMember"]["resident"], Value::Null);
    assert!(
        seen.ok()["partyMember"]["idCardNo"]
            .as_str()
            .is_some_and(|n| n.contains('*')),
        "masked: {}",
        seen.0
    );
}

#[tokio::test]
async fn commitments_and_yearly_evaluations_are_kept_per_member() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let zhang = member_id(&app, &admin, "张建国").await;
    let found = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyMember(id: $id) { commitments { id version pledge } } }",
            json!({ "id": zhang }),
        )
        .await;
    let commitment = found.ok()["partyMember"]["commitments"][0]["id"].clone();
    let progress = app
        .gql(
            Some(&admin),
            "mutation($id: ID!) { addPartyCommitmentProgress(input: { commitmentId: $id, note: \"本月走访5户\" }) { commitment { progress { note } } userErrors { code } } }",
            json!({ "id": commitment }),
        )
        .await;
    assert_eq!(
        progress.ok()["addPartyCommitmentProgress"]["commitment"]["progress"],
        json!([{ "note": "本月走访5户" }])
    );
    let evaluate = async |version: i64| {
        app.gql(
            Some(&admin),
            "mutation($id: ID!, $v: Int) { evaluatePartyCommitment(input: { id: $id, expectedVersion: $v, grade: EXCELLENT, evaluation: \"超额完成\" }) { commitment { grade version } userErrors { code } } }",
            json!({ "id": commitment, "v": version }),
        )
        .await
    };
    assert_eq!(
        evaluate(1).await.ok()["evaluatePartyCommitment"]["commitment"]["grade"],
        "EXCELLENT"
    );
    evaluate(1).await.fails_with("CONFLICT");

    for grade in ["QUALIFIED", "EXCELLENT"] {
        let recorded = app
            .gql(
                Some(&admin),
                "mutation($id: ID!, $g: EvaluationGrade!) { recordPartyEvaluation(input: { memberId: $id, year: 2025, grade: $g, decision: \"支部党员大会评议\" }) { evaluation { year grade } userErrors { code } } }",
                json!({ "id": zhang, "g": grade }),
            )
            .await;
        assert_eq!(recorded.user_error("recordPartyEvaluation"), "none");
    }
    let future = app
        .gql(
            Some(&admin),
            "mutation($id: ID!) { recordPartyEvaluation(input: { memberId: $id, year: 2999, grade: QUALIFIED }) { userErrors { code field } } }",
            json!({ "id": zhang }),
        )
        .await;
    assert_eq!(future.user_error("recordPartyEvaluation"), "INVALID_VALUE");
    let evaluations = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyMember(id: $id) { evaluations { year grade decision } } }",
            json!({ "id": zhang }),
        )
        .await;
    assert_eq!(
        evaluations.ok()["partyMember"]["evaluations"],
        json!([{ "year": 2025, "grade": "EXCELLENT", "decision": "支部党员大会评议" }])
    );
}

const IMPORT_HEADER: &str = "姓名,公民身份号码,性别,联系电话,所在党组织,党员状态,入党日期,转正日期,党员类型,流出地,流入地,工作单位,报到社区编码,党员中心户";

fn csv(rows: &[String]) -> Vec<u8> {
    let mut text = String::from(IMPORT_HEADER);
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text.into_bytes()
}

#[tokio::test]
async fn a_party_branch_imports_members_with_a_dry_run_row_errors_and_updates_on_reimport() {
    let app = spawn_app().await;
    let branch = app.token(COUNTY_A, "party.qh01").await;
    let newcomer = id_card("37159919900101801");
    let row = |org: &str| {
        format!("导入党员,{newcomer},,13711112222,{org},正式党员,2012-07-01,2013-07-01,在册,,,,,否")
    };
    let zhang = format!(
        "张建国,{},,,青河社区第一网格党支部,正式党员,1978-07-01,,离退休,,,,,是",
        id_card(ZHANG)
    );
    let bad_id = id_card("37159919900202456");
    let bad_id = format!(
        "{}{}",
        &bad_id[..17],
        if bad_id.ends_with('0') { '1' } else { '0' }
    );
    let bad = format!("错误党员,{bad_id},男,,青河社区第二网格党支部,党员,2030-01-01,,在职,,,,,");
    let count = async || {
        let n = app
            .gql(
                Some(&branch),
                "{ partyMembers(first: 100) { edges { cursor } } }",
                json!({}),
            )
            .await;
        n.ok()["partyMembers"]["edges"]
            .as_array()
            .map_or(0, Vec::len)
    };
    let before = count().await;

    // Any error: nothing written, every problem reported by row and column.
    let failed = app
        .import(
            &branch,
            "PARTY_MEMBERS",
            "party.csv",
            csv(&[row("1号楼党小组"), zhang.clone(), bad]),
            false,
        )
        .await;
    assert_eq!(failed["status"], "FAILED", "{failed}");
    let mut columns: Vec<&str> = failed["errors"]
        .as_array()
        .map(|e| {
            e.iter()
                .filter(|e| e["row"] == 4)
                .filter_map(|e| e["column"].as_str())
                .collect()
        })
        .unwrap_or_default();
    columns.sort();
    assert_eq!(
        columns,
        [
            "党员状态",
            "入党日期",
            "公民身份号码",
            "工作单位",
            "所在党组织"
        ],
        "{failed}"
    );
    assert_eq!(count().await, before);

    // A dry run checks and writes nothing.
    let dry = app
        .import(
            &branch,
            "PARTY_MEMBERS",
            "party.csv",
            csv(&[row("1号楼党小组"), zhang.clone()]),
            true,
        )
        .await;
    assert_eq!(dry["status"], "SUCCEEDED", "{dry}");
    assert_eq!(count().await, before);

    let done = app
        .import(
            &branch,
            "PARTY_MEMBERS",
            "party.csv",
            csv(&[row("1号楼党小组"), zhang.clone()]),
            false,
        )
        .await;
    assert_eq!(
        (done["createdCount"].as_i64(), done["updatedCount"].as_i64()),
        (Some(1), Some(1)),
        "{done}"
    );
    assert_eq!(count().await, before + 1);
    let zhang_member = member_id(&app, &branch, "张建国").await;
    let updated = app
        .gql(
            Some(&branch),
            "query($id: ID!) { partyMember(id: $id) { centreHousehold isResident } }",
            json!({ "id": zhang_member }),
        )
        .await;
    assert_eq!(
        updated.ok()["partyMember"],
        json!({ "centreHousehold": true, "isResident": true })
    );

    // Re-importing updates; a new organisation is a transfer in the history.
    let again = app
        .import(
            &branch,
            "PARTY_MEMBERS",
            "party.csv",
            csv(&[row("青河社区第一网格党支部"), zhang]),
            false,
        )
        .await;
    assert_eq!(
        (
            again["createdCount"].as_i64(),
            again["updatedCount"].as_i64()
        ),
        (Some(0), Some(2)),
        "{again}"
    );
    let imported = member_id(&app, &branch, "导入党员").await;
    let history = app
        .gql(Some(&branch), "query($id: ID!) { partyMember(id: $id) { organisation { name } transfers { kind reason } } }", json!({ "id": imported }))
        .await;
    assert_eq!(
        history.ok()["partyMember"],
        json!({
            "organisation": { "name": "青河社区第一网格党支部" },
            "transfers": [{ "kind": "JOINED", "reason": null }, { "kind": "TRANSFER", "reason": "批量导入" }],
        })
    );

    // The export has the template's columns, masked, and imports again unchanged but for IDs.
    let exported = app
        .gql(Some(&branch), "mutation { exportPartyMembers(input: { format: CSV }) { download { url rowCount } userErrors { code } } }", json!({}))
        .await;
    let download = &exported.ok()["exportPartyMembers"]["download"];
    assert_eq!(download["rowCount"].as_u64(), Some(before as u64 + 1));
    let (status, body) = app
        .fetch(download["url"].as_str().unwrap_or_default())
        .await;
    assert_eq!(status, reqwest::StatusCode::OK);
    let text = String::from_utf8_lossy(&body);
    assert!(text.contains(IMPORT_HEADER), "{text}");
    assert!(text.lines().any(|l| l.starts_with("导入党员,")), "{text}");
    assert!(!text.contains(&newcomer), "masked without reveal: {text}");
    // Revealing needs `resident:reveal`, which a party branch does not hold.
    app.gql(
        Some(&branch),
        "mutation { exportPartyMembers(input: { reveal: true }) { download { url } } }",
        json!({}),
    )
    .await
    .fails_with("FORBIDDEN");
    let (status, _) = app.fetch("/templates/party-members.xlsx").await;
    assert_eq!(status, reqwest::StatusCode::OK);
}

#[tokio::test]
async fn a_residents_party_membership_shows_only_to_callers_who_read_party_members() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let member = member_id(&app, &admin, "张建国").await;
    let linked = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partyMember(id: $id) { resident { id } } }",
            json!({ "id": member }),
        )
        .await;
    let resident = linked.ok()["partyMember"]["resident"]["id"].clone();
    let query = "query($id: ID!) { resident(id: $id) { name partyMember { id status } } }";
    let seen = app
        .gql(Some(&admin), query, json!({ "id": resident }))
        .await;
    assert_eq!(seen.ok()["resident"]["partyMember"]["id"], json!(member));
    // The leader reads residents but not party members.
    let leader = app.token(COUNTY_A, "leader").await;
    let hidden = app
        .gql(Some(&leader), query, json!({ "id": resident }))
        .await;
    assert_eq!(hidden.ok()["resident"]["name"], "张建国");
    assert_eq!(hidden.ok()["resident"]["partyMember"], Value::Null);
}
