//! 居民 — one person, one record, whatever moves they make (domain.md §3).

use crate::enums::{Gender, HouseholdRelationship, PoliticalStatus, ResidenceType, ResidentStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "residents")]
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
    pub name: String,
    pub gender: Gender,
    /// From the ID number when there is one.
    pub birth_date: Option<Date>,
    /// AES-256-GCM envelope naming its key; never plain text.
    pub id_card_cipher: Option<String>,
    /// Keyed hash (blind index) for exact lookup; unique in the tenant.
    pub id_card_hash: Option<String>,
    /// `3715**********1234`
    pub id_card_masked: Option<String>,
    pub phone_cipher: Option<String>,
    pub phone_hash: Option<String>,
    /// `138****5678`
    pub phone_masked: Option<String>,
    pub ethnicity: Option<String>,
    pub residence_type: ResidenceType,
    pub political_status: Option<PoliticalStatus>,
    pub house_id: Option<Uuid>,
    pub household_id: Option<Uuid>,
    /// Relationship to the household head.
    pub relationship: Option<HouseholdRelationship>,
    pub status: ResidentStatus,
    /// A JSON array of free tags.
    pub tags: Json,
    pub note: Option<String>,
    /// Optimistic-concurrency version, bumped by every change.
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, versioned, in_region_tree, placed);
