//! PostgreSQL only: `refresh_statistics` (migration 000006) also analyses the party member tables
//! a party member import fills.

use crate::APP_ROLE;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn function(tables: &[&str]) -> String {
    let allowed = tables
        .iter()
        .map(|t| format!("'{t}'"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "CREATE OR REPLACE FUNCTION refresh_statistics(tables text[]) RETURNS void
           LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
         DECLARE t text;
         BEGIN
           FOREACH t IN ARRAY tables LOOP
             IF t = ANY (ARRAY[{allowed}]) THEN
               EXECUTE format('ANALYZE %I', t);
             END IF;
           END LOOP;
         END $$;
         REVOKE ALL ON FUNCTION refresh_statistics(text[]) FROM PUBLIC;
         GRANT EXECUTE ON FUNCTION refresh_statistics(text[]) TO {APP_ROLE};"
    )
}

const BEFORE: &[&str] = &[
    "buildings",
    "houses",
    "households",
    "residents",
    "resident_moves",
    "resident_key_groups",
    "staff",
    "staff_assignments",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let mut tables = BEFORE.to_vec();
        tables.extend(["party_members", "party_member_transfers"]);
        manager
            .get_connection()
            .execute_unprepared(&function(&tables))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        manager
            .get_connection()
            .execute_unprepared(&function(BEFORE))
            .await?;
        Ok(())
    }
}
