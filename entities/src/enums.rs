//! Enumerations stored as short strings, so that both back ends hold the same values.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Whether a tenant is the platform itself or a county.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TenantKind {
    /// 平台 — the operator's own tenant; holds operator accounts and no business data.
    #[sea_orm(string_value = "platform")]
    Platform,
    /// 区/县 — a county government.
    #[sea_orm(string_value = "county")]
    County,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TenantStatus {
    #[sea_orm(string_value = "active")]
    Active,
    #[sea_orm(string_value = "suspended")]
    Suspended,
}

/// The levels of the region tree (domain.md §2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum RegionKind {
    /// 区/县
    #[sea_orm(string_value = "county")]
    County,
    /// 街道/乡镇
    #[sea_orm(string_value = "street")]
    Street,
    /// 社区/村
    #[sea_orm(string_value = "community")]
    Community,
    /// 网格
    #[sea_orm(string_value = "grid")]
    Grid,
    /// 微网格
    #[sea_orm(string_value = "micro_grid")]
    MicroGrid,
}

/// 基础网格 | 专属网格
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum GridKind {
    #[sea_orm(string_value = "basic")]
    Basic,
    #[sea_orm(string_value = "exclusive")]
    Exclusive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum UserStatus {
    #[sea_orm(string_value = "active")]
    Active,
    #[sea_orm(string_value = "disabled")]
    Disabled,
}

/// The roles of domain.md §12.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum Role {
    #[sea_orm(string_value = "platform_operator")]
    PlatformOperator,
    #[sea_orm(string_value = "county_admin")]
    CountyAdmin,
    #[sea_orm(string_value = "street_admin")]
    StreetAdmin,
    #[sea_orm(string_value = "community_staff")]
    CommunityStaff,
    #[sea_orm(string_value = "grid_worker")]
    GridWorker,
    #[sea_orm(string_value = "party_branch")]
    PartyBranch,
    #[sea_orm(string_value = "department")]
    Department,
    #[sea_orm(string_value = "leader")]
    Leader,
    #[sea_orm(string_value = "integrator")]
    Integrator,
}

/// What a role assignment's scope node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum ScopeKind {
    /// The whole tenant (`scope_id` is the tenant id).
    #[sea_orm(string_value = "tenant")]
    Tenant,
    #[sea_orm(string_value = "region")]
    Region,
    #[sea_orm(string_value = "department")]
    Department,
    #[sea_orm(string_value = "party_organisation")]
    PartyOrganisation,
}

/// Levels of the party organisation (domain.md §5); issue 4 fills the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum PartyOrganisationKind {
    /// 街道党工委
    #[sea_orm(string_value = "street_committee")]
    StreetCommittee,
    /// 社区党委/党总支
    #[sea_orm(string_value = "community_committee")]
    CommunityCommittee,
    /// 网格党支部
    #[sea_orm(string_value = "grid_branch")]
    GridBranch,
    /// 楼栋党小组
    #[sea_orm(string_value = "building_group")]
    BuildingGroup,
}
