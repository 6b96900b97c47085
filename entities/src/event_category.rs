//! A node of the tenant's event category tree (大类/小类) with its time limits.

use crate::enums::{EventFamily, TimeBasis};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "event_categories")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub parent_id: Option<Uuid>,
    pub code: String,
    pub name: String,
    pub family: EventFamily,
    pub default_department_id: Option<Uuid>,
    pub time_basis: TimeBasis,
    /// Minutes per phase and urgency; null inherits the parent's (or the default).
    pub time_limits: Option<Json>,
    pub active: bool,
    pub sort_order: i32,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, versioned, keyed);
