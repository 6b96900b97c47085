//! HTTP surface: the GraphQL endpoint, files, health and metrics, the request's log span, and
//! the built frontend.

pub mod files;
pub mod graphql_handler;
pub mod health;
pub mod metrics;
pub mod request_span;
pub mod subscriptions;
