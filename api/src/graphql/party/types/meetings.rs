//! Meetings (三会一课), attendance, and the required meetings.

use super::*;
use crate::domain::party_meetings::MeetingRule;
use crate::domain::{GlobalId, NodeType};
use crate::graphql::context::caller;
use crate::graphql::party::enums::*;
use crate::service::party::meetings::{self, MeetingDue};
use crate::service::party::scope;
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDate;
use entities::{party_meeting, party_meeting_attendance, party_member};

/// A meeting of "三会一课" or a theme party day.
pub struct PartyMeeting(pub party_meeting::Model);

#[Object]
impl PartyMeeting {
    async fn id(&self) -> ID {
        GlobalId::encode(NodeType::PartyMeeting, self.0.id).into()
    }
    async fn kind(&self) -> PartyMeetingKind {
        self.0.kind.into()
    }
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }
    async fn topic(&self) -> &str {
        &self.0.topic
    }
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }
    async fn organisation(&self, ctx: &Context<'_>) -> async_graphql::Result<PartyOrganisation> {
        let (access, conn) = caller(ctx).await?;
        Ok(PartyOrganisation::new(
            scope::organisation(conn, access, scope::READ, self.0.organisation_id).await?,
        ))
    }
    /// Each member's attendance, by name.
    async fn attendance(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PartyAttendance>> {
        let (_, conn) = caller(ctx).await?;
        Ok(meetings::attendance(conn, self.0.id)
            .await?
            .into_iter()
            .filter_map(|(a, m)| m.map(|m| PartyAttendance(a, m)))
            .collect())
    }
}

pub struct PartyAttendance(party_meeting_attendance::Model, party_member::Model);

#[Object]
impl PartyAttendance {
    async fn member(&self) -> PartyMember {
        PartyMember(self.1.clone())
    }
    async fn attendance(&self) -> Attendance {
        self.0.attendance.into()
    }
}

/// A required meeting of an organisation in the current month or quarter.
pub struct PartyMeetingDue(pub MeetingDue);

#[Object]
impl PartyMeetingDue {
    async fn organisation(&self) -> PartyOrganisation {
        PartyOrganisation::new(self.0.organisation.clone())
    }
    async fn kind(&self) -> PartyMeetingKind {
        self.0.rule.kind.into()
    }
    async fn period(&self) -> MeetingPeriod {
        self.0.rule.period.into()
    }
    async fn period_start(&self) -> NaiveDate {
        self.0.period.start
    }
    async fn period_end(&self) -> NaiveDate {
        self.0.period.end
    }
    async fn required(&self) -> i64 {
        i64::from(self.0.rule.times)
    }
    async fn held(&self) -> i64 {
        self.0.held
    }
}

/// A required meeting: `kind`, `times` per `period`, for organisations of the listed kinds.
#[derive(SimpleObject)]
pub struct PartyMeetingRule {
    pub kind: PartyMeetingKind,
    pub period: MeetingPeriod,
    pub times: i32,
    pub organisation_kinds: Vec<PartyOrganisationKind>,
    /// Only where a committee of 3 or more is in office.
    pub with_committee_only: bool,
}

impl From<MeetingRule> for PartyMeetingRule {
    fn from(r: MeetingRule) -> Self {
        Self {
            kind: r.kind.into(),
            period: r.period.into(),
            times: r.times as i32,
            organisation_kinds: r.organisation_kinds.into_iter().map(Into::into).collect(),
            with_committee_only: r.with_committee_only,
        }
    }
}
