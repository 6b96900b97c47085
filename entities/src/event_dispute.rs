//! 矛盾纠纷 — the dispute record of an event of the disputes family (its id is the event's).

use crate::enums::{DisputeOutcome, DisputeScale, RiskColour};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "event_disputes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub dispute_type_id: Option<Uuid>,
    pub scale: DisputeScale,
    pub amount_fen: Option<i64>,
    pub risk: RiskColour,
    #[sea_orm(column_type = "Text", nullable)]
    pub agreement: Option<String>,
    pub outcome: Option<DisputeOutcome>,
    pub outcome_on: Option<Date>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, versioned);
