//! 党组织 — a node of the party organisation tree, laid over the region tree: each serves a
//! region node ("支部建在网格上"), whose ancestor ids it carries like an archive row.

use crate::enums::PartyOrganisationKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "party_organisations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub parent_id: Option<Uuid>,
    pub kind: PartyOrganisationKind,
    pub name: String,
    /// The region node this organisation serves ("支部建在网格上").
    pub region_id: Option<Uuid>,
    pub street_id: Option<Uuid>,
    pub community_id: Option<Uuid>,
    pub grid_id: Option<Uuid>,
    pub micro_grid_id: Option<Uuid>,
    /// Materialised path of ancestor ids, `/root/…/self/`.
    pub path: String,
    /// The current committee's term (社区党组织 5 years).
    pub term_start: Option<Date>,
    pub term_end: Option<Date>,
    /// For a joint branch: how many units it covers (at most 5).
    pub covered_units: Option<i32>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, versioned, in_region_tree);
