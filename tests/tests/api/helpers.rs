//! `spawn_app()`: the app on port 0 with a fresh database (SQLite file or PostgreSQL database)
//! and the demo county loaded, plus a small GraphQL client.

use gridgov_api::{Application, Settings};
use secrecy::SecretString;
use serde_json::{Value, json};
use uuid::Uuid;

pub const PASSWORD: &str = gridgov_api::seed::PASSWORD;
pub const COUNTY_A: &str = gridgov_api::seed::COUNTY_CODE;
pub const PLATFORM: &str = "000000";

pub fn on_postgres() -> bool {
    std::env::var("GRIDGOV_TEST_BACKEND").is_ok_and(|b| b == "postgres")
}

fn pg_base() -> String {
    std::env::var("GRIDGOV_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

pub struct TestApp {
    pub address: String,
    /// The running app's shared state: its clock (tests stop it), its scheduler's sweep.
    pub state: gridgov_api::state::AppState,
    /// The settings it runs with (a second server process shares them).
    pub settings: Settings,
    pub client: reqwest::Client,
    /// The schema owner's URL of this test's database (PostgreSQL) or the SQLite URL.
    pub admin_url: String,
    sqlite_dir: Option<std::path::PathBuf>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(dir) = &self.sqlite_dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

pub const TEST_PII_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = Settings::with_defaults().expect("default settings");
    settings.server.port = 0;
    settings.server.frontend_dir = "/nonexistent".into();
    settings.server.seed_demo_on_empty = true;
    settings.auth.jwt_secret = Some(SecretString::from(format!(
        "test-secret-{}",
        Uuid::now_v7()
    )));
    settings.log.filter = "warn".into();
    // Fixed test keys: base64 of 32 bytes each.
    settings.pii.keys = Some(SecretString::from(format!("t1:{}", TEST_PII_KEY)));
    settings.pii.index_key = Some(SecretString::from(TEST_PII_KEY));
    settings.redis.key_prefix = format!("gridgov-test:{}:", Uuid::now_v7().simple());
    let (admin_url, sqlite_dir) = if on_postgres() {
        let name = format!("gridgov_t_{}", Uuid::now_v7().simple());
        let admin = sea_orm::Database::connect(format!("{}/postgres", pg_base()))
            .await
            .expect("PostgreSQL reachable");
        use sea_orm::ConnectionTrait;
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create test database");
        admin.close().await.ok();
        let admin_url = format!("{}/{name}", pg_base());
        let app_url = admin_url.replacen("postgres@", &format!("{}@", migration::APP_ROLE), 1);
        settings.database.admin_url = Some(SecretString::from(admin_url.clone()));
        settings.database.url = SecretString::from(app_url);
        settings.database.max_connections = 5;
        if let Ok(url) = std::env::var("REDIS_URL") {
            settings.redis.url = Some(SecretString::from(url));
        }
        (admin_url, None)
    } else {
        let dir = std::env::temp_dir().join(format!("gridgov-test-{}", Uuid::now_v7().simple()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let url = format!("sqlite://{}?mode=rwc", dir.join("gridgov.db").display());
        settings.database.url = SecretString::from(url.clone());
        settings.database.max_connections = 4;
        (url, Some(dir))
    };
    let files = std::env::temp_dir().join(format!("gridgov-files-{}", Uuid::now_v7().simple()));
    settings.events.attachments_dir = files.display().to_string();
    // Tests drive the deadline scheduler themselves, with a stopped clock.
    settings.events.scheduler_interval_seconds = 0;
    configure(&mut settings);
    start(settings.clone(), admin_url, sqlite_dir).await
}

async fn start(
    settings: Settings,
    admin_url: String,
    sqlite_dir: Option<std::path::PathBuf>,
) -> TestApp {
    let app = Application::build(settings.clone())
        .await
        .expect("the app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        state,
        settings,
        client: reqwest::Client::new(),
        admin_url,
        sqlite_dir,
    }
}

impl TestApp {
    /// A second server process on the same database, cache and keys (several replicas behind
    /// one address).
    pub async fn replica(&self) -> TestApp {
        let mut settings = self.settings.clone();
        settings.server.seed_demo_on_empty = false;
        start(settings, self.admin_url.clone(), None).await
    }
}

/// A GraphQL response: `data` and `errors`.
#[derive(Debug)]
pub struct Gql(pub Value);

impl Gql {
    /// The first error's `extensions.code`, if any.
    pub fn code(&self) -> Option<&str> {
        self.0["errors"][0]["extensions"]["code"].as_str()
    }

    pub fn ok(&self) -> &Value {
        assert!(
            self.0.get("errors").is_none(),
            "unexpected errors: {}",
            self.0
        );
        &self.0["data"]
    }

    /// The code of the first of a mutation's `userErrors` ("none" when there is none).
    pub fn user_error(&self, mutation: &str) -> String {
        self.ok()[mutation]["userErrors"][0]["code"]
            .as_str()
            .unwrap_or("none")
            .to_string()
    }

    /// Asserts the request failed with `code`.
    pub fn fails_with(&self, code: &str) {
        assert_eq!(self.code(), Some(code), "expected {code}: {}", self.0);
    }
}

impl TestApp {
    pub async fn post(&self, token: Option<&str>, body: Value) -> (reqwest::StatusCode, Value) {
        let mut request = self
            .client
            .post(format!("{}/graphql", self.address))
            .json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Gql {
        Gql(self
            .post(token, json!({ "query": query, "variables": variables }))
            .await
            .1)
    }

    pub async fn login_raw(&self, tenant: &str, username: &str, password: &str) -> Gql {
        self.gql(
            None,
            "mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken accessTokenExpiresAt } }",
            json!({ "input": { "tenantCode": tenant, "username": username, "password": password } }),
        )
        .await
    }

    /// Signs in and returns (access token, refresh token).
    pub async fn login(&self, tenant: &str, username: &str) -> (String, String) {
        let response = self.login_raw(tenant, username, PASSWORD).await;
        let login = &response.ok()["login"];
        (
            login["accessToken"]
                .as_str()
                .expect("access token")
                .to_string(),
            login["refreshToken"]
                .as_str()
                .expect("refresh token")
                .to_string(),
        )
    }

    pub async fn token(&self, tenant: &str, username: &str) -> String {
        self.login(tenant, username).await.0
    }

    /// A second county (tenant B) created by the platform operator; returns its admin's token.
    pub async fn second_county(&self) -> String {
        let operator = self.token(PLATFORM, "operator").await;
        let created = self
            .gql(
                Some(&operator),
                "mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id code } userErrors { code } } }",
                json!({ "input": { "code": "371602", "name": "白沙县", "adminUsername": "admin", "adminDisplayName": "白沙县管理员", "adminPassword": PASSWORD } }),
            )
            .await;
        assert_eq!(
            created.ok()["createTenant"]["userErrors"],
            json!([]),
            "{:?}",
            created
        );
        self.token("371602", "admin").await
    }

    /// A region's global id by code, as the county admin of `tenant` sees it.
    pub async fn region_id(&self, token: &str, code: &str) -> String {
        let found = self
            .gql(
                Some(token),
                "query($s: String) { regions(search: $s, first: 1) { nodes { id code } } }",
                json!({ "s": code }),
            )
            .await;
        let node = &found.ok()["regions"]["nodes"][0];
        assert_eq!(node["code"], code, "region {code} not found: {:?}", found);
        node["id"].as_str().expect("id").to_string()
    }
}

/// A square GeoJSON polygon around (lng, lat).
pub fn square(lng: f64, lat: f64, size: f64) -> Value {
    json!({ "type": "Polygon", "coordinates": [[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]] })
}

/// A graphql-transport-ws client socket.
pub type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A WebSocket to the server at `address`, offering graphql-transport-ws, before
/// `connection_init`.
pub async fn connect_socket(address: &str) -> Socket {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let url = format!("{}/graphql", address.replacen("http", "ws", 1));
    let mut request = url.into_client_request().expect("request");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    tokio_tungstenite::connect_async(request)
        .await
        .expect("connected")
        .0
}

/// Opens a socket to the server at `address`, sends `connection_init` with `token`, and waits
/// for `connection_ack`.
pub async fn open_socket(address: &str, token: &str) -> Socket {
    use futures_util::{SinkExt, StreamExt};
    let mut socket = connect_socket(address).await;
    socket
        .send(ws_text(
            json!({ "type": "connection_init", "payload": { "token": token } }),
        ))
        .await
        .expect("init");
    loop {
        let message = socket.next().await.expect("open").expect("frame");
        if let tokio_tungstenite::tungstenite::Message::Text(text) = message {
            let value: Value = serde_json::from_str(&text).expect("json");
            assert_eq!(value["type"], "connection_ack", "{value}");
            break;
        }
    }
    socket
}

pub fn ws_text(value: Value) -> tokio_tungstenite::tungstenite::Message {
    tokio_tungstenite::tungstenite::Message::Text(value.to_string().into())
}

/// A socket subscribed to `query` (as operation "1").
pub async fn subscribe(app: &TestApp, token: &str, query: &str) -> Socket {
    subscribe_at(&app.address, token, query).await
}

/// As [`subscribe`], to the server at `address`.
pub async fn subscribe_at(address: &str, token: &str, query: &str) -> Socket {
    use futures_util::SinkExt;
    let mut socket = open_socket(address, token).await;
    socket
        .send(ws_text(
            json!({ "id": "1", "type": "subscribe", "payload": { "query": query } }),
        ))
        .await
        .expect("subscribe");
    // Let the subscription start before anything is published.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    socket
}

/// Reads graphql-transport-ws messages until `next` arrives; returns its payload.
pub async fn next_message(socket: &mut Socket) -> Value {
    use futures_util::StreamExt;
    loop {
        let message = tokio::time::timeout(std::time::Duration::from_secs(10), socket.next())
            .await
            .expect("a message in time")
            .expect("open")
            .expect("frame");
        if let tokio_tungstenite::tungstenite::Message::Text(text) = message {
            let value: Value = serde_json::from_str(&text).expect("json");
            if value["type"] == "next" {
                return value["payload"].clone();
            }
            assert_ne!(value["type"], "error", "{value}");
        }
    }
}

/// Waits (at most `seconds`) for the server to close the socket; returns the close code.
pub async fn closed_with(socket: &mut Socket, seconds: u64) -> Option<u16> {
    use futures_util::StreamExt;
    let deadline = std::time::Duration::from_secs(seconds);
    let found = tokio::time::timeout(deadline, async {
        while let Some(frame) = socket.next().await {
            match frame {
                Ok(tokio_tungstenite::tungstenite::Message::Close(reason)) => {
                    return reason.map(|r| u16::from(r.code));
                }
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
        None
    })
    .await;
    found.unwrap_or(None)
}

/// Whether a data frame (text, binary or close) arrives within `millis`; pings and pongs, the
/// socket's heartbeat, do not count.
pub async fn receives_within(socket: &mut Socket, millis: u64) -> bool {
    use futures_util::StreamExt;
    use tokio_tungstenite::tungstenite::Message;
    let wait = async {
        while let Some(frame) = socket.next().await {
            match frame {
                Ok(Message::Ping(_) | Message::Pong(_)) => continue,
                _ => return true,
            }
        }
        true
    };
    tokio::time::timeout(std::time::Duration::from_millis(millis), wait)
        .await
        .unwrap_or(false)
}
