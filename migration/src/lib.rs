//! Schema migrations. The same files serve SQLite and PostgreSQL; PostgreSQL-only parts
//! (row-level security, the application role) sit in files of their own and do nothing on
//! SQLite. A landed file is never edited: a change is a new file.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_foundation;
mod m20261122_000002_audit_log_append_only;
mod m20261122_000003_postgres_app_role_and_rls;
mod m20261122_000004_archives;
mod m20261122_000005_postgres_rls_for_archives;
mod m20261122_000006_postgres_statistics_refresh;
mod m20261122_000007_party;
mod m20261122_000008_postgres_rls_for_party;
mod m20261122_000009_postgres_statistics_for_party;
mod m20261122_000010_events;
mod m20261122_000011_postgres_rls_for_events;
mod m20261122_000012_indexes_for_lists_by_place;
mod m20261122_000013_import_job_warnings;
mod tables;

pub use m20261122_000012_indexes_for_lists_by_place::INDEXES as LIST_INDEXES;
pub use tables::index_name;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_foundation::Migration),
            Box::new(m20261122_000002_audit_log_append_only::Migration),
            Box::new(m20261122_000003_postgres_app_role_and_rls::Migration),
            Box::new(m20261122_000004_archives::Migration),
            Box::new(m20261122_000005_postgres_rls_for_archives::Migration),
            Box::new(m20261122_000006_postgres_statistics_refresh::Migration),
            Box::new(m20261122_000007_party::Migration),
            Box::new(m20261122_000008_postgres_rls_for_party::Migration),
            Box::new(m20261122_000009_postgres_statistics_for_party::Migration),
            Box::new(m20261122_000010_events::Migration),
            Box::new(m20261122_000011_postgres_rls_for_events::Migration),
            Box::new(m20261122_000012_indexes_for_lists_by_place::Migration),
            Box::new(m20261122_000013_import_job_warnings::Migration),
        ]
    }
}

/// The PostgreSQL role the server runs its queries as: no superuser, no table owner, no
/// BYPASSRLS, so row-level security applies to it.
pub const APP_ROLE: &str = "gridgov_app";

/// The foundation's tenant tables (migration 000003 secures exactly these; frozen with it).
pub const TENANT_TABLES: &[&str] = &[
    "regions",
    "departments",
    "party_organisations",
    "users",
    "role_assignments",
    "refresh_tokens",
    "audit_log",
];

/// Every table that holds one tenant's rows, across all migrations; each has row-level
/// security on PostgreSQL.
pub fn all_tenant_tables() -> impl Iterator<Item = &'static str> {
    TENANT_TABLES
        .iter()
        .chain(m20261122_000004_archives::TABLES)
        .chain(m20261122_000007_party::TABLES)
        .chain(m20261122_000010_events::TABLES)
        .copied()
}
