//! The span of each HTTP request (tracing-actix-web's root span), which every log line written
//! while the request runs carries: its id, method, route and status, and — once its bearer
//! token is verified ([`crate::auth::Principal`]) — the county (`tenant_id`) and the user
//! (`user_id`). Ids only: the span
//! holds the route's pattern (`/downloads/{token}`), never the path or the query (a download
//! token, a file name), nor the client's address or user agent.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::{HttpMessage, HttpRequest};
use std::time::Instant;
use tracing::Span;
use tracing::field::Empty;
use tracing_actix_web::{RequestId, RootSpanBuilder};

/// The response header that tells a client its request's id, to quote when asking for help.
pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// Routes that probes and scrapers call every few seconds: their line is `debug`, not `info`.
const PROBES: [&str; 3] = ["/healthz", "/readyz", "/metrics"];

/// When the request arrived (for the closing line's duration).
struct Arrived(Instant);

/// Builds the request span with empty `tenant_id` and `user_id`, filled by
/// [`crate::auth::Principal::from_token`],
/// and closes each request with one line: status and duration.
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        request.extensions_mut().insert(Arrived(Instant::now()));
        let route = request.match_pattern().unwrap_or_else(|| "other".into());
        tracing::info_span!(
            "request",
            request_id = %request_id(request.request()),
            http.method = %request.method(),
            http.route = %route,
            http.status_code = Empty,
            tenant_id = Empty,
            user_id = Empty,
        )
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        let (status, elapsed) = match outcome {
            Ok(response) => (
                response.status(),
                response
                    .request()
                    .extensions()
                    .get::<Arrived>()
                    .map(|arrived| arrived.0.elapsed()),
            ),
            Err(error) => (error.as_response_error().status_code(), None),
        };
        span.record("http.status_code", status.as_u16());
        let elapsed_ms = elapsed.map(|e| e.as_secs_f64() * 1_000.0);
        let probe = outcome.as_ref().is_ok_and(|response| {
            response
                .request()
                .match_pattern()
                .is_some_and(|route| PROBES.contains(&route.as_str()))
        });
        if probe {
            tracing::debug!(parent: &span, elapsed_ms, "request finished");
        } else {
            tracing::info!(parent: &span, elapsed_ms, "request finished");
        }
    }
}

/// The id tracing-actix-web gave the request (empty outside its middleware).
pub fn request_id(request: &HttpRequest) -> String {
    request
        .extensions()
        .get::<RequestId>()
        .map(ToString::to_string)
        .unwrap_or_default()
}

/// Tells the client its request's id (`X-Request-Id`).
pub fn expose_request_id<B>(response: &mut ServiceResponse<B>) {
    let id = request_id(response.request());
    if let Ok(value) = HeaderValue::from_str(&id)
        && !id.is_empty()
    {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
}
