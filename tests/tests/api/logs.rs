//! The server's own log, at debug level and in JSON, as an operator collects it: every line of a
//! request names the request, the county and the user by id, and no line holds an ID number, a
//! phone, a name or a password that a client sent — whether the request succeeded, broke a
//! rule or was refused.

use crate::archives::{ZHANG, id_card};
use crate::helpers::*;
use base64::Engine;
use secrecy::ExposeSecret;
use serde_json::{Value, json};
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The `gridgov` binary, run as a second server on the database of a spawned app, its stdout
/// and stderr in a file.
struct LoggedServer {
    child: Child,
    dir: std::path::PathBuf,
    log: std::path::PathBuf,
}

impl Drop for LoggedServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl LoggedServer {
    /// Starts `gridgov serve` with `app`'s database, cache and keys, logging JSON at debug
    /// level; points `app`'s client at it.
    async fn start(app: &mut TestApp) -> Self {
        // target/<profile>/deps/api-<hash> → target/<profile>/gridgov
        let exe = std::env::current_exe().expect("test binary path");
        let binary = exe
            .parent()
            .and_then(|deps| deps.parent())
            .map(|dir| dir.join("gridgov"))
            .filter(|path| path.is_file())
            .expect("build the server first: cargo build -p gridgov-api");
        let dir = std::env::temp_dir().join(format!("gridgov-logs-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let log = dir.join("server.log");
        let out = std::fs::File::create(&log).expect("log file");
        let err = out.try_clone().expect("log file");
        let settings = &app.settings;
        let mut command = Command::new(binary);
        command
            .args(["serve"])
            .env("GRIDGOV_CONFIG", dir.join("none.toml"))
            .env("GRIDGOV_LOG__FORMAT", "json")
            .env("GRIDGOV_LOG__FILTER", "debug")
            .env_remove("RUST_LOG")
            .env(
                "GRIDGOV_DATABASE__URL",
                settings.database.url.expose_secret(),
            )
            .env(
                "GRIDGOV_DATABASE__ADMIN_URL",
                settings.database.admin_url().expose_secret(),
            )
            .env("GRIDGOV_PII__KEYS", format!("t1:{TEST_PII_KEY}"))
            .env("GRIDGOV_PII__INDEX_KEY", TEST_PII_KEY)
            .env("GRIDGOV_SERVER__PORT", "0")
            .env("GRIDGOV_SERVER__FRONTEND_DIR", "/nonexistent")
            .env("GRIDGOV_EVENTS__SCHEDULER_INTERVAL_SECONDS", "0")
            .env(
                "GRIDGOV_EVENTS__ATTACHMENTS_DIR",
                &settings.events.attachments_dir,
            )
            .env("GRIDGOV_REDIS__KEY_PREFIX", &settings.redis.key_prefix)
            .stdout(Stdio::from(out))
            .stderr(Stdio::from(err));
        match &settings.redis.url {
            Some(url) => {
                command.env("REDIS_URL", url.expose_secret());
            }
            None => {
                command.env_remove("REDIS_URL");
            }
        }
        let child = command.spawn().expect("gridgov starts");
        let mut server = Self { child, dir, log };
        let port = server.port().await;
        app.address = format!("http://127.0.0.1:{port}");
        server
    }

    /// The port from the server's "GridGov is listening" line.
    async fn port(&mut self) -> u16 {
        for _ in 0..600 {
            let listening = self.lines().into_iter().find_map(|line| {
                (line["fields"]["message"] == "GridGov is listening")
                    .then(|| line["fields"]["port"].as_u64())
                    .flatten()
            });
            if let Some(port) = listening.and_then(|p| u16::try_from(p).ok()) {
                return port;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("gridgov exited ({status}):\n{}", self.text());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("gridgov did not start within 60 s:\n{}", self.text());
    }

    fn text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Every line the server wrote, parsed (a line that is not JSON fails the test: the JSON
    /// format is what machines read).
    fn lines(&self) -> Vec<Value> {
        let Ok(file) = std::fs::File::open(&self.log) else {
            return Vec::new();
        };
        std::io::BufReader::new(file)
            .lines()
            .map_while(Result::ok)
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                serde_json::from_str(&line)
                    .unwrap_or_else(|_| panic!("a log line that is not JSON: {line}"))
            })
            .collect()
    }

    /// Stops the server and gives back everything it wrote.
    fn stop(&mut self) -> (String, Vec<Value>) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        (self.text(), self.lines())
    }
}

/// A GraphQL request; returns the `X-Request-Id` the server answered with, and the body.
async fn send(app: &TestApp, token: Option<&str>, query: &str, variables: Value) -> (String, Gql) {
    let mut request = app
        .client
        .post(format!("{}/graphql", app.address))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("request sent");
    let request_id = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("every response names its request")
        .to_string();
    (request_id, Gql(response.json().await.expect("JSON body")))
}

/// The county (`tid`) and user (`sub`) an access token names.
fn caller(token: &str) -> (String, String) {
    let payload = token.split('.').nth(1).expect("a JWT");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("base64url");
    let claims: Value = serde_json::from_slice(&bytes).expect("JSON claims");
    (
        claims["tid"].as_str().expect("tid").to_string(),
        claims["sub"].as_str().expect("sub").to_string(),
    )
}

/// The request span's fields on the lines of one request.
fn request_spans<'a>(lines: &'a [Value], request_id: &str) -> Vec<&'a Value> {
    lines
        .iter()
        .filter_map(|line| line["spans"].as_array())
        .flatten()
        .filter(|span| span["name"] == "request" && span["request_id"] == request_id)
        .collect()
}

/// Asserts that no line holds any of `secrets`.
fn assert_absent(log: &str, secrets: &[(&str, &str)]) {
    for (what, secret) in secrets {
        if let Some(line) = log.lines().find(|line| line.contains(secret)) {
            panic!("the log holds {what} {secret}: {line}");
        }
    }
}

const CREATE: &str = "mutation($input: CreateResidentInput!) { createResident(input: $input) { resident { id idCardNo phone } userErrors { field code } } }";
const PHONE: &str = "13912345678";
const NAME: &str = "柳青禾";

fn resident(grid: &str, id_card_no: &str, phone: &str) -> Value {
    json!({ "input": {
        "fields": { "name": NAME, "idCardNo": id_card_no, "phone": phone, "residenceType": "REGISTERED" },
        "home": { "regionId": grid },
    } })
}

#[tokio::test]
async fn log_lines_name_request_county_and_user_but_no_id_number_phone_name_or_password() {
    let mut app = spawn_app().await;
    let mut server = LoggedServer::start(&mut app).await;
    let admin = app.token(COUNTY_A, "admin").await;
    let (tenant_id, user_id) = caller(&admin);
    let grid = app.region_id(&admin, "371599001001001").await;
    let id_card_no = id_card("37159919900307123");

    let (created_by, created) = send(
        &app,
        Some(&admin),
        CREATE,
        resident(&grid, &id_card_no, PHONE),
    )
    .await;
    let resident = &created.ok()["createResident"]["resident"];
    assert_eq!(resident["phone"], "139****5678");
    let resident_id = resident["id"].as_str().expect("created").to_string();
    let (_, revealed) = send(
        &app,
        Some(&admin),
        "mutation($id: ID!) { revealResidentIdentifier(input: { residentId: $id, field: ID_CARD_NO }) { value } }",
        json!({ "id": resident_id }),
    )
    .await;
    assert_eq!(
        revealed.ok()["revealResidentIdentifier"]["value"],
        id_card_no
    );
    let (_, found) = send(
        &app,
        Some(&admin),
        "query($no: String, $phone: String, $name: String) { a: residents(filter: { idCardNo: $no }) { totalCount } b: residents(filter: { phone: $phone }) { totalCount } c: residents(filter: { name: $name }) { totalCount } }",
        json!({ "no": id_card_no, "phone": PHONE, "name": NAME }),
    )
    .await;
    assert_eq!(found.ok()["a"]["totalCount"], 1);
    assert!(found.ok()["b"]["totalCount"].as_u64() >= Some(1));

    let (log, lines) = server.stop();
    assert_absent(
        &log,
        &[
            ("the ID number", &id_card_no),
            ("the phone", PHONE),
            ("the name", NAME),
            ("the password", PASSWORD),
        ],
    );
    let spans = request_spans(&lines, &created_by);
    assert!(
        !spans.is_empty(),
        "no line names the request {created_by}:\n{log}"
    );
    assert!(
        spans
            .iter()
            .any(|span| span["tenant_id"] == tenant_id.as_str()
                && span["user_id"] == user_id.as_str()
                && span["http.route"] == "/graphql"),
        "the request's lines name neither county {tenant_id} nor user {user_id}: {spans:?}"
    );
}

#[tokio::test]
async fn refused_input_and_a_wrong_password_leave_no_id_number_phone_or_password_in_the_log() {
    let mut app = spawn_app().await;
    let mut server = LoggedServer::start(&mut app).await;
    let admin = app.token(COUNTY_A, "admin").await;
    let (tenant_id, _) = caller(&admin);
    let grid = app.region_id(&admin, "371599001001001").await;

    // A person the county already holds (张建国), then a mistyped number and phone.
    let taken = id_card(ZHANG);
    let (taken_by, again) = send(&app, Some(&admin), CREATE, resident(&grid, &taken, PHONE)).await;
    assert_eq!(again.user_error("createResident"), "ID_CARD_TAKEN");
    let valid = id_card("37159919900307123");
    let mistyped = valid[..17].to_string() + if valid.ends_with('0') { "1" } else { "0" };
    let bad_phone = "139123456789";
    let (_, wrong) = send(
        &app,
        Some(&admin),
        CREATE,
        resident(&grid, &mistyped, bad_phone),
    )
    .await;
    assert_eq!(wrong.user_error("createResident"), "ID_CARD_BAD_CHECKSUM");
    // The number in a document that does not parse.
    let (_, broken) = send(
        &app,
        Some(&admin),
        &format!("mutation {{ createResident(input: {{ fields: {{ idCardNo: \"{mistyped}\" "),
        json!({}),
    )
    .await;
    broken.fails_with("GRAPHQL_PARSE_FAILED");
    let wrong_password = "Wrong#Pass-8842";
    let (refused_by, refused) = send(
        &app,
        None,
        "mutation($input: LoginInput!) { login(input: $input) { accessToken } }",
        json!({ "input": { "tenantCode": COUNTY_A, "username": "admin", "password": wrong_password } }),
    )
    .await;
    refused.fails_with("UNAUTHENTICATED");

    let (log, lines) = server.stop();
    assert_absent(
        &log,
        &[
            ("the ID number", &taken),
            ("the mistyped ID number", &mistyped),
            ("the phone", PHONE),
            ("the mistyped phone", bad_phone),
            ("the name", NAME),
            ("the wrong password", wrong_password),
            ("the password", PASSWORD),
        ],
    );
    assert!(
        request_spans(&lines, &taken_by)
            .iter()
            .any(|span| span["tenant_id"] == tenant_id.as_str()),
        "the refused creation's lines do not name county {tenant_id}:\n{log}"
    );
    assert!(
        !request_spans(&lines, &refused_by).is_empty(),
        "no line names the refused sign-in {refused_by}:\n{log}"
    );
}
