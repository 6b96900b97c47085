//! Users of a county and their role assignments (managed by the county admin).

use super::sessions::{self, EndReason, SessionEnded};
use crate::access::{Access, Permission};
use crate::cache::SharedCache;
use crate::domain::{UserError, UserErrorCode, password_policy, text};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::unique_violation_as;
use crate::service::common::page::{Page, PageRequest};
use crate::state::AppState;
use crate::tenancy::RequestDb;
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::enums::{RegionKind, Role, ScopeKind, TenantKind, UserStatus};
use entities::{department, party_organisation, region, role_assignment, user};
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use uuid::Uuid;

pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<user::Model> {
    access.require(Permission::UserManage)?;
    find(conn, id).await
}

/// A user of the caller's own tenant, no permission needed (for `me`).
pub async fn find(conn: &TenantTx, id: Uuid) -> AppResult<user::Model> {
    conn.find::<user::Entity>()
        .filter(user::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("user"))
}

pub async fn list(
    conn: &TenantTx,
    access: &Access,
    search: Option<&str>,
    page: &PageRequest,
) -> AppResult<Page<user::Model>> {
    access.require(Permission::UserManage)?;
    let mut query = conn.find::<user::Entity>();
    if let Some(after) = &page.after {
        query = query.filter(user::Column::Username.gt(after.clone()));
    }
    if let Some(term) = crate::service::common::search::term(search) {
        query = query.filter(
            Condition::any()
                .add(crate::service::common::search::starts_with_lower(
                    user::Column::Username,
                    term,
                ))
                .add(crate::service::common::search::contains(
                    user::Column::DisplayName,
                    term,
                )),
        );
    }
    let rows = query
        .order_by_asc(user::Column::Username)
        .limit(page.fetch_limit())
        .all(conn)
        .await?;
    Ok(Page::from_rows(rows, page, |u| u.username.clone()))
}

/// The role assignments of some users, by user, each with its scope node's name.
pub async fn assignments_of(
    conn: &TenantTx,
    tenant_id: Uuid,
    user_ids: &[Uuid],
) -> AppResult<HashMap<Uuid, Vec<(role_assignment::Model, Option<String>)>>> {
    let rows = conn
        .find::<role_assignment::Entity>()
        .filter(role_assignment::Column::UserId.is_in(user_ids.iter().copied()))
        .order_by_asc(role_assignment::Column::CreatedAt)
        .all(conn)
        .await?;
    let ids_of = |kind: ScopeKind| {
        rows.iter()
            .filter(move |a| a.scope_kind == kind)
            .map(|a| a.scope_id)
            .collect::<Vec<_>>()
    };
    let mut names: HashMap<Uuid, String> = HashMap::new();
    names.extend(
        conn.find::<region::Entity>()
            .select_only()
            .column(region::Column::Id)
            .column(region::Column::Name)
            .filter(region::Column::Id.is_in(ids_of(ScopeKind::Region)))
            .into_tuple::<(Uuid, String)>()
            .all(conn)
            .await?,
    );
    names.extend(
        conn.find::<department::Entity>()
            .select_only()
            .column(department::Column::Id)
            .column(department::Column::Name)
            .filter(department::Column::Id.is_in(ids_of(ScopeKind::Department)))
            .into_tuple::<(Uuid, String)>()
            .all(conn)
            .await?,
    );
    names.extend(
        conn.find::<party_organisation::Entity>()
            .select_only()
            .column(party_organisation::Column::Id)
            .column(party_organisation::Column::Name)
            .filter(party_organisation::Column::Id.is_in(ids_of(ScopeKind::PartyOrganisation)))
            .into_tuple::<(Uuid, String)>()
            .all(conn)
            .await?,
    );
    // A tenant-wide role's scope is the county itself.
    if rows.iter().any(|a| a.scope_kind == ScopeKind::Tenant)
        && let Some(county) = crate::tenancy::platform::tenant(tenant_id)
            .one(conn)
            .await?
    {
        names.insert(tenant_id, county.name);
    }
    let mut by_user: HashMap<Uuid, Vec<_>> = HashMap::new();
    for row in rows {
        let name = names.get(&row.scope_id).cloned();
        by_user.entry(row.user_id).or_default().push((row, name));
    }
    Ok(by_user)
}

pub async fn create(
    state: &AppState,
    conn: &TenantTx,
    access: &Access,
    username: &str,
    display_name: &str,
    password: &str,
) -> AppResult<user::Model> {
    access.require(Permission::UserManage)?;
    insert_user(
        state,
        conn,
        access.tenant_id,
        Some(access.user_id),
        username,
        display_name,
        password,
    )
    .await
}

/// Creates a user in `tenant_id` (also used for a new tenant's first admin).
pub async fn insert_user(
    state: &AppState,
    conn: &TenantTx,
    tenant_id: Uuid,
    actor: Option<Uuid>,
    username: &str,
    display_name: &str,
    password: &str,
) -> AppResult<user::Model> {
    let mut errors = Vec::new();
    let username = text::parse_username(username)
        .map_err(|e| errors.push(e))
        .ok();
    let display_name = text::parse_name("displayName", display_name)
        .map_err(|e| errors.push(e))
        .ok();
    if let Err(e) = password_policy::check("password", password) {
        errors.push(e);
    }
    crate::service::common::input::reject_if_any(errors)?;
    let (Some(username), Some(display_name)) = (username, display_name) else {
        return Err(AppError::internal(anyhow::anyhow!(
            "validated input lost its values"
        )));
    };
    let taken = conn
        .find::<user::Entity>()
        .filter(user::Column::Username.eq(&username))
        .one(conn)
        .await?;
    if taken.is_some() {
        return Err(AppError::invalid(
            "username",
            UserErrorCode::UsernameTaken,
            "this username is taken",
        ));
    }
    let hash = state.hasher.hash(password).await?;
    let now = Utc::now();
    let tx = conn.savepoint().await?;
    let created = tx
        .insert(user::ActiveModel {
            tenant_id: Set(tenant_id),
            id: Set(Uuid::now_v7()),
            username: Set(username),
            display_name: Set(display_name),
            password_hash: Set(hash),
            status: Set(UserStatus::Active),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await
        .map_err(|e| {
            unique_violation_as(
                e,
                "username",
                UserErrorCode::UsernameTaken,
                "this username is taken",
            )
        })?;
    audit::record(
        &tx,
        AuditEntry {
            tenant_id,
            actor_id: actor,
            action: "user.create",
            object_type: Some("User"),
            object_id: Some(created.id),
            detail: serde_json::json!({ "username": created.username }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(created)
}

pub async fn set_status(
    db: &RequestDb,
    cache: &SharedCache,
    access: &Access,
    id: Uuid,
    status: UserStatus,
) -> AppResult<user::Model> {
    let conn = db.conn().await?;
    let existing = get(conn, access, id).await?;
    if existing.id == access.user_id && status == UserStatus::Disabled {
        return Err(AppError::invalid(
            "id",
            UserErrorCode::InUse,
            "you cannot disable your own account",
        ));
    }
    let tx = conn.savepoint().await?;
    let mut model: user::ActiveModel = existing.into();
    model.status = Set(status);
    model.updated_at = Set(Utc::now());
    let updated = tx.update(model).await?;
    audit::record(
        &tx,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "user.set_status",
            object_type: Some("User"),
            object_id: Some(id),
            detail: serde_json::json!({ "status": status }),
        },
    )
    .await?;
    tx.commit().await?;
    if status != UserStatus::Active {
        sessions::announce_after_commit(
            db,
            cache,
            SessionEnded::user(access.tenant_id, id, EndReason::UserDisabled),
        );
    }
    Ok(updated)
}

/// A scope named by the caller, already resolved to its kind.
#[derive(Debug, Clone, Copy)]
pub enum ScopeRef {
    Tenant,
    Region(Uuid),
    Department(Uuid),
    PartyOrganisation(Uuid),
}

fn wrong_scope(message: &str) -> AppError {
    AppError::Invalid(vec![UserError::new(
        "scopeId",
        UserErrorCode::InvalidScope,
        message,
    )])
}

/// Checks that `role` may be granted on `scope` and returns the stored scope kind and id.
async fn resolve_scope(
    conn: &TenantTx,
    access: &Access,
    role: Role,
    scope: ScopeRef,
) -> AppResult<(ScopeKind, Uuid)> {
    let tenant_id = access.tenant_id;
    match (role, scope) {
        (Role::PlatformOperator, _) => Err(wrong_scope(
            "the platform operator role exists only on the platform",
        )),
        (Role::CountyAdmin | Role::Integrator, ScopeRef::Tenant) => {
            Ok((ScopeKind::Tenant, tenant_id))
        }
        (Role::Department, ScopeRef::Department(id)) => {
            conn.find::<department::Entity>()
                .filter(department::Column::Id.eq(id))
                .one(conn)
                .await?
                .ok_or(AppError::NotFound("department"))?;
            Ok((ScopeKind::Department, id))
        }
        (Role::PartyBranch, ScopeRef::PartyOrganisation(id)) => {
            conn.find::<party_organisation::Entity>()
                .filter(party_organisation::Column::Id.eq(id))
                .one(conn)
                .await?
                .ok_or(AppError::NotFound("party organisation"))?;
            Ok((ScopeKind::PartyOrganisation, id))
        }
        (
            Role::StreetAdmin | Role::CommunityStaff | Role::GridWorker | Role::Leader,
            ScopeRef::Region(id),
        ) => {
            let node = conn
                .find::<region::Entity>()
                .filter(region::Column::Id.eq(id))
                .one(conn)
                .await?
                .ok_or(AppError::NotFound("region"))?;
            let fits = match role {
                Role::StreetAdmin => node.kind == RegionKind::Street,
                Role::CommunityStaff => node.kind == RegionKind::Community,
                Role::GridWorker => matches!(node.kind, RegionKind::Grid | RegionKind::MicroGrid),
                _ => true,
            };
            if !fits {
                return Err(wrong_scope(
                    "this role is granted on a region of another level",
                ));
            }
            Ok((ScopeKind::Region, id))
        }
        _ => Err(wrong_scope(
            "this role cannot be granted on that kind of scope",
        )),
    }
}

pub async fn assign_role(
    conn: &TenantTx,
    access: &Access,
    user_id: Uuid,
    role: Role,
    scope: ScopeRef,
) -> AppResult<role_assignment::Model> {
    access.require(Permission::UserManage)?;
    if access.tenant_kind == TenantKind::Platform {
        return Err(AppError::Forbidden("the platform has no county roles"));
    }
    get(conn, access, user_id).await?;
    let (scope_kind, scope_id) = resolve_scope(conn, access, role, scope).await?;
    let exists = conn
        .find::<role_assignment::Entity>()
        .filter(role_assignment::Column::UserId.eq(user_id))
        .filter(role_assignment::Column::Role.eq(role))
        .filter(role_assignment::Column::ScopeId.eq(scope_id))
        .one(conn)
        .await?;
    if exists.is_some() {
        return Err(AppError::invalid(
            "role",
            UserErrorCode::RoleAlreadyAssigned,
            "the user already holds this role there",
        ));
    }
    let tx = conn.savepoint().await?;
    let created = tx
        .insert(role_assignment::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            user_id: Set(user_id),
            role: Set(role),
            scope_kind: Set(scope_kind),
            scope_id: Set(scope_id),
            created_at: Set(Utc::now()),
        })
        .await
        .map_err(|e| {
            unique_violation_as(
                e,
                "role",
                UserErrorCode::RoleAlreadyAssigned,
                "the user already holds this role there",
            )
        })?;
    audit::record(&tx, AuditEntry {
        tenant_id: access.tenant_id,
        actor_id: Some(access.user_id),
        action: "user.assign_role",
        object_type: Some("User"),
        object_id: Some(user_id),
        detail: serde_json::json!({ "role": role, "scopeKind": scope_kind, "scopeId": scope_id }),
    })
    .await?;
    tx.commit().await?;
    Ok(created)
}

pub async fn revoke_role(
    db: &RequestDb,
    cache: &SharedCache,
    access: &Access,
    assignment_id: Uuid,
) -> AppResult<Uuid> {
    access.require(Permission::UserManage)?;
    let conn = db.conn().await?;
    let existing = conn
        .find::<role_assignment::Entity>()
        .filter(role_assignment::Column::Id.eq(assignment_id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("role assignment"))?;
    let tx = conn.savepoint().await?;
    conn.delete_many::<role_assignment::Entity>()
        .filter(role_assignment::Column::Id.eq(assignment_id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "user.revoke_role",
            object_type: Some("User"),
            object_id: Some(existing.user_id),
            detail: serde_json::json!({ "role": existing.role, "scopeId": existing.scope_id }),
        },
    )
    .await?;
    tx.commit().await?;
    // A live socket keeps the access it was opened with; the user reconnects with the new one.
    sessions::announce_after_commit(
        db,
        cache,
        SessionEnded::user(access.tenant_id, existing.user_id, EndReason::AccessChanged),
    );
    Ok(assignment_id)
}

/// Stores a grant without checks (the CLI and the demo seed, which validate their own input).
pub async fn insert_grant(
    conn: &TenantTx,
    tenant_id: Uuid,
    user_id: Uuid,
    role: Role,
    scope_kind: ScopeKind,
    scope_id: Uuid,
) -> AppResult<()> {
    conn.insert_one(role_assignment::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        role: Set(role),
        scope_kind: Set(scope_kind),
        scope_id: Set(scope_id),
        created_at: Set(Utc::now()),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Display names of some users (for showing who did what).
pub async fn display_names(conn: &TenantTx, ids: &[Uuid]) -> AppResult<HashMap<Uuid, String>> {
    Ok(conn
        .find::<user::Entity>()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::DisplayName)
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .into_tuple::<(Uuid, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}
