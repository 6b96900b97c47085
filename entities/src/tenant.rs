//! 租户 — a county (or the platform itself). Not tenant-owned: the platform manages it.

use crate::enums::{TenantKind, TenantStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "tenants")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// GB/T 2260 six-digit county code (the platform's own tenant uses `000000`).
    #[sea_orm(unique)]
    pub code: String,
    pub name: String,
    pub kind: TenantKind,
    pub status: TenantStatus,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

// The platform's own table: the one table without a tenant (reached through `tenancy::platform`).
crate::capabilities::declare_table!();
