//! An Excel/CSV import: its progress and per-row error report.

use crate::enums::{ImportKind, ImportStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "import_jobs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: ImportKind,
    pub status: ImportStatus,
    pub dry_run: bool,
    pub file_name: String,
    pub total_rows: i32,
    pub processed_rows: i32,
    pub created_count: i32,
    pub updated_count: i32,
    pub error_count: i32,
    /// The first errors: `[{row, column, message}]`.
    pub errors: Json,
    /// Cells imported as they are but worth a look (formula-like), however many.
    pub warning_count: i32,
    /// The first warnings: `[{row, column, message}]`.
    pub warnings: Json,
    /// Why the file as a whole could not be read.
    pub failure: Option<String>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub finished_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned);
