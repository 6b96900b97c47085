//! The audit log (审计日志): who did what, when. Append-only.

use super::common::connection;
use super::context::caller;
use crate::domain::{GlobalId, NodeType};
use crate::service::common::audit::{self as service, AuditFilter};
use crate::service::common::page::PageRequest;
use crate::service::users;
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Json, Object};
use chrono::{DateTime, Utc};
use entities::audit_log;

/// One recorded action. Needs `audit:read` (county admin).
pub struct AuditEntry {
    model: audit_log::Model,
    actor_name: Option<String>,
}

#[Object]
impl AuditEntry {
    async fn at(&self) -> DateTime<Utc> {
        self.model.at
    }

    /// A dotted verb: `auth.login`, `auth.login_failed`, `region.create`, `user.assign_role`…
    async fn action(&self) -> &str {
        &self.model.action
    }

    /// The user who acted; null for the system or an unidentified caller.
    async fn actor_id(&self) -> Option<ID> {
        self.model
            .actor_id
            .map(|id| GlobalId::encode(NodeType::User, id).into())
    }

    async fn actor_name(&self) -> Option<&str> {
        self.actor_name.as_deref()
    }

    /// The kind of object acted on, e.g. `Region`.
    async fn object_type(&self) -> Option<&str> {
        self.model.object_type.as_deref()
    }

    /// The global id of the object acted on.
    async fn object_id(&self) -> Option<ID> {
        let node_type = match self.model.object_type.as_deref()? {
            "Region" => NodeType::Region,
            "Department" => NodeType::Department,
            "User" => NodeType::User,
            "Tenant" => NodeType::Tenant,
            _ => return None,
        };
        self.model
            .object_id
            .map(|id| GlobalId::encode(node_type, id).into())
    }

    /// What changed, as recorded.
    async fn detail(&self) -> Json<serde_json::Value> {
        Json(self.model.detail.clone())
    }
}

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The tenant's audit log, newest first. `action` is one action or a prefix ending in `.`
    /// (`auth.`); `objectId` and `actorId` are global ids. Needs `audit:read`.
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        action: Option<String>,
        object_id: Option<ID>,
        actor_id: Option<ID>,
    ) -> async_graphql::Result<Connection<String, AuditEntry>> {
        let page = PageRequest::parse(first, after)?;
        let filter = AuditFilter {
            action,
            object_id: object_id
                .as_ref()
                .map(|id| GlobalId::decode(id))
                .transpose()?
                .map(|g| g.id),
            actor_id: actor_id
                .as_ref()
                .map(|id| GlobalId::decode_as(id, NodeType::User, "user"))
                .transpose()?,
        };
        let (access, conn) = caller(ctx).await?;
        let entries = service::list(conn, access, &filter, &page).await?;
        let actors: Vec<_> = entries
            .items
            .iter()
            .filter_map(|(_, e)| e.actor_id)
            .collect();
        let names = users::display_names(conn, &actors).await?;
        Ok(connection(entries, |model| AuditEntry {
            actor_name: model.actor_id.and_then(|id| names.get(&id).cloned()),
            model,
        }))
    }
}
