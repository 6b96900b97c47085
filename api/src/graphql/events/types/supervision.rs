//! Supervision orders (督办单).

use super::*;
use crate::domain::NodeType;
use crate::graphql::context::request;
use crate::graphql::events::enums::*;
use crate::service;
use crate::service::events::supervision;
use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use entities::supervision_order;

/// 督办单
pub struct SupervisionOrder(pub supervision_order::Model);

#[Object]
impl SupervisionOrder {
    pub async fn id(&self) -> ID {
        gid(NodeType::SupervisionOrder, self.0.id)
    }
    async fn event(&self, ctx: &Context<'_>) -> async_graphql::Result<Event> {
        let rc = request(ctx);
        Ok(Event(
            service::events::visible(rc.conn().await?, rc.access().await?, self.0.event_id).await?,
        ))
    }
    async fn kind(&self) -> SupervisionKind {
        self.0.kind.into()
    }
    async fn card(&self) -> SupervisionCard {
        self.0.card.into()
    }
    async fn message(&self) -> &str {
        &self.0.message
    }
    async fn raised_at(&self) -> DateTime<Utc> {
        self.0.raised_at
    }
    /// Who raised it; null for the scheduler.
    async fn raised_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        Ok(supervision::raised_by_name(request(ctx).conn().await?, &self.0).await?)
    }
    async fn reply_deadline(&self) -> DateTime<Utc> {
        self.0.reply_deadline
    }
    async fn reply(&self) -> Option<&str> {
        self.0.reply.as_deref()
    }
    async fn replied_at(&self) -> Option<DateTime<Utc>> {
        self.0.replied_at
    }
    /// Not replied and past its reply deadline.
    async fn overdue(&self, ctx: &Context<'_>) -> bool {
        self.0.reply.is_none() && request(ctx).state.clock.now() > self.0.reply_deadline
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}
