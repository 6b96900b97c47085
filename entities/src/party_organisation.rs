//! 党组织 — a node of the party organisation tree. The foundation only needs it as the scope
//! of the party-branch role; the party issue adds members, terms and meetings.

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
    /// Materialised path of ancestor ids, `/root/…/self/`.
    pub path: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
