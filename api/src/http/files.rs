//! Files over plain HTTP, beside GraphQL (whose bodies stay small): `POST /uploads` takes a
//! file to import (the raw bytes as the body, `?name=` its file name, `?kind=` the import it is
//! for — `residents`, `houses`, `staff`, `party-members` —, a bearer token) and answers
//! `{"uploadId": …}` for `startImport`; `GET /downloads/{token}` serves a prepared
//! export; `GET /templates/{kind}.xlsx|.csv` serves the import templates.

use crate::auth::Principal;
use crate::auth::principal::Rejected;
use crate::error::{AppError, ErrorCode};
use crate::graphql::RequestCtx;
use crate::service::archives::imports::{self, templates};
use crate::service::common::files;
use crate::state::AppState;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use futures_util::StreamExt;
use serde::Deserialize;
use std::time::Duration;

fn error(status: StatusCode, code: ErrorCode, message: &str) -> HttpResponse {
    HttpResponse::build(status).json(serde_json::json!({
        "error": { "code": code.as_str(), "message": message }
    }))
}

#[derive(Deserialize)]
pub struct UploadQuery {
    name: Option<String>,
    kind: Option<String>,
}

fn refusal(refused: &AppError) -> HttpResponse {
    error(
        refused.code().http_status(),
        refused.code(),
        &refused.message(),
    )
}

/// The signed-in caller of a file route; `UNAUTHENTICATED` (401) without valid credentials.
fn signed_in(principal: Result<Principal, Rejected>) -> Result<Principal, AppError> {
    let principal = principal.map_err(|Rejected(e)| e)?;
    principal.require()?;
    Ok(principal)
}

pub async fn upload(
    state: web::Data<AppState>,
    principal: Result<Principal, Rejected>,
    query: web::Query<UploadQuery>,
    mut payload: web::Payload,
) -> HttpResponse {
    let principal = match signed_in(principal) {
        Ok(principal) => principal,
        Err(e) => return refusal(&e),
    };
    let purpose = match query.kind.as_deref() {
        None => None,
        // The template's stem (`party-members`) or the GraphQL enum value (`PARTY_MEMBERS`).
        Some(stem) => match templates::kind_of_stem(&stem.to_ascii_lowercase().replace('_', "-")) {
            Some(kind) => Some(kind),
            None => {
                return error(
                    StatusCode::BAD_REQUEST,
                    ErrorCode::BadUserInput,
                    "kind is one of residents, houses, staff, party-members",
                );
            }
        },
    };
    let rc = RequestCtx::new(state.get_ref().clone(), principal);
    let access = match rc.access().await {
        Ok(access) => access.clone(),
        Err(e) => return refusal(&e),
    };
    if let Err(e) = rc.db.commit().await {
        tracing::error!(?e, "identity transaction failed");
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            "internal error",
        );
    }
    if let Err(e) = imports::may_upload(&access, purpose) {
        return refusal(&e);
    }
    let limit = state.settings.archives.max_upload_bytes;
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return error(
                StatusCode::BAD_REQUEST,
                ErrorCode::BadUserInput,
                "the body could not be read",
            );
        };
        if body.len() + chunk.len() > limit {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                &format!("a file may have at most {limit} bytes"),
            );
        }
        body.extend_from_slice(&chunk);
    }
    if body.is_empty() {
        return error(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadUserInput,
            "the file is empty",
        );
    }
    if let Err(e) = files::reserve_upload_quota(
        state.cache.as_ref(),
        &state.settings.archives,
        &access,
        body.len(),
    )
    .await
    {
        return refusal(&e);
    }
    let name = query.name.clone().unwrap_or_else(|| "upload".into());
    let ttl = Duration::from_secs(state.settings.archives.file_ttl_seconds);
    match files::store_upload(state.cache.as_ref(), &access, purpose, &name, &body, ttl).await {
        Ok(id) => HttpResponse::Created().json(serde_json::json!({
            "uploadId": id,
            "fileName": files::clean_name(&name),
            "size": body.len(),
        })),
        Err(e) => refusal(&e),
    }
}

fn attachment(file_name: &str) -> String {
    // RFC 6266 / 5987: an ASCII fallback and the UTF-8 name.
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = file_name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

pub async fn download(state: web::Data<AppState>, token: web::Path<String>) -> HttpResponse {
    match files::download(state.cache.as_ref(), &token).await {
        Ok(Some(file)) => HttpResponse::Ok()
            .content_type(file.content_type)
            .insert_header((header::CONTENT_DISPOSITION, attachment(&file.file_name)))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(file.bytes),
        Ok(None) => error(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            "no such download; it may have expired",
        ),
        Err(e) => refusal(&e),
    }
}

pub async fn template(file: web::Path<String>) -> HttpResponse {
    let (stem, xlsx) = match file.rsplit_once('.') {
        Some((stem, "xlsx")) => (stem, true),
        Some((stem, "csv")) => (stem, false),
        _ => {
            return error(
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                "no such template",
            );
        }
    };
    let Some(kind) = templates::kind_of_stem(stem) else {
        return error(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            "no such template",
        );
    };
    match templates::template(kind, xlsx) {
        Ok(bytes) => HttpResponse::Ok()
            .content_type(if xlsx {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            } else {
                "text/csv; charset=utf-8"
            })
            .insert_header((header::CONTENT_DISPOSITION, attachment(&file)))
            .body(bytes),
        Err(e) => {
            tracing::error!(?e, "template could not be written");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorCode::Internal,
                "internal error",
            )
        }
    }
}

/// `GET /attachments/{id}`: an event photo, for a caller who may see the event (bearer token).
pub async fn event_photo(
    state: web::Data<AppState>,
    principal: Result<Principal, Rejected>,
    path: web::Path<String>,
) -> HttpResponse {
    let principal = match signed_in(principal) {
        Ok(principal) => principal,
        Err(e) => return refusal(&e),
    };
    let Ok(id) = crate::domain::GlobalId::decode_as(
        &path.into_inner(),
        crate::domain::NodeType::EventAttachment,
        "attachment",
    ) else {
        return error(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            "attachment not found",
        );
    };
    let rc = RequestCtx::new(state.get_ref().clone(), principal);
    let fetched = async {
        let access = rc.access().await?;
        let conn = rc.conn().await?;
        crate::service::events::attachments::fetch(&rc.state, conn, access, id).await
    }
    .await;
    let _ = rc.db.commit().await;
    match fetched {
        Ok((attachment, bytes)) => HttpResponse::Ok()
            .content_type(attachment.content_type)
            .insert_header(("Cache-Control", "private, no-store"))
            .insert_header(("X-Content-Type-Options", "nosniff"))
            .body(bytes),
        Err(e) => refusal(&e),
    }
}
