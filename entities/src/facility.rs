//! 市政设施/部件 — a public facility with a location and an owner department.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "facilities")]
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
    pub kind: String,
    pub name: String,
    pub code: Option<String>,
    pub lng: f64,
    pub lat: f64,
    pub owner_department_id: Option<Uuid>,
    /// Optimistic-concurrency version, bumped by every change.
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(
    tenant_owned,
    versioned,
    in_region_tree,
    placed,
    listed_by_name
);
