//! One transition of an event: who, when, from, to, comment.

use crate::enums::{EventAction, EventStatus, RegionKind};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "event_history")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub action: EventAction,
    pub from_status: Option<EventStatus>,
    pub to_status: EventStatus,
    /// Null for the scheduler.
    pub actor_id: Option<Uuid>,
    pub actor_name: String,
    pub at: DateTimeUtc,
    #[sea_orm(column_type = "Text", nullable)]
    pub comment: Option<String>,
    pub level: RegionKind,
    pub department_id: Option<Uuid>,
    /// The phase deadline in force when it happened.
    pub deadline: Option<DateTimeUtc>,
    pub details: Option<Json>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned);
