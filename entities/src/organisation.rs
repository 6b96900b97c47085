//! An organisation in the area: unit, enterprise, school, key place… (domain.md §4).

use crate::enums::OrganisationKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
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
    pub kind: OrganisationKind,
    pub name: String,
    /// 统一社会信用代码
    pub credit_code: Option<String>,
    pub address: Option<String>,
    pub contact_name: Option<String>,
    /// The organisation's public office phone.
    pub office_phone: Option<String>,
    /// For key places: what the risk is (fire, crowds, hazardous goods…).
    pub risk_category: Option<String>,
    /// What a co-building unit pledged.
    pub pledged_resources: Option<String>,
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
