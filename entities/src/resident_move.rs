//! An entry of a resident's timeline: entered, moved in, within, out, deceased.

use crate::enums::MoveKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "resident_moves")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub resident_id: Uuid,
    pub kind: MoveKind,
    pub occurred_on: Date,
    pub from_region_id: Option<Uuid>,
    pub from_house_id: Option<Uuid>,
    pub to_region_id: Option<Uuid>,
    pub to_house_id: Option<Uuid>,
    /// Where from or where to, outside the county.
    pub place: Option<String>,
    pub note: Option<String>,
    pub recorded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned);
