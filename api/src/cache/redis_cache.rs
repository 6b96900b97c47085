//! The Redis cache: shared by every server process behind one address.

use super::{BUS_CAPACITY, BusMessage, Cache, CacheError, CacheResult};
use futures_util::StreamExt;
use redis::AsyncCommands;
use redis::aio::ConnectionManager;
use std::time::Duration;

pub struct RedisCache {
    connection: ConnectionManager,
    prefix: String,
    bus: tokio::sync::broadcast::Sender<BusMessage>,
}

fn failed(error: redis::RedisError) -> CacheError {
    CacheError(error.to_string())
}

fn millis(ttl: Duration) -> u64 {
    u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1)
}

impl RedisCache {
    pub async fn connect(url: &str, prefix: &str) -> CacheResult<Self> {
        let client = redis::Client::open(url).map_err(failed)?;
        let connection = ConnectionManager::new(client.clone())
            .await
            .map_err(failed)?;
        let bus = tokio::sync::broadcast::channel(BUS_CAPACITY).0;
        tokio::spawn(listen(client, format!("{prefix}bus:"), bus.clone()));
        Ok(Self {
            connection,
            prefix: prefix.to_string(),
            bus,
        })
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
        c.get(self.key(key)).await.map_err(failed)
    }

    async fn set_bytes(&self, key: &str, value: &[u8], ttl: Duration) -> CacheResult<()> {
        let mut c = self.connection.clone();
        c.pset_ex::<_, _, ()>(self.key(key), value, millis(ttl))
            .await
            .map_err(failed)
    }

    async fn get_bytes(&self, key: &str) -> CacheResult<Option<Vec<u8>>> {
        let mut c = self.connection.clone();
        c.get(self.key(key)).await.map_err(failed)
    }

    async fn exists_any(&self, keys: &[String]) -> CacheResult<bool> {
        if keys.is_empty() {
            return Ok(false);
        }
        let mut c = self.connection.clone();
        let full: Vec<String> = keys.iter().map(|k| self.key(k)).collect();
        let count: i64 = c.exists(full).await.map_err(failed)?;
        Ok(count > 0)
    }

    async fn set(&self, key: &str, value: &str, ttl: Option<Duration>) -> CacheResult<()> {
        let mut c = self.connection.clone();
        match ttl {
            Some(ttl) => {
                c.pset_ex::<_, _, ()>(self.key(key), value, millis(ttl))
                    .await
            }
            None => c.set::<_, _, ()>(self.key(key), value).await,
        }
        .map_err(failed)
    }

    async fn set_if_absent(&self, key: &str, value: &str, ttl: Duration) -> CacheResult<bool> {
        let mut c = self.connection.clone();
        let reply: Option<String> = redis::cmd("SET")
            .arg(self.key(key))
            .arg(value)
            .arg("NX")
            .arg("PX")
            .arg(millis(ttl))
            .query_async(&mut c)
            .await
            .map_err(failed)?;
        Ok(reply.is_some())
    }

    async fn delete(&self, key: &str) -> CacheResult<()> {
        let mut c = self.connection.clone();
        c.del::<_, ()>(self.key(key)).await.map_err(failed)
    }

    async fn increment(&self, key: &str, ttl: Duration) -> CacheResult<i64> {
        let mut c = self.connection.clone();
        let key = self.key(key);
        // INCR and a first-time PEXPIRE in one atomic step.
        let (count,): (i64,) = redis::pipe()
            .atomic()
            .incr(&key, 1)
            .cmd("PEXPIRE")
            .arg(&key)
            .arg(millis(ttl))
            .arg("NX")
            .ignore()
            .query_async(&mut c)
            .await
            .map_err(failed)?;
        Ok(count)
    }

    async fn publish(&self, topic: &str, message: &str) -> CacheResult<()> {
        let mut c = self.connection.clone();
        c.publish::<_, _, ()>(self.key(&format!("bus:{topic}")), message)
            .await
            .map_err(failed)
    }

    fn messages(&self) -> tokio::sync::broadcast::Receiver<BusMessage> {
        self.bus.subscribe()
    }

    async fn ping(&self) -> CacheResult<()> {
        let mut c = self.connection.clone();
        redis::cmd("PING")
            .query_async::<String>(&mut c)
            .await
            .map(|_| ())
            .map_err(failed)
    }

    fn backend(&self) -> &'static str {
        "redis"
    }
}
