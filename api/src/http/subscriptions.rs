//! `GET /graphql` with `Upgrade: websocket`: subscriptions over graphql-transport-ws (and the
//! older graphql-ws). The access token comes in `connection_init` as `{"token": "…"}` (or
//! `{"Authorization": "Bearer …"}`).
//!
//! A socket lives only as long as the sign-in behind it. It is closed with a
//! graphql-transport-ws close code when the access token expires (4401), when the bus
//! announces that its sign-in ended — sign-out, revocation, a disabled account, a changed role
//! (4401), a suspended county (4403) — and when no `connection_init` arrives in time (4408).

use crate::access::Access;
use crate::auth::{AccessClaims, Principal};
use crate::graphql::GridGovSchema;
use crate::graphql::events::subscription::Subscriber;
use crate::service::sessions::{self, SessionEnded};
use crate::state::AppState;
use actix_web::{HttpRequest, HttpResponse, web};
use actix_ws::{AggregatedMessage, CloseCode, CloseReason, Session};
use async_graphql::http::{WebSocket, WebSocketProtocols, WsMessage};
use futures_util::StreamExt;
use std::str::FromStr;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;
use tracing::Instrument;

/// How long a client has to send `connection_init` after the socket opens.
const INIT_TIMEOUT: Duration = Duration::from_secs(10);
/// How often the server pings, and how long a silent client is kept.
const HEARTBEAT: Duration = Duration::from_secs(20);
const CLIENT_TIMEOUT: Duration = Duration::from_secs(60);

pub async fn subscriptions(
    state: web::Data<AppState>,
    schema: web::Data<GridGovSchema>,
    request: HttpRequest,
    payload: web::Payload,
) -> actix_web::Result<HttpResponse> {
    let protocol = request
        .headers()
        .get("sec-websocket-protocol")
        .and_then(|value| value.to_str().ok())
        .and_then(|offered| {
            offered
                .split(',')
                .find_map(|p| WebSocketProtocols::from_str(p.trim()).ok())
        })
        .ok_or_else(|| {
            actix_web::error::ErrorBadRequest(
                "offer the WebSocket sub-protocol graphql-transport-ws",
            )
        })?;
    let (response, session, messages) =
        actix_ws::handle_with_protocols(&request, payload, &[protocol.sec_websocket_protocol()])?;
    let messages = messages
        .aggregate_continuations()
        .max_continuation_size(state.settings.server.max_body_bytes);
    // The socket's lines carry the request's span, and with it the caller once
    // `connection_init` has named them.
    actix_web::rt::spawn(
        serve(
            state.get_ref().clone(),
            schema.get_ref().clone(),
            protocol,
            session,
            messages,
        )
        .instrument(tracing::Span::current()),
    );
    Ok(response)
}

/// The caller behind a `connection_init` payload: a verified token (the same [`Principal`] as
/// every HTTP route's), a live sign-in.
async fn authenticate(
    state: &AppState,
    params: &serde_json::Value,
) -> async_graphql::Result<(AccessClaims, Access)> {
    let token = params
        .get("token")
        .and_then(|t| t.as_str())
        .or_else(|| {
            params
                .get("Authorization")
                .and_then(|t| t.as_str())
                .and_then(|t| t.strip_prefix("Bearer "))
        })
        .map(str::trim)
        .ok_or_else(|| async_graphql::Error::new("send your access token in connection_init"))?;
    let principal = Principal::from_token(&state.tokens, Some(token))?;
    let claims = principal.require()?.clone();
    let access = load_access(state, &claims).await?;
    Ok((claims, access))
}

async fn load_access(state: &AppState, claims: &AccessClaims) -> crate::error::AppResult<Access> {
    crate::tenancy::read_apart(&state.db, async |db| {
        db.enter_tenant(claims.tid).await?;
        crate::service::identity::load(db.conn().await?, state.cache.as_ref(), claims).await
    })
    .await
}

async fn close(session: Session, code: u16, description: &str) {
    tracing::info!(code, reason = description, "socket closed");
    let _ = session
        .close(Some(CloseReason {
            code: CloseCode::Other(code),
            description: Some(description.to_string()),
        }))
        .await;
}

/// Until `claims` (once known) expire; forever before.
async fn expiry(claims: Option<&AccessClaims>) {
    match claims {
        Some(claims) => {
            let left = claims.exp - chrono::Utc::now().timestamp();
            tokio::time::sleep(Duration::from_secs(u64::try_from(left).unwrap_or(0))).await;
        }
        None => std::future::pending().await,
    }
}

/// The claims of a successful `connection_init`; `None` if it failed.
async fn signed_in(
    receiver: &mut Option<tokio::sync::oneshot::Receiver<AccessClaims>>,
) -> Option<AccessClaims> {
    match receiver {
        Some(receiver) => receiver.await.ok(),
        None => std::future::pending().await,
    }
}

async fn serve(
    state: AppState,
    schema: GridGovSchema,
    protocol: WebSocketProtocols,
    mut session: Session,
    mut messages: actix_ws::AggregatedMessageStream,
) {
    let (input, input_rx) = tokio::sync::mpsc::channel::<Vec<u8>>(16);
    let (verified_tx, signed_in_rx) = tokio::sync::oneshot::channel::<AccessClaims>();
    let init_state = state.clone();
    let graphql = WebSocket::new(
        schema,
        futures_util::stream::unfold(input_rx, |mut rx| async move {
            rx.recv().await.map(|frame| (frame, rx))
        }),
        protocol,
    )
    .on_connection_init(move |params| async move {
        let (claims, access) = authenticate(&init_state, &params).await?;
        let _ = verified_tx.send(claims);
        let mut data = async_graphql::Data::default();
        data.insert(Subscriber {
            access,
            state: init_state,
        });
        Ok(data)
    });
    let mut graphql = std::pin::pin!(graphql);
    let mut signed_in_rx = Some(signed_in_rx);
    let mut claims: Option<AccessClaims> = None;
    let mut bus = state.cache.messages();
    let init_deadline = tokio::time::sleep(INIT_TIMEOUT);
    let mut init_deadline = std::pin::pin!(init_deadline);
    // The first ping after one period, not at once: a new socket has just been heard from.
    let mut heartbeat =
        tokio::time::interval_at(tokio::time::Instant::now() + HEARTBEAT, HEARTBEAT);
    let mut last_heard = tokio::time::Instant::now();

    loop {
        tokio::select! {
            frame = messages.recv() => {
                last_heard = tokio::time::Instant::now();
                let bytes = match frame {
                    Some(Ok(AggregatedMessage::Text(text))) => text.into_bytes().to_vec(),
                    Some(Ok(AggregatedMessage::Binary(bytes))) => bytes.to_vec(),
                    Some(Ok(AggregatedMessage::Ping(bytes))) => {
                        if session.pong(&bytes).await.is_err() {
                            return;
                        }
                        continue;
                    }
                    Some(Ok(AggregatedMessage::Pong(_))) => continue,
                    Some(Ok(AggregatedMessage::Close(_))) | Some(Err(_)) | None => {
                        let _ = session.close(None).await;
                        return;
                    }
                };
                if input.send(bytes).await.is_err() {
                    let _ = session.close(None).await;
                    return;
                }
            }
            out = graphql.next() => match out {
                Some(WsMessage::Text(text)) => {
                    if session.text(text).await.is_err() {
                        return;
                    }
                }
                Some(WsMessage::Close(code, reason)) => return close(session, code, &reason).await,
                None => {
                    let _ = session.close(None).await;
                    return;
                }
            },
            verified = signed_in(&mut signed_in_rx), if signed_in_rx.is_some() => {
                signed_in_rx = None;
                claims = verified;
            }
            message = bus.recv(), if claims.is_some() => {
                let Some(current) = claims.as_ref() else { continue };
                match message {
                    Ok(message) if message.topic == sessions::TOPIC => {
                        if let Ok(ended) = serde_json::from_str::<SessionEnded>(&message.body)
                            && ended.ends(current)
                        {
                            return close(session, ended.reason.close_code(), ended.reason.describe()).await;
                        }
                    }
                    // Missed messages may have ended this sign-in: ask again.
                    Err(RecvError::Lagged(_)) => {
                        if let Err(error) = load_access(&state, current).await {
                            return close(session, 4401, &error.message()).await;
                        }
                    }
                    Err(RecvError::Closed) => bus = state.cache.messages(),
                    Ok(_) => {}
                }
            }
            () = expiry(claims.as_ref()) => {
                return close(session, 4401, "the access token expired; sign in again").await;
            }
            () = &mut init_deadline, if claims.is_none() => {
                return close(session, 4408, "connection initialisation timeout").await;
            }
            _ = heartbeat.tick() => {
                if last_heard.elapsed() > CLIENT_TIMEOUT || session.ping(b"").await.is_err() {
                    let _ = session.close(None).await;
                    return;
                }
            }
        }
    }
}
