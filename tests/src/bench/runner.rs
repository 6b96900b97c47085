//! The pieces of a run: the database, the generator, the servers (GridGov, PostGraphile),
//! pgbench, and the statement counters.

use super::data::{self, Plan, canary_of, derived_id};
use super::graphql::{gid, post, sign_in};
use super::process;
use super::workloads::County;
use anyhow::{Context, bail};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const JWT_SECRET: &str = "gridgov-bench-secret-0123456789abcdef0123456789";

/// Where a run keeps its files, and which back end it measures.
#[derive(Debug, Clone)]
pub struct Setup {
    pub gridgov: PathBuf,
    pub work: PathBuf,
    pub sqlite: bool,
    /// `postgres://postgres@host:port` (the superuser; the server runs as `gridgov_app`).
    pub pg: String,
    pub database: String,
    pub redis: Option<String>,
}

impl Setup {
    pub fn admin_url(&self) -> String {
        if self.sqlite {
            self.sqlite_url()
        } else {
            format!("{}/{}", self.pg, self.database)
        }
    }

    fn sqlite_url(&self) -> String {
        format!(
            "sqlite://{}?mode=rwc",
            self.work.join("gridgov.db").display()
        )
    }

    pub fn app_url(&self) -> String {
        if self.sqlite {
            self.sqlite_url()
        } else {
            self.admin_url()
                .replacen("postgres@", &format!("{}@", migration::APP_ROLE), 1)
        }
    }

    fn env(&self, command: &mut Command) {
        command
            .env("GRIDGOV_DATABASE__URL", self.app_url())
            .env("GRIDGOV_DATABASE__ADMIN_URL", self.admin_url())
            .env("GRIDGOV_PII__KEY_FILE", self.work.join("pii.keys"))
            .env("GRIDGOV_AUTH__JWT_SECRET", JWT_SECRET)
            .env("GRIDGOV_LOG__FILTER", "warn")
            .env("GRIDGOV_SERVER__SEED_DEMO_ON_EMPTY", "false")
            .env("GRIDGOV_SERVER__FRONTEND_DIR", "/nonexistent")
            .env("GRIDGOV_EVENTS__SCHEDULER_INTERVAL_SECONDS", "0")
            .env_remove("REDIS_URL");
        if let Some(redis) = &self.redis {
            command.env("REDIS_URL", redis);
        }
    }

    /// Drops the database (or the SQLite file) when `fresh`, creates it when missing.
    pub async fn prepare_database(&self, fresh: bool) -> anyhow::Result<()> {
        std::fs::create_dir_all(&self.work)?;
        if self.sqlite {
            if fresh {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(self.work.join(format!("gridgov.db{suffix}")));
                }
            }
            return Ok(());
        }
        let admin = Database::connect(format!("{}/postgres", self.pg)).await?;
        if fresh {
            admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {}", self.database))
                .await?;
        }
        let exists = admin
            .query_one_raw(Statement::from_string(
                admin.get_database_backend(),
                format!(
                    "SELECT 1 AS one FROM pg_database WHERE datname = '{}'",
                    self.database
                ),
            ))
            .await?
            .is_some();
        if !exists {
            admin
                .execute_unprepared(&format!("CREATE DATABASE {}", self.database))
                .await?;
        }
        admin.close().await?;
        Ok(())
    }

    /// The settings the generator loads the counties with: the same database, keys and cache
    /// as the server the run starts.
    fn settings(&self) -> anyhow::Result<gridgov_api::Settings> {
        use secrecy::SecretString;
        let mut settings = gridgov_api::Settings::with_defaults()?;
        settings.database.url = SecretString::from(self.app_url());
        settings.database.admin_url = Some(SecretString::from(self.admin_url()));
        settings.pii.key_file = self.work.join("pii.keys").display().to_string();
        settings.auth.jwt_secret = Some(SecretString::from(JWT_SECRET));
        settings.redis.url = self.redis.clone().map(SecretString::from);
        settings.events.scheduler_interval_seconds = 0;
        Ok(settings)
    }

    /// Loads the counties of `plans` (those that exist are left alone) through the product's
    /// own functions, in this process; the seconds it took.
    pub async fn generate(&self, plans: &[Plan]) -> anyhow::Result<f64> {
        let started = Instant::now();
        let settings = self.settings()?;
        gridgov_api::startup::migrate(&settings).await?;
        let state = gridgov_api::startup::state(settings).await?;
        for plan in plans {
            let summary = data::generate(&state, plan, &|line| println!("{line}"))
                .await
                .map_err(anyhow::Error::from)?;
            if !summary.skipped {
                println!(
                    "county {} ({}): {} rows in {:.1} s ({:.0} rows/s)",
                    plan.code,
                    summary.tenant_id,
                    summary.rows,
                    summary.seconds,
                    summary.rows as f64 / summary.seconds.max(0.001)
                );
            }
        }
        state.db.close_by_ref().await?;
        Ok(started.elapsed().as_secs_f64())
    }

    /// Starts `gridgov serve` on `port` and waits until it is ready.
    pub async fn start_server(&self, port: u16) -> anyhow::Result<Server> {
        let mut command = Command::new(&self.gridgov);
        command
            .arg("serve")
            .env("GRIDGOV_SERVER__PORT", port.to_string())
            .env("GRIDGOV_DATABASE__MIGRATE_ON_START", "false")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        self.env(&mut command);
        let child = command.spawn().context("cannot start gridgov serve")?;
        let server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        server.wait_ready("/readyz").await?;
        Ok(server)
    }

    pub async fn pg_admin(&self) -> anyhow::Result<DatabaseConnection> {
        Ok(Database::connect(self.admin_url()).await?)
    }
}

/// A server process the run started; killed when dropped.
pub struct Server {
    pub child: Child,
    pub base: String,
}

impl Server {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn graphql_url(&self) -> String {
        format!("{}/graphql", self.base)
    }

    pub async fn wait_ready(&self, path: &str) -> anyhow::Result<()> {
        let client = reqwest::Client::new();
        for _ in 0..240 {
            // Any answer will do: PostGraphile answers a bare GET /graphql with an error.
            if let Ok(r) = client.get(format!("{}{path}", self.base)).send().await
                && !r.status().is_server_error()
            {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        bail!("{} did not become ready", self.base)
    }

    pub fn cpu_ticks(&self) -> u64 {
        process::sample(self.pid()).map_or(0, |s| s.cpu_ticks)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Signs in as the county's users and looks up what the workloads need.
pub async fn county(
    client: &reqwest::Client,
    url: &str,
    plan: &Plan,
    all: &[Plan],
) -> anyhow::Result<County> {
    let password = data::PASSWORD;
    let sign = |user: String| async move {
        sign_in(client, url, &plan.code, &user, password)
            .await
            .map_err(|e| anyhow::anyhow!("{user} of {}: {e}", plan.code))
    };
    let admin = sign("admin".into()).await?;
    let mut street_admins = Vec::new();
    for s in 1..=data::STREETS {
        street_admins.push(sign(format!("street{s:02}")).await?);
    }
    let auth = super::graphql::bearer(&admin);
    let categories = post(
        client,
        url,
        &[("authorization", &auth)],
        "{ eventCategories { id parentId code family } }",
        json!({}),
    )
    .await
    .map_err(|e| anyhow::anyhow!(e))?;
    let list = categories["eventCategories"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    // The top-level general category with the most subcategories.
    let top = list
        .iter()
        .filter(|c| c["parentId"].is_null() && c["family"] == "GENERAL")
        .max_by_key(|c| list.iter().filter(|x| x["parentId"] == c["id"]).count())
        .context("no event category")?;
    let leaf = list
        .iter()
        .find(|c| c["parentId"] == top["id"])
        .unwrap_or(top);
    Ok(County {
        code: plan.code.clone(),
        residents: plan.residents,
        admin,
        street_admins,
        grid_worker: sign("grid0001".into()).await?,
        department_user: sign("dept01".into()).await?,
        category: top["id"].as_str().unwrap_or_default().to_string(),
        leaf_category: leaf["id"].as_str().unwrap_or_default().to_string(),
        department: gid("Department", derived_id(&plan.code, "department", 1)),
        foreign_canaries: all
            .iter()
            .filter(|p| p.code != plan.code && p.canary)
            .map(|p| canary_of(&p.code))
            .collect(),
    })
}

/// The tenant's id, for pgbench and PostGraphile.
pub async fn tenant_id(db: &DatabaseConnection, code: &str) -> anyhow::Result<String> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT id::text AS id FROM tenants WHERE code = '{code}'"),
        ))
        .await?
        .context("no such county")?;
    Ok(row.try_get::<String>("", "id")?)
}

/// PostgreSQL's own count of statements in the bench database (`pg_stat_statements`), split
/// into transaction control (BEGIN/COMMIT/ROLLBACK) and the rest; `None` when the extension is
/// not loaded (`shared_preload_libraries`).
pub async fn pg_statements(db: &DatabaseConnection) -> Option<(u64, u64)> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COALESCE(SUM(calls) FILTER (WHERE query ~* '^(BEGIN|COMMIT|ROLLBACK)'), 0)::bigint AS control,
                    COALESCE(SUM(calls) FILTER (WHERE query !~* '^(BEGIN|COMMIT|ROLLBACK)'), 0)::bigint AS other
             FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                .to_string(),
        ))
        .await
        .ok()??;
    Some((
        row.try_get::<i64>("", "control").ok()? as u64,
        row.try_get::<i64>("", "other").ok()? as u64,
    ))
}

/// Makes `pg_stat_statements` available in the bench database if the server loads it.
pub async fn enable_pg_stat_statements(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        .await
        .is_ok()
        && pg_statements(db).await.is_some()
}

/// Turns row-level security off (or back on) on every tenant table.
pub async fn set_rls(db: &DatabaseConnection, on: bool) -> anyhow::Result<()> {
    for table in migration::all_tenant_tables() {
        let sql = if on {
            format!(
                "ALTER TABLE {table} ENABLE ROW LEVEL SECURITY; ALTER TABLE {table} FORCE ROW LEVEL SECURITY;"
            )
        } else {
            format!(
                "ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY; ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;"
            )
        };
        db.execute_unprepared(&sql).await?;
    }
    Ok(())
}

/// The indexes migration 000012 added (lists and counts by place), dropped or built again: the
/// report's before/after of that fix, measured in one run.
pub async fn set_list_indexes(db: &DatabaseConnection, on: bool) -> anyhow::Result<()> {
    for (table, columns) in migration::LIST_INDEXES {
        let name = migration::index_name(table, columns);
        let sql = if on {
            format!(
                "CREATE INDEX IF NOT EXISTS {name} ON {table} (tenant_id, {})",
                columns.join(", ")
            )
        } else {
            format!("DROP INDEX IF EXISTS {name}")
        };
        db.execute_unprepared(&sql).await?;
    }
    db.execute_unprepared("ANALYZE events; ANALYZE residents")
        .await?;
    Ok(())
}

/// One pgbench measurement.
#[derive(Debug, Clone, Default)]
pub struct PgbenchResult {
    pub tps: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub failed: bool,
    pub output: String,
}

/// Runs a pgbench script as `gridgov_app` for `seconds` with `clients`, latencies from its log.
pub fn pgbench(
    setup: &Setup,
    script: &Path,
    vars: &[(String, String)],
    clients: usize,
    seconds: u64,
) -> anyhow::Result<PgbenchResult> {
    let log_dir = setup.work.join("pgbench-log");
    let _ = std::fs::remove_dir_all(&log_dir);
    std::fs::create_dir_all(&log_dir)?;
    let prefix = log_dir.join("tx");
    let mut command = Command::new("pgbench");
    command
        .args([
            "-n",
            "-M",
            "prepared",
            "-h",
            "127.0.0.1",
            "-U",
            migration::APP_ROLE,
        ])
        .args(["-c", &clients.to_string(), "-j", "2"])
        .args(["-T", &seconds.to_string(), "-l", "--log-prefix"])
        .arg(&prefix)
        .arg("-f")
        .arg(script);
    for (k, v) in vars {
        command.arg("-D").arg(format!("{k}={v}"));
    }
    command.arg(&setup.database);
    let output = command.output().context("cannot run pgbench")?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let tps = text
        .lines()
        .find(|l| l.starts_with("tps ="))
        .and_then(|l| l.split_whitespace().nth(2))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0);
    let mut latencies: Vec<u64> = Vec::new();
    for entry in std::fs::read_dir(&log_dir)?.flatten() {
        let body = std::fs::read_to_string(entry.path()).unwrap_or_default();
        latencies.extend(
            body.lines()
                .filter_map(|l| l.split_whitespace().nth(2))
                .filter_map(|v| v.parse::<u64>().ok()),
        );
    }
    latencies.sort_unstable();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .map_or(0.0, |us| *us as f64 / 1000.0)
    };
    Ok(PgbenchResult {
        tps,
        p50_ms: at(0.5),
        p99_ms: at(0.99),
        failed: !output.status.success() || tps == 0.0,
        output: text,
    })
}

/// The PostGraphile server of `tests/bench/postgraphile` (installed with `npm ci`).
pub async fn start_postgraphile(setup: &Setup, dir: &Path, port: u16) -> anyhow::Result<Server> {
    let child = Command::new("bash")
        .arg(dir.join("start.sh"))
        .current_dir(dir)
        .env("DATABASE_URL", setup.app_url())
        .env("PORT", port.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot start PostGraphile")?;
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    server.wait_ready("/graphql").await?;
    Ok(server)
}

/// Variables for a document, by name.
pub fn vars(pairs: &[(&str, Value)]) -> Value {
    Value::Object(
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
    )
}
