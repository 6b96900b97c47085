//! The `gridgov` command line: tenants and users made and suspended from a terminal, then seen
//! through the API.

use crate::helpers::*;
use serde_json::json;
use std::process::{Command, Output};

fn binary() -> std::path::PathBuf {
    // target/<profile>/deps/api-<hash> → target/<profile>/gridgov
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target dir");
    let path = dir.join("gridgov");
    assert!(
        path.is_file(),
        "build the CLI first: cargo build -p gridgov-api ({} is missing)",
        path.display()
    );
    path
}

fn gridgov(database: &str, args: &[&str]) -> Output {
    Command::new(binary())
        .args(args)
        .env("GRIDGOV_DATABASE__URL", database)
        .env("GRIDGOV_ADMIN_PASSWORD", PASSWORD)
        .env("GRIDGOV_USER_PASSWORD", PASSWORD)
        .env("GRIDGOV_LOG__FILTER", "error")
        .env(
            "GRIDGOV_PII__KEY_FILE",
            std::env::temp_dir().join(format!("gridgov-cli-{}.keys", std::process::id())),
        )
        .env_remove("REDIS_URL")
        .output()
        .expect("gridgov runs")
}

#[tokio::test]
async fn an_operator_creates_and_suspends_a_county_from_the_command_line() {
    if on_postgres() {
        return; // The command line is exercised once, on the embedded database.
    }
    let dir = std::env::temp_dir().join(format!("gridgov-cli-{}", uuid::Uuid::now_v7().simple()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let database = format!("sqlite://{}?mode=rwc", dir.join("gridgov.db").display());

    assert!(gridgov(&database, &["migrate"]).status.success());
    let created = gridgov(
        &database,
        &["tenant", "create", "--code", "371502", "--name", "测试区"],
    );
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    let twice = gridgov(
        &database,
        &["tenant", "create", "--code", "371502", "--name", "测试区"],
    );
    assert!(
        !twice.status.success(),
        "a second county with the same code is refused"
    );
    let wrong_level = gridgov(
        &database,
        &[
            "user",
            "create",
            "--tenant",
            "371502",
            "--username",
            "street1",
            "--display-name",
            "街道",
            "--role",
            "street-admin",
            "--scope-code",
            "371502",
        ],
    );
    assert!(
        !wrong_level.status.success(),
        "a street admin on the county node is refused"
    );
    let leader = gridgov(
        &database,
        &[
            "user",
            "create",
            "--tenant",
            "371502",
            "--username",
            "leader1",
            "--display-name",
            "领导",
            "--role",
            "leader",
            "--scope-code",
            "371502",
        ],
    );
    assert!(
        leader.status.success(),
        "{}",
        String::from_utf8_lossy(&leader.stderr)
    );
    assert!(
        gridgov(&database, &["tenant", "suspend", "--code", "371502"])
            .status
            .success()
    );

    let app = spawn_app_with(|s| {
        s.database.url = secrecy::SecretString::from(database.clone());
        s.server.seed_demo_on_empty = false;
    })
    .await;
    app.login_raw("371502", "leader1", PASSWORD)
        .await
        .fails_with("TENANT_SUSPENDED");
    let reactivated = gridgov(&database, &["tenant", "reactivate", "--code", "371502"]);
    assert!(
        reactivated.status.success(),
        "{}",
        String::from_utf8_lossy(&reactivated.stderr)
    );
    let token = app.token("371502", "leader1").await;
    let me = app
        .gql(
            Some(&token),
            "{ me { tenant { name } roleAssignments { role scopeName } } }",
            json!({}),
        )
        .await;
    assert_eq!(me.ok()["me"]["tenant"]["name"], "测试区");
    assert_eq!(me.ok()["me"]["roleAssignments"][0]["role"], "LEADER");
    let _ = std::fs::remove_dir_all(&dir);
}
