//! Schema migrations. The same files serve SQLite and PostgreSQL; PostgreSQL-only parts
//! (row-level security, the application role) sit in files of their own and do nothing on
//! SQLite. A landed file is never edited: a change is a new file.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_foundation;
mod m20261122_000002_audit_log_append_only;
mod m20261122_000003_postgres_app_role_and_rls;
mod tables;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_foundation::Migration),
            Box::new(m20261122_000002_audit_log_append_only::Migration),
            Box::new(m20261122_000003_postgres_app_role_and_rls::Migration),
        ]
    }
}

/// The PostgreSQL role the server runs its queries as: no superuser, no table owner, no
/// BYPASSRLS, so row-level security applies to it.
pub const APP_ROLE: &str = "gridgov_app";

/// Every table that holds one tenant's rows; each gets row-level security on PostgreSQL.
pub const TENANT_TABLES: &[&str] = &[
    "regions",
    "departments",
    "party_organisations",
    "users",
    "role_assignments",
    "refresh_tokens",
    "audit_log",
];
