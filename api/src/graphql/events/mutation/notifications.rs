//! The caller's in-app notifications.

use super::*;
use crate::domain::{GlobalId, NodeType};
use crate::graphql::context::request;
use crate::service::events::listing;
use async_graphql::{Context, ID, Object};

#[derive(Default)]
pub struct NotificationMutation;

#[Object]
impl NotificationMutation {
    /// Marks the caller's notifications read; returns how many changed.
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        ids: Vec<ID>,
    ) -> async_graphql::Result<u64> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let ids = ids
            .iter()
            .map(|id| GlobalId::decode_as(id, NodeType::Notification, "notification"))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(listing::mark_read(c.conn, c.access, ids, c.state.clock.now()).await?)
    }
}
