//! Event photos: checked (type by content, not by name; size), kept in the file store, served
//! only to callers who may see the event.

use super::visible;
use crate::access::Access;
use crate::domain::{UserError, UserErrorCode};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::tenancy::TenantTx;
use chrono::{DateTime, Utc};
use entities::{event, event_attachment};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// An uploaded photo, as the client sent it.
#[derive(Debug, Clone)]
pub struct Photo {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// At most this many photos per request.
pub const MAX_PHOTOS: usize = 9;

/// The image type of `bytes` by its signature: JPEG, PNG or WebP.
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// Checks every photo; the user errors name each bad one (`photos.<n>`).
pub fn check(photos: &[Photo], max_bytes: usize) -> AppResult<()> {
    let mut errors = Vec::new();
    if photos.len() > MAX_PHOTOS {
        errors.push(UserError::new(
            "photos",
            UserErrorCode::InvalidValue,
            format!("至多 {MAX_PHOTOS} 张照片"),
        ));
    }
    for (i, photo) in photos.iter().enumerate() {
        let mut error = |message: String| {
            let mut e = UserError::new("photos", UserErrorCode::UnsupportedFile, message);
            e.field.push(i.to_string());
            errors.push(e);
        };
        if photo.bytes.len() > max_bytes {
            error(format!("照片不能超过 {} MB", max_bytes / 1_048_576));
        } else if photo.bytes.is_empty() || image_type(&photo.bytes).is_none() {
            error("只接受 JPEG、PNG 或 WebP 图片".into());
        }
    }
    crate::service::common::input::reject_if_any(errors)
}

fn clean_name(name: &str) -> String {
    let name: String = name
        .chars()
        .filter(|c| !c.is_control() && *c != '/' && *c != '\\')
        .take(200)
        .collect();
    if name.trim().is_empty() {
        "photo".into()
    } else {
        name
    }
}

/// Stores checked photos for `event` (linked to a history entry when given).
pub async fn store(
    state: &AppState,
    conn: &TenantTx,
    event: &event::Model,
    history_id: Option<Uuid>,
    uploaded_by: Option<Uuid>,
    photos: Vec<Photo>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    check(&photos, state.settings.events.max_photo_bytes)?;
    for photo in photos {
        let id = Uuid::now_v7();
        let key = format!("{}/{}/{}", event.tenant_id, event.id, id);
        let content_type = image_type(&photo.bytes).unwrap_or("application/octet-stream");
        state
            .files
            .put(&key, &photo.bytes)
            .await
            .map_err(AppError::internal)?;
        conn.insert_one(event_attachment::ActiveModel {
            tenant_id: Set(event.tenant_id),
            id: Set(id),
            event_id: Set(event.id),
            history_id: Set(history_id),
            file_name: Set(clean_name(&photo.file_name)),
            content_type: Set(content_type.into()),
            size_bytes: Set(i64::try_from(photo.bytes.len()).unwrap_or(i64::MAX)),
            storage_key: Set(key),
            uploaded_by: Set(uploaded_by),
            created_at: Set(now),
        })
        .exec_without_returning(conn)
        .await?;
    }
    Ok(())
}

pub async fn of_event(conn: &TenantTx, event_id: Uuid) -> AppResult<Vec<event_attachment::Model>> {
    Ok(conn
        .find::<event_attachment::Entity>()
        .filter(event_attachment::Column::EventId.eq(event_id))
        .order_by_asc(event_attachment::Column::CreatedAt)
        .all(conn)
        .await?)
}

/// A photo's bytes and type, if the caller may see its event (`NOT_FOUND` otherwise).
pub async fn fetch(
    state: &AppState,
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
) -> AppResult<(event_attachment::Model, Vec<u8>)> {
    let attachment = conn
        .find::<event_attachment::Entity>()
        .filter(event_attachment::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("attachment"))?;
    visible(conn, access, attachment.event_id)
        .await
        .map_err(|e| match e {
            AppError::NotFound(_) | AppError::Forbidden(_) => AppError::NotFound("attachment"),
            other => other,
        })?;
    let bytes = state
        .files
        .get(&attachment.storage_key)
        .await
        .map_err(AppError::internal)?
        .ok_or(AppError::NotFound("attachment"))?;
    Ok((attachment, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photos_are_recognised_by_their_content() {
        assert_eq!(image_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(image_type(b"\x89PNG\r\n\x1a\nrest"), Some("image/png"));
        assert_eq!(image_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(image_type(b"GIF89a"), None);
        assert_eq!(image_type(b"<svg></svg>"), None);
    }

    #[test]
    fn too_large_or_foreign_files_are_user_errors() {
        let jpeg = Photo {
            file_name: "a.jpg".into(),
            bytes: vec![0xFF, 0xD8, 0xFF, 0, 0],
        };
        assert!(check(std::slice::from_ref(&jpeg), 10).is_ok());
        assert!(check(std::slice::from_ref(&jpeg), 3).is_err());
        let text = Photo {
            file_name: "a.jpg".into(),
            bytes: b"hello".to_vec(),
        };
        assert!(check(&[text], 10).is_err());
    }
}
