//! PostgreSQL only: the application role and row-level security on every tenant table — the
//! second wall between tenants (the first is the tenant filter in every service query).
//!
//! Each request's transaction sets `app.tenant_id` with `set_config(.., true)`; a row is
//! visible, and may be written, only when its `tenant_id` equals that setting. Without the
//! setting nothing is visible.

use crate::{APP_ROLE, TENANT_TABLES};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        // The role is cluster-wide: several databases (and concurrent test runs) may race here.
        db.execute_unprepared(&format!(
            "DO $$ BEGIN
               IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
                 CREATE ROLE {APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
               END IF;
             EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
             END $$;"
        ))
        .await?;
        db.execute_unprepared(&format!(
            "GRANT USAGE ON SCHEMA public TO {APP_ROLE};
             GRANT SELECT ON tenants TO {APP_ROLE};
             GRANT INSERT, UPDATE ON tenants TO {APP_ROLE};"
        ))
        .await?;
        for table in TENANT_TABLES {
            let privileges = if *table == "audit_log" {
                "SELECT, INSERT"
            } else {
                "SELECT, INSERT, UPDATE, DELETE"
            };
            db.execute_unprepared(&format!(
                "GRANT {privileges} ON {table} TO {APP_ROLE};
                 ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
                 ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
                 CREATE POLICY tenant_isolation ON {table}
                   USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                   WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);"
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        for table in TENANT_TABLES {
            db.execute_unprepared(&format!(
                "DROP POLICY IF EXISTS tenant_isolation ON {table};
                 ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;
                 ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;
                 REVOKE ALL ON {table} FROM {APP_ROLE};"
            ))
            .await?;
        }
        db.execute_unprepared(&format!("REVOKE ALL ON tenants FROM {APP_ROLE};"))
            .await?;
        Ok(())
    }
}
