//! Writes to the append-only audit log.

use crate::error::AppResult;
use chrono::Utc;
use entities::audit_log;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use uuid::Uuid;

pub struct AuditEntry<'a> {
    pub tenant_id: Uuid,
    pub actor_id: Option<Uuid>,
    pub action: &'a str,
    pub object_type: Option<&'a str>,
    pub object_id: Option<Uuid>,
    pub detail: serde_json::Value,
}

pub async fn record(conn: &impl ConnectionTrait, entry: AuditEntry<'_>) -> AppResult<()> {
    audit_log::Entity::insert(audit_log::ActiveModel {
        tenant_id: Set(entry.tenant_id),
        id: Set(Uuid::now_v7()),
        at: Set(Utc::now()),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action.to_string()),
        object_type: Set(entry.object_type.map(str::to_string)),
        object_id: Set(entry.object_id),
        detail: Set(entry.detail),
        request_id: Set(crate::http::request_id::current()),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}
