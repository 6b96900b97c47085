//! A member's activities: points, commitments (承诺践诺) and evaluations (民主评议).

use super::*;
use crate::domain::{GlobalId, NodeType};
use crate::graphql::context::caller;
use crate::graphql::party::enums::*;
use crate::service::party::activities::{self, Balance, Ranked};
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDate;
use entities::{party_commitment, party_commitment_note, party_evaluation, party_point_entry};

/// Points and service hours over a period.
#[derive(SimpleObject)]
pub struct PointsBalance {
    pub points: i64,
    pub service_hours: f64,
}

impl From<Balance> for PointsBalance {
    fn from(b: Balance) -> Self {
        Self {
            points: b.points,
            service_hours: b.service_hours,
        }
    }
}

/// 积分 — one ledger entry.
pub struct PartyPointEntry(pub party_point_entry::Model);

#[Object]
impl PartyPointEntry {
    async fn id(&self) -> ID {
        GlobalId::encode(NodeType::PartyPointEntry, self.0.id).into()
    }
    async fn awarded_on(&self) -> NaiveDate {
        self.0.awarded_on
    }
    /// Negative for a deduction.
    async fn points(&self) -> i32 {
        self.0.points
    }
    async fn service_hours(&self) -> f64 {
        self.0.service_hours
    }
    async fn activity(&self) -> &str {
        &self.0.activity
    }
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
}

/// A place in a points ranking (equal points share a rank).
pub struct PartyPointsRank(pub Ranked);

#[Object]
impl PartyPointsRank {
    async fn rank(&self) -> i64 {
        self.0.rank
    }
    async fn member(&self) -> PartyMember {
        PartyMember(self.0.member.clone())
    }
    async fn points(&self) -> i64 {
        self.0.balance.points
    }
    async fn service_hours(&self) -> f64 {
        self.0.balance.service_hours
    }
}

/// 承诺践诺 — a pledge for a period, its progress and the branch's evaluation.
pub struct PartyCommitment(pub party_commitment::Model);

#[Object]
impl PartyCommitment {
    async fn id(&self) -> ID {
        GlobalId::encode(NodeType::PartyCommitment, self.0.id).into()
    }
    async fn period_start(&self) -> NaiveDate {
        self.0.period_start
    }
    async fn period_end(&self) -> NaiveDate {
        self.0.period_end
    }
    async fn pledge(&self) -> &str {
        &self.0.pledge
    }
    async fn grade(&self) -> Option<EvaluationGrade> {
        self.0.grade.map(Into::into)
    }
    async fn evaluation(&self) -> Option<&str> {
        self.0.evaluation.as_deref()
    }
    async fn evaluated_on(&self) -> Option<NaiveDate> {
        self.0.evaluated_on
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// Progress notes, oldest first.
    async fn progress(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PartyCommitmentNote>> {
        let (_, conn) = caller(ctx).await?;
        Ok(activities::progress_notes(conn, self.0.id)
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }
}

#[derive(SimpleObject)]
pub struct PartyCommitmentNote {
    pub noted_on: NaiveDate,
    pub note: String,
}

impl From<party_commitment_note::Model> for PartyCommitmentNote {
    fn from(n: party_commitment_note::Model) -> Self {
        Self {
            noted_on: n.noted_on,
            note: n.note,
        }
    }
}

/// 民主评议 — a member's grade for a year.
pub struct PartyEvaluation(pub party_evaluation::Model);

#[Object]
impl PartyEvaluation {
    async fn year(&self) -> i32 {
        self.0.year
    }
    async fn grade(&self) -> EvaluationGrade {
        self.0.grade.into()
    }
    /// The branch's decision.
    async fn decision(&self) -> Option<&str> {
        self.0.decision.as_deref()
    }
    async fn decided_on(&self) -> NaiveDate {
        self.0.decided_on
    }
}
