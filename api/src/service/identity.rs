//! Turns a verified access token into the request's [`Access`]: the user must still be active,
//! the tenant active, the sign-in not revoked; then the user's grants with their scope nodes.

use crate::access::{Access, Grant, Scope};
use crate::auth::AccessClaims;
use crate::cache::Cache;
use crate::error::{AppError, AppResult};
use crate::tenancy::scoped;
use entities::enums::{ScopeKind, TenantStatus, UserStatus};
use entities::{region, role_assignment, tenant, user};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;
use uuid::Uuid;

pub fn revoked_family_key(family: Uuid) -> String {
    format!("revoked-family:{family}")
}

pub async fn load(
    conn: &impl ConnectionTrait,
    cache: &dyn Cache,
    claims: &AccessClaims,
) -> AppResult<Access> {
    let revoked = cache
        .exists_any(&[revoked_family_key(claims.fam)])
        .await
        .map_err(AppError::internal)?;
    if revoked {
        return Err(AppError::Unauthenticated(
            "this sign-in has ended; sign in again",
        ));
    }
    let tenant = tenant::Entity::find_by_id(claims.tid)
        .one(conn)
        .await?
        .ok_or(AppError::Unauthenticated(
            "the access token is invalid or expired",
        ))?;
    if tenant.status == TenantStatus::Suspended {
        return Err(AppError::TenantSuspended);
    }
    let user = scoped::<user::Entity>(tenant.id)
        .filter(user::Column::Id.eq(claims.sub))
        .one(conn)
        .await?
        .filter(|u| u.status == UserStatus::Active)
        .ok_or(AppError::Unauthenticated("the account is disabled or gone"))?;
    let assignments = scoped::<role_assignment::Entity>(tenant.id)
        .filter(role_assignment::Column::UserId.eq(user.id))
        .all(conn)
        .await?;
    let grants = grants_of(conn, tenant.id, &assignments).await?;
    Ok(Access {
        tenant_id: tenant.id,
        tenant_kind: tenant.kind,
        user_id: user.id,
        grants,
    })
}

/// The grants of some assignments, with the kind of each region scope looked up at once.
pub async fn grants_of(
    conn: &impl ConnectionTrait,
    tenant_id: Uuid,
    assignments: &[role_assignment::Model],
) -> AppResult<Vec<Grant>> {
    let region_ids: Vec<Uuid> = assignments
        .iter()
        .filter(|a| a.scope_kind == ScopeKind::Region)
        .map(|a| a.scope_id)
        .collect();
    let kinds: HashMap<Uuid, entities::enums::RegionKind> = if region_ids.is_empty() {
        HashMap::new()
    } else {
        scoped::<region::Entity>(tenant_id)
            .select_only()
            .column(region::Column::Id)
            .column(region::Column::Kind)
            .filter(region::Column::Id.is_in(region_ids))
            .into_tuple::<(Uuid, entities::enums::RegionKind)>()
            .all(conn)
            .await?
            .into_iter()
            .collect()
    };
    Ok(assignments
        .iter()
        .filter_map(|a| {
            let scope = match a.scope_kind {
                ScopeKind::Tenant => Scope::Tenant,
                ScopeKind::Region => Scope::Region {
                    id: a.scope_id,
                    kind: *kinds.get(&a.scope_id)?,
                },
                ScopeKind::Department => Scope::Department(a.scope_id),
                ScopeKind::PartyOrganisation => Scope::PartyOrganisation(a.scope_id),
            };
            Some(Grant {
                role: a.role,
                scope,
            })
        })
        .collect())
}
