//! What reaches the caller: in-app notifications and the live feed's changes.

use super::*;
use crate::domain::NodeType;
use crate::graphql::context::request;
use crate::graphql::events::enums::*;
use crate::service;
use crate::service::events::live;
use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use entities::notification;

/// An in-app notice to the caller.
pub struct Notification(pub notification::Model);

#[Object]
impl Notification {
    async fn id(&self) -> ID {
        gid(NodeType::Notification, self.0.id)
    }
    /// `red_dispute` today.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    async fn message(&self) -> &str {
        &self.0.message
    }
    async fn event(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Event>> {
        let Some(id) = self.0.event_id else {
            return Ok(None);
        };
        let rc = request(ctx);
        Ok(
            service::events::visible(rc.conn().await?, rc.access().await?, id)
                .await
                .ok()
                .map(Event),
        )
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }
}

/// A change of an event, as the live feed delivers it. Refetch the event for its details.
pub struct EventChange(pub live::EventChange);

#[Object]
impl EventChange {
    async fn event_id(&self) -> ID {
        gid(NodeType::Event, self.0.event_id)
    }
    async fn number(&self) -> &str {
        &self.0.number
    }
    async fn action(&self) -> EventAction {
        self.0.action.into()
    }
    async fn status(&self) -> EventStatus {
        self.0.status.into()
    }
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
    async fn department_id(&self) -> Option<ID> {
        self.0.department_id.map(|d| gid(NodeType::Department, d))
    }
}
