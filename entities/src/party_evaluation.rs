//! 民主评议 — a member's grade for a year, with the branch's decision.

use crate::enums::EvaluationGrade;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "party_evaluations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub member_id: Uuid,
    pub organisation_id: Uuid,
    pub year: i32,
    pub grade: EvaluationGrade,
    pub decision: Option<String>,
    pub decided_on: Date,
    pub recorded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned);
