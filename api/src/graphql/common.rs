//! Types shared by every domain: user errors, enums mirrored from the entities, connections,
//! points.

use crate::domain;
use crate::error::{AppError, AppResult};
use crate::graphql::payload::payload;
use crate::service::common::page::Page;
use async_graphql::connection::{Connection, Edge};
use async_graphql::{Enum, InputObject, OutputType, SimpleObject};

/// A problem with the mutation's input; nothing was written.
#[derive(SimpleObject, Clone)]
pub struct UserError {
    /// Path to the input field, e.g. `["input", "code"]`.
    pub field: Vec<String>,
    pub message: String,
    pub code: UserErrorCode,
}

/// Declares the GraphQL mirror of the domain's code table (see `domain::user_error_codes!`):
/// the same variants, each named by its wire string, without their docs — the schema's
/// `UserErrorCode` describes the enum, not each rule.
macro_rules! graphql_user_error_code {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $wire:literal,
            )*
        }
    ) => {
        /// Stable codes of `userErrors`.
        #[derive(Enum, Copy, Clone, Eq, PartialEq)]
        #[graphql(remote = "crate::domain::UserErrorCode")]
        pub enum $name {
            $(
                #[graphql(name = $wire)]
                $variant,
            )*
        }
    };
}

domain::user_error_codes!(graphql_user_error_code);

impl From<domain::UserError> for UserError {
    fn from(e: domain::UserError) -> Self {
        Self {
            field: e.field,
            message: e.message,
            code: e.code.into(),
        }
    }
}

/// Splits a service result into a payload's parts: the value, or the user errors; anything
/// else ("you can't") stays a top-level error.
pub fn into_payload<T>(result: AppResult<T>) -> async_graphql::Result<(Option<T>, Vec<UserError>)> {
    match result {
        Ok(value) => Ok((Some(value), Vec::new())),
        Err(AppError::Invalid(errors)) => Ok((None, errors.into_iter().map(Into::into).collect())),
        Err(other) => Err(other.into()),
    }
}

/// A Relay connection from a service page.
pub fn connection<T, N: OutputType>(page: Page<T>, map: impl Fn(T) -> N) -> Connection<String, N> {
    let mut connection = Connection::new(page.has_previous, page.has_next);
    connection.edges.extend(
        page.items
            .into_iter()
            .map(|(cursor, item)| Edge::new(cursor, map(item))),
    );
    connection
}

/// 区/县 › 街道/乡镇 › 社区/村 › 网格 › 微网格
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::RegionKind")]
pub enum RegionKind {
    County,
    Street,
    Community,
    Grid,
    MicroGrid,
}

/// 基础网格 | 专属网格 (school, hospital, market, park, enterprise)
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::GridKind")]
pub enum GridKind {
    Basic,
    Exclusive,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::TenantStatus")]
pub enum TenantStatus {
    Active,
    Suspended,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::UserStatus")]
pub enum UserStatus {
    Active,
    Disabled,
}

/// The roles of a county (domain guide §12).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::Role")]
pub enum Role {
    /// 平台运营 — manages tenants; reads no tenant's business data.
    PlatformOperator,
    /// 县级管理员 — everything in the county.
    CountyAdmin,
    /// 街道管理员 — manages and dispatches within a street.
    StreetAdmin,
    /// 社区工作人员
    CommunityStaff,
    /// 网格员
    GridWorker,
    /// 党支部
    PartyBranch,
    /// 职能部门
    Department,
    /// 领导 — read-only statistics of a subtree.
    Leader,
    /// 第三方对接 — what its scopes allow.
    Integrator,
}

/// What a role assignment's scope node is.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::ScopeKind")]
pub enum ScopeKind {
    Tenant,
    Region,
    Department,
    PartyOrganisation,
}

/// A point in lng/lat.
#[derive(SimpleObject, Clone, Copy)]
pub struct GeoPoint {
    pub lng: f64,
    pub lat: f64,
}

#[derive(InputObject, Clone, Copy)]
pub struct GeoPointInput {
    pub lng: f64,
    pub lat: f64,
}

payload! {
    /// The payload of a delete.
    pub struct DeletePayload {
        /// The global id of what was deleted; null when `userErrors` says why not.
        deleted_id: async_graphql::ID,
    }
}
