//! Dispute records (矛盾纠纷): parties, mediation sessions, dispute types.

use super::*;
use crate::domain::NodeType;
use crate::graphql::context::request;
use crate::graphql::events::enums::*;
use crate::service::events::disputes;
use async_graphql::{Context, ID, Object};
use chrono::NaiveDate;
use entities::{dispute_party, dispute_type, mediation_session};

/// 矛盾纠纷 — the dispute record of an event.
pub struct Dispute(pub entities::event_dispute::Model);

#[Object]
impl Dispute {
    #[graphql(name = "type")]
    async fn dispute_type(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<DisputeType>> {
        let Some(id) = self.0.dispute_type_id else {
            return Ok(None);
        };
        let rc = request(ctx);
        Ok(disputes::dispute_type(rc.conn().await?, id)
            .await?
            .map(DisputeType))
    }
    async fn scale(&self) -> DisputeScale {
        self.0.scale.into()
    }
    /// Yuan, two decimals.
    async fn amount_involved(&self) -> Option<String> {
        self.0.amount_fen.map(disputes::format_yuan)
    }
    /// 黄/橙/红 by the tenant's rules on type and scale; red notifies the street leader.
    async fn risk(&self) -> RiskColour {
        self.0.risk.into()
    }
    async fn parties(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<DisputeParty>> {
        let rc = request(ctx);
        Ok(disputes::parties(rc.conn().await?, self.0.id)
            .await?
            .into_iter()
            .map(DisputeParty)
            .collect())
    }
    async fn sessions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MediationSession>> {
        let rc = request(ctx);
        Ok(disputes::sessions(rc.conn().await?, self.0.id)
            .await?
            .into_iter()
            .map(MediationSession)
            .collect())
    }
    async fn agreement(&self) -> Option<&str> {
        self.0.agreement.as_deref()
    }
    async fn outcome(&self) -> Option<DisputeOutcome> {
        self.0.outcome.map(Into::into)
    }
    async fn outcome_on(&self) -> Option<NaiveDate> {
        self.0.outcome_on
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}

pub struct DisputeParty(pub dispute_party::Model);

#[Object]
impl DisputeParty {
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn kind(&self) -> DisputePartyKind {
        self.0.kind.into()
    }
    /// Masked.
    async fn phone(&self) -> Option<&str> {
        self.0.phone_masked.as_deref()
    }
}

pub struct MediationSession(pub mediation_session::Model);

#[Object]
impl MediationSession {
    async fn id(&self) -> ID {
        gid(NodeType::MediationSession, self.0.id)
    }
    async fn mediator(&self) -> &str {
        &self.0.mediator
    }
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }
    async fn method(&self) -> MediationMethod {
        self.0.method.into()
    }
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }
}

/// A dispute type (GB/T 31000 class or subclass).
pub struct DisputeType(pub dispute_type::Model);

#[Object]
impl DisputeType {
    async fn id(&self) -> ID {
        gid(NodeType::DisputeType, self.0.id)
    }
    async fn parent_id(&self) -> Option<ID> {
        self.0.parent_id.map(|p| gid(NodeType::DisputeType, p))
    }
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
}
