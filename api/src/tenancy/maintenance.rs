//! Database upkeep that names tables rather than rows.

use crate::error::AppResult;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

/// Fresh planner statistics during and after a bulk write. Without them a table that grew from
/// a few rows to 100,000 inside one import keeps plans made while it was small: SQLite walked
/// `residents` in name order instead of using the phone index (250 ms instead of 2 ms), and
/// PostgreSQL's foreign-key checks scanned whole tables. On PostgreSQL the application role is
/// not the tables' owner, so it asks `refresh_statistics()` (migration 000006).
pub async fn refresh_statistics(conn: &impl ConnectionTrait, tables: &[&str]) -> AppResult<()> {
    match conn.get_database_backend() {
        DatabaseBackend::Postgres => {
            conn.execute_raw(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                "SELECT refresh_statistics($1)",
                [tables
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<String>>()
                    .into()],
            ))
            .await?;
        }
        _ => {
            for table in tables {
                conn.execute_unprepared(&format!("ANALYZE {table}")).await?;
            }
        }
    }
    Ok(())
}

/// SQLite: readers do not block the writer; the setting stays with the file.
pub async fn write_ahead_log(conn: &impl ConnectionTrait) -> Result<(), sea_orm::DbErr> {
    conn.execute_unprepared("PRAGMA journal_mode=WAL").await?;
    Ok(())
}
