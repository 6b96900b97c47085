//! Tenant isolation of the party archives: county B's admin, given county A's ids, gets
//! NOT_FOUND from every party query and mutation, and sees none of A's organisations.

use crate::archives::{ZHANG, resident_id};
use crate::helpers::*;
use crate::party::{member_id, org_id};
use serde_json::{Value, json};

#[tokio::test]
async fn every_party_query_and_mutation_answers_not_found_for_another_countys_ids() {
    let app = spawn_app().await;
    let a = app.token(COUNTY_A, "admin").await;
    let branch = org_id(&app, &a, "青河社区第一网格党支部").await;
    let member = member_id(&app, &a, "张建国").await;
    let resident = resident_id(&app, &a, ZHANG).await;
    let community = app.region_id(&a, "371599001001").await;
    let found = app
        .gql(
            Some(&a),
            "query($o: ID!, $m: ID!) { partyOrganisation(id: $o) { officers { id } meetings { id } } partyMember(id: $m) { commitments { id } } }",
            json!({ "o": branch, "m": member }),
        )
        .await;
    let officer = found.ok()["partyOrganisation"]["officers"][0]["id"].clone();
    let meeting = found.ok()["partyOrganisation"]["meetings"][0]["id"].clone();
    let commitment = found.ok()["partyMember"]["commitments"][0]["id"].clone();

    let b = app.second_county().await;
    // County B's own tree, to aim its mutations at A's ids from inside B.
    let root_b = app
        .gql(
            Some(&b),
            "mutation { createPartyOrganisation(input: { fields: { kind: STREET_COMMITTEE, name: \"白沙街道党工委\" } }) { organisation { id } userErrors { code } } }",
            json!({}),
        )
        .await;
    let org_b = root_b.ok()["createPartyOrganisation"]["organisation"]["id"].clone();
    let member_b = app
        .gql(
            Some(&b),
            "mutation($o: ID!) { createPartyMember(input: { organisationId: $o, fields: { name: \"白沙党员\", gender: MALE, joinedOn: \"2000-07-01\" } }) { member { id } userErrors { code } } }",
            json!({ "o": org_b }),
        )
        .await;
    let member_b = member_b.ok()["createPartyMember"]["member"]["id"].clone();

    let cases: Vec<(&str, Value)> = vec![
        (
            "query($id: ID!) { partyOrganisation(id: $id) { name } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": member }),
        ),
        (
            "query($id: ID!) { partyMember(id: $id) { name } }",
            json!({ "id": member }),
        ),
        (
            "query($id: ID!) { partyMeeting(id: $id) { topic } }",
            json!({ "id": meeting }),
        ),
        (
            "query($id: ID) { partyOrganisations(underId: $id) { name } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID) { partyMembers(organisationId: $id) { nodes { name } } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID) { partyMeetings(organisationId: $id) { topic } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID) { overduePartyMeetings(underId: $id) { held } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID!) { partyPointsRanking(organisationId: $id) { rank } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID) { partyFigures(organisationId: $id) { members } }",
            json!({ "id": branch }),
        ),
        (
            "query($id: ID) { partyFigures(regionId: $id) { members } }",
            json!({ "id": community }),
        ),
        (
            "mutation($id: ID) { createPartyOrganisation(input: { parentId: $id, fields: { kind: BUILDING_GROUP, name: \"x\" } }) { userErrors { code } } }",
            json!({ "id": branch }),
        ),
        (
            "mutation($id: ID!, $r: ID!) { createPartyOrganisation(input: { parentId: $id, fields: { kind: COMMUNITY_COMMITTEE, name: \"x\", regionId: $r } }) { userErrors { code } } }",
            json!({ "id": org_b, "r": community }),
        ),
        (
            "mutation($id: ID!) { updatePartyOrganisation(input: { id: $id, fields: { name: \"x\" } }) { userErrors { code } } }",
            json!({ "id": branch }),
        ),
        (
            "mutation($o: ID!, $m: ID!) { appointPartyOfficer(input: { organisationId: $o, memberId: $m, role: SECRETARY, termStart: \"2025-01-01\" }) { userErrors { code } } }",
            json!({ "o": branch, "m": member }),
        ),
        (
            "mutation($o: ID!, $m: ID!) { appointPartyOfficer(input: { organisationId: $o, memberId: $m, role: SECRETARY, termStart: \"2025-01-01\" }) { userErrors { code } } }",
            json!({ "o": org_b, "m": member }),
        ),
        (
            "mutation($id: ID!) { endPartyOfficerTerm(input: { id: $id }) { userErrors { code } } }",
            json!({ "id": officer }),
        ),
        (
            "mutation($id: ID!) { createPartyMember(input: { organisationId: $id, fields: { name: \"x\", gender: MALE, joinedOn: \"2020-07-01\" } }) { userErrors { code } } }",
            json!({ "id": branch }),
        ),
        (
            "mutation($o: ID!, $r: ID!) { createPartyMember(input: { organisationId: $o, fields: { residentId: $r, joinedOn: \"2020-07-01\" } }) { userErrors { code } } }",
            json!({ "o": org_b, "r": resident }),
        ),
        (
            "mutation($o: ID!, $c: ID!) { createPartyMember(input: { organisationId: $o, fields: { name: \"x\", gender: MALE, joinedOn: \"2020-07-01\", memberType: IN_SERVICE, workUnit: \"x\", reportedCommunityId: $c } }) { userErrors { code } } }",
            json!({ "o": org_b, "c": community }),
        ),
        (
            "mutation($id: ID!) { updatePartyMember(input: { id: $id, fields: { centreHousehold: true } }) { userErrors { code } } }",
            json!({ "id": member }),
        ),
        (
            "mutation($id: ID!) { transferPartyMember(input: { id: $id, toPlace: \"x\" }) { userErrors { code } } }",
            json!({ "id": member }),
        ),
        (
            "mutation($id: ID!, $o: ID!) { transferPartyMember(input: { id: $id, toOrganisationId: $o }) { userErrors { code } } }",
            json!({ "id": member_b, "o": branch }),
        ),
        (
            "mutation($id: ID!) { createPartyCommitment(input: { memberId: $id, periodStart: \"2026-01-01\", periodEnd: \"2026-12-31\", pledge: \"x\" }) { userErrors { code } } }",
            json!({ "id": member }),
        ),
        (
            "mutation($id: ID!) { addPartyCommitmentProgress(input: { commitmentId: $id, note: \"x\" }) { userErrors { code } } }",
            json!({ "id": commitment }),
        ),
        (
            "mutation($id: ID!) { evaluatePartyCommitment(input: { id: $id, grade: QUALIFIED }) { userErrors { code } } }",
            json!({ "id": commitment }),
        ),
        (
            "mutation($id: ID!) { awardPartyPoints(input: { memberId: $id, points: 1, activity: \"x\" }) { userErrors { code } } }",
            json!({ "id": member }),
        ),
        (
            "mutation($id: ID!) { recordPartyMeeting(input: { organisationId: $id, kind: PARTY_LECTURE, heldOn: \"2026-01-05\", topic: \"x\" }) { userErrors { code } } }",
            json!({ "id": branch }),
        ),
        (
            "mutation($id: ID!) { recordPartyEvaluation(input: { memberId: $id, year: 2025, grade: QUALIFIED }) { userErrors { code } } }",
            json!({ "id": member }),
        ),
    ];
    for (query, variables) in cases {
        let answer = app.gql(Some(&b), query, variables).await;
        assert_eq!(answer.code(), Some("NOT_FOUND"), "{query}: {}", answer.0);
    }

    // Nothing of A shows in B's own lists and counts.
    let lists = app
        .gql(
            Some(&b),
            "{ partyOrganisations { name } partyMembers { nodes { name } } partyMeetings { topic } partyTermsEndingSoon { name } overduePartyMeetings { held } }",
            json!({}),
        )
        .await;
    assert_eq!(
        lists.ok(),
        &json!({
            "partyOrganisations": [{ "name": "白沙街道党工委" }],
            "partyMembers": { "nodes": [{ "name": "白沙党员" }] },
            "partyMeetings": [],
            "partyTermsEndingSoon": [],
            "overduePartyMeetings": [],
        })
    );
}
