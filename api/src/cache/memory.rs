//! The in-process cache: a map with expiry times. One process only.

use super::{BUS_CAPACITY, BusMessage, Cache, CacheResult};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct MemoryCache {
    entries: Mutex<HashMap<String, Entry>>,
    blobs: Mutex<HashMap<String, (Vec<u8>, Instant)>>,
    bus: tokio::sync::broadcast::Sender<BusMessage>,
}

impl Default for MemoryCache {
    fn default() -> Self {
        Self {
            entries: Mutex::default(),
            blobs: Mutex::default(),
            bus: tokio::sync::broadcast::channel(BUS_CAPACITY).0,
        }
    }
}

struct Entry {
    value: String,
    expires: Option<Instant>,
}

impl Entry {
    fn live(&self, now: Instant) -> bool {
        self.expires.is_none_or(|at| at > now)
    }
}

impl MemoryCache {
    pub fn new() -> Self {
        Self::default()
    }

    fn with<T>(&self, f: impl FnOnce(&mut HashMap<String, Entry>, Instant) -> T) -> T {
        // A poisoned lock only means another thread panicked mid-update of a cache entry; the
        // map itself is still usable.
        let mut map = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if map.len() > 10_000 {
            map.retain(|_, e| e.live(now));
        }
        f(&mut map, now)
    }
}

#[async_trait::async_trait]
impl Cache for MemoryCache {
    async fn set_bytes(&self, key: &str, value: &[u8], ttl: Duration) -> CacheResult<()> {
        let mut blobs = self.blobs.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        blobs.retain(|_, (_, expires)| *expires > now);
        blobs.insert(key.to_string(), (value.to_vec(), now + ttl));
        Ok(())
    }

    async fn get_bytes(&self, key: &str) -> CacheResult<Option<Vec<u8>>> {
        let blobs = self.blobs.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        Ok(blobs
            .get(key)
            .filter(|(_, expires)| *expires > now)
            .map(|(value, _)| value.clone()))
    }

    async fn get(&self, key: &str) -> CacheResult<Option<String>> {
        Ok(self.with(|map, now| {
            map.get(key)
                .filter(|e| e.live(now))
                .map(|e| e.value.clone())
        }))
    }

    async fn exists_any(&self, keys: &[String]) -> CacheResult<bool> {
        Ok(self.with(|map, now| keys.iter().any(|k| map.get(k).is_some_and(|e| e.live(now)))))
    }

    async fn set(&self, key: &str, value: &str, ttl: Option<Duration>) -> CacheResult<()> {
        self.with(|map, now| {
            map.insert(
                key.to_string(),
                Entry {
                    value: value.to_string(),
                    expires: ttl.map(|t| now + t),
                },
            );
        });
        Ok(())
    }

    async fn set_if_absent(&self, key: &str, value: &str, ttl: Duration) -> CacheResult<bool> {
        Ok(self.with(|map, now| {
            if map.get(key).is_some_and(|e| e.live(now)) {
                return false;
            }
            map.insert(
                key.to_string(),
                Entry {
                    value: value.to_string(),
                    expires: Some(now + ttl),
                },
            );
            true
        }))
    }

    async fn delete(&self, key: &str) -> CacheResult<()> {
        self.with(|map, _| map.remove(key));
        Ok(())
    }

    async fn increment_by(&self, key: &str, by: i64, ttl: Duration) -> CacheResult<i64> {
        Ok(self.with(|map, now| {
            let entry = map.entry(key.to_string()).or_insert_with(|| Entry {
                value: "0".into(),
                expires: Some(now + ttl),
            });
            if !entry.live(now) {
                *entry = Entry {
                    value: "0".into(),
                    expires: Some(now + ttl),
                };
            }
            let next = entry.value.parse::<i64>().unwrap_or(0).saturating_add(by);
            entry.value = next.to_string();
            next
        }))
    }

    async fn publish(&self, topic: &str, message: &str) -> CacheResult<()> {
        // No receiver is not an error: nobody is listening.
        let _ = self.bus.send(BusMessage {
            topic: topic.to_string(),
            body: message.to_string(),
        });
        Ok(())
    }

    fn messages(&self) -> tokio::sync::broadcast::Receiver<BusMessage> {
        self.bus.subscribe()
    }

    async fn ping(&self) -> CacheResult<()> {
        Ok(())
    }

    fn backend(&self) -> &'static str {
        "memory"
    }
}
