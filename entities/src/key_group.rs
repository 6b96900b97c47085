//! 重点服务对象 — a key group of the tenant's catalogue.

use crate::enums::CareLevel;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "key_groups")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Unique in the tenant; built-in groups keep their seeded code.
    pub code: String,
    pub name: String,
    pub care_level: CareLevel,
    /// How often members are to be visited.
    pub visit_interval_days: i32,
    /// Criminal, health or drug records: hidden from roles without `resident:sensitive`.
    pub sensitive: bool,
    /// Memberships carry a risk level 0–5 (severe mental illness).
    pub has_risk_level: bool,
    pub builtin: bool,
    pub description: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::capabilities::declare_table!(tenant_owned);
