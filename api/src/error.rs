//! `AppError` and the one table of error codes.
//!
//! Top-level GraphQL errors say "you can't" (`extensions.code` from [`ErrorCode`]); input that
//! is wrong comes back as `userErrors` in a mutation's payload ([`crate::domain::UserError`]),
//! carried here by [`AppError::Invalid`]. Internal errors are logged with their cause and shown
//! to clients only as `INTERNAL`.

use crate::domain::UserError;
use async_graphql::ErrorExtensions;

crate::codes::code_enum! {
    /// Every code a client can see at the top level of a GraphQL error, with its meaning and the
    /// HTTP status a plain-HTTP route (uploads, downloads) answers it with.
    pub enum ErrorCode {
        /// No valid credentials: missing, expired or revoked token; wrong password.
        Unauthenticated = "UNAUTHENTICATED" => UNAUTHORIZED,
        /// Too many failed sign-ins: the account is locked for a while.
        AccountLocked = "ACCOUNT_LOCKED" => UNAUTHORIZED,
        /// The tenant is suspended by the platform: its sign-ins and tokens are refused.
        TenantSuspended = "TENANT_SUSPENDED" => UNAUTHORIZED,
        /// The caller's role does not allow the action.
        Forbidden = "FORBIDDEN" => FORBIDDEN,
        /// The object does not exist or is outside the caller's tenant or scope.
        NotFound = "NOT_FOUND" => NOT_FOUND,
        /// An argument is malformed (an id, a page size).
        BadUserInput = "BAD_USER_INPUT" => BAD_REQUEST,
        /// The object changed since it was read, or a unique value is taken.
        Conflict = "CONFLICT" => BAD_REQUEST,
        /// The object's state does not allow the action (an event's status machine has no such
        /// edge from where the event stands).
        InvalidTransition = "INVALID_TRANSITION" => BAD_REQUEST,
        /// Too many requests or sign-ins at once.
        RateLimited = "RATE_LIMITED" => TOO_MANY_REQUESTS,
        /// The request is refused before execution: depth, complexity, aliases, batching.
        QueryRejected = "QUERY_REJECTED" => BAD_REQUEST,
        /// The request body exceeds the server's limit.
        PayloadTooLarge = "PAYLOAD_TOO_LARGE" => PAYLOAD_TOO_LARGE,
        /// The document is not valid GraphQL.
        GraphqlParseFailed = "GRAPHQL_PARSE_FAILED" => BAD_REQUEST,
        /// The document does not fit the schema (unknown field, wrong argument type…).
        GraphqlValidationFailed = "GRAPHQL_VALIDATION_FAILED" => BAD_REQUEST,
        /// A service the server depends on (the cache/bus) is unreachable for now; retry later.
        /// Answered with HTTP 503.
        ServiceUnavailable = "SERVICE_UNAVAILABLE" => SERVICE_UNAVAILABLE,
        /// The request ran longer than the server allows; it was stopped and nothing it wrote was
        /// kept. Answered with HTTP 503.
        Timeout = "TIMEOUT" => SERVICE_UNAVAILABLE,
        /// A fault on the server; details are in its log under the request id.
        Internal = "INTERNAL" => INTERNAL_SERVER_ERROR,
    }
}

/// Deliberately not `Display`: async-graphql turns any `Display` error into a GraphQL error
/// without a code, so `?` in a resolver must go through the conversion below instead.
#[derive(Debug)]
pub enum AppError {
    Unauthenticated(&'static str),
    AccountLocked,
    TenantSuspended,
    Forbidden(&'static str),
    NotFound(&'static str),
    BadUserInput(String),
    Conflict(String),
    /// The object's state has no such transition.
    InvalidTransition(String),
    RateLimited(&'static str),
    /// A dependency (the cache/bus) is unreachable; the client may retry.
    Unavailable(&'static str),
    /// Input errors that belong in a payload's `userErrors`.
    Invalid(Vec<UserError>),
    Internal(anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Unauthenticated(_) => ErrorCode::Unauthenticated,
            Self::AccountLocked => ErrorCode::AccountLocked,
            Self::TenantSuspended => ErrorCode::TenantSuspended,
            Self::Forbidden(_) => ErrorCode::Forbidden,
            Self::NotFound(_) => ErrorCode::NotFound,
            Self::BadUserInput(_) | Self::Invalid(_) => ErrorCode::BadUserInput,
            Self::Conflict(_) => ErrorCode::Conflict,
            Self::InvalidTransition(_) => ErrorCode::InvalidTransition,
            Self::RateLimited(_) => ErrorCode::RateLimited,
            Self::Unavailable(_) => ErrorCode::ServiceUnavailable,
            Self::Internal(_) => ErrorCode::Internal,
        }
    }

    /// The message a client sees.
    pub fn message(&self) -> String {
        match self {
            Self::Unauthenticated(m)
            | Self::Forbidden(m)
            | Self::RateLimited(m)
            | Self::Unavailable(m) => (*m).to_string(),
            Self::AccountLocked => {
                "too many failed sign-ins; the account is locked for a while".into()
            }
            Self::TenantSuspended => "this tenant is suspended".into(),
            Self::NotFound(what) => format!("{what} not found"),
            Self::BadUserInput(m) | Self::Conflict(m) | Self::InvalidTransition(m) => m.clone(),
            Self::Invalid(errors) => errors
                .iter()
                .map(|e| e.message.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            Self::Internal(_) => "internal error".into(),
        }
    }

    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        Self::Internal(error.into())
    }

    /// A single user error on one input field.
    pub fn invalid(
        field: &str,
        code: crate::domain::UserErrorCode,
        message: impl Into<String>,
    ) -> Self {
        Self::Invalid(vec![UserError::new(field, code, message)])
    }
}

/// The cache/bus is down: retryable, never `INTERNAL`. Sign-in state (revocations, lockouts)
/// lives there, so requests that need it fail closed with this.
impl From<crate::cache::CacheError> for AppError {
    fn from(error: crate::cache::CacheError) -> Self {
        tracing::warn!(%error, "the cache is unavailable");
        Self::Unavailable("a service GridGov depends on is unavailable; try again shortly")
    }
}

/// A malformed id is the caller's input (`BAD_USER_INPUT`); an id of another type names
/// nothing of the type asked for (`NOT_FOUND`).
impl From<crate::domain::IdError> for AppError {
    fn from(error: crate::domain::IdError) -> Self {
        match error {
            crate::domain::IdError::Malformed(message) => Self::BadUserInput(message),
            crate::domain::IdError::OtherType(what) => Self::NotFound(what),
        }
    }
}

/// `?` on an id in a resolver: through `AppError`, for its code.
impl From<crate::domain::IdError> for async_graphql::Error {
    fn from(error: crate::domain::IdError) -> Self {
        AppError::from(error).into()
    }
}

impl From<sea_orm::DbErr> for AppError {
    fn from(error: sea_orm::DbErr) -> Self {
        Self::Internal(error.into())
    }
}

impl From<AppError> for async_graphql::Error {
    fn from(error: AppError) -> Self {
        let code = error.code();
        if let AppError::Internal(cause) = &error {
            tracing::error!(error = ?cause, "internal error");
        }
        let message = error.message();
        let field_errors = match &error {
            AppError::Invalid(errors) => Some(errors.clone()),
            _ => None,
        };
        async_graphql::Error::new(message).extend_with(|_, extensions| {
            extensions.set("code", code.as_str());
            if let Some(errors) = &field_errors {
                let list: Vec<async_graphql::Value> = errors
                    .iter()
                    .map(|e| {
                        let mut map = async_graphql::indexmap::IndexMap::new();
                        map.insert(
                            async_graphql::Name::new("field"),
                            async_graphql::Value::List(
                                e.field
                                    .iter()
                                    .map(|f| async_graphql::Value::from(f.as_str()))
                                    .collect(),
                            ),
                        );
                        map.insert(async_graphql::Name::new("code"), e.code.as_str().into());
                        map.insert(
                            async_graphql::Name::new("message"),
                            e.message.as_str().into(),
                        );
                        async_graphql::Value::Object(map)
                    })
                    .collect();
                extensions.set("userErrors", async_graphql::Value::List(list));
            }
        })
    }
}

/// For the command line and start-up, where an error ends the program with a message.
impl From<AppError> for anyhow::Error {
    fn from(error: AppError) -> Self {
        match error {
            AppError::Internal(cause) => cause,
            AppError::Invalid(errors) => anyhow::anyhow!(
                "{}",
                errors
                    .iter()
                    .map(|e| format!("{}: {}", e.field.join("."), e.message))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            other => anyhow::anyhow!("{}", other.message()),
        }
    }
}
