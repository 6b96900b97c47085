//! argon2id password hashing with OWASP's parameters (19 MiB, 2 passes, 1 lane), at most N
//! hashes at once so a sign-in flood cannot exhaust memory or starve the runtime.

use crate::error::{AppError, AppResult};
use argon2::password_hash::{PasswordHash, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Params, PasswordVerifier, Version};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

#[derive(Clone)]
pub struct PasswordHasher {
    slots: Arc<Semaphore>,
    queue_timeout: Duration,
    /// A hash of a random password, verified against when the user does not exist so that a
    /// wrong username costs as much time as a wrong password.
    decoy: Arc<String>,
}

fn argon2() -> AppResult<Argon2<'static>> {
    let params =
        Params::new(19 * 1024, 2, 1, None).map_err(|e| AppError::internal(anyhow::anyhow!(e)))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_now(password: &str) -> AppResult<String> {
    use argon2::PasswordHasher as _;
    let salt = SaltString::generate(&mut OsRng);
    argon2()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::internal(anyhow::anyhow!(e)))
}

fn verify_now(password: &str, hash: &str) -> AppResult<bool> {
    let parsed = PasswordHash::new(hash).map_err(|e| AppError::internal(anyhow::anyhow!(e)))?;
    Ok(argon2()?
        .verify_password(password.as_bytes(), &parsed)
        .is_ok())
}

impl PasswordHasher {
    pub fn new(max_concurrent: usize, queue_timeout: Duration) -> AppResult<Self> {
        let decoy = hash_now(&uuid::Uuid::now_v7().to_string())?;
        Ok(Self {
            slots: Arc::new(Semaphore::new(max_concurrent.max(1))),
            queue_timeout,
            decoy: Arc::new(decoy),
        })
    }

    pub async fn hash(&self, password: &str) -> AppResult<String> {
        let password = password.to_string();
        self.run(move || hash_now(&password)).await
    }

    /// Verifies `password` against `hash`, or against a decoy when there is no user.
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> AppResult<bool> {
        let password = password.to_string();
        let known = hash.is_some();
        let hash = hash
            .map(str::to_string)
            .unwrap_or_else(|| self.decoy.to_string());
        let matched = self.run(move || verify_now(&password, &hash)).await?;
        Ok(known && matched)
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> AppResult<T> + Send + 'static,
    ) -> AppResult<T> {
        let permit = tokio::time::timeout(self.queue_timeout, self.slots.clone().acquire_owned())
            .await
            .map_err(|_| AppError::RateLimited("too many sign-ins at once; try again shortly"))?
            .map_err(AppError::internal)?;
        let result = tokio::task::spawn_blocking(work)
            .await
            .map_err(AppError::internal)?;
        drop(permit);
        result
    }
}
