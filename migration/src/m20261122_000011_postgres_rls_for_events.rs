//! PostgreSQL only: row-level security and the application role's grants on the event tables
//! of migration 000010 (the same policy as 000003).

use crate::m20261122_000010_events::TABLES;
use crate::tables::{drop_tenant_rls_sql, tenant_rls_sql};
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
        for table in TABLES {
            db.execute_unprepared(&tenant_rls_sql(table, "SELECT, INSERT, UPDATE, DELETE"))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        for table in TABLES {
            db.execute_unprepared(&drop_tenant_rls_sql(table)).await?;
        }
        Ok(())
    }
}
