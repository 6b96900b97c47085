//! HTTP surface: the GraphQL endpoint, health and metrics, and the built frontend.

pub mod files;
pub mod graphql_handler;
pub mod health;
pub mod metrics;
pub mod subscriptions;
