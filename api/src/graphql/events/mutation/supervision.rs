//! Supervision orders (督办) raised by hand, and the handler's replies.

use super::*;
use crate::graphql::context::request;
use crate::graphql::events::enums::*;
use crate::graphql::events::event_id;
use crate::graphql::events::query::order_id;
use crate::graphql::events::types::*;
use crate::graphql::payload::payload;
use crate::service::events::supervision;
use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};

#[derive(InputObject)]
pub struct RaiseSupervisionOrderInput {
    pub event_id: ID,
    /// NORMAL by default.
    pub card: Option<SupervisionCard>,
    pub message: String,
    /// 72 h (normal), 48 h (yellow) or 24 h (red) from now by default.
    pub reply_deadline: Option<DateTime<Utc>>,
}

#[derive(InputObject)]
pub struct ReplySupervisionOrderInput {
    pub id: ID,
    pub version: Option<i32>,
    pub reply: String,
}

payload! {
    pub struct SupervisionOrderPayload {
        order: SupervisionOrder,
    }
}

#[derive(Default)]
pub struct SupervisionMutation;

#[Object]
impl SupervisionMutation {
    /// 督办 by hand (`event:supervise`: leaders, street and county admins).
    async fn raise_supervision_order(
        &self,
        ctx: &Context<'_>,
        input: RaiseSupervisionOrderInput,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match event_id(&input.event_id) {
            Ok(id) => {
                supervision::raise(
                    &c,
                    id,
                    input
                        .card
                        .map(Into::into)
                        .unwrap_or(entities::enums::SupervisionCard::Normal),
                    input.message,
                    input.reply_deadline,
                )
                .await
            }
            Err(e) => Err(e),
        };
        SupervisionOrderPayload::of(result, SupervisionOrder)
    }

    /// The handler's reply to a supervision order.
    async fn reply_supervision_order(
        &self,
        ctx: &Context<'_>,
        input: ReplySupervisionOrderInput,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match order_id(&input.id) {
            Ok(id) => supervision::reply(&c, id, input.version, input.reply).await,
            Err(e) => Err(e),
        };
        SupervisionOrderPayload::of(result, SupervisionOrder)
    }
}
