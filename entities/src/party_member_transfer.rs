//! A line of a party member's organisation history (组织关系转接).

use crate::enums::PartyTransferKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "party_member_transfers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub member_id: Uuid,
    pub kind: PartyTransferKind,
    pub from_organisation_id: Option<Uuid>,
    pub to_organisation_id: Option<Uuid>,
    /// Outside the county: where from / where to, as text.
    pub from_place: Option<String>,
    pub to_place: Option<String>,
    pub moved_on: Date,
    pub reason: Option<String>,
    pub recorded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned);
