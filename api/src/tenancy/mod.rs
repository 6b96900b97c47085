//! Tenant context. Every request runs in one database transaction that knows its tenant
//! ([`RequestDb`]), and that transaction, a [`TenantTx`], is the only way the product reaches
//! a tenant's rows: it filters and stamps `tenant_id` itself. Raw sea-orm queries are refused
//! outside this module by clippy (`api/clippy.toml`); the platform's own table (`tenants`) is
//! reached through [`platform`]. On PostgreSQL, row-level security is the second wall.

// The one module allowed to build queries from sea-orm directly (see api/clippy.toml).
#![allow(clippy::disallowed_methods)]

pub mod maintenance;
pub mod platform;
mod request_db;
mod tenant_tx;

pub use entities::capabilities::TenantOwned;
pub use request_db::{AfterCommit, RequestDb, read_apart, set_tenant, with_tenant};
pub use tenant_tx::TenantTx;
