//! Writes to the append-only audit log.

use super::page::{Page, PageRequest};
use crate::access::{Access, Permission};
use crate::error::AppResult;
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::audit_log;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

pub struct AuditEntry<'a> {
    pub tenant_id: Uuid,
    pub actor_id: Option<Uuid>,
    pub action: &'a str,
    pub object_type: Option<&'a str>,
    pub object_id: Option<Uuid>,
    pub detail: serde_json::Value,
}

impl<'a> AuditEntry<'a> {
    /// What the caller did to one object.
    pub fn by(
        access: &Access,
        action: &'a str,
        object_type: &'a str,
        object_id: Uuid,
        detail: serde_json::Value,
    ) -> Self {
        Self {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action,
            object_type: Some(object_type),
            object_id: Some(object_id),
            detail,
        }
    }
}

pub async fn record(conn: &TenantTx, entry: AuditEntry<'_>) -> AppResult<()> {
    conn.insert_one(audit_log::ActiveModel {
        tenant_id: Set(entry.tenant_id),
        id: Set(Uuid::now_v7()),
        at: Set(Utc::now()),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action.to_string()),
        object_type: Set(entry.object_type.map(str::to_string)),
        object_id: Set(entry.object_id),
        detail: Set(entry.detail),
        request_id: Set(crate::request_context::request_id()),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// What to look for in the audit log.
#[derive(Debug, Default)]
pub struct AuditFilter {
    /// An action such as `region.create`, or a prefix ending in `.` such as `auth.`.
    pub action: Option<String>,
    pub object_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
}

/// The tenant's audit entries, newest first (ids are UUIDv7, so they sort by time).
pub async fn list(
    conn: &TenantTx,
    access: &Access,
    filter: &AuditFilter,
    page: &PageRequest,
) -> AppResult<Page<audit_log::Model>> {
    access.require(Permission::AuditRead)?;
    let mut query = conn.find::<audit_log::Entity>();
    if let Some(after) = &page.after {
        let after = Uuid::try_parse(after)
            .map_err(|_| crate::error::AppError::BadUserInput("the cursor is not valid".into()))?;
        query = query.filter(audit_log::Column::Id.lt(after));
    }
    if let Some(action) = filter
        .action
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        query = match action.strip_suffix('.') {
            Some(prefix) => {
                query.filter(audit_log::Column::Action.starts_with(format!("{prefix}.")))
            }
            None => query.filter(audit_log::Column::Action.eq(action)),
        };
    }
    if let Some(object) = filter.object_id {
        query = query.filter(audit_log::Column::ObjectId.eq(object));
    }
    if let Some(actor) = filter.actor_id {
        query = query.filter(audit_log::Column::ActorId.eq(actor));
    }
    let rows = query
        .order_by_desc(audit_log::Column::Id)
        .limit(page.fetch_limit())
        .all(conn)
        .await?;
    Ok(Page::from_rows(rows, page, |entry| entry.id.to_string()))
}
