//! 党员 — a party member of one of the county's organisations.

use crate::enums::{Gender, PartyMemberStatus, PartyMemberType};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "party_members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    /// The resident record of the same person, when the member lives in the county.
    pub resident_id: Option<Uuid>,
    pub name: String,
    pub gender: Gender,
    pub birth_date: Option<Date>,
    /// Only for members without a resident record; otherwise the resident holds it.
    pub id_card_cipher: Option<String>,
    pub id_card_hash: Option<String>,
    pub id_card_masked: Option<String>,
    pub phone_cipher: Option<String>,
    pub phone_hash: Option<String>,
    pub phone_masked: Option<String>,
    pub status: PartyMemberStatus,
    pub joined_on: Date,
    /// 转正 date of a probationary member who became full.
    pub confirmed_on: Option<Date>,
    pub member_type: PartyMemberType,
    pub floating_from: Option<String>,
    pub floating_to: Option<String>,
    pub work_unit: Option<String>,
    /// For in-service members: the community reported to ("双报到").
    pub reported_community_id: Option<Uuid>,
    /// 党员中心户
    pub centre_household: bool,
    /// Set when the member's relation was transferred out of the county.
    pub left_on: Option<Date>,
    pub left_to: Option<String>,
    pub region_id: Option<Uuid>,
    pub street_id: Option<Uuid>,
    pub community_id: Option<Uuid>,
    pub grid_id: Option<Uuid>,
    pub micro_grid_id: Option<Uuid>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, versioned, in_region_tree);
