//! Short-lived files in the cache: uploads waiting to be imported and prepared downloads
//! (exports). Keys are random and bound to the tenant; with Redis every replica sees them.

use crate::access::Access;
use crate::cache::Cache;
use crate::error::{AppError, AppResult};
use crate::settings::ArchiveSettings;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use entities::enums::ImportKind;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use std::time::Duration;
use uuid::Uuid;

fn random_token() -> String {
    let mut bytes = [0u8; 24];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

#[derive(Serialize, Deserialize)]
struct FileMeta {
    tenant_id: Uuid,
    user_id: Uuid,
    file_name: String,
    content_type: String,
    /// What an upload is for, when its sender said so; only an import of that kind takes it.
    #[serde(default)]
    purpose: Option<ImportKind>,
}

/// A stored file with its name and type.
pub struct StoredFile {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub user_id: Uuid,
    /// The import kind the upload was sent for, if its sender named one.
    pub purpose: Option<ImportKind>,
}

async fn put(
    cache: &dyn Cache,
    prefix: &str,
    meta: FileMeta,
    bytes: &[u8],
    ttl: Duration,
) -> AppResult<String> {
    let token = random_token();
    let meta = serde_json::to_string(&meta).map_err(AppError::internal)?;
    cache
        .set_bytes(&format!("{prefix}:data:{token}"), bytes, ttl)
        .await?;
    cache
        .set(&format!("{prefix}:meta:{token}"), &meta, Some(ttl))
        .await?;
    Ok(token)
}

async fn get(
    cache: &dyn Cache,
    prefix: &str,
    token: &str,
) -> AppResult<Option<(FileMeta, Vec<u8>)>> {
    let Some(meta) = cache.get(&format!("{prefix}:meta:{token}")).await? else {
        return Ok(None);
    };
    let meta: FileMeta = serde_json::from_str(&meta).map_err(AppError::internal)?;
    let bytes = cache.get_bytes(&format!("{prefix}:data:{token}")).await?;
    Ok(bytes.map(|b| (meta, b)))
}

/// Keeps an uploaded file for a later import; returns its id.
pub async fn store_upload(
    cache: &dyn Cache,
    access: &Access,
    purpose: Option<ImportKind>,
    file_name: &str,
    bytes: &[u8],
    ttl: Duration,
) -> AppResult<String> {
    let meta = FileMeta {
        tenant_id: access.tenant_id,
        user_id: access.user_id,
        file_name: clean_name(file_name),
        content_type: "application/octet-stream".into(),
        purpose,
    };
    put(cache, "upload", meta, bytes, ttl).await
}

/// Counts `bytes` against the caller's and the county's upload quotas for the files' lifetime
/// window; `RATE_LIMITED` (and nothing counted) when either would be exceeded. Uploads are kept
/// in the cache, so a quota is what stops one account from filling it.
pub async fn reserve_upload_quota(
    cache: &dyn Cache,
    settings: &ArchiveSettings,
    access: &Access,
    bytes: usize,
) -> AppResult<()> {
    let window = Duration::from_secs(settings.file_ttl_seconds.max(1));
    let size = i64::try_from(bytes).unwrap_or(i64::MAX);
    let quotas = [
        (
            format!("upload-quota:user:{}", access.user_id.simple()),
            settings.upload_quota_user_bytes,
            "you have uploaded too much in the last hour; try again later",
        ),
        (
            format!("upload-quota:tenant:{}", access.tenant_id.simple()),
            settings.upload_quota_tenant_bytes,
            "this county has uploaded too much in the last hour; try again later",
        ),
    ];
    let mut counted: Vec<&str> = Vec::new();
    for (key, quota, message) in &quotas {
        let used = cache.increment_by(key, size, window).await?;
        counted.push(key);
        if u64::try_from(used).unwrap_or(u64::MAX) > *quota {
            for key in counted {
                cache.increment_by(key, -size, window).await?;
            }
            return Err(AppError::RateLimited(message));
        }
    }
    Ok(())
}

/// An upload of this tenant, `None` when unknown, expired or another tenant's.
pub async fn upload(cache: &dyn Cache, tenant_id: Uuid, id: &str) -> AppResult<Option<StoredFile>> {
    Ok(get(cache, "upload", id).await?.and_then(|(meta, bytes)| {
        (meta.tenant_id == tenant_id).then_some(StoredFile {
            file_name: meta.file_name,
            content_type: meta.content_type,
            bytes,
            user_id: meta.user_id,
            purpose: meta.purpose,
        })
    }))
}

/// Keeps a prepared download; returns the token of its URL.
pub async fn store_download(
    cache: &dyn Cache,
    tenant_id: Uuid,
    user_id: Uuid,
    file_name: &str,
    content_type: &str,
    bytes: &[u8],
    ttl: Duration,
) -> AppResult<String> {
    let meta = FileMeta {
        tenant_id,
        user_id,
        file_name: clean_name(file_name),
        content_type: content_type.into(),
        purpose: None,
    };
    put(cache, "download", meta, bytes, ttl).await
}

/// A prepared download by its token. The token is the credential (as a signed URL would be):
/// 144 random bits, short-lived, made only for a caller who was allowed to export.
pub async fn download(cache: &dyn Cache, token: &str) -> AppResult<Option<StoredFile>> {
    Ok(get(cache, "download", token)
        .await?
        .map(|(meta, bytes)| StoredFile {
            purpose: meta.purpose,
            file_name: meta.file_name,
            content_type: meta.content_type,
            bytes,
            user_id: meta.user_id,
        }))
}

/// A file name without path parts or control characters, at most 200 characters.
pub fn clean_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let name: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    if name.trim().is_empty() {
        "upload".into()
    } else {
        name
    }
}
