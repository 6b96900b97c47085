//! 积分 — one entry of the points ledger; a balance is the sum of entries, never a counter.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "party_point_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub member_id: Uuid,
    /// The organisation the member belonged to when the points were awarded.
    pub organisation_id: Uuid,
    pub awarded_on: Date,
    /// Negative for a deduction.
    pub points: i32,
    /// Volunteering hours of the activity.
    #[sea_orm(column_type = "Double")]
    pub service_hours: f64,
    pub activity: String,
    pub reason: Option<String>,
    pub awarded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned);
