//! Where event photos are kept: a file store behind a trait, so that an object store (S3,
//! OSS, MinIO) can replace the local disk without touching the services.

use std::path::PathBuf;
use std::sync::Arc;

#[async_trait::async_trait]
pub trait FileStore: Send + Sync + 'static {
    async fn put(&self, key: &str, bytes: &[u8]) -> anyhow::Result<()>;
    /// `None` when no file has that key.
    async fn get(&self, key: &str) -> anyhow::Result<Option<Vec<u8>>>;
}

pub type SharedFileStore = Arc<dyn FileStore>;

/// Files under a directory, one per key. Keys are made by the server (`tenant/event/uuid`),
/// never by a client; anything else is refused rather than trusted.
pub struct LocalDisk {
    root: PathBuf,
}

impl LocalDisk {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    fn path(&self, key: &str) -> anyhow::Result<PathBuf> {
        let safe = !key.is_empty()
            && key.split('/').all(|part| {
                !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        anyhow::ensure!(
            safe,
            "a file key must be path segments of letters, digits and '-'"
        );
        Ok(self.root.join(key))
    }
}

#[async_trait::async_trait]
impl FileStore for LocalDisk {
    async fn put(&self, key: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let path = self.path(key)?;
        if let Some(parent) = path.parent() {
            tokio::fs::create_dir_all(parent).await?;
        }
        // Write aside, then rename: a reader never sees half a photo.
        let partial = path.with_extension("partial");
        tokio::fs::write(&partial, bytes).await?;
        tokio::fs::rename(&partial, &path).await?;
        Ok(())
    }

    async fn get(&self, key: &str) -> anyhow::Result<Option<Vec<u8>>> {
        match tokio::fs::read(self.path(key)?).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
}
