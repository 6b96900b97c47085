use crate::helpers::*;
use serde_json::json;

const ME: &str = "{ me { user { username } tenant { code } roleAssignments { role scopeName } } }";
const REFRESH: &str = "mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken refreshToken } }";

#[tokio::test]
async fn a_county_admin_signs_in_and_sees_who_they_are() {
    let app = spawn_app().await;
    let token = app.token(COUNTY_A, "admin").await;
    let me = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(me.ok()["me"]["user"]["username"], "admin");
    assert_eq!(me.ok()["me"]["tenant"]["code"], COUNTY_A);
    assert_eq!(me.ok()["me"]["roleAssignments"][0]["role"], "COUNTY_ADMIN");
    assert_eq!(me.ok()["me"]["roleAssignments"][0]["scopeName"], "青石县");
}

#[tokio::test]
async fn a_wrong_password_an_unknown_user_and_no_token_are_unauthenticated() {
    let app = spawn_app().await;
    app.login_raw(COUNTY_A, "admin", "Wrong#Password1")
        .await
        .fails_with("UNAUTHENTICATED");
    app.login_raw(COUNTY_A, "nobody", PASSWORD)
        .await
        .fails_with("UNAUTHENTICATED");
    app.login_raw("999999", "admin", PASSWORD)
        .await
        .fails_with("UNAUTHENTICATED");
    app.gql(None, ME, json!({}))
        .await
        .fails_with("UNAUTHENTICATED");
    app.gql(Some("not-a-jwt"), ME, json!({}))
        .await
        .fails_with("UNAUTHENTICATED");
}

#[tokio::test]
async fn a_refresh_token_rotates_and_the_new_pair_works() {
    let app = spawn_app().await;
    let (_, refresh) = app.login(COUNTY_A, "admin").await;
    let rotated = app.gql(None, REFRESH, json!({ "t": refresh })).await;
    let pair = &rotated.ok()["refreshToken"];
    assert_ne!(pair["refreshToken"], refresh.as_str());
    let access = pair["accessToken"].as_str().unwrap_or_default();
    app.gql(Some(access), ME, json!({})).await.ok();
    let again = app
        .gql(None, REFRESH, json!({ "t": pair["refreshToken"] }))
        .await;
    again.ok();
}

#[tokio::test]
async fn reusing_a_refresh_token_ends_the_whole_sign_in() {
    let app = spawn_app().await;
    let (_, first) = app.login(COUNTY_A, "admin").await;
    let rotated = app.gql(None, REFRESH, json!({ "t": first })).await;
    let second = rotated.ok()["refreshToken"]["refreshToken"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let access = rotated.ok()["refreshToken"]["accessToken"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    // The stolen first token is presented again: the family is revoked.
    app.gql(None, REFRESH, json!({ "t": first }))
        .await
        .fails_with("UNAUTHENTICATED");
    app.gql(None, REFRESH, json!({ "t": second }))
        .await
        .fails_with("UNAUTHENTICATED");
    app.gql(Some(&access), ME, json!({}))
        .await
        .fails_with("UNAUTHENTICATED");
    // Another sign-in of the same user is unaffected.
    let other = app.token(COUNTY_A, "admin").await;
    app.gql(Some(&other), ME, json!({})).await.ok();
}

#[tokio::test]
async fn logout_ends_the_access_and_refresh_tokens() {
    let app = spawn_app().await;
    let (access, refresh) = app.login(COUNTY_A, "admin").await;
    let out = app
        .gql(Some(&access), "mutation { logout { ok } }", json!({}))
        .await;
    assert_eq!(out.ok()["logout"]["ok"], true);
    app.gql(Some(&access), ME, json!({}))
        .await
        .fails_with("UNAUTHENTICATED");
    app.gql(None, REFRESH, json!({ "t": refresh }))
        .await
        .fails_with("UNAUTHENTICATED");
}

#[tokio::test]
async fn five_failed_sign_ins_lock_the_account() {
    let app = spawn_app().await;
    for attempt in 1..=4 {
        let failed = app
            .login_raw(COUNTY_A, "leader", &format!("Wrong#{attempt}xyz"))
            .await;
        failed.fails_with("UNAUTHENTICATED");
    }
    app.login_raw(COUNTY_A, "leader", "Wrong#5xyz")
        .await
        .fails_with("ACCOUNT_LOCKED");
    // Even the right password is refused while the lock lasts.
    app.login_raw(COUNTY_A, "leader", PASSWORD)
        .await
        .fails_with("ACCOUNT_LOCKED");
    // Other accounts are not locked.
    app.login_raw(COUNTY_A, "admin", PASSWORD).await.ok();
}

#[tokio::test]
async fn a_suspended_tenant_is_refused_until_reactivated() {
    let app = spawn_app().await;
    let county_token = app.token(COUNTY_A, "admin").await;
    let operator = app.token(PLATFORM, "operator").await;
    let tenants = app
        .gql(
            Some(&operator),
            "{ tenants(first: 10) { nodes { id code status } } }",
            json!({}),
        )
        .await;
    let county = tenants.ok()["tenants"]["nodes"]
        .as_array()
        .and_then(|all| all.iter().find(|t| t["code"] == COUNTY_A).cloned())
        .unwrap_or_default();
    let suspended = app
        .gql(
            Some(&operator),
            "mutation($id: ID!) { suspendTenant(input: { id: $id }) { tenant { status } } }",
            json!({ "id": county["id"] }),
        )
        .await;
    assert_eq!(
        suspended.ok()["suspendTenant"]["tenant"]["status"],
        "SUSPENDED"
    );
    app.gql(Some(&county_token), ME, json!({}))
        .await
        .fails_with("TENANT_SUSPENDED");
    app.login_raw(COUNTY_A, "admin", PASSWORD)
        .await
        .fails_with("TENANT_SUSPENDED");
    app.gql(
        Some(&operator),
        "mutation($id: ID!) { reactivateTenant(input: { id: $id }) { tenant { status } } }",
        json!({ "id": county["id"] }),
    )
    .await
    .ok();
    app.gql(Some(&county_token), ME, json!({})).await.ok();
}

#[tokio::test]
async fn a_weak_new_password_is_refused_and_a_strong_one_works() {
    let app = spawn_app().await;
    let token = app.token(COUNTY_A, "leader").await;
    let change = "mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { ok userErrors { code field } } }";
    let weak = app
        .gql(Some(&token), change, json!({ "c": PASSWORD, "n": "short" }))
        .await;
    assert_eq!(weak.user_error("changePassword"), "WEAK_PASSWORD");
    let wrong = app
        .gql(
            Some(&token),
            change,
            json!({ "c": "Nope#12345", "n": "Better#Pass1" }),
        )
        .await;
    assert_eq!(wrong.user_error("changePassword"), "WRONG_PASSWORD");
    let good = app
        .gql(
            Some(&token),
            change,
            json!({ "c": PASSWORD, "n": "Better#Pass1" }),
        )
        .await;
    assert_eq!(good.ok()["changePassword"]["ok"], true);
    app.login_raw(COUNTY_A, "leader", "Better#Pass1").await.ok();
}

#[tokio::test]
async fn a_sign_in_flood_is_refused_rather_than_queued_without_bound() {
    // One hashing slot and no patience: of many simultaneous sign-ins most cannot get a slot.
    let app = spawn_app_with(|s| {
        s.auth.max_concurrent_hashes = 1;
        s.auth.hash_queue_timeout_ms = 1;
    })
    .await;
    let attempts = (0..12).map(|_| app.login_raw(COUNTY_A, "admin", PASSWORD));
    let results = futures_util::future::join_all(attempts).await;
    let limited = results
        .iter()
        .filter(|r| r.code() == Some("RATE_LIMITED"))
        .count();
    let succeeded = results
        .iter()
        .filter(|r| r.0.get("errors").is_none())
        .count();
    assert!(limited > 0, "no sign-in was refused: {results:?}");
    assert!(succeeded > 0, "no sign-in got through: {results:?}");
    assert_eq!(limited + succeeded, results.len());
}
