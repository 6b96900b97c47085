//! Business operations, one module per domain. A service takes a connection (the request's
//! transaction) and the caller's [`crate::access::Access`]; it never sees GraphQL types.

pub mod archives;
pub mod auth;
pub mod cli;
pub mod common;
pub mod departments;
pub mod events;
pub mod identity;
pub mod party;
pub mod regions;
pub mod sessions;
pub mod tenant_settings;
pub mod tenants;
pub mod users;
