//! Keeping a dispute's record and its mediation sessions.

use super::*;
use crate::domain::{GlobalId, NodeType};
use crate::error::AppResult;
use crate::graphql::context::request;
use crate::graphql::events::enums::*;
use crate::graphql::events::event_id;
use crate::graphql::events::types::*;
use crate::service::events::disputes;
use crate::service::events::disputes::{DisputeInput, PartyInput, SessionInput};
use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;

#[derive(InputObject)]
pub struct DisputePartyInput {
    pub name: String,
    pub kind: Option<DisputePartyKind>,
    pub phone: Option<String>,
}

#[derive(InputObject, Default)]
pub struct DisputeFieldsInput {
    pub type_id: Option<ID>,
    pub scale: Option<DisputeScale>,
    /// Yuan, at most two decimals ("12500.00"); empty clears it.
    pub amount_involved: Option<String>,
    /// Replaces the parties when given.
    pub parties: Option<Vec<DisputePartyInput>>,
    pub agreement: Option<String>,
    pub outcome: Option<DisputeOutcome>,
    /// Today by default when an outcome is given.
    pub outcome_on: Option<NaiveDate>,
}

impl DisputeFieldsInput {
    pub(super) fn parse(self) -> AppResult<DisputeInput> {
        Ok(DisputeInput {
            type_id: self
                .type_id
                .as_ref()
                .map(|id| GlobalId::decode_as(id, NodeType::DisputeType, "dispute type"))
                .transpose()?,
            scale: self.scale.map(Into::into),
            amount_involved: self.amount_involved,
            parties: self.parties.map(|list| {
                list.into_iter()
                    .map(|p| PartyInput {
                        name: p.name,
                        kind: p.kind.map(Into::into),
                        phone: p.phone,
                    })
                    .collect()
            }),
            agreement: self.agreement,
            outcome: self.outcome.map(Into::into),
            outcome_on: self.outcome_on,
        })
    }
}

#[derive(InputObject)]
pub struct UpdateDisputeInput {
    pub event_id: ID,
    pub version: Option<i32>,
    pub fields: DisputeFieldsInput,
}

#[derive(InputObject)]
pub struct AddMediationSessionInput {
    pub event_id: ID,
    pub mediator: String,
    pub held_on: NaiveDate,
    pub method: MediationMethod,
    pub notes: Option<String>,
}

#[derive(Default)]
pub struct DisputeMutation;

#[Object]
impl DisputeMutation {
    /// Keeps a dispute's record: type, scale, amount, parties, agreement, outcome; the risk
    /// colour follows the tenant's rules (`event:handle` covering the grid).
    async fn update_dispute(
        &self,
        ctx: &Context<'_>,
        input: UpdateDisputeInput,
    ) -> async_graphql::Result<EventPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match (event_id(&input.event_id), input.fields.parse()) {
            (Ok(id), Ok(fields)) => disputes::update(&c, id, input.version, fields).await,
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
        EventPayload::of(result, Event)
    }

    /// Records a mediation session of a dispute.
    async fn add_mediation_session(
        &self,
        ctx: &Context<'_>,
        input: AddMediationSessionInput,
    ) -> async_graphql::Result<EventPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match event_id(&input.event_id) {
            Ok(id) => {
                disputes::add_session(
                    &c,
                    id,
                    SessionInput {
                        mediator: input.mediator,
                        held_on: input.held_on,
                        method: input.method.into(),
                        notes: input.notes,
                    },
                )
                .await
            }
            Err(e) => Err(e),
        };
        EventPayload::of(result, Event)
    }
}
