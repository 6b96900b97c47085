//! Turns a verified access token into the request's [`Access`]: the user must still be active,
//! the tenant active, the sign-in not revoked; then the user's grants with their scope nodes.

use crate::access::{Access, Grant, Scope};
use crate::auth::AccessClaims;
use crate::cache::Cache;
use crate::error::{AppError, AppResult};
use crate::service::common::region_scope::place_from_columns;
use crate::tenancy::TenantTx;
use entities::enums::{RegionKind, Role, ScopeKind, TenantKind, TenantStatus, UserStatus};
use sea_orm::FromQueryResult;
use uuid::Uuid;

pub fn revoked_family_key(family: Uuid) -> String {
    format!("revoked-family:{family}")
}

/// One row of the identity query: the tenant and the user, with one of the user's grants (and
/// the kind of its region scope) — or none, for a user without grants.
#[derive(Debug, FromQueryResult)]
struct IdentityRow {
    tenant_kind: TenantKind,
    tenant_status: TenantStatus,
    user_status: UserStatus,
    role: Option<Role>,
    scope_kind: Option<ScopeKind>,
    scope_id: Option<Uuid>,
    region_kind: Option<RegionKind>,
    /// For a party-organisation scope: the region it serves and that region's ancestors.
    served_region_id: Option<Uuid>,
    served_street_id: Option<Uuid>,
    served_community_id: Option<Uuid>,
    served_grid_id: Option<Uuid>,
    served_micro_grid_id: Option<Uuid>,
}

impl IdentityRow {
    /// The kind and id of the region a party-organisation scope serves.
    fn served(&self) -> Option<(RegionKind, Uuid)> {
        let place = place_from_columns(
            self.served_region_id?,
            self.served_street_id,
            self.served_community_id,
            self.served_grid_id,
            self.served_micro_grid_id,
        );
        Some((place.kind, place.id))
    }
}

/// The caller of a request, in one statement: the tenant, the user and the user's grants with
/// the kinds of their region scopes and the regions their party organisations serve, joined. It runs on every request, so it is one round trip.
pub async fn load(conn: &TenantTx, cache: &dyn Cache, claims: &AccessClaims) -> AppResult<Access> {
    let revoked = cache.exists_any(&[revoked_family_key(claims.fam)]).await?;
    if revoked {
        return Err(AppError::Unauthenticated(
            "this sign-in has ended; sign in again",
        ));
    }
    if conn.tenant() != Some(claims.tid) {
        return Err(AppError::Unauthenticated(
            "the access token is invalid or expired",
        ));
    }
    let rows = conn
        .query_all_in_tenant(
            "SELECT t.kind AS tenant_kind, t.status AS tenant_status, u.status AS user_status,
                    ra.role AS role, ra.scope_kind AS scope_kind, ra.scope_id AS scope_id,
                    r.kind AS region_kind,
                    po.region_id AS served_region_id, po.street_id AS served_street_id,
                    po.community_id AS served_community_id, po.grid_id AS served_grid_id,
                    po.micro_grid_id AS served_micro_grid_id
             FROM users u
             JOIN tenants t ON t.id = u.tenant_id
             LEFT JOIN role_assignments ra ON ra.tenant_id = u.tenant_id AND ra.user_id = u.id
             LEFT JOIN regions r ON r.tenant_id = ra.tenant_id AND r.id = ra.scope_id
                                AND ra.scope_kind = 'region'
             LEFT JOIN party_organisations po ON po.tenant_id = ra.tenant_id
                                AND po.id = ra.scope_id AND ra.scope_kind = 'party_organisation'
             WHERE u.tenant_id = $1 AND u.id = $2",
            [claims.sub.into()],
        )
        .await?
        .iter()
        .map(|row| IdentityRow::from_query_result(row, ""))
        .collect::<Result<Vec<_>, _>>()?;
    let first = rows.first().ok_or(AppError::Unauthenticated(
        "the access token is invalid or expired",
    ))?;
    if first.tenant_status == TenantStatus::Suspended {
        return Err(AppError::TenantSuspended);
    }
    if first.user_status != UserStatus::Active {
        return Err(AppError::Unauthenticated("the account is disabled or gone"));
    }
    let grants = rows
        .iter()
        .filter_map(|row| {
            let scope = match (row.scope_kind?, row.scope_id?) {
                (ScopeKind::Tenant, _) => Scope::Tenant,
                (ScopeKind::Region, id) => Scope::Region {
                    id,
                    kind: row.region_kind?,
                },
                (ScopeKind::Department, id) => Scope::Department(id),
                (ScopeKind::PartyOrganisation, id) => Scope::PartyOrganisation {
                    id,
                    serves: row.served(),
                },
            };
            Some(Grant {
                role: row.role?,
                scope,
            })
        })
        .collect();
    Ok(Access {
        tenant_id: claims.tid,
        tenant_kind: first.tenant_kind,
        user_id: claims.sub,
        grants,
    })
}
