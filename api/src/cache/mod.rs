//! The cache/bus: short-lived shared state (token revocation, sign-in failure counters; later
//! rate limits, scheduler locks and pub/sub). Redis in production; without `REDIS_URL` an
//! in-process implementation serves a single process.

mod memory;
mod redis_cache;

pub use memory::MemoryCache;
pub use redis_cache::RedisCache;

use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
#[error("cache unavailable: {0}")]
pub struct CacheError(pub String);

pub type CacheResult<T> = Result<T, CacheError>;

#[async_trait::async_trait]
pub trait Cache: Send + Sync + 'static {
    async fn get(&self, key: &str) -> CacheResult<Option<String>>;
    /// Whether any of `keys` is set (one round trip).
    async fn exists_any(&self, keys: &[String]) -> CacheResult<bool>;
    async fn set(&self, key: &str, value: &str, ttl: Option<Duration>) -> CacheResult<()>;
    /// Sets the key only if it is absent; true when this call set it (a lock or a once-flag).
    async fn set_if_absent(&self, key: &str, value: &str, ttl: Duration) -> CacheResult<bool>;
    async fn delete(&self, key: &str) -> CacheResult<()>;
    /// Adds `by` (which may be negative) to a counter; the TTL starts with the counter's first
    /// change.
    async fn increment_by(&self, key: &str, by: i64, ttl: Duration) -> CacheResult<i64>;
    /// Adds one to a counter.
    async fn increment(&self, key: &str, ttl: Duration) -> CacheResult<i64> {
        self.increment_by(key, 1, ttl).await
    }
    /// A file-sized value (an upload, a prepared download) that expires after `ttl`.
    async fn set_bytes(&self, key: &str, value: &[u8], ttl: Duration) -> CacheResult<()>;
    async fn get_bytes(&self, key: &str) -> CacheResult<Option<Vec<u8>>>;
    /// Publishes `message` on the bus under `topic`: every server process's
    /// [`Cache::messages`] receives it (Redis pub/sub; in-process without Redis).
    async fn publish(&self, topic: &str, message: &str) -> CacheResult<()>;
    /// This process's feed of bus messages. A slow receiver may miss messages (it learns so
    /// from the channel's `Lagged` error), never blocks the bus.
    fn messages(&self) -> tokio::sync::broadcast::Receiver<BusMessage>;
    /// Reachable? (for `/readyz`)
    async fn ping(&self) -> CacheResult<()>;
    fn backend(&self) -> &'static str;
}

pub type SharedCache = Arc<dyn Cache>;

/// A message of the bus: its topic and body.
#[derive(Debug, Clone, PartialEq)]
pub struct BusMessage {
    pub topic: String,
    pub body: String,
}

/// How many messages a slow subscriber may fall behind before it misses some.
pub(crate) const BUS_CAPACITY: usize = 1024;

/// Redis when a URL is given (connected lazily, each command bounded by `timeout`), else the
/// in-process cache.
pub fn connect(url: Option<&str>, prefix: &str, timeout: Duration) -> CacheResult<SharedCache> {
    match url {
        Some(url) => Ok(Arc::new(RedisCache::connect(url, prefix, timeout)?)),
        None => Ok(Arc::new(MemoryCache::new())),
    }
}
