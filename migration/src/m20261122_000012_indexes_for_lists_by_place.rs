//! Indexes found by the benchmarks (issue 6): the lists and counts of one place must be bound
//! by an index on the place's ancestor-id column, whatever the county's size.
//!
//! - Open events of a street, community or grid, most urgent first (a street admin's list, the
//!   grid dashboard's count): `(tenant_id, <place>_id, status, phase_deadline)`. With only
//!   `(tenant_id, street_id)` the list read every event the street ever had (20,000 a street on
//!   the 1M county) to find its few hundred open ones.
//! - A grid's residents by name (the grid dashboard's first page): `(tenant_id, grid_id, name,
//!   id)`, so the page is read in order instead of sorting the grid's residents.

use crate::tables::{index_name, tenant_index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The indexes, as `(table, columns after tenant_id)` (the benchmark drops and rebuilds them
/// to measure what they bring).
pub const INDEXES: [(&str, &[&str]); 4] = [
    ("events", &["street_id", "status", "phase_deadline"]),
    ("events", &["community_id", "status", "phase_deadline"]),
    ("events", &["grid_id", "status", "phase_deadline"]),
    ("residents", &["grid_id", "name", "id"]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, columns) in INDEXES {
            manager
                .create_index(tenant_index(table, columns, false))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, columns) in INDEXES {
            manager
                .drop_index(
                    Index::drop()
                        .name(index_name(table, columns))
                        .table(Alias::new(table))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
