//! What every request shares: the pool, the cache, the hasher, the token keys, the settings.

use crate::auth::{PasswordHasher, TokenKeys};
use crate::cache::SharedCache;
use crate::clock::Clock;
use crate::metrics::Metrics;
use crate::pii::Vault;
use crate::settings::Settings;
use crate::storage::SharedFileStore;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub cache: SharedCache,
    pub hasher: PasswordHasher,
    pub tokens: TokenKeys,
    pub settings: Arc<Settings>,
    pub metrics: Metrics,
    /// Seals and opens personal identifiers.
    pub vault: Vault,
    /// "Now" for deadlines and colours (tests stop it).
    pub clock: Clock,
    /// Event photos.
    pub files: SharedFileStore,
}
