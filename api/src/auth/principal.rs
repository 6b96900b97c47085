//! Who presents a request — the one place where credentials become a caller. Every route takes
//! a [`Principal`] as an actix extractor (GraphQL over HTTP, uploads, templates, attachments,
//! downloads), and the WebSocket builds one from its `connection_init` payload with
//! [`Principal::from_token`]; the same value then decides when a socket's sign-in has ended.
//! Today's credentials are a user's access token; a machine client's token becomes a variant of
//! its own here, not another token check in a handler.

use super::{AccessClaims, TokenKeys};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use std::future::{Ready, ready};
use uuid::Uuid;

/// The verified credentials of a request.
#[derive(Debug, Clone)]
pub enum Principal {
    /// No credentials were presented.
    Anonymous,
    /// A user, by a verified access token (signature and expiry; whether the sign-in is still
    /// live is the identity's business, checked on every request).
    User(AccessClaims),
}

impl Principal {
    /// The principal of a presented token (`None`: nothing presented); `UNAUTHENTICATED` for a
    /// token that does not verify.
    /// A verified caller is named — county and user, by id — on the current request's span, so
    /// every log line of the request carries them.
    pub fn from_token(tokens: &TokenKeys, token: Option<&str>) -> AppResult<Self> {
        let Some(token) = token.map(str::trim).filter(|t| !t.is_empty()) else {
            return Ok(Self::Anonymous);
        };
        let claims = tokens.verify(token)?;
        let span = tracing::Span::current();
        span.record("tenant_id", tracing::field::display(claims.tid));
        span.record("user_id", tracing::field::display(claims.sub));
        Ok(Self::User(claims))
    }

    /// A user's claims, if a user presented the request.
    pub fn claims(&self) -> Option<&AccessClaims> {
        match self {
            Self::User(claims) => Some(claims),
            Self::Anonymous => None,
        }
    }

    /// The claims, or `UNAUTHENTICATED` for a route that needs a signed-in caller.
    pub fn require(&self) -> AppResult<&AccessClaims> {
        self.claims()
            .ok_or(AppError::Unauthenticated("sign in first"))
    }

    /// The tenant the credentials belong to.
    pub fn tenant_id(&self) -> Option<Uuid> {
        self.claims().map(|c| c.tid)
    }

    /// When the credentials stop being valid (Unix seconds); `None` if they never were.
    pub fn expires_at(&self) -> Option<i64> {
        self.claims().map(|c| c.exp)
    }
}

/// `Authorization: Bearer <token>`, if present.
fn bearer(request: &HttpRequest) -> Option<&str> {
    request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
}

/// A token that was presented but does not verify. Routes take `Result<Principal, Rejected>`
/// so that each answers in its own shape (a GraphQL error body, or a file route's JSON error).
#[derive(Debug)]
pub struct Rejected(pub AppError);

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.message())
    }
}

impl actix_web::ResponseError for Rejected {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::UNAUTHORIZED
    }
}

impl FromRequest for Principal {
    type Error = Rejected;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(state) = request.app_data::<web::Data<AppState>>() else {
            return ready(Err(Rejected(AppError::internal(anyhow::anyhow!(
                "the application state is missing"
            )))));
        };
        ready(Principal::from_token(&state.tokens, bearer(request)).map_err(Rejected))
    }
}
