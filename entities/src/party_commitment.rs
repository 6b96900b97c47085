//! 承诺践诺 — what a member pledged for a period, and the branch's evaluation.

use crate::enums::EvaluationGrade;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "party_commitments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub member_id: Uuid,
    /// The organisation the member belonged to when pledging.
    pub organisation_id: Uuid,
    pub period_start: Date,
    pub period_end: Date,
    pub pledge: String,
    pub grade: Option<EvaluationGrade>,
    pub evaluation: Option<String>,
    pub evaluated_by: Option<Uuid>,
    pub evaluated_on: Option<Date>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned, versioned);
