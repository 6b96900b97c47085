//! A node of the region tree: county, street, community, grid or micro-grid.

use crate::enums::{GridKind, RegionKind};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "regions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub parent_id: Option<Uuid>,
    pub kind: RegionKind,
    pub grid_kind: Option<GridKind>,
    /// Extends the parent's code; unique within the tenant.
    pub code: String,
    pub name: String,
    /// Materialised path of ancestor ids, `/root/…/self/`, for subtree moves.
    pub path: String,
    pub depth: i32,
    /// Ancestor ids at each level, the node itself included at its own level: a scope filter on
    /// a street, community or grid is an index lookup on one of these.
    pub street_id: Option<Uuid>,
    pub community_id: Option<Uuid>,
    pub grid_id: Option<Uuid>,
    pub micro_grid_id: Option<Uuid>,
    /// GeoJSON Polygon geometry (lng/lat), validated before it is stored.
    pub boundary: Option<Json>,
    pub center_lng: Option<f64>,
    pub center_lat: Option<f64>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, in_region_tree);
