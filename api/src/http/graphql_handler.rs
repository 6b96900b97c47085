//! `POST /graphql`: reads a bounded body, refuses batches, verifies the bearer token, runs the
//! document in the request's transaction, and commits it (or rolls it back after an internal
//! error). `GET /graphql` in a browser opens GraphiQL.

use super::request_span;
use crate::auth::Principal;
use crate::auth::principal::Rejected;
use crate::error::ErrorCode;
use crate::graphql::{ChildCountLoader, GridGovSchema, RegionLoader, RequestCtx};
use crate::state::AppState;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use async_graphql::dataloader::DataLoader;
use async_graphql::http::GraphiQLSource;
use futures_util::StreamExt;
use std::sync::Arc;

fn error_body(message: &str, code: ErrorCode) -> serde_json::Value {
    serde_json::json!({ "errors": [{ "message": message, "extensions": { "code": code.as_str() } }] })
}

fn refuse(
    state: &AppState,
    status: actix_web::http::StatusCode,
    message: &str,
    code: ErrorCode,
) -> HttpResponse {
    state
        .metrics
        .graphql_errors
        .with_label_values(&[code.as_str()])
        .inc();
    HttpResponse::build(status).json(error_body(message, code))
}

/// GraphiQL: the frontend's bundled build (works offline), or async-graphql's page, which
/// loads GraphiQL from a CDN, when the API runs without the frontend.
pub async fn graphiql(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let bundled = std::path::Path::new(&state.settings.server.frontend_dir).join("graphiql.html");
    if let Ok(file) = actix_files::NamedFile::open_async(&bundled).await {
        return file.into_response(&request);
    }
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(
            GraphiQLSource::build()
                .endpoint("/graphql")
                .title("GridGov GraphQL")
                .finish(),
        )
}

pub async fn execute(
    state: web::Data<AppState>,
    schema: web::Data<GridGovSchema>,
    principal: Result<Principal, Rejected>,
    request: HttpRequest,
    mut payload: web::Payload,
) -> HttpResponse {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|ct| ct.starts_with("multipart/form-data"))
        .map(str::to_string);
    // A multipart request (GraphQL multipart request spec) carries photos: its own, larger limit.
    let limit = if multipart.is_some() {
        state.settings.events.max_multipart_bytes
    } else {
        state.settings.server.max_body_bytes
    };
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return refuse(
                &state,
                actix_web::http::StatusCode::BAD_REQUEST,
                "the request body could not be read",
                ErrorCode::BadUserInput,
            );
        };
        if body.len() + chunk.len() > limit {
            return refuse(
                &state,
                actix_web::http::StatusCode::PAYLOAD_TOO_LARGE,
                &format!("the request body exceeds {limit} bytes"),
                ErrorCode::PayloadTooLarge,
            );
        }
        body.extend_from_slice(&chunk);
    }
    let gql_request: async_graphql::Request = if let Some(content_type) = multipart {
        let options = async_graphql::http::MultipartOptions::default()
            .max_file_size(state.settings.events.max_photo_bytes)
            .max_num_files(crate::service::events::attachments::MAX_PHOTOS);
        match async_graphql::http::receive_batch_body(Some(content_type), &body[..], options).await
        {
            Ok(async_graphql::BatchRequest::Single(request)) => request,
            Ok(async_graphql::BatchRequest::Batch(_)) => {
                return refuse(
                    &state,
                    actix_web::http::StatusCode::BAD_REQUEST,
                    "batched requests are not supported",
                    ErrorCode::QueryRejected,
                );
            }
            Err(error) => {
                return refuse(
                    &state,
                    actix_web::http::StatusCode::BAD_REQUEST,
                    &format!("the multipart request is malformed: {error}"),
                    ErrorCode::BadUserInput,
                );
            }
        }
    } else {
        let value: serde_json::Value = match serde_json::from_slice(&body) {
            Ok(value) => value,
            Err(_) => {
                return refuse(
                    &state,
                    actix_web::http::StatusCode::BAD_REQUEST,
                    "the body is not JSON",
                    ErrorCode::BadUserInput,
                );
            }
        };
        if value.is_array() {
            return refuse(
                &state,
                actix_web::http::StatusCode::BAD_REQUEST,
                "batched requests are not supported",
                ErrorCode::QueryRejected,
            );
        }
        match serde_json::from_value(value) {
            Ok(r) => r,
            Err(_) => {
                return refuse(
                    &state,
                    actix_web::http::StatusCode::BAD_REQUEST,
                    "the body is not a GraphQL request",
                    ErrorCode::BadUserInput,
                );
            }
        }
    };

    // A token that does not verify is refused like any GraphQL error (HTTP 200, a code).
    let principal = match principal {
        Ok(principal) => principal,
        Err(Rejected(error)) => {
            return refuse(
                &state,
                actix_web::http::StatusCode::OK,
                &error.message(),
                ErrorCode::Unauthenticated,
            );
        }
    };
    let request_id = request_span::request_id(&request);

    let rc = Arc::new(RequestCtx::new(state.get_ref().clone(), principal));
    let loader = DataLoader::new(ChildCountLoader::new(&rc), tokio::spawn);
    let regions = DataLoader::new(RegionLoader::new(&rc), tokio::spawn);
    let gql_request = crate::graphql::loaders::register(
        gql_request.data(rc.clone()).data(loader).data(regions),
        &rc,
    );
    // A request is bounded in time end to end: when the bound passes, the execution is
    // dropped, and with it the transaction (rolled back) and its connection.
    let timeout = std::time::Duration::from_millis(state.settings.server.request_timeout_ms);
    let executed = tokio::time::timeout(
        timeout,
        crate::request_context::scope(request_id.clone(), schema.execute(gql_request)),
    )
    .await;
    let Ok(mut response) = executed else {
        drop(rc);
        tracing::warn!(?timeout, "a request ran out of time and was stopped");
        return refuse(
            &state,
            actix_web::http::StatusCode::SERVICE_UNAVAILABLE,
            "the request took too long and was stopped; nothing it changed was kept",
            ErrorCode::Timeout,
        );
    };

    for error in &mut response.errors {
        let extensions = error.extensions.get_or_insert_with(Default::default);
        if extensions.get("code").is_none() {
            extensions.set("code", ErrorCode::BadUserInput.as_str());
        }
        if let Some(async_graphql::Value::String(code)) = extensions.get("code") {
            state
                .metrics
                .graphql_errors
                .with_label_values(&[code.as_str()])
                .inc();
        }
    }
    let has_code = |code: ErrorCode| {
        response.errors.iter().any(|e| {
            matches!(e.extensions.as_ref().and_then(|x| x.get("code")), Some(async_graphql::Value::String(c)) if c == code.as_str())
        })
    };
    // A dependency that is down makes the whole answer retryable (HTTP 503, as a proxy would
    // say it), and like a fault it keeps nothing of what the request wrote.
    let unavailable = has_code(ErrorCode::ServiceUnavailable);
    let failed = unavailable || has_code(ErrorCode::Internal);
    let finished = match Arc::try_unwrap(rc) {
        Ok(rc) if failed => {
            drop(rc);
            Ok(())
        }
        Ok(rc) => rc.db.commit().await,
        Err(_) => Err(crate::error::AppError::internal(anyhow::anyhow!(
            "the request's transaction is still in use"
        ))),
    };
    if let Err(error) = finished {
        tracing::error!(?error, "the request's transaction could not be committed");
        return refuse(
            &state,
            actix_web::http::StatusCode::INTERNAL_SERVER_ERROR,
            "internal error",
            ErrorCode::Internal,
        );
    }
    if unavailable {
        return HttpResponse::ServiceUnavailable()
            .insert_header((header::RETRY_AFTER, "5"))
            .json(response);
    }
    HttpResponse::Ok().json(response)
}
