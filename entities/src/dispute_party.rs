//! A party to a dispute; the phone is sealed like residents' identifiers.

use crate::enums::PartyKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "dispute_parties")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub name: String,
    pub kind: PartyKind,
    pub resident_id: Option<Uuid>,
    #[sea_orm(column_type = "Text", nullable)]
    pub phone_cipher: Option<String>,
    pub phone_masked: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned);
