//! Builds the application: database, migrations, cache, keys, and the HTTP server bound to its
//! port (port 0 picks a free one, for tests).

use crate::auth::{PasswordHasher, TokenKeys, tokens};
use crate::graphql::{self, GridGovSchema};
use crate::http::{files, graphql_handler, health, metrics, request_span, subscriptions};
use crate::service;
use crate::settings::Settings;
use crate::state::AppState;
use actix_web::dev::{Server, Service};
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use secrecy::ExposeSecret;
use std::net::TcpListener;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct Application {
    server: Server,
    port: u16,
    state: AppState,
}

/// Makes sure a SQLite file's folder exists.
fn prepare_sqlite_path(url: &str) -> anyhow::Result<()> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(parent) = std::path::Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    Ok(())
}

pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<DatabaseConnection> {
    if url.starts_with("sqlite:") {
        prepare_sqlite_path(url)?;
    }
    let mut options = ConnectOptions::new(url.to_string());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    let db = Database::connect(options)
        .await
        .context("cannot connect to the database")?;
    if url.starts_with("sqlite:") {
        // Readers do not block the writer; the setting stays with the file.
        crate::tenancy::maintenance::write_ahead_log(&db).await?;
    }
    Ok(db)
}

/// Runs pending migrations with the schema owner's connection.
pub async fn migrate(settings: &Settings) -> anyhow::Result<()> {
    let admin = connect(settings.database.admin_url().expose_secret(), 2).await?;
    Migrator::up(&admin, None)
        .await
        .context("migrations failed")?;
    admin.close().await?;
    Ok(())
}

/// The shared state, connected.
pub async fn state(settings: Settings) -> anyhow::Result<AppState> {
    let mut db = connect(
        settings.database.url.expose_secret(),
        settings.database.max_connections,
    )
    .await?;
    let metrics = crate::metrics::Metrics::new()?;
    let statements = metrics.sql_statements.clone();
    db.set_metric_callback(move |_| statements.inc());
    let cache = crate::cache::connect(
        settings.redis.url.as_ref().map(|u| u.expose_secret()),
        &settings.redis.key_prefix,
        Duration::from_millis(settings.redis.timeout_ms),
    )
    .context("the Redis URL is not valid")?;
    if let Err(error) = cache.ping().await {
        // Not fatal: the server answers SERVICE_UNAVAILABLE and /readyz says so until it is.
        tracing::warn!(%error, "Redis is not reachable yet");
    }
    let secret = match &settings.auth.jwt_secret {
        Some(secret) if secret.expose_secret().len() >= 32 => {
            secret.expose_secret().as_bytes().to_vec()
        }
        Some(_) => anyhow::bail!("auth.jwt_secret must have at least 32 bytes"),
        None => {
            tracing::warn!(
                "no auth.jwt_secret configured: using a random key; tokens end with this process"
            );
            tokens::random_secret()
        }
    };
    let hasher = PasswordHasher::new(
        settings.auth.max_concurrent_hashes,
        Duration::from_millis(settings.auth.hash_queue_timeout_ms),
    )?;
    let vault =
        crate::pii::load_vault(&settings.pii).context("cannot load the personal-data keys")?;
    Ok(AppState {
        db,
        cache,
        hasher,
        vault,
        tokens: TokenKeys::new(&secret),
        metrics,
        clock: crate::clock::Clock::default(),
        files: Arc::new(crate::storage::LocalDisk::new(
            &settings.events.attachments_dir,
        )),
        settings: Arc::new(settings),
    })
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        if settings.database.migrate_on_start {
            migrate(&settings).await?;
        }
        let state = state(settings).await?;
        crate::tenancy::with_tenant(&state.db, None, async |db| {
            service::tenants::ensure_platform(db.conn().await?)
                .await
                .map(|_| ())
        })
        .await?;
        service::archives::key_groups::seed_all_counties(&state.db).await?;
        service::events::catalogue::seed_all_counties(&state.db).await?;
        if state.settings.server.seed_demo_on_empty && crate::seed::seed(&state).await? {
            tracing::info!("loaded the demo county {}", crate::seed::COUNTY_NAME);
        }
        let listener = TcpListener::bind((
            state.settings.server.host.as_str(),
            state.settings.server.port,
        ))
        .context("cannot bind the server's address")?;
        let port = listener.local_addr()?.port();
        let schema = graphql::build_schema(&state.settings.graphql);
        let server = serve(listener, state.clone(), schema)?;
        crate::scheduler::spawn(state.clone());
        Ok(Self {
            server,
            port,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

fn serve(listener: TcpListener, state: AppState, schema: GridGovSchema) -> anyhow::Result<Server> {
    let frontend = std::path::PathBuf::from(&state.settings.server.frontend_dir);
    let frontend = frontend.join("index.html").is_file().then_some(frontend);
    let state_data = web::Data::new(state.clone());
    let schema_data = web::Data::new(schema);
    let metrics_data = web::Data::new(state.metrics.clone());
    let grace = state.settings.server.shutdown_grace_seconds;
    let server = HttpServer::new(move || {
        let metrics = state.metrics.clone();
        let mut app = App::new()
            .wrap_fn(move |request, service| {
                let started = Instant::now();
                let metrics = metrics.clone();
                let response = service.call(request);
                async move {
                    let mut response = response.await?;
                    request_span::expose_request_id(&mut response);
                    let route = response
                        .request()
                        .match_pattern()
                        .unwrap_or_else(|| "other".into());
                    metrics
                        .latency
                        .with_label_values(&[route.as_str()])
                        .observe(started.elapsed().as_secs_f64());
                    metrics
                        .requests
                        .with_label_values(&[route.as_str(), response.status().as_str()])
                        .inc();
                    Ok(response)
                }
            })
            .wrap(tracing_actix_web::TracingLogger::<request_span::RequestSpan>::new())
            .app_data(state_data.clone())
            .app_data(schema_data.clone())
            .app_data(metrics_data.clone())
            .route("/graphql", web::post().to(graphql_handler::execute))
            .route(
                "/graphql",
                web::get()
                    .guard(actix_web::guard::Header("upgrade", "websocket"))
                    .to(subscriptions::subscriptions),
            )
            .route("/graphql", web::get().to(graphql_handler::graphiql))
            .route("/attachments/{id}", web::get().to(files::event_photo))
            .route("/uploads", web::post().to(files::upload))
            .route("/downloads/{token}", web::get().to(files::download))
            .route("/templates/{file}", web::get().to(files::template))
            .route("/healthz", web::get().to(health::healthz))
            .route("/readyz", web::get().to(health::readyz))
            .route("/metrics", web::get().to(metrics::endpoint));
        if let Some(dir) = &frontend {
            let index = dir.join("index.html");
            app = app.service(
                actix_files::Files::new("/", dir)
                    .index_file("index.html")
                    .default_handler(web::to(move |request: actix_web::HttpRequest| {
                        let index = index.clone();
                        async move {
                            actix_files::NamedFile::open_async(index)
                                .await
                                .map(|f| f.into_response(&request))
                        }
                    })),
            );
        }
        app
    })
    .shutdown_timeout(grace)
    .listen(listener)?
    .run();
    Ok(server)
}
