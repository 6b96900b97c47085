//! What an outside probe found, each as a regression test: documents that grow exponentially
//! or are simply huge, requests that outlive their time, sockets that outlive their sign-in,
//! control characters, uploads without a use or a bound, event steps missing from the audit
//! log, and Redis going away.

use crate::helpers::*;
use serde_json::{Value, json};
use std::time::Duration;

/// `query{...F0} fragment F0 on Query{...F1 ...F1} … fragment F<levels> on Query{__typename}`:
/// about a kilobyte whose naive expansion has 2^levels fields.
fn fragment_bomb(levels: usize) -> String {
    let mut text = String::from("query{...F0}");
    for level in 0..levels {
        text.push_str(&format!(
            " fragment F{level} on Query{{...F{next} ...F{next}}}",
            next = level + 1
        ));
    }
    text.push_str(&format!(" fragment F{levels} on Query{{__typename}}"));
    text
}

/// Fails the test if `work` hangs: a bound far above any healthy answer, so only a
/// pathological (exponential) path trips it.
async fn within<T>(seconds: u64, what: &str, work: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(seconds), work)
        .await
        .unwrap_or_else(|_| panic!("{what} did not answer within {seconds} s"))
}

#[tokio::test]
async fn a_fragment_bomb_is_refused_at_once_and_the_server_keeps_answering() {
    let app = spawn_app().await;
    let bomb = fragment_bomb(30);
    let bombs = (0..4).map(|_| app.gql(None, &bomb, json!({})));
    let (answers, typename) = within(
        20,
        "four fragment bombs and a {__typename}",
        futures_util::future::join(
            futures_util::future::join_all(bombs),
            app.gql(None, "{ __typename }", json!({})),
        ),
    )
    .await;
    for answer in answers {
        answer.fails_with("QUERY_REJECTED");
    }
    assert_eq!(typename.ok()["__typename"], "Query");
}

#[tokio::test]
async fn fragment_cycles_and_huge_documents_are_refused_before_they_run() {
    let app = spawn_app().await;
    app.gql(
        None,
        "query{...A} fragment A on Query{...B} fragment B on Query{...A}",
        json!({}),
    )
    .await
    .fails_with("QUERY_REJECTED");
    let typenames = format!("{{ {} }}", "__typename ".repeat(80_000));
    within(
        10,
        "80,000 × __typename",
        app.gql(None, &typenames, json!({})),
    )
    .await
    .fails_with("QUERY_REJECTED");
    let token = app.token(COUNTY_A, "admin").await;
    let mes = format!("{{ {} }}", "me{user{id}} ".repeat(20_000));
    within(
        10,
        "20,000 × me{user{id}}",
        app.gql(Some(&token), &mes, json!({})),
    )
    .await
    .fails_with("QUERY_REJECTED");
    // Values nested deep enough to overflow the parser's stack (which took the whole process
    // down) are refused by a bracket count before parsing; the server keeps answering.
    for deep in [
        format!(
            "{{ node(id: {}1{}) {{ id }} }}",
            "[".repeat(456),
            "]".repeat(456)
        ),
        format!(
            "{{ node(id: {}1{}) {{ id }} }}",
            "{a:".repeat(400),
            "}".repeat(400)
        ),
        format!(
            "query($x: ID = {}1{}) {{ __typename }}",
            "[".repeat(456),
            "]".repeat(456)
        ),
    ] {
        app.gql(None, &deep, json!({}))
            .await
            .fails_with("QUERY_REJECTED");
    }
    app.gql(None, "{ __typename }", json!({})).await.ok();
    // Spreading a fragment many times counts every expansion: 64 aliases, not 2.
    let fanned = format!(
        "query{{ {} }} fragment F on Query{{ a: __typename b: __typename }}",
        "...F ".repeat(32)
    );
    app.gql(None, &fanned, json!({}))
        .await
        .fails_with("QUERY_REJECTED");
    // GraphiQL-sized documents still pass.
    app.gql(
        None,
        "query{...F ...F} fragment F on Query{__typename}",
        json!({}),
    )
    .await
    .ok();
}

#[tokio::test]
async fn control_characters_in_codes_names_and_text_are_bad_input_not_internal_errors() {
    let app = spawn_app().await;
    for (tenant, user) in [
        ("3715\u{0}99", "admin"),
        (COUNTY_A, "ad\u{0}min"),
        (COUNTY_A, "admin\r\nX-Injected: 1"),
    ] {
        let answer = app.login_raw(tenant, user, PASSWORD).await;
        answer.fails_with("BAD_USER_INPUT");
    }
    // A NUL written into the document itself, not only in variables.
    app.gql(
        None,
        r#"mutation { login(input: { tenantCode: "371599\u0000", username: "admin", password: "x" }) { accessToken } }"#,
        json!({}),
    )
    .await
    .fails_with("BAD_USER_INPUT");
    let admin = app.token(COUNTY_A, "admin").await;
    let created = app
        .gql(
            Some(&admin),
            "mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }",
            json!({ "input": { "code": "X01", "name": "城管\u{7}局" } }),
        )
        .await;
    created.fails_with("BAD_USER_INPUT");
    // The sign-in still works: nothing was locked by the refused attempts.
    app.login(COUNTY_A, "admin").await;
}

#[tokio::test]
async fn a_request_past_its_time_is_stopped_and_gives_back_its_connection() {
    let app = spawn_app_with(|s| s.server.request_timeout_ms = 1).await;
    for _ in 0..12 {
        let (status, body) = app
            .post(
                None,
                json!({ "query": "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                        "variables": { "i": { "tenantCode": COUNTY_A, "username": "admin", "password": PASSWORD } } }),
            )
            .await;
        assert_eq!(status, reqwest::StatusCode::SERVICE_UNAVAILABLE, "{body}");
        assert_eq!(body["errors"][0]["extensions"]["code"], "TIMEOUT", "{body}");
    }
    // More stopped requests than the pool has connections, and the pool still answers.
    let ready = within(
        8,
        "/readyz after stopped requests",
        app.client.get(format!("{}/readyz", app.address)).send(),
    )
    .await
    .expect("readyz");
    assert_eq!(ready.status(), reqwest::StatusCode::OK);
}

async fn user_id(app: &TestApp, admin: &str, username: &str) -> (String, Vec<String>) {
    let users = app
        .gql(
            Some(admin),
            "{ users(first: 100) { nodes { id username roleAssignments { id } } } }",
            json!({}),
        )
        .await;
    let user = users.ok()["users"]["nodes"]
        .as_array()
        .and_then(|all| all.iter().find(|u| u["username"] == username).cloned())
        .expect("user");
    let roles = user["roleAssignments"]
        .as_array()
        .map(|r| {
            r.iter()
                .filter_map(|a| a["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    (user["id"].as_str().expect("id").to_string(), roles)
}

const CHANGES: &str = "subscription { eventChanged { eventId } }";

#[tokio::test]
async fn a_socket_closes_when_its_sign_in_ends_by_logout_disable_role_change_or_suspension() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;

    // Sign-out ends this sign-in's socket, not another sign-in's of the same user.
    let (signed_out, _) = app.login(COUNTY_A, "leader").await;
    let kept = app.token(COUNTY_A, "leader").await;
    let mut closing = subscribe(&app, &signed_out, CHANGES).await;
    let mut staying = subscribe(&app, &kept, CHANGES).await;
    app.gql(Some(&signed_out), "mutation { logout { ok } }", json!({}))
        .await
        .ok();
    assert_eq!(closed_with(&mut closing, 10).await, Some(4401));
    assert_eq!(closed_with(&mut staying, 1).await, None, "still open");

    // A disabled account.
    let worker = app.token(COUNTY_A, "grid.qh01").await;
    let mut socket = subscribe(&app, &worker, CHANGES).await;
    let (worker_id, _) = user_id(&app, &admin, "grid.qh01").await;
    app.gql(Some(&admin), "mutation($id: ID!) { setUserStatus(input: { id: $id, status: DISABLED }) { user { status } } }", json!({ "id": worker_id }))
        .await
        .ok();
    assert_eq!(closed_with(&mut socket, 10).await, Some(4401));

    // A revoked role.
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let mut socket = subscribe(&app, &community, CHANGES).await;
    let (_, roles) = user_id(&app, &admin, "community.qinghe").await;
    app.gql(
        Some(&admin),
        "mutation($id: ID!) { revokeRole(input: { id: $id }) { revokedId } }",
        json!({ "id": roles[0] }),
    )
    .await
    .ok();
    assert_eq!(closed_with(&mut socket, 10).await, Some(4401));

    // A suspended county: 4403, and the socket of another county stays open.
    let county_b = app.second_county().await;
    let mut socket_b = subscribe(&app, &county_b, CHANGES).await;
    let mut socket_a = subscribe(&app, &admin, CHANGES).await;
    let operator = app.token(PLATFORM, "operator").await;
    let tenants = app
        .gql(
            Some(&operator),
            "{ tenants(first: 10) { nodes { id code } } }",
            json!({}),
        )
        .await;
    let b = tenants.ok()["tenants"]["nodes"]
        .as_array()
        .and_then(|all| all.iter().find(|t| t["code"] == "371602").cloned())
        .expect("county B");
    app.gql(
        Some(&operator),
        "mutation($id: ID!) { suspendTenant(input: { id: $id }) { tenant { status } } }",
        json!({ "id": b["id"] }),
    )
    .await
    .ok();
    assert_eq!(closed_with(&mut socket_b, 10).await, Some(4403));
    assert_eq!(
        closed_with(&mut socket_a, 1).await,
        None,
        "county A's socket stays"
    );
}

#[tokio::test]
async fn a_socket_closes_when_its_access_token_expires() {
    let app = spawn_app().await;
    let token = app.token(COUNTY_A, "admin").await;
    let mut claims = app.state.tokens.verify(&token).expect("claims");
    claims.exp = chrono::Utc::now().timestamp() + 2;
    let short = app.state.tokens.sign(&claims).expect("signed");
    let mut socket = subscribe(&app, &short, CHANGES).await;
    assert_eq!(closed_with(&mut socket, 15).await, Some(4401));
}

#[tokio::test]
async fn with_redis_a_sign_out_closes_sockets_held_by_another_replica() {
    if !(on_postgres() && std::env::var("REDIS_URL").is_ok()) {
        return; // Replicas share a bus only through Redis.
    }
    let app = spawn_app().await;
    let replica = app.replica().await;
    let (token, _) = app.login(COUNTY_A, "admin").await;
    let mut socket = subscribe(&replica, &token, CHANGES).await;
    app.gql(Some(&token), "mutation { logout { ok } }", json!({}))
        .await
        .ok();
    assert_eq!(closed_with(&mut socket, 10).await, Some(4401));
}

async fn upload_for(
    app: &TestApp,
    token: &str,
    kind: Option<&str>,
    bytes: usize,
) -> (reqwest::StatusCode, Value) {
    let mut query = vec![("name", "居民.csv")];
    if let Some(kind) = kind {
        query.push(("kind", kind));
    }
    let response = app
        .client
        .post(format!("{}/uploads", app.address))
        .query(&query)
        .bearer_auth(token)
        .body(vec![b'x'; bytes])
        .send()
        .await
        .expect("upload sent");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn uploads_need_the_permission_of_their_import_and_stay_within_quotas() {
    let app = spawn_app_with(|s| {
        s.archives.max_upload_bytes = 1_000;
        s.archives.upload_quota_user_bytes = 1_000;
        s.archives.upload_quota_tenant_bytes = 1_500;
    })
    .await;
    let leader = app.token(COUNTY_A, "leader").await;
    let party = app.token(COUNTY_A, "party.qh01").await;
    let admin = app.token(COUNTY_A, "admin").await;
    let community = app.token(COUNTY_A, "community.qinghe").await;
    for kind in [None, Some("residents")] {
        let (status, body) = upload_for(&app, &leader, kind, 10).await;
        assert_eq!(status, reqwest::StatusCode::FORBIDDEN, "{body}");
        assert_eq!(body["error"]["code"], "FORBIDDEN");
    }
    let (status, _) = upload_for(&app, &party, Some("residents"), 10).await;
    assert_eq!(status, reqwest::StatusCode::FORBIDDEN);
    let (status, _) = upload_for(&app, &party, Some("PARTY_MEMBERS"), 10).await;
    assert_eq!(status, reqwest::StatusCode::CREATED);
    let (status, body) = upload_for(&app, &admin, Some("cats"), 10).await;
    assert_eq!(status, reqwest::StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "BAD_USER_INPUT");
    let (status, body) = upload_for(&app, &admin, Some("residents"), 1_001).await;
    assert_eq!(status, reqwest::StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["error"]["code"], "PAYLOAD_TOO_LARGE");

    // The user's quota (1,000 bytes), then the county's (1,500 with the party branch's 10).
    let (status, _) = upload_for(&app, &admin, Some("residents"), 600).await;
    assert_eq!(status, reqwest::StatusCode::CREATED);
    let (status, body) = upload_for(&app, &admin, Some("residents"), 600).await;
    assert_eq!(status, reqwest::StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["error"]["code"], "RATE_LIMITED");
    let (status, _) = upload_for(&app, &community, Some("residents"), 600).await;
    assert_eq!(status, reqwest::StatusCode::CREATED);
    let (status, body) = upload_for(&app, &community, Some("residents"), 300).await;
    assert_eq!(status, reqwest::StatusCode::TOO_MANY_REQUESTS, "{body}");
    // A refused upload counts nothing: the county still has room for a small one.
    let (status, _) = upload_for(&app, &community, Some("residents"), 200).await;
    assert_eq!(status, reqwest::StatusCode::CREATED);
}

#[tokio::test]
async fn an_upload_for_one_kind_of_import_cannot_start_another() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let (status, body) = upload_for(&app, &admin, Some("houses"), 10).await;
    assert_eq!(status, reqwest::StatusCode::CREATED);
    let started = app
        .gql(
            Some(&admin),
            "mutation($u: String!) { startImport(input: { kind: RESIDENTS, uploadId: $u }) { job { id } userErrors { code } } }",
            json!({ "u": body["uploadId"] }),
        )
        .await;
    assert_eq!(started.user_error("startImport"), "UPLOAD_NOT_FOUND");
}

#[tokio::test]
async fn every_step_of_an_event_is_in_the_audit_log_with_its_actor() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let worker = app.token(COUNTY_A, "grid.qh01").await;
    let grid = app.region_id(&admin, "371599001001001").await;
    let categories = app
        .gql(Some(&admin), "{ eventCategories { id code } }", json!({}))
        .await;
    let category = categories.ok()["eventCategories"]
        .as_array()
        .and_then(|all| all.iter().find(|c| c["code"] == "0601"))
        .and_then(|c| c["id"].as_str())
        .expect("category 0601")
        .to_string();
    let reported = app
        .gql(
            Some(&worker),
            "mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id version number } userErrors { code } } }",
            json!({ "input": { "categoryId": category, "description": "占道经营", "gridId": grid } }),
        )
        .await;
    let event = reported.ok()["reportEvent"]["event"].clone();
    app.gql(
        Some(&worker),
        "mutation($input: EventStepInput!) { acceptEvent(input: $input) { event { status } userErrors { code } } }",
        json!({ "input": { "id": event["id"], "version": event["version"] } }),
    )
    .await
    .ok();
    let log = app
        .gql(
            Some(&admin),
            "{ auditLog(action: \"event.\", first: 10) { nodes { action actorName objectType detail } } }",
            json!({}),
        )
        .await;
    let entries = log.ok()["auditLog"]["nodes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let actions: Vec<&str> = entries
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(actions, ["event.accept", "event.report"], "{entries:?}");
    for entry in &entries {
        assert_eq!(entry["objectType"], "Event");
        assert!(
            entry["actorName"].as_str().is_some_and(|n| !n.is_empty()),
            "{entry}"
        );
        assert_eq!(entry["detail"]["number"], event["number"]);
    }
    assert_eq!(entries[0]["detail"]["from"], "reported");
    assert_eq!(entries[0]["detail"]["to"], "accepted");
}

/// A Redis server of the test's own, on a free port, that the test can stop and start.
struct OwnRedis {
    port: u16,
    child: Option<std::process::Child>,
}

impl OwnRedis {
    fn free_port() -> u16 {
        std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port")
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    async fn start(&mut self) {
        let child = std::process::Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("redis-server runs (installed by .ci/setup services)");
        self.child = Some(child);
        for _ in 0..50 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("redis-server did not start on {}", self.port);
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for OwnRedis {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn readiness(app: &TestApp) -> reqwest::StatusCode {
    app.client
        .get(format!("{}/readyz", app.address))
        .send()
        .await
        .expect("readyz")
        .status()
}

async fn until_ready(app: &TestApp) {
    for _ in 0..100 {
        if readiness(app).await == reqwest::StatusCode::OK {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not become ready");
}

#[tokio::test]
async fn without_redis_the_server_starts_unready_and_answers_service_unavailable() {
    let mut redis = OwnRedis {
        port: OwnRedis::free_port(),
        child: None,
    };
    let url = redis.url();
    let app = spawn_app_with(|s| s.redis.url = Some(url.into())).await;
    assert_eq!(
        readiness(&app).await,
        reqwest::StatusCode::SERVICE_UNAVAILABLE
    );
    let (status, body) = within(
        10,
        "a sign-in while Redis is away",
        app.post(
            None,
            json!({ "query": "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                    "variables": { "i": { "tenantCode": COUNTY_A, "username": "admin", "password": PASSWORD } } }),
        ),
    )
    .await;
    assert_eq!(status, reqwest::StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert_eq!(
        body["errors"][0]["extensions"]["code"],
        "SERVICE_UNAVAILABLE"
    );

    redis.start().await;
    until_ready(&app).await;
    let token = app.token(COUNTY_A, "admin").await;
    app.gql(Some(&token), "{ me { user { id } } }", json!({}))
        .await
        .ok();

    // Redis goes away while the server runs: a retryable 503 instead of an internal error.
    redis.stop();
    let (status, body) = within(
        10,
        "a request while Redis is away",
        app.post(Some(&token), json!({ "query": "{ me { user { id } } }" })),
    )
    .await;
    assert_eq!(status, reqwest::StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert_eq!(
        body["errors"][0]["extensions"]["code"],
        "SERVICE_UNAVAILABLE"
    );
    assert_eq!(
        readiness(&app).await,
        reqwest::StatusCode::SERVICE_UNAVAILABLE
    );

    // And it comes back by itself.
    redis.start().await;
    until_ready(&app).await;
    app.gql(Some(&token), "{ me { user { id } } }", json!({}))
        .await
        .ok();
}

#[tokio::test]
async fn sigterm_stops_the_server_within_its_grace_period_even_with_open_sockets() {
    if on_postgres() {
        return; // The process's shutdown is the same on both back ends.
    }
    let dir = std::env::temp_dir().join(format!("gridgov-term-{}", uuid::Uuid::now_v7().simple()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let port = OwnRedis::free_port();
    let exe = std::env::current_exe().expect("test binary");
    let binary = exe
        .parent()
        .and_then(|deps| deps.parent())
        .map(|dir| dir.join("gridgov"))
        .expect("target dir");
    let mut server = std::process::Command::new(binary)
        .args(["serve", "--demo"])
        .env(
            "GRIDGOV_DATABASE__URL",
            format!("sqlite://{}?mode=rwc", dir.join("gridgov.db").display()),
        )
        .env("GRIDGOV_PII__KEY_FILE", dir.join("pii.keys"))
        .env("GRIDGOV_SERVER__PORT", port.to_string())
        .env("GRIDGOV_SERVER__FRONTEND_DIR", "/nonexistent")
        .env("GRIDGOV_SERVER__SHUTDOWN_GRACE_SECONDS", "2")
        .env("GRIDGOV_LOG__FILTER", "error")
        .env_remove("REDIS_URL")
        .spawn()
        .expect("gridgov runs (cargo build -p gridgov-api first)");
    let address = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    for _ in 0..300 {
        if client
            .get(format!("{address}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let login: Value = client
        .post(format!("{address}/graphql"))
        .json(&json!({ "query": "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                       "variables": { "i": { "tenantCode": COUNTY_A, "username": "admin", "password": PASSWORD } } }))
        .send()
        .await
        .expect("login sent")
        .json()
        .await
        .expect("login answered");
    let token = login["data"]["login"]["accessToken"]
        .as_str()
        .expect("signed in")
        .to_string();
    let _socket = subscribe_at(&address, &token, CHANGES).await;
    let pid = server.id().to_string();
    let signalled = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    assert!(signalled.success());
    let mut exited = None;
    for _ in 0..150 {
        if let Ok(Some(status)) = server.try_wait() {
            exited = Some(status);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    if exited.is_none() {
        let _ = server.kill();
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        exited.is_some(),
        "still running 15 s after SIGTERM with a 2 s grace"
    );
}
