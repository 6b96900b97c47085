//! The Redis cache: shared by every server process behind one address.

use super::{BUS_CAPACITY, BusMessage, Cache, CacheError, CacheResult};
use futures_util::StreamExt;
use redis::AsyncCommands;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use std::future::Future;
use std::time::Duration;

pub struct RedisCache {
    connection: ConnectionManager,
    prefix: String,
    bus: tokio::sync::broadcast::Sender<BusMessage>,
    /// The bound of one command, reconnecting included: a Redis that is away costs a request
    /// this long at most, then it answers `SERVICE_UNAVAILABLE`.
    timeout: Duration,
}

fn failed(error: redis::RedisError) -> CacheError {
    CacheError(error.to_string())
}

fn millis(ttl: Duration) -> u64 {
    u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1)
}

impl RedisCache {
    /// Connects lazily: the server starts while Redis is away (and reports not ready until it
    /// is reachable); every command then reconnects if it must, within `timeout`.
    pub fn connect(url: &str, prefix: &str, timeout: Duration) -> CacheResult<Self> {
        let client = redis::Client::open(url).map_err(failed)?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(timeout))
            .set_response_timeout(Some(timeout))
            .set_number_of_retries(1)
            .set_max_delay(timeout / 4);
        let connection =
            ConnectionManager::new_lazy_with_config(client.clone(), config).map_err(failed)?;
        let bus = tokio::sync::broadcast::channel(BUS_CAPACITY).0;
        tokio::spawn(listen(client, format!("{prefix}bus:"), bus.clone()));
        Ok(Self {
            connection,
            prefix: prefix.to_string(),
            bus,
            timeout,
        })
    }

    /// Runs one command within the cache's time bound.
    async fn bounded<T>(
        &self,
        command: impl Future<Output = redis::RedisResult<T>>,
    ) -> CacheResult<T> {
        match tokio::time::timeout(self.timeout * 2, command).await {
            Ok(result) => result.map_err(failed),
            Err(_) => Err(CacheError("Redis did not answer in time".into())),
        }
    }

    fn key(&self, key: &str) -> String {
        format!("{}{}", self.prefix, key)
    }
}

/// Forwards this prefix's bus messages from Redis to the process's receivers, reconnecting
/// after a failure (messages published while disconnected are lost: subscribers refetch).
async fn listen(
    client: redis::Client,
    channel_prefix: String,
    bus: tokio::sync::broadcast::Sender<BusMessage>,
) {
    loop {
        match client.get_async_pubsub().await {
            Ok(mut pubsub) => {
                if let Err(error) = pubsub.psubscribe(format!("{channel_prefix}*")).await {
                    tracing::warn!(%error, "cannot subscribe to the Redis bus");
                } else {
                    let mut stream = pubsub.on_message();
                    while let Some(message) = stream.next().await {
                        let channel = message.get_channel_name().to_string();
                        let Ok(body) = message.get_payload::<String>() else {
                            continue;
                        };
                        let topic = channel
                            .strip_prefix(&channel_prefix)
                            .unwrap_or(&channel)
                            .to_string();
                        let _ = bus.send(BusMessage { topic, body });
                    }
                    tracing::warn!("the Redis bus subscription ended; reconnecting");
                }
            }
            Err(error) => tracing::warn!(%error, "cannot reach Redis for the bus"),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[async_trait::async_trait]
impl Cache for RedisCache {
    async fn get(&self, key: &str) -> CacheResult<Option<String>> {
        let mut c = self.connection.clone();
        self.bounded(c.get(self.key(key))).await
    }

    async fn set_bytes(&self, key: &str, value: &[u8], ttl: Duration) -> CacheResult<()> {
        let mut c = self.connection.clone();
        self.bounded(c.pset_ex::<_, _, ()>(self.key(key), value, millis(ttl)))
            .await
    }

    async fn get_bytes(&self, key: &str) -> CacheResult<Option<Vec<u8>>> {
        let mut c = self.connection.clone();
        self.bounded(c.get(self.key(key))).await
    }

    async fn exists_any(&self, keys: &[String]) -> CacheResult<bool> {
        if keys.is_empty() {
            return Ok(false);
        }
        let mut c = self.connection.clone();
        let full: Vec<String> = keys.iter().map(|k| self.key(k)).collect();
        let count: i64 = self.bounded(c.exists(full)).await?;
        Ok(count > 0)
    }

    async fn set(&self, key: &str, value: &str, ttl: Option<Duration>) -> CacheResult<()> {
        let mut c = self.connection.clone();
        let key = self.key(key);
        match ttl {
            Some(ttl) => {
                self.bounded(c.pset_ex::<_, _, ()>(key, value, millis(ttl)))
                    .await
            }
            None => self.bounded(c.set::<_, _, ()>(key, value)).await,
        }
    }

    async fn set_if_absent(&self, key: &str, value: &str, ttl: Duration) -> CacheResult<bool> {
        let mut c = self.connection.clone();
        let mut command = redis::cmd("SET");
        command
            .arg(self.key(key))
            .arg(value)
            .arg("NX")
            .arg("PX")
            .arg(millis(ttl));
        let reply: Option<String> = self.bounded(command.query_async(&mut c)).await?;
        Ok(reply.is_some())
    }

    async fn delete(&self, key: &str) -> CacheResult<()> {
        let mut c = self.connection.clone();
        self.bounded(c.del::<_, ()>(self.key(key))).await
    }

    async fn increment_by(&self, key: &str, by: i64, ttl: Duration) -> CacheResult<i64> {
        let mut c = self.connection.clone();
        let key = self.key(key);
        // INCR and a first-time PEXPIRE in one atomic step.
        let mut pipe = redis::pipe();
        pipe.atomic()
            .incr(&key, by)
            .cmd("PEXPIRE")
            .arg(&key)
            .arg(millis(ttl))
            .arg("NX")
            .ignore();
        let (count,): (i64,) = self.bounded(pipe.query_async(&mut c)).await?;
        Ok(count)
    }

    async fn publish(&self, topic: &str, message: &str) -> CacheResult<()> {
        let mut c = self.connection.clone();
        self.bounded(c.publish::<_, _, ()>(self.key(&format!("bus:{topic}")), message))
            .await
    }

    fn messages(&self) -> tokio::sync::broadcast::Receiver<BusMessage> {
        self.bus.subscribe()
    }

    async fn ping(&self) -> CacheResult<()> {
        let mut c = self.connection.clone();
        self.bounded(redis::cmd("PING").query_async::<String>(&mut c))
            .await
            .map(|_| ())
    }

    fn backend(&self) -> &'static str {
        "redis"
    }
}
