//! The benchmark runner. One command loads the benchmark counties, starts PostgreSQL-backed
//! GridGov, measures every workload (and the same work done by PostGraphile and by pgbench with
//! the ideal SQL, on the same database, in the same run) and writes a Markdown report.
//!
//! ```text
//! cargo build --release -p gridgov-api -p gridgov-tests
//! $CARGO_TARGET_DIR/release/gridgov-bench --out tests/benchmarks/$(date +%F).md
//! ```
//! `--sqlite` measures the embedded default instead; `--smoke` runs each workload a few times
//! on a tiny county and checks bodies and statement counts (CI).

use anyhow::{Context, bail};
use base64::Engine;
use clap::Parser;
use gridgov_tests::bench::data::{self as bench_data, derived_id};
use gridgov_tests::bench::graphql::{post, statements_run};
use gridgov_tests::bench::load::{self, OpFuture, Operation, Stats};
use gridgov_tests::bench::process::{self, RssWatcher};
use gridgov_tests::bench::report::{Measurement, Report};
use gridgov_tests::bench::runner::{self, Server, Setup};
use gridgov_tests::bench::workloads::{self as w, County, Endpoint};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

#[derive(Parser, Debug)]
#[command(about = "GridGov's benchmark runner")]
struct Args {
    /// Measure the embedded SQLite default (no PostGraphile, no pgbench).
    #[arg(long)]
    sqlite: bool,
    /// Multiplies the counties' sizes (1.0: 1,000,000 / 200,000 / 50,000 residents).
    #[arg(long, default_value_t = 1.0)]
    scale: f64,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Seconds of each measured load (the warm-up is a fifth of it).
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Concurrent clients of the peak (closed-loop) runs.
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// Each workload a few times, bodies and statement counts checked; exit 1 on a failure.
    #[arg(long)]
    smoke: bool,
    /// Drop the database and generate it again.
    #[arg(long)]
    fresh: bool,
    /// The gridgov binary (default: the release build, or the debug one with --smoke).
    #[arg(long)]
    gridgov: Option<PathBuf>,
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432")]
    pg: String,
    #[arg(long, default_value = "gridgov_bench")]
    database: String,
    /// Redis for GridGov (default: $REDIS_URL; none: the in-process cache).
    #[arg(long, env = "REDIS_URL")]
    redis: Option<String>,
    /// Skip PostGraphile (it needs `npm ci` in tests/bench/postgraphile).
    #[arg(long)]
    no_postgraphile: bool,
    #[arg(long)]
    no_pgbench: bool,
    /// Where to write the report (Markdown); printed when absent.
    #[arg(long)]
    out: Option<PathBuf>,
    /// The work directory (keys, SQLite file, logs).
    #[arg(long)]
    work: Option<PathBuf>,
}

/// Statements per operation that a change must not exceed (the server's own count, with the
/// tenant setting on PostgreSQL): the smoke test fails when a change adds round trips.
const BUDGETS: &[(&str, f64)] = &[
    ("W1 grid dashboard", 9.0),
    ("W2 street events", 16.0),
    ("W4 resident by id", 3.0),
];

const PORT: u16 = 18_710;
const POSTGRAPHILE_PORT: u16 = 18_711;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn default_binary(smoke: bool) -> PathBuf {
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repo_root().join("target"));
    target
        .join(if smoke { "debug" } else { "release" })
        .join("gridgov")
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let backend = if args.sqlite { "sqlite" } else { "postgres" };
    let setup = Setup {
        gridgov: args
            .gridgov
            .clone()
            .unwrap_or_else(|| default_binary(args.smoke)),
        work: args.work.clone().unwrap_or_else(|| {
            std::env::temp_dir().join(format!("gridgov-bench-{backend}-{}", args.database))
        }),
        sqlite: args.sqlite,
        pg: args.pg.clone(),
        database: args.database.clone(),
        redis: if args.sqlite {
            None
        } else {
            args.redis.clone()
        },
    };
    let plans = bench_data::plans(args.seed, args.scale);
    println!(
        "== preparing the {backend} database ({})",
        setup.work.display()
    );
    setup.prepare_database(args.fresh).await?;
    let load_seconds = setup.generate(&plans).await?;
    println!("== generated (or found) the counties in {load_seconds:.1} s");
    let server = setup.start_server(PORT).await?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(512)
        .build()?;
    let endpoint = Endpoint {
        client: client.clone(),
        url: server.graphql_url(),
    };
    let mut counties = Vec::new();
    for plan in &plans {
        counties.push(Arc::new(
            runner::county(&client, &endpoint.url, plan, &plans).await?,
        ));
    }
    let pg = if args.sqlite {
        None
    } else {
        Some(setup.pg_admin().await?)
    };
    let pg_stats = match &pg {
        Some(db) => runner::enable_pg_stat_statements(db).await,
        None => false,
    };
    let big = counties[0].clone();
    let mut report = Report::new(
        backend,
        &plans,
        load_seconds,
        args.concurrency,
        args.seconds,
    );
    report.note(&format!(
        "pg_stat_statements: {}",
        if pg_stats {
            "loaded (statement counts below are PostgreSQL's own)"
        } else {
            "not loaded (counts are the server's own counter)"
        }
    ));

    // Statements per request, and the bodies checked, one request at a time.
    println!("== statements per request");
    let mut failures = Vec::new();
    let abuse = w::abuse_bodies(&bench_data_grid(&big));
    let mut probes: Vec<(String, Operation, u64)> = vec![
        (
            "W1 grid dashboard, 20 residents".into(),
            w::w1(&endpoint, &big, 20),
            20,
        ),
        (
            "W1 grid dashboard, 100 residents".into(),
            w::w1(&endpoint, &big, 100),
            20,
        ),
        (
            "W2 street events, pages 1 and 2".into(),
            w::w2(&endpoint, &big),
            20,
        ),
        ("W3 workflow (6 requests)".into(), w::w3(&endpoint, &big), 5),
        ("W4 resident by id".into(), w::w4(&endpoint, &big), 20),
        (
            "W5 sign-in".into(),
            w::w5(&endpoint, &big, bench_data::PASSWORD),
            3,
        ),
    ];
    for (name, body) in &abuse {
        probes.push((
            format!("W6 refused: {name}"),
            w::w6(&endpoint, &big.admin, body.clone()),
            5,
        ));
    }
    for county in counties.iter().skip(1) {
        probes.push((
            format!("W1 on county {}", county.code),
            w::w1(&endpoint, county, 20),
            5,
        ));
        probes.push((
            format!("W2 on county {}", county.code),
            w::w2(&endpoint, county),
            5,
        ));
        probes.push((
            format!("W4 on county {}", county.code),
            w::w4(&endpoint, county),
            5,
        ));
    }
    let mut w1_counts = Vec::new();
    for (name, op, n) in probes {
        let app_before = statements_run(&client, &server.base).await.unwrap_or(0);
        let pg_before = match &pg {
            Some(db) if pg_stats => runner::pg_statements(db).await,
            _ => None,
        };
        let stats = load::run_n(op, n, 1).await;
        let app_after = statements_run(&client, &server.base).await.unwrap_or(0);
        let pg_after = match &pg {
            Some(db) if pg_stats => runner::pg_statements(db).await,
            _ => None,
        };
        let app = (app_after - app_before) as f64 / n as f64;
        // The probe itself reads pg_stat_statements once: not the server's.
        let pg_counts = pg_before.zip(pg_after).map(|(b, a)| {
            (
                (a.0 - b.0) as f64 / n as f64,
                (a.1.saturating_sub(b.1 + 1)) as f64 / n as f64,
            )
        });
        println!(
            "   {name}: {app:.1} statements per request (server), {} ({} failures)",
            pg_counts.map_or("-".into(), |(c, o)| format!(
                "{o:.1} + {c:.1} BEGIN/COMMIT (PostgreSQL)"
            )),
            stats.failures
        );
        if stats.failures > 0 {
            failures.push(format!("{name}: {:?}", stats.first_failures));
        }
        if name.starts_with("W1 grid dashboard") {
            w1_counts.push(app);
        }
        if name.starts_with("W6") && app > 0.0 {
            failures.push(format!("{name}: {app} SQL statements, expected none"));
        }
        if let Some((_, budget)) = BUDGETS.iter().find(|(prefix, _)| name.starts_with(prefix))
            && app > *budget
        {
            failures.push(format!(
                "{name}: {app:.1} SQL statements per request, the budget is {budget}"
            ));
        }
        report.statements(&name, app, pg_counts, stats.failures);
    }
    if w1_counts.len() == 2 && (w1_counts[0] - w1_counts[1]).abs() > f64::EPSILON {
        failures.push(format!(
            "W1 runs {} statements for 20 residents and {} for 100",
            w1_counts[0], w1_counts[1]
        ));
    }
    if args.smoke {
        drop(server);
        if failures.is_empty() {
            println!("== smoke: every workload answered correctly");
            return Ok(());
        }
        bail!("smoke failures:\n{}", failures.join("\n"));
    }

    let secs = Duration::from_secs(args.seconds);
    let warm = Duration::from_secs((args.seconds / 5).max(1));
    let c = args.concurrency;
    println!("== GridGov under load");
    // PostgreSQL's statement counts, where pg_stat_statements is loaded.
    let counted_db = if pg_stats { pg.as_ref() } else { None };
    let gridgov_ops: Vec<(&str, Operation, usize)> = vec![
        ("W1", w::w1(&endpoint, &big, 20), c),
        ("W2", w::w2(&endpoint, &big), c),
        ("W4", w::w4(&endpoint, &big), c),
        ("W3", w::w3(&endpoint, &big), 4),
        ("W5", w::w5(&endpoint, &big, bench_data::PASSWORD), 4),
    ];
    for (name, op, conc) in gridgov_ops {
        let peak = measure(&server, counted_db, op.clone(), conc, warm, secs).await;
        println!(
            "   {name} peak: {} {:?}",
            peak.line(),
            peak.stats.first_failures
        );
        let mut open = Vec::new();
        for share in [0.5, 0.8] {
            let rate = peak.stats.throughput * share;
            if rate < 1.0 {
                continue;
            }
            let stats = load::open_loop(op.clone(), rate, conc * 4, warm, secs).await;
            println!(
                "   {name} at {:.0} % ({rate:.0}/s): p50 {} ms, p99 {} ms, {} failures {:?}",
                share * 100.0,
                load::format_duration_ms(stats.p50),
                load::format_duration_ms(stats.p99),
                stats.failures,
                stats.first_failures
            );
            open.push((share, stats));
        }
        report.gridgov(name, peak, open);
    }

    println!("== growth: one client, W1 / W2 / W4 on each county");
    for county in &counties {
        for (name, op) in [
            ("W1", w::w1(&endpoint, county, 20)),
            ("W2", w::w2(&endpoint, county)),
            ("W4", w::w4(&endpoint, county)),
        ] {
            let stats = load::closed_loop(op, 1, warm, secs / 2).await;
            println!(
                "   {name} {}: p50 {} ms",
                county.code,
                load::format_duration_ms(stats.p50)
            );
            report.growth(name, &county.code, county.residents, &stats);
        }
    }

    if let Some(db) = &pg {
        println!("== row-level security off, then on again");
        for (name, op) in [
            ("W1", w::w1(&endpoint, &big, 20)),
            ("W4", w::w4(&endpoint, &big)),
        ] {
            // Alternating, twice each way: the machine is noisy, and ALTER TABLE drops plans.
            let (mut on, mut off) = (Vec::new(), Vec::new());
            for _ in 0..2 {
                on.push(load::closed_loop(op.clone(), c, warm, secs).await);
                runner::set_rls(db, false).await?;
                off.push(load::closed_loop(op.clone(), c, warm, secs).await);
                runner::set_rls(db, true).await?;
            }
            let mean = |runs: &[Stats]| {
                runs.iter().map(|s| s.throughput).sum::<f64>() / runs.len().max(1) as f64
            };
            println!(
                "   {name}: {:.0}/s with RLS, {:.0}/s without (means of two runs each)",
                mean(&on),
                mean(&off)
            );
            report.rls(name, mean(&on), mean(&off));
        }
    }

    if let Some(db) = &pg {
        println!("== before/after: W1 and W2 without the indexes of migration 000012");
        let with: Vec<(&str, Stats)> = vec![
            (
                "W1",
                load::closed_loop(w::w1(&endpoint, &big, 20), c, warm, secs).await,
            ),
            (
                "W2",
                load::closed_loop(w::w2(&endpoint, &big), c, warm, secs).await,
            ),
        ];
        runner::set_list_indexes(db, false).await?;
        let without: Vec<(&str, Stats)> = vec![
            (
                "W1",
                load::closed_loop(w::w1(&endpoint, &big, 20), c, warm, secs).await,
            ),
            (
                "W2",
                load::closed_loop(w::w2(&endpoint, &big), c, warm, secs).await,
            ),
        ];
        runner::set_list_indexes(db, true).await?;
        for ((name, after), (_, before)) in with.iter().zip(without.iter()) {
            println!(
                "   {name}: {:.0}/s p50 {} ms without, {:.0}/s p50 {} ms with",
                before.throughput,
                load::format_duration_ms(before.p50),
                after.throughput,
                load::format_duration_ms(after.p50)
            );
            report.ablation(
                name,
                "indexes by place and status (migration 000012)",
                before,
                after,
            );
        }
    }

    if !args.sqlite && !args.no_pgbench {
        println!("== pgbench with the ideal SQL");
        if let Some(db) = &pg {
            let tenant = runner::tenant_id(db, &big.code).await?;
            let category = uuid_of(&big.category)?;
            let vars: Vec<(String, String)> = [
                ("tenant", tenant),
                ("code", big.code.clone()),
                ("grids", bench_data::GRIDS.to_string()),
                ("streets", bench_data::STREETS.to_string()),
                ("residents", big.residents.to_string()),
                ("category", category),
                ("leaf_category", uuid_of(&big.leaf_category)?),
                ("department", uuid_of(&big.department)?),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
            for name in ["w1", "w2", "w4", "w3"] {
                let script = repo_root().join(format!("tests/bench/sql/{name}.pgbench.sql"));
                let pg_before = process::total_cpu_ticks(&process::pids_named("postgres"));
                let clients = if name == "w3" { 4 } else { c };
                let result = runner::pgbench(&setup, &script, &vars, clients, args.seconds)?;
                let pg_after = process::total_cpu_ticks(&process::pids_named("postgres"));
                if result.failed {
                    println!("   {name}: pgbench failed\n{}", result.output);
                }
                println!(
                    "   {name}: {:.0} tps, p50 {:.2} ms, p99 {:.2} ms",
                    result.tps, result.p50_ms, result.p99_ms
                );
                let pg_ms = process::ticks_to_ms(pg_after.saturating_sub(pg_before))
                    / (result.tps * args.seconds as f64).max(1.0);
                report.pgbench(&name.to_uppercase(), &result, pg_ms);
            }
        }
    }

    if !args.sqlite && !args.no_postgraphile {
        let dir = repo_root().join("tests/bench/postgraphile");
        match postgraphile(&setup, &dir, &pg, &big).await {
            Ok(results) => {
                for (name, m) in results {
                    report.postgraphile(name, m);
                }
            }
            Err(error) => {
                println!("   PostGraphile not measured: {error:#}");
                report.note(&format!("PostGraphile not measured: {error:#}"));
            }
        }
    }

    drop(server);
    let text = report.render();
    match &args.out {
        Some(path) => {
            std::fs::write(path, &text)
                .with_context(|| format!("cannot write {}", path.display()))?;
            println!("== report written to {}", path.display());
        }
        None => println!("{text}"),
    }
    if !failures.is_empty() {
        bail!("failures:\n{}", failures.join("\n"));
    }
    Ok(())
}

fn bench_data_grid(county: &County) -> String {
    gridgov_tests::bench::graphql::gid("Region", derived_id(&county.code, "grid", 1))
}

/// The UUID inside a GridGov global id.
fn uuid_of(global: &str) -> anyhow::Result<String> {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(global)?;
    let text = String::from_utf8(bytes)?;
    text.split_once(':')
        .map(|(_, id)| id.to_string())
        .context("not a global id")
}

/// A closed-loop run with the server's CPU, the database's CPU and the peak RSS around it.
async fn measure(
    server: &Server,
    pg: Option<&sea_orm::DatabaseConnection>,
    op: Operation,
    concurrency: usize,
    warm: Duration,
    secs: Duration,
) -> Measurement {
    let rss = RssWatcher::start(server.pid());
    let statements_before = match pg {
        Some(db) => runner::pg_statements(db).await,
        None => None,
    };
    let (cpu_before, pg_before) = (
        server.cpu_ticks(),
        process::total_cpu_ticks(&process::pids_named("postgres")),
    );
    let stats = load::closed_loop(op, concurrency, warm, secs).await;
    let (cpu_after, pg_after) = (
        server.cpu_ticks(),
        process::total_cpu_ticks(&process::pids_named("postgres")),
    );
    let statements_after = match pg {
        Some(db) => runner::pg_statements(db).await,
        None => None,
    };
    // CPU and statements cover the warm-up too: divide by every operation run.
    let ops = stats.operations as f64 + stats.throughput * warm.as_secs_f64();
    Measurement {
        cpu_ms: process::ticks_to_ms(cpu_after.saturating_sub(cpu_before)) / ops.max(1.0),
        pg_cpu_ms: process::ticks_to_ms(pg_after.saturating_sub(pg_before)) / ops.max(1.0),
        rss_mb: rss.stop() as f64 / 1024.0,
        statements: statements_before
            .zip(statements_after)
            .map(|(b, a)| (a.1.saturating_sub(b.1)) as f64 / ops.max(1.0)),
        stats,
    }
}

/// PostGraphile's W1, W2 and W4, each checked for errors and for rows.
async fn postgraphile(
    setup: &Setup,
    dir: &std::path::Path,
    pg: &Option<sea_orm::DatabaseConnection>,
    big: &Arc<County>,
) -> anyhow::Result<Vec<(&'static str, Measurement)>> {
    if !dir.join("node_modules").exists() {
        let status = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir)
            .status()?;
        if !status.success() {
            bail!("npm ci failed in {}", dir.display());
        }
    }
    let db = pg.as_ref().context("PostgreSQL only")?;
    let tenant = runner::tenant_id(db, &big.code).await?;
    let server = runner::start_postgraphile(setup, dir, POSTGRAPHILE_PORT).await?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(512)
        .build()?;
    let url = format!("{}/graphql", server.base);
    let read = |name: &str| std::fs::read_to_string(dir.join(format!("{name}.graphql")));
    let (w1_doc, w2_doc, w4_doc) = (read("w1")?, read("w2")?, read("w4")?);
    let category = uuid_of(&big.category)?;
    let code = big.code.clone();
    let residents = big.residents;
    let tenant_uuid = tenant.clone();
    // One request, or — W2 — page 1 and, when it says there is more, page 2 (offset 20).
    let make = |doc: String,
                variables: Arc<dyn Fn(u64) -> Value + Send + Sync>,
                paged: bool|
     -> Operation {
        let (client, url, tenant) = (client.clone(), url.clone(), tenant.clone());
        Arc::new(move |seq| -> OpFuture {
            let (client, url, tenant, doc, variables) = (
                client.clone(),
                url.clone(),
                tenant.clone(),
                doc.clone(),
                variables.clone(),
            );
            Box::pin(async move {
                let headers = [("x-tenant-id", tenant.as_str())];
                let data = post(&client, &url, &headers, &doc, variables(seq)).await?;
                if data.to_string().len() < 40 {
                    return Err(format!("PostGraphile answered too little: {data}"));
                }
                let more =
                    data.pointer("/allEvents/pageInfo/hasNextPage") == Some(&Value::Bool(true));
                if paged && more {
                    let mut next = variables(seq);
                    next["offset"] = json!(20);
                    post(&client, &url, &headers, &doc, next).await?;
                }
                Ok(())
            })
        })
    };
    let code1 = code.clone();
    let tenant1 = tenant_uuid.clone();
    let w1_vars: Arc<dyn Fn(u64) -> Value + Send + Sync> = Arc::new(move |seq| {
        json!({ "tenantId": tenant1, "first": 20,
                "gridId": derived_id(&code1, "grid", w::pick(seq, 1, bench_data::GRIDS)).to_string() })
    });
    let code2 = code.clone();
    let w2_vars: Arc<dyn Fn(u64) -> Value + Send + Sync> = Arc::new(move |seq| {
        json!({ "streetId": derived_id(&code2, "street", w::w2_street(seq)).to_string(),
                "categoryId": category, "offset": 0, "now": chrono::Utc::now().to_rfc3339() })
    });
    let code4 = code.clone();
    let tenant4 = tenant_uuid.clone();
    let w4_vars: Arc<dyn Fn(u64) -> Value + Send + Sync> = Arc::new(move |seq| {
        json!({ "tenantId": tenant4,
                "residentId": derived_id(&code4, "resident", w::pick(seq, 4, residents)).to_string() })
    });
    let mut out = Vec::new();
    let warm = Duration::from_secs(2);
    let secs = Duration::from_secs(10);
    for (name, op) in [
        ("W1", make(w1_doc, w1_vars, false)),
        ("W2", make(w2_doc, w2_vars, true)),
        ("W4", make(w4_doc, w4_vars, false)),
    ] {
        let check = load::run_n(op.clone(), 3, 1).await;
        if check.failures > 0 {
            bail!("PostGraphile {name}: {:?}", check.first_failures);
        }
        let m = measure(&server, Some(db), op, 16, warm, secs).await;
        println!("   PostGraphile {name}: {}", m.line());
        out.push((name, m));
    }
    Ok(out)
}
