//! Tenants (counties), managed by the platform operator, and the platform's own tenant.

use super::sessions::{self, SessionEnded};
use super::users::{insert_grant, insert_user};
use crate::access::{Access, Permission};
use crate::cache::SharedCache;
use crate::domain::{TenantCode, UserErrorCode, password_policy, text};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::page::{Page, PageRequest};
use crate::state::AppState;
use crate::tenancy::RequestDb;
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::enums::{RegionKind, Role, ScopeKind, TenantKind, TenantStatus};
use entities::{region, tenant};
use sea_orm::{ActiveValue::Set, ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

/// The platform's own tenant, created on first start.
pub async fn ensure_platform(conn: &TenantTx) -> AppResult<tenant::Model> {
    if let Some(found) = find_by_code(conn, TenantCode::PLATFORM).await? {
        return Ok(found);
    }
    let now = Utc::now();
    Ok(crate::tenancy::platform::insert_tenant(
        conn,
        tenant::ActiveModel {
            id: Set(Uuid::now_v7()),
            code: Set(TenantCode::PLATFORM.to_string()),
            name: Set("平台运营".to_string()),
            kind: Set(TenantKind::Platform),
            status: Set(TenantStatus::Active),
            created_at: Set(now),
            updated_at: Set(now),
        },
    )
    .await?)
}

pub async fn find_by_code(conn: &TenantTx, code: &str) -> AppResult<Option<tenant::Model>> {
    Ok(crate::tenancy::platform::tenants()
        .filter(tenant::Column::Code.eq(code))
        .one(conn)
        .await?)
}

/// The caller's own tenant (no permission needed).
pub async fn own(conn: &TenantTx, access: &Access) -> AppResult<tenant::Model> {
    crate::tenancy::platform::tenant(access.tenant_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("tenant"))
}

/// A county, for the platform operator; a county's own staff may read their own tenant.
pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<tenant::Model> {
    // Another county is out of a county's reach: `NOT_FOUND`, as for any of its objects.
    if id != access.tenant_id && !access.has(Permission::TenantManage) {
        return Err(AppError::NotFound("tenant"));
    }
    crate::tenancy::platform::tenant(id)
        .filter(tenant::Column::Kind.eq(TenantKind::County))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("tenant"))
}

pub async fn list(
    conn: &TenantTx,
    access: &Access,
    page: &PageRequest,
) -> AppResult<Page<tenant::Model>> {
    access.require(Permission::TenantManage)?;
    let mut query =
        crate::tenancy::platform::tenants().filter(tenant::Column::Kind.eq(TenantKind::County));
    if let Some(after) = &page.after {
        query = query.filter(tenant::Column::Code.gt(after.clone()));
    }
    let rows = query
        .order_by_asc(tenant::Column::Code)
        .limit(page.fetch_limit())
        .all(conn)
        .await?;
    Ok(Page::from_rows(rows, page, |t| t.code.clone()))
}

/// A new county: the tenant, its root region, and its first county admin.
pub struct NewCounty<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub admin_username: &'a str,
    pub admin_display_name: &'a str,
    pub admin_password: &'a str,
}

pub async fn create(
    state: &AppState,
    db: &RequestDb,
    access: &Access,
    input: NewCounty<'_>,
) -> AppResult<tenant::Model> {
    access.require(Permission::TenantManage)?;
    let created = create_county(state, db, Some(access.user_id), input).await?;
    db.enter_tenant(access.tenant_id).await?;
    audit::record(
        db.conn().await?,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "tenant.create",
            object_type: Some("Tenant"),
            object_id: Some(created.id),
            detail: serde_json::json!({ "code": created.code, "name": created.name }),
        },
    )
    .await?;
    Ok(created)
}

/// Creates a county without a caller (the CLI and the demo seed). Leaves `db` in the new
/// tenant.
pub async fn create_county(
    state: &AppState,
    db: &RequestDb,
    actor: Option<Uuid>,
    input: NewCounty<'_>,
) -> AppResult<tenant::Model> {
    let mut errors = Vec::new();
    let code = TenantCode::parse(input.code)
        .map_err(|e| errors.push(e))
        .ok();
    let name = text::parse_name("name", input.name)
        .map_err(|e| errors.push(e))
        .ok();
    // The admin is checked before anything is written: a county without its admin is useless.
    if let Err(mut e) = text::parse_username(input.admin_username) {
        e.field = vec!["input".into(), "adminUsername".into()];
        errors.push(e);
    }
    if let Err(e) = password_policy::check("adminPassword", input.admin_password) {
        errors.push(e);
    }
    crate::service::common::input::reject_if_any(errors)?;
    let (Some(code), Some(name)) = (code, name) else {
        return Err(AppError::internal(anyhow::anyhow!(
            "validated input lost its values"
        )));
    };
    let conn = db.conn().await?;
    if find_by_code(conn, code.as_str()).await?.is_some() {
        return Err(AppError::invalid(
            "code",
            UserErrorCode::TenantCodeTaken,
            "a county with this code exists",
        ));
    }
    let now = Utc::now();
    let county = crate::tenancy::platform::insert_tenant(
        conn,
        tenant::ActiveModel {
            id: Set(Uuid::now_v7()),
            code: Set(code.as_str().to_string()),
            name: Set(name.clone()),
            kind: Set(TenantKind::County),
            status: Set(TenantStatus::Active),
            created_at: Set(now),
            updated_at: Set(now),
        },
    )
    .await?;
    db.enter_tenant(county.id).await?;
    let root_id = Uuid::now_v7();
    conn.insert(region::ActiveModel {
        tenant_id: Set(county.id),
        id: Set(root_id),
        parent_id: Set(None),
        kind: Set(RegionKind::County),
        grid_kind: Set(None),
        code: Set(county.code.clone()),
        name: Set(name),
        path: Set(format!("/{root_id}/")),
        depth: Set(0),
        street_id: Set(None),
        community_id: Set(None),
        grid_id: Set(None),
        micro_grid_id: Set(None),
        boundary: Set(None),
        center_lng: Set(None),
        center_lat: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .await?;
    crate::service::archives::key_groups::seed_defaults(conn, county.id).await?;
    super::events::catalogue::seed_defaults(conn, county.id).await?;
    let admin = insert_user(
        state,
        conn,
        county.id,
        actor,
        input.admin_username,
        input.admin_display_name,
        input.admin_password,
    )
    .await?;
    insert_grant(
        conn,
        county.id,
        admin.id,
        Role::CountyAdmin,
        ScopeKind::Tenant,
        county.id,
    )
    .await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id: county.id,
            actor_id: actor,
            action: "tenant.created",
            object_type: Some("Tenant"),
            object_id: Some(county.id),
            detail: serde_json::json!({ "admin": admin.username }),
        },
    )
    .await?;
    Ok(county)
}

pub async fn set_status(
    db: &RequestDb,
    cache: &SharedCache,
    access: Option<&Access>,
    id: Uuid,
    status: TenantStatus,
) -> AppResult<tenant::Model> {
    if let Some(access) = access {
        access.require(Permission::TenantManage)?;
    }
    let conn = db.conn().await?;
    let found = crate::tenancy::platform::tenant(id)
        .filter(tenant::Column::Kind.eq(TenantKind::County))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("tenant"))?;
    let mut model: tenant::ActiveModel = found.into();
    model.status = Set(status);
    model.updated_at = Set(Utc::now());
    let updated = crate::tenancy::platform::update_tenant(conn, model).await?;
    if let Some(access) = access {
        audit::record(
            conn,
            AuditEntry {
                tenant_id: access.tenant_id,
                actor_id: Some(access.user_id),
                action: "tenant.set_status",
                object_type: Some("Tenant"),
                object_id: Some(id),
                detail: serde_json::json!({ "status": status }),
            },
        )
        .await?;
    }
    if status == TenantStatus::Suspended {
        sessions::announce_after_commit(db, cache, SessionEnded::tenant(id));
    }
    Ok(updated)
}
