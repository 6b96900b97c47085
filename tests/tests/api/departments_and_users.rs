//! Departments, users and role assignments, managed by the county admin.

use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn a_county_admin_manages_departments() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let created = app
        .gql(Some(&admin), "mutation { createDepartment(input: { code: \"yj\", name: \"县应急管理局\" }) { department { id code } userErrors { code } } }", json!({}))
        .await;
    let id = created.ok()["createDepartment"]["department"]["id"].clone();
    assert_eq!(created.ok()["createDepartment"]["department"]["code"], "YJ");
    let taken = app
        .gql(Some(&admin), "mutation { createDepartment(input: { code: \"YJ\", name: \"重复\" }) { department { id } userErrors { code } } }", json!({}))
        .await;
    assert_eq!(taken.user_error("createDepartment"), "CODE_TAKEN");
    let listed = app
        .gql(
            Some(&admin),
            "{ departments(search: \"应急\") { nodes { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        listed.ok()["departments"]["nodes"][0]["name"],
        "县应急管理局"
    );
    let deleted = app
        .gql(
            Some(&admin),
            "mutation($id: ID!) { deleteDepartment(input: { id: $id }) { deletedId } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(deleted.ok()["deleteDepartment"]["deletedId"], id);
    let cg = app
        .gql(
            Some(&admin),
            "{ departments(search: \"CG\") { nodes { id } } }",
            json!({}),
        )
        .await;
    let in_use = app
        .gql(Some(&admin), "mutation($id: ID!) { deleteDepartment(input: { id: $id }) { deletedId userErrors { code } } }", json!({ "id": cg.ok()["departments"]["nodes"][0]["id"] }))
        .await;
    assert_eq!(in_use.user_error("deleteDepartment"), "IN_USE");
}

#[tokio::test]
async fn a_county_admin_creates_a_user_grants_a_scoped_role_and_the_user_signs_in() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let create = "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id username } userErrors { code field } } }";
    let weak = app.gql(Some(&admin), create, json!({ "input": { "username": "wang.wu", "displayName": "王五", "password": "password" } })).await;
    assert_eq!(weak.user_error("createUser"), "WEAK_PASSWORD");
    let bad_name = app
        .gql(
            Some(&admin),
            create,
            json!({ "input": { "username": "王五", "displayName": "王五", "password": PASSWORD } }),
        )
        .await;
    assert_eq!(bad_name.user_error("createUser"), "INVALID_USERNAME");
    let taken = app.gql(Some(&admin), create, json!({ "input": { "username": "Leader", "displayName": "重名", "password": PASSWORD } })).await;
    assert_eq!(taken.user_error("createUser"), "USERNAME_TAKEN");
    let created = app.gql(Some(&admin), create, json!({ "input": { "username": "wang.wu", "displayName": "王五", "password": PASSWORD } })).await;
    let user = created.ok()["createUser"]["user"]["id"].clone();

    let assign = "mutation($input: AssignRoleInput!) { assignRole(input: $input) { roleAssignment { id role scopeKind } userErrors { code } } }";
    let xiguan = app.region_id(&admin, "371599002").await;
    let community = app.region_id(&admin, "371599002001").await;
    let wrong_level = app
        .gql(
            Some(&admin),
            assign,
            json!({ "input": { "userId": user, "role": "STREET_ADMIN", "scopeId": community } }),
        )
        .await;
    assert_eq!(wrong_level.user_error("assignRole"), "INVALID_SCOPE");
    let operator_role = app
        .gql(
            Some(&admin),
            assign,
            json!({ "input": { "userId": user, "role": "PLATFORM_OPERATOR" } }),
        )
        .await;
    assert_eq!(operator_role.user_error("assignRole"), "INVALID_SCOPE");
    let granted = app
        .gql(
            Some(&admin),
            assign,
            json!({ "input": { "userId": user, "role": "STREET_ADMIN", "scopeId": xiguan } }),
        )
        .await;
    assert_eq!(
        granted.ok()["assignRole"]["roleAssignment"]["role"],
        "STREET_ADMIN"
    );
    let twice = app
        .gql(
            Some(&admin),
            assign,
            json!({ "input": { "userId": user, "role": "STREET_ADMIN", "scopeId": xiguan } }),
        )
        .await;
    assert_eq!(twice.user_error("assignRole"), "ROLE_ALREADY_ASSIGNED");

    let token = app.token(COUNTY_A, "wang.wu").await;
    let roots = app
        .gql(
            Some(&token),
            "{ regionRoots { code } me { roleAssignments { role scopeName } } }",
            json!({}),
        )
        .await;
    assert_eq!(roots.ok()["regionRoots"][0]["code"], "371599002");
    assert_eq!(
        roots.ok()["me"]["roleAssignments"][0]["scopeName"],
        "西关街道"
    );

    // Disabling the account ends its tokens at once.
    app.gql(Some(&admin), "mutation($id: ID!) { setUserStatus(input: { id: $id, status: DISABLED }) { user { status } } }", json!({ "id": user }))
        .await
        .ok();
    app.gql(Some(&token), "{ me { user { id } } }", json!({}))
        .await
        .fails_with("UNAUTHENTICATED");
}

#[tokio::test]
async fn the_platform_operator_creates_a_county_whose_admin_signs_in() {
    let app = spawn_app().await;
    let operator = app.token(PLATFORM, "operator").await;
    let create = "mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { code name status } userErrors { code field } } }";
    let bad = app
        .gql(Some(&operator), create, json!({ "input": { "code": "3716", "name": "白沙县", "adminUsername": "admin", "adminDisplayName": "管理员", "adminPassword": "weak" } }))
        .await;
    let codes: Vec<String> = bad.ok()["createTenant"]["userErrors"]
        .as_array()
        .map(|e| {
            e.iter()
                .map(|x| x["code"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(codes, vec!["INVALID_TENANT_CODE", "WEAK_PASSWORD"]);
    let taken = app
        .gql(Some(&operator), create, json!({ "input": { "code": COUNTY_A, "name": "重复县", "adminUsername": "admin", "adminDisplayName": "管理员", "adminPassword": PASSWORD } }))
        .await;
    assert_eq!(taken.user_error("createTenant"), "TENANT_CODE_TAKEN");
    let b = app.second_county().await;
    let me = app
        .gql(
            Some(&b),
            "{ me { tenant { code name } } regionRoots { code kind } }",
            json!({}),
        )
        .await;
    assert_eq!(me.ok()["me"]["tenant"]["name"], "白沙县");
    assert_eq!(me.ok()["regionRoots"][0]["kind"], "COUNTY");
}

#[tokio::test]
async fn the_county_admin_reads_who_did_what_in_the_audit_log() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    app.login_raw(COUNTY_A, "leader", "Wrong#Password1")
        .await
        .fails_with("UNAUTHENTICATED");
    app.gql(Some(&admin), "mutation { createDepartment(input: { code: \"YJ\", name: \"县应急管理局\" }) { department { id } } }", json!({}))
        .await
        .ok();
    let log = "query($action: String) { auditLog(first: 5, action: $action) { nodes { action actorName objectType objectId detail } pageInfo { hasNextPage endCursor } } }";
    let created = app
        .gql(Some(&admin), log, json!({ "action": "department.create" }))
        .await;
    let entry = &created.ok()["auditLog"]["nodes"][0];
    assert_eq!(entry["actorName"], "县综治中心管理员");
    assert_eq!(entry["detail"]["code"], "YJ");
    let failed = app
        .gql(Some(&admin), log, json!({ "action": "auth." }))
        .await;
    let actions = failed.ok()["auditLog"]["nodes"].to_string();
    assert!(
        actions.contains("auth.login_failed") && actions.contains("auth.login"),
        "{actions}"
    );
    // Newest first, paged by cursor.
    let all = app.gql(Some(&admin), log, json!({})).await;
    assert_eq!(
        all.ok()["auditLog"]["nodes"][0]["action"],
        "department.create"
    );
    assert_eq!(all.ok()["auditLog"]["pageInfo"]["hasNextPage"], true);
    // Others may not read it, and another county sees none of it.
    let street = app.token(COUNTY_A, "street.dongcheng").await;
    app.gql(Some(&street), log, json!({}))
        .await
        .fails_with("FORBIDDEN");
    let b = app.second_county().await;
    let theirs = app.gql(Some(&b), log, json!({})).await;
    assert!(!theirs.ok().to_string().contains("县应急管理局"));
}
