//! 督办单 — raised by the scheduler on a red event or by a leader, with its own reply deadline.

use crate::enums::{SupervisionCard, SupervisionKind};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "supervision_orders")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub kind: SupervisionKind,
    pub card: SupervisionCard,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    pub raised_by: Option<Uuid>,
    pub raised_at: DateTimeUtc,
    pub reply_deadline: DateTimeUtc,
    #[sea_orm(column_type = "Text", nullable)]
    pub reply: Option<String>,
    pub replied_by: Option<Uuid>,
    pub replied_at: Option<DateTimeUtc>,
    pub auto_key: Option<String>,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, versioned);
