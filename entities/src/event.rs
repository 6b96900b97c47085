//! 事件 — one problem or request found in a grid, and where it stands in the closed loop.

use crate::enums::{
    EventFamily, EventPhase, EventSource, EventStatus, RegionKind, Satisfaction, Urgency,
};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub number: String,
    pub category_id: Uuid,
    pub family: EventFamily,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub urgency: Urgency,
    pub source: EventSource,
    pub status: EventStatus,
    /// The level responsible now (grid, community, street, county).
    pub level: RegionKind,
    pub region_id: Uuid,
    pub street_id: Option<Uuid>,
    pub community_id: Option<Uuid>,
    pub grid_id: Option<Uuid>,
    pub micro_grid_id: Option<Uuid>,
    pub lng: Option<f64>,
    pub lat: Option<f64>,
    pub address: Option<String>,
    pub reporter_name: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub reporter_phone_cipher: Option<String>,
    pub reporter_phone_masked: Option<String>,
    pub reported_by: Option<Uuid>,
    pub external_ref: Option<String>,
    pub reported_at: DateTimeUtc,
    pub department_id: Option<Uuid>,
    pub dispatch_level: Option<RegionKind>,
    pub phase: Option<EventPhase>,
    pub phase_seq: i32,
    pub phase_started_at: Option<DateTimeUtc>,
    pub phase_yellow_at: Option<DateTimeUtc>,
    pub phase_orange_at: Option<DateTimeUtc>,
    pub phase_deadline: Option<DateTimeUtc>,
    pub extension_pending: bool,
    pub supervised_seq: Option<i32>,
    pub escalated_seq: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub result: Option<String>,
    pub closed_at: Option<DateTimeUtc>,
    pub closed_level: Option<RegionKind>,
    pub satisfaction: Option<Satisfaction>,
    pub merged_into_id: Option<Uuid>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, versioned, in_region_tree);
