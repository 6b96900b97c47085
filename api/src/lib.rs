//! GridGov's server: a multi-tenant GraphQL API for grid-based community governance.

pub mod access;
pub mod auth;
pub mod cache;
pub mod clock;
pub mod codes;
pub mod domain;
pub mod error;
pub mod graphql;
pub mod http;
pub mod metrics;
pub mod pii;
pub mod request_context;
pub mod scheduler;
pub mod seed;
pub mod service;
pub mod settings;
pub mod startup;
pub mod state;
pub mod storage;
pub mod telemetry;
pub mod tenancy;

pub use settings::Settings;
pub use startup::Application;
