//! Short-lived files in the cache: uploads waiting to be imported and prepared downloads
//! (exports). Keys are random and bound to the tenant; with Redis every replica sees them.

use crate::cache::Cache;
use crate::error::{AppError, AppResult};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
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
}

/// A stored file with its name and type.
pub struct StoredFile {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub user_id: Uuid,
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
        .await
        .map_err(AppError::internal)?;
    cache
        .set(&format!("{prefix}:meta:{token}"), &meta, Some(ttl))
        .await
        .map_err(AppError::internal)?;
    Ok(token)
}

async fn get(
    cache: &dyn Cache,
    prefix: &str,
    token: &str,
) -> AppResult<Option<(FileMeta, Vec<u8>)>> {
    let Some(meta) = cache
        .get(&format!("{prefix}:meta:{token}"))
        .await
        .map_err(AppError::internal)?
    else {
        return Ok(None);
    };
    let meta: FileMeta = serde_json::from_str(&meta).map_err(AppError::internal)?;
    let bytes = cache
        .get_bytes(&format!("{prefix}:data:{token}"))
        .await
        .map_err(AppError::internal)?;
    Ok(bytes.map(|b| (meta, b)))
}

/// Keeps an uploaded file for a later import; returns its id.
pub async fn store_upload(
    cache: &dyn Cache,
    tenant_id: Uuid,
    user_id: Uuid,
    file_name: &str,
    bytes: &[u8],
    ttl: Duration,
) -> AppResult<String> {
    let meta = FileMeta {
        tenant_id,
        user_id,
        file_name: clean_name(file_name),
        content_type: "application/octet-stream".into(),
    };
    put(cache, "upload", meta, bytes, ttl).await
}

/// An upload of this tenant, `None` when unknown, expired or another tenant's.
pub async fn upload(cache: &dyn Cache, tenant_id: Uuid, id: &str) -> AppResult<Option<StoredFile>> {
    Ok(get(cache, "upload", id).await?.and_then(|(meta, bytes)| {
        (meta.tenant_id == tenant_id).then_some(StoredFile {
            file_name: meta.file_name,
            content_type: meta.content_type,
            bytes,
            user_id: meta.user_id,
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
    };
    put(cache, "download", meta, bytes, ttl).await
}

/// A prepared download by its token. The token is the credential (as a signed URL would be):
/// 144 random bits, short-lived, made only for a caller who was allowed to export.
pub async fn download(cache: &dyn Cache, token: &str) -> AppResult<Option<StoredFile>> {
    Ok(get(cache, "download", token)
        .await?
        .map(|(meta, bytes)| StoredFile {
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
