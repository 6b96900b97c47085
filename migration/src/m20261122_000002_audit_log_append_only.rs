//! The audit log is append-only on both back ends: triggers refuse UPDATE and DELETE.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                     BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
                     CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                     FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                     BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                     BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "DROP TRIGGER audit_log_append_only ON audit_log;
                     DROP FUNCTION audit_log_refuse_change();",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared("DROP TRIGGER audit_log_no_update")
                    .await?;
                db.execute_unprepared("DROP TRIGGER audit_log_no_delete")
                    .await?;
            }
        }
        Ok(())
    }
}
