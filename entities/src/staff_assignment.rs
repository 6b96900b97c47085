//! A staff member's role in a grid's team, from `started_on` until `ended_on`.

use crate::enums::TeamRole;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_assignments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The grid or micro-grid the row belongs to.
    pub region_id: Uuid,
    pub street_id: Option<Uuid>,
    pub community_id: Option<Uuid>,
    pub grid_id: Option<Uuid>,
    pub micro_grid_id: Option<Uuid>,
    pub staff_id: Uuid,
    pub team_role: TeamRole,
    pub started_on: Date,
    pub ended_on: Option<Date>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, in_region_tree, placed);
