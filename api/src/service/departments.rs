//! Functional departments (职能部门) of a county.

use crate::access::{Access, Permission};
use crate::domain::{RegionCode, UserErrorCode, text};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::unique_violation_as;
use crate::service::common::page::{Page, PageRequest};
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::{department, role_assignment};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

const CODE_TAKEN: &str = "this department code is already used";

pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<department::Model> {
    access.require(Permission::DepartmentRead)?;
    conn.find::<department::Entity>()
        .filter(department::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("department"))
}

pub async fn list(
    conn: &TenantTx,
    access: &Access,
    search: Option<&str>,
    page: &PageRequest,
) -> AppResult<Page<department::Model>> {
    access.require(Permission::DepartmentRead)?;
    let mut query = conn.find::<department::Entity>();
    if let Some(after) = &page.after {
        query = query.filter(department::Column::Code.gt(after.clone()));
    }
    if let Some(term) = crate::service::common::search::term(search) {
        query = query.filter(crate::service::common::search::name_or_code(
            department::Column::Name,
            department::Column::Code,
            term,
        ));
    }
    let rows = query
        .order_by_asc(department::Column::Code)
        .limit(page.fetch_limit())
        .all(conn)
        .await?;
    Ok(Page::from_rows(rows, page, |d| d.code.clone()))
}

pub async fn create(
    conn: &TenantTx,
    access: &Access,
    code: &str,
    name: &str,
) -> AppResult<department::Model> {
    access.require(Permission::DepartmentWrite)?;
    let mut errors = Vec::new();
    let code = RegionCode::parse(code).map_err(|e| errors.push(e)).ok();
    let name = text::parse_name("name", name)
        .map_err(|e| errors.push(e))
        .ok();
    crate::service::common::input::reject_if_any(errors)?;
    let (Some(code), Some(name)) = (code, name) else {
        return Err(AppError::internal(anyhow::anyhow!(
            "validated input lost its values"
        )));
    };
    let now = Utc::now();
    let tx = conn.savepoint().await?;
    let created = tx
        .insert(department::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            code: Set(code.into_string()),
            name: Set(name),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await
        .map_err(|e| unique_violation_as(e, "code", UserErrorCode::CodeTaken, CODE_TAKEN))?;
    audit::record(
        &tx,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "department.create",
            object_type: Some("Department"),
            object_id: Some(created.id),
            detail: serde_json::json!({ "code": created.code, "name": created.name }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(created)
}

pub async fn update(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    code: Option<&str>,
    name: Option<&str>,
) -> AppResult<department::Model> {
    access.require(Permission::DepartmentWrite)?;
    let existing = get(conn, access, id).await?;
    let mut errors = Vec::new();
    let code = code
        .map(RegionCode::parse)
        .transpose()
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let name = name
        .map(|n| text::parse_name("name", n))
        .transpose()
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    crate::service::common::input::reject_if_any(errors)?;
    let mut model = existing.into_active_model();
    if let Some(code) = code {
        model.code = Set(code.into_string());
    }
    if let Some(name) = name {
        model.name = Set(name);
    }
    model.updated_at = Set(Utc::now());
    let tx = conn.savepoint().await?;
    let updated = tx
        .update(model)
        .await
        .map_err(|e| unique_violation_as(e, "code", UserErrorCode::CodeTaken, CODE_TAKEN))?;
    audit::record(
        &tx,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "department.update",
            object_type: Some("Department"),
            object_id: Some(updated.id),
            detail: serde_json::json!({ "code": updated.code, "name": updated.name }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

pub async fn delete(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<Uuid> {
    access.require(Permission::DepartmentWrite)?;
    let existing = get(conn, access, id).await?;
    let holders = conn
        .find::<role_assignment::Entity>()
        .filter(role_assignment::Column::ScopeId.eq(id))
        .count(conn)
        .await?;
    if holders > 0 {
        return Err(AppError::invalid(
            "id",
            UserErrorCode::InUse,
            "users hold roles on this department",
        ));
    }
    let tx = conn.savepoint().await?;
    conn.delete_many::<department::Entity>()
        .filter(department::Column::Id.eq(id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "department.delete",
            object_type: Some("Department"),
            object_id: Some(id),
            detail: serde_json::json!({ "code": existing.code }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
