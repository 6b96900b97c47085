//! 延期申请 — a handler's request for more time, and the dispatcher's decision.

use crate::enums::ExtensionStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "event_extensions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub phase_seq: i32,
    pub extra_minutes: i32,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub status: ExtensionStatus,
    pub requested_by: Option<Uuid>,
    pub requested_at: DateTimeUtc,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_comment: Option<String>,
    pub old_deadline: Option<DateTimeUtc>,
    pub new_deadline: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned);
