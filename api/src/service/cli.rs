//! Operations of the `gridgov` command line, which runs without a signed-in caller.

use super::tenants::{ensure_platform, find_by_code};
use super::users::{insert_grant, insert_user};
use crate::domain::{TenantCode, UserError, UserErrorCode};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::tenancy::with_tenant;
use chrono::Utc;
use entities::enums::{RegionKind, ScopeKind, TenantKind};
pub use entities::enums::{Role, TenantStatus};
use entities::{department, region, tenant};
use sea_orm::{ActiveValue::Set, ColumnTrait, QueryFilter};

fn bad(field: &str, message: &str) -> AppError {
    AppError::Invalid(vec![UserError::new(
        field,
        UserErrorCode::InvalidScope,
        message,
    )])
}

pub async fn create_user(
    state: &AppState,
    tenant_code: &str,
    username: &str,
    display_name: &str,
    password: &str,
    role: Option<Role>,
    scope_code: Option<&str>,
) -> AppResult<()> {
    with_tenant(&state.db, None, async |db| {
        let conn = db.conn().await?;
        if tenant_code == TenantCode::PLATFORM {
            ensure_platform(conn).await?;
        }
        let tenant = find_by_code(conn, tenant_code)
            .await?
            .ok_or(AppError::NotFound("tenant"))?;
        db.enter_tenant(tenant.id).await?;
        let platform = tenant.kind == TenantKind::Platform;
        let scope = match (role, platform) {
            (None, _) => None,
            (Some(Role::PlatformOperator), true) => Some((ScopeKind::Tenant, tenant.id)),
            (Some(_), true) | (Some(Role::PlatformOperator), false) => {
                return Err(bad("role", "the platform holds platform operators only"));
            }
            (Some(Role::CountyAdmin | Role::Integrator), false) => {
                Some((ScopeKind::Tenant, tenant.id))
            }
            (Some(Role::Department), false) => {
                let code =
                    scope_code.ok_or_else(|| bad("scopeCode", "give the department's code"))?;
                let found = conn
                    .find::<department::Entity>()
                    .filter(department::Column::Code.eq(code))
                    .one(conn)
                    .await?
                    .ok_or(AppError::NotFound("department"))?;
                Some((ScopeKind::Department, found.id))
            }
            (Some(Role::PartyBranch), false) => {
                return Err(bad("role", "grant party roles in the web client"));
            }
            (Some(role), false) => {
                let code = scope_code.ok_or_else(|| bad("scopeCode", "give the region's code"))?;
                let found = conn
                    .find::<region::Entity>()
                    .filter(region::Column::Code.eq(code))
                    .one(conn)
                    .await?
                    .ok_or(AppError::NotFound("region"))?;
                let fits = match role {
                    Role::StreetAdmin => found.kind == RegionKind::Street,
                    Role::CommunityStaff => found.kind == RegionKind::Community,
                    Role::GridWorker => {
                        matches!(found.kind, RegionKind::Grid | RegionKind::MicroGrid)
                    }
                    _ => true,
                };
                if !fits {
                    return Err(bad(
                        "scopeCode",
                        "this role is granted on a region of another level",
                    ));
                }
                Some((ScopeKind::Region, found.id))
            }
        };
        let user = insert_user(
            state,
            conn,
            tenant.id,
            None,
            username,
            display_name,
            password,
        )
        .await?;
        if let (Some(role), Some((kind, id))) = (role, scope) {
            insert_grant(conn, tenant.id, user.id, role, kind, id).await?;
        }
        Ok(())
    })
    .await
}

pub async fn set_tenant_status(
    state: &AppState,
    code: &str,
    status: TenantStatus,
) -> AppResult<()> {
    let tenant_id = with_tenant(&state.db, None, async |db| {
        let conn = db.conn().await?;
        let found = find_by_code(conn, code)
            .await?
            .filter(|t| t.kind == TenantKind::County)
            .ok_or(AppError::NotFound("tenant"))?;
        let id = found.id;
        let mut model: tenant::ActiveModel = found.into();
        model.status = Set(status);
        model.updated_at = Set(Utc::now());
        crate::tenancy::platform::update_tenant(conn, model).await?;
        Ok(id)
    })
    .await?;
    if status == TenantStatus::Suspended {
        // Through Redis this reaches every running server; this process ends right after.
        super::sessions::announce(
            &state.cache,
            &super::sessions::SessionEnded::tenant(tenant_id),
        )
        .await;
    }
    Ok(())
}
