//! A member of a grid team (domain.md §6); may have a user account.

use crate::enums::{Gender, StaffStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "staff")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The community (or street) that keeps the record.
    pub region_id: Uuid,
    pub street_id: Option<Uuid>,
    pub community_id: Option<Uuid>,
    pub grid_id: Option<Uuid>,
    pub micro_grid_id: Option<Uuid>,
    pub name: String,
    pub gender: Gender,
    pub birth_year: Option<i32>,
    pub education: Option<String>,
    pub party_member: bool,
    /// Social-work qualification.
    pub qualification: Option<String>,
    /// Veteran post, agency, police assistant, open recruitment…
    pub source: Option<String>,
    pub employment_type: Option<String>,
    pub started_on: Option<Date>,
    pub phone_cipher: Option<String>,
    pub phone_hash: Option<String>,
    pub phone_masked: Option<String>,
    /// 1–5
    pub star_level: Option<i32>,
    pub user_id: Option<Uuid>,
    pub status: StaffStatus,
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
