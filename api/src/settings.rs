//! Typed settings: built-in defaults, then an optional TOML file (`GRIDGOV_CONFIG`, else
//! `gridgov.toml` if present), then `GRIDGOV_*` environment variables (`__` between levels,
//! e.g. `GRIDGOV_DATABASE__URL`). `REDIS_URL` is honoured too. Secrets are `SecretString`:
//! they never appear in `Debug` output or logs.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub redis: RedisSettings,
    pub auth: AuthSettings,
    pub graphql: GraphqlSettings,
    pub log: LogSettings,
    pub pii: PiiSettings,
    pub archives: ArchiveSettings,
    pub events: EventSettings,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerSettings {
    pub host: String,
    /// 0 picks a free port (tests).
    pub port: u16,
    /// Built frontend (Vite's `dist/`) served at `/`; missing is fine (API only).
    pub frontend_dir: String,
    /// Largest accepted request body.
    pub max_body_bytes: usize,
    /// Load the demo county when the database has no county yet.
    pub seed_demo_on_empty: bool,
    /// A GraphQL request still running after this long is stopped (its transaction rolled
    /// back) and answered `TIMEOUT`.
    pub request_timeout_ms: u64,
    /// On SIGTERM the server stops accepting, lets running requests finish for at most this
    /// long, then exits.
    pub shutdown_grace_seconds: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    /// The URL the server queries with. On PostgreSQL this must be the unprivileged
    /// application role, so that row-level security applies.
    pub url: SecretString,
    /// The URL migrations run with (the schema owner). Defaults to `url`.
    pub admin_url: Option<SecretString>,
    pub max_connections: u32,
    pub migrate_on_start: bool,
}

impl DatabaseSettings {
    pub fn admin_url(&self) -> &SecretString {
        self.admin_url.as_ref().unwrap_or(&self.url)
    }

    pub fn is_sqlite(&self) -> bool {
        self.url.expose_secret().starts_with("sqlite:")
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct RedisSettings {
    /// Absent: an in-process cache serves one process.
    pub url: Option<SecretString>,
    /// Prefix of every key, so several deployments (or test runs) can share one Redis.
    pub key_prefix: String,
    /// How long one Redis command may take, reconnecting included, before the request that
    /// needs it answers `SERVICE_UNAVAILABLE`.
    pub timeout_ms: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AuthSettings {
    /// HS256 signing key; at least 32 bytes. Absent: a random key per process (dev only —
    /// tokens die with the process and replicas would not agree).
    pub jwt_secret: Option<SecretString>,
    pub access_token_minutes: i64,
    pub refresh_token_days: i64,
    /// At most this many argon2id hashes at once (each takes ~19 MiB).
    pub max_concurrent_hashes: usize,
    /// How long a sign-in may wait for a hashing slot before it is refused as RATE_LIMITED.
    pub hash_queue_timeout_ms: u64,
    pub lockout_failures: u32,
    pub lockout_minutes: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GraphqlSettings {
    pub max_depth: usize,
    pub max_complexity: usize,
    /// Aliases, fields and directives are counted with every fragment spread expanded.
    pub max_aliases: u64,
    /// Tokens of the document's text, counted before it is parsed.
    pub max_tokens: usize,
    /// Brackets (`{`, `[`, `(`) nested in the text, counted before it is parsed.
    pub max_nesting: usize,
    pub max_fields: u64,
    pub max_fragments: usize,
    pub max_directives: u64,
    pub introspection: bool,
}

/// Keys for personal identifiers at rest (see `api/src/pii/`).
#[derive(Debug, Clone, Deserialize)]
pub struct PiiSettings {
    /// AES-256 keys as `id:base64,id:base64`; the first encrypts new values, all decrypt.
    pub keys: Option<SecretString>,
    /// The blind-index key (HMAC-SHA256), base64 of at least 32 bytes. Changing it needs a
    /// re-index of every stored identifier.
    pub index_key: Option<SecretString>,
    /// Used only when neither key is configured: created on first start, reused after.
    pub key_file: String,
}

/// Archive work: imports and downloads.
#[derive(Debug, Clone, Deserialize)]
pub struct ArchiveSettings {
    /// Largest file accepted at `POST /uploads`.
    pub max_upload_bytes: usize,
    /// Bytes one user, and one county, may upload within `file_ttl_seconds` (uploads live in
    /// the cache until then); past it, `RATE_LIMITED`.
    pub upload_quota_user_bytes: u64,
    pub upload_quota_tenant_bytes: u64,
    /// How long an upload or a prepared download stays fetchable.
    pub file_ttl_seconds: u64,
    /// At most this many errors are kept in an import's report (the count is always exact).
    pub max_reported_errors: usize,
    /// Rows written per transaction by an import.
    pub import_batch_rows: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EventSettings {
    /// Where event photos are stored (the local-disk file store).
    pub attachments_dir: String,
    /// The largest photo accepted.
    pub max_photo_bytes: usize,
    /// The largest multipart GraphQL request (photos included).
    pub max_multipart_bytes: usize,
    /// How often the deadline scheduler looks for red events; 0 turns it off (tests drive it).
    pub scheduler_interval_seconds: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LogSettings {
    /// `pretty` or `json`.
    pub format: String,
    /// An `EnvFilter` directive; `RUST_LOG` wins when set.
    pub filter: String,
}

impl Settings {
    /// Defaults → file → environment.
    pub fn load() -> Result<Self, config::ConfigError> {
        let mut builder = Self::defaults()?;
        let file = std::env::var("GRIDGOV_CONFIG").unwrap_or_else(|_| "gridgov.toml".into());
        builder = builder.add_source(config::File::with_name(&file).required(false));
        builder = builder.add_source(
            config::Environment::with_prefix("GRIDGOV")
                .prefix_separator("_")
                .separator("__"),
        );
        if let Ok(url) = std::env::var("REDIS_URL")
            && !url.is_empty()
        {
            builder = builder.set_override("redis.url", url)?;
        }
        builder.build()?.try_deserialize()
    }

    /// Defaults only, for tests and tools that set every value they care about.
    pub fn with_defaults() -> Result<Self, config::ConfigError> {
        Self::defaults()?.build()?.try_deserialize()
    }

    fn defaults()
    -> Result<config::ConfigBuilder<config::builder::DefaultState>, config::ConfigError> {
        config::Config::builder()
            .set_default("server.host", "127.0.0.1")?
            .set_default("server.port", 8080)?
            .set_default("server.frontend_dir", "frontend/dist")?
            .set_default("server.max_body_bytes", 1_048_576)?
            .set_default("server.seed_demo_on_empty", false)?
            .set_default("server.request_timeout_ms", 30_000)?
            .set_default("server.shutdown_grace_seconds", 10)?
            .set_default("database.url", "sqlite://data/gridgov.db?mode=rwc")?
            .set_default("database.max_connections", 16)?
            .set_default("database.migrate_on_start", true)?
            .set_default("redis.key_prefix", "gridgov:")?
            .set_default("redis.timeout_ms", 500)?
            .set_default("auth.access_token_minutes", 15)?
            .set_default("auth.refresh_token_days", 14)?
            .set_default("auth.max_concurrent_hashes", 2)?
            .set_default("auth.hash_queue_timeout_ms", 5_000)?
            .set_default("auth.lockout_failures", 5)?
            .set_default("auth.lockout_minutes", 15)?
            .set_default("graphql.max_depth", 12)?
            .set_default("graphql.max_complexity", 2_000)?
            .set_default("graphql.max_aliases", 30)?
            .set_default("graphql.max_tokens", 10_000)?
            .set_default("graphql.max_nesting", 64)?
            .set_default("graphql.max_fields", 5_000)?
            .set_default("graphql.max_fragments", 100)?
            .set_default("graphql.max_directives", 100)?
            .set_default("graphql.introspection", true)?
            .set_default("pii.key_file", "data/pii.keys")?
            .set_default("archives.max_upload_bytes", 64 * 1_048_576)?
            .set_default("archives.upload_quota_user_bytes", 256 * 1_048_576_u64)?
            .set_default("archives.upload_quota_tenant_bytes", 2_048 * 1_048_576_u64)?
            .set_default("archives.file_ttl_seconds", 3_600)?
            .set_default("archives.max_reported_errors", 1_000)?
            .set_default("archives.import_batch_rows", 1_000)?
            .set_default("events.attachments_dir", "data/attachments")?
            .set_default("events.max_photo_bytes", 10 * 1_048_576)?
            .set_default("events.max_multipart_bytes", 40 * 1_048_576)?
            .set_default("events.scheduler_interval_seconds", 60)?
            .set_default("log.format", "pretty")?
            .set_default("log.filter", "info,sqlx=warn,sea_orm=warn")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_show_in_debug_output() {
        let mut settings = Settings::with_defaults().expect("defaults");
        settings.database.url = SecretString::from("postgres://gridgov_app:hunter2@db/gridgov");
        settings.auth.jwt_secret =
            Some(SecretString::from("a-very-secret-signing-key-of-32-bytes"));
        let printed = format!("{settings:?}");
        assert!(!printed.contains("hunter2"), "{printed}");
        assert!(!printed.contains("a-very-secret"), "{printed}");
    }
}
