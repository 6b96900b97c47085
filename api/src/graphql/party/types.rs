//! The party archives' object types.

use super::enums::*;
use crate::domain::party_meetings::MeetingRule;
use crate::domain::party_rules::{OrganisationFacts, PartyRuleWarning as Warning};
use crate::domain::{GlobalId, NodeType, today};
use crate::graphql::archive_enums::Gender;
use crate::graphql::common::connection;
use crate::graphql::context::caller;
use crate::graphql::regions::{Region, load_region};
use crate::graphql::residents::Resident;
use crate::service::archives::residents;
use crate::service::common::page::PageRequest;
use crate::service::party::activities::{self, Balance, DateRange, Ranked};
use crate::service::party::figures::{AGE_BRACKETS, PartyFigures as Figures};
use crate::service::party::meetings::{self, MeetingDue};
use crate::service::party::members::{self, MemberFilter};
use crate::service::party::{figures, organisations, scope};
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDate;
use entities::{
    party_commitment, party_commitment_note, party_evaluation, party_meeting,
    party_meeting_attendance, party_member, party_member_transfer, party_officer,
    party_organisation, party_point_entry,
};
use tokio::sync::OnceCell;
use uuid::Uuid;

/// A party organisation: committee, branch, party group or centre household. The tree and its
/// figures need `party:figures`; officers, members and meetings need `party:read`.
#[derive(Clone)]
pub struct PartyOrganisation {
    pub model: party_organisation::Model,
    /// Facts computed for a whole listing at once, or on first use for this one.
    pub facts: OnceCell<OrganisationFacts>,
}

impl PartyOrganisation {
    pub fn new(model: party_organisation::Model) -> Self {
        Self::with_facts(model, None)
    }

    pub fn with_facts(model: party_organisation::Model, facts: Option<OrganisationFacts>) -> Self {
        Self {
            model,
            facts: OnceCell::new_with(facts),
        }
    }

    async fn facts(&self, ctx: &Context<'_>) -> async_graphql::Result<&OrganisationFacts> {
        Ok(self
            .facts
            .get_or_try_init(|| async {
                let (_access, conn) = caller(ctx).await?;
                let mut facts =
                    organisations::facts(conn, std::slice::from_ref(&self.model)).await?;
                Ok::<_, crate::error::AppError>(facts.remove(&self.model.id).unwrap_or_default())
            })
            .await?)
    }
}

#[Object]
impl PartyOrganisation {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::PartyOrganisation, self.model.id).into()
    }
    async fn kind(&self) -> PartyOrganisationKind {
        self.model.kind.into()
    }
    async fn name(&self) -> &str {
        &self.model.name
    }
    /// The parent's id (null at a root); the parent itself may be outside the caller's reach.
    async fn parent_id(&self) -> Option<ID> {
        self.model
            .parent_id
            .map(|id| GlobalId::encode(NodeType::PartyOrganisation, id).into())
    }
    /// Depth in the tree, 0 at a root.
    async fn depth(&self) -> i32 {
        self.model.path.matches('/').count().saturating_sub(2) as i32
    }
    /// The region node the organisation serves ("支部建在网格上").
    async fn region(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Region>> {
        match self.model.region_id {
            Some(id) => Ok(Some(load_region(ctx, id).await?)),
            None => Ok(None),
        }
    }
    async fn term_start(&self) -> Option<NaiveDate> {
        self.model.term_start
    }
    async fn term_end(&self) -> Option<NaiveDate> {
        self.model.term_end
    }
    /// For a joint branch: the units it covers.
    async fn covered_units(&self) -> Option<i32> {
        self.model.covered_units
    }
    async fn version(&self) -> i32 {
        self.model.version
    }
    /// What the branch regulations point out (warnings, never refusals).
    async fn warnings(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PartyRuleWarning>> {
        let facts = self.facts(ctx).await?;
        Ok(organisations::warnings(&self.model, facts)
            .into_iter()
            .map(Into::into)
            .collect())
    }
    /// Current members of the organisation and everything below it.
    async fn member_count(&self, ctx: &Context<'_>) -> async_graphql::Result<i64> {
        Ok(self.facts(ctx).await?.members)
    }
    /// Secretary, deputies and committee members (in office unless `includePast`). Needs
    /// `party:read`.
    async fn officers(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = false)] include_past: bool,
    ) -> async_graphql::Result<Vec<PartyOfficer>> {
        let (access, conn) = caller(ctx).await?;
        Ok(
            organisations::officers(conn, access, &self.model, include_past)
                .await?
                .into_iter()
                .map(PartyOfficer)
                .collect(),
        )
    }
    /// Members by name (of the whole subtree unless `includeSubtree: false`). Needs `party:read`.
    #[allow(clippy::too_many_arguments)]
    async fn members(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = true)] include_subtree: bool,
        status: Option<PartyMemberStatus>,
        member_type: Option<PartyMemberType>,
        search: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, PartyMember>> {
        let page = PageRequest::parse(first, after)?;
        let (access, conn) = caller(ctx).await?;
        let filter = MemberFilter {
            organisation_id: Some(self.model.id),
            include_subtree,
            status: status.map(Into::into),
            member_type: member_type.map(Into::into),
            search,
            ..Default::default()
        };
        Ok(connection(
            members::list(conn, access, &filter, &page).await?,
            PartyMember,
        ))
    }
    /// Meetings held by the organisation and its subtree, newest first. Needs `party:read`.
    async fn meetings(
        &self,
        ctx: &Context<'_>,
        kind: Option<PartyMeetingKind>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> async_graphql::Result<Vec<PartyMeeting>> {
        let (access, conn) = caller(ctx).await?;
        Ok(meetings::list(
            conn,
            access,
            Some(self.model.id),
            kind.map(Into::into),
            from,
            to,
        )
        .await?
        .into_iter()
        .map(PartyMeeting)
        .collect())
    }
    /// Counts of the organisation's subtree. Needs `party:figures`.
    async fn figures(&self, ctx: &Context<'_>) -> async_graphql::Result<PartyFigures> {
        let (access, conn) = caller(ctx).await?;
        Ok(PartyFigures(
            figures::of_organisation(conn, access, self.model.id).await?,
        ))
    }
}

/// A branch-regulation warning.
#[derive(SimpleObject)]
pub struct PartyRuleWarning {
    pub code: PartyRuleCode,
    /// In Chinese, for the county's staff.
    pub message: String,
}

impl From<Warning> for PartyRuleWarning {
    fn from(w: Warning) -> Self {
        Self {
            code: w.code.into(),
            message: w.message,
        }
    }
}

/// 书记 / 副书记 / 委员 for a term.
pub struct PartyOfficer(pub party_officer::Model);

#[Object]
impl PartyOfficer {
    async fn id(&self) -> ID {
        GlobalId::encode(NodeType::PartyOfficer, self.0.id).into()
    }
    async fn role(&self) -> PartyOfficerRole {
        self.0.role.into()
    }
    async fn member(&self, ctx: &Context<'_>) -> async_graphql::Result<PartyMember> {
        let (access, conn) = caller(ctx).await?;
        Ok(PartyMember(
            members::get(conn, access, self.0.member_id).await?,
        ))
    }
    async fn term_start(&self) -> NaiveDate {
        self.0.term_start
    }
    async fn term_end(&self) -> Option<NaiveDate> {
        self.0.term_end
    }
    /// Set when the officer left before the term's end.
    async fn ended_on(&self) -> Option<NaiveDate> {
        self.0.ended_on
    }
    async fn in_office(&self) -> bool {
        let today = today();
        self.0.ended_on.is_none()
            && self.0.term_start <= today
            && self.0.term_end.is_none_or(|end| end >= today)
    }
}

/// 党员. Needs `party:read` on the member's organisation. Identifiers are masked.
#[derive(Clone)]
pub struct PartyMember(pub party_member::Model);

fn range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> DateRange {
    DateRange { from, to }
}

#[Object]
impl PartyMember {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::PartyMember, self.0.id).into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn gender(&self) -> Gender {
        self.0.gender.into()
    }
    async fn birth_date(&self) -> Option<NaiveDate> {
        self.0.birth_date
    }
    async fn age(&self) -> Option<i32> {
        self.0
            .birth_date
            .and_then(|b| today().years_since(b))
            .map(|a| a as i32)
    }
    /// Masked ID number.
    async fn id_card_no(&self) -> Option<&str> {
        self.0.id_card_masked.as_deref()
    }
    /// Masked phone.
    async fn phone(&self) -> Option<&str> {
        self.0.phone_masked.as_deref()
    }
    /// The resident record of the same person, when the caller may read it (`resident:read`).
    async fn resident(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Resident>> {
        let Some(id) = self.0.resident_id else {
            return Ok(None);
        };
        let (access, conn) = caller(ctx).await?;
        Ok(residents::get(conn, access, id).await.ok().map(Resident))
    }
    /// Whether the member is linked to a resident record of the county.
    async fn is_resident(&self) -> bool {
        self.0.resident_id.is_some()
    }
    async fn organisation(&self, ctx: &Context<'_>) -> async_graphql::Result<PartyOrganisation> {
        let (access, conn) = caller(ctx).await?;
        Ok(PartyOrganisation::new(
            scope::organisation(conn, access, scope::READ, self.0.organisation_id).await?,
        ))
    }
    async fn status(&self) -> PartyMemberStatus {
        self.0.status.into()
    }
    async fn joined_on(&self) -> NaiveDate {
        self.0.joined_on
    }
    /// 转正 date.
    async fn confirmed_on(&self) -> Option<NaiveDate> {
        self.0.confirmed_on
    }
    async fn member_type(&self) -> PartyMemberType {
        self.0.member_type.into()
    }
    /// Floating members: where from.
    async fn floating_from(&self) -> Option<&str> {
        self.0.floating_from.as_deref()
    }
    /// Floating members: where to.
    async fn floating_to(&self) -> Option<&str> {
        self.0.floating_to.as_deref()
    }
    /// In-service members: the work unit.
    async fn work_unit(&self) -> Option<&str> {
        self.0.work_unit.as_deref()
    }
    /// In-service members: the community reported to ("双报到").
    async fn reported_community(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Region>> {
        match self.0.reported_community_id {
            Some(id) => Ok(Some(load_region(ctx, id).await?)),
            None => Ok(None),
        }
    }
    /// 党员中心户
    async fn centre_household(&self) -> bool {
        self.0.centre_household
    }
    /// When the member's relation was transferred out of the county.
    async fn left_on(&self) -> Option<NaiveDate> {
        self.0.left_on
    }
    async fn left_to(&self) -> Option<&str> {
        self.0.left_to.as_deref()
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// Organisation history (joined, transfers in, between and out), oldest first.
    async fn transfers(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<PartyMemberTransfer>> {
        let (access, conn) = caller(ctx).await?;
        Ok(members::transfers(conn, access, &self.0)
            .await?
            .into_iter()
            .map(PartyMemberTransfer)
            .collect())
    }
    /// The points balance over a period (the sum of the ledger's entries).
    async fn points(
        &self,
        ctx: &Context<'_>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> async_graphql::Result<PointsBalance> {
        let (_access, conn) = caller(ctx).await?;
        Ok(activities::balance(conn, self.0.id, range(from, to))
            .await?
            .into())
    }
    /// The points ledger over a period, newest first.
    async fn point_entries(
        &self,
        ctx: &Context<'_>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> async_graphql::Result<Vec<PartyPointEntry>> {
        let (_access, conn) = caller(ctx).await?;
        Ok(activities::ledger(conn, self.0.id, range(from, to))
            .await?
            .into_iter()
            .map(PartyPointEntry)
            .collect())
    }
    /// 承诺践诺, newest first.
    async fn commitments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PartyCommitment>> {
        let (_access, conn) = caller(ctx).await?;
        Ok(activities::commitments(conn, self.0.id)
            .await?
            .into_iter()
            .map(PartyCommitment)
            .collect())
    }
    /// 民主评议, newest year first.
    async fn evaluations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PartyEvaluation>> {
        let (_access, conn) = caller(ctx).await?;
        Ok(activities::evaluations(conn, self.0.id)
            .await?
            .into_iter()
            .map(PartyEvaluation)
            .collect())
    }
}

/// A line of a member's organisation history.
pub struct PartyMemberTransfer(pub party_member_transfer::Model);

fn organisation_id(id: Option<Uuid>) -> Option<ID> {
    id.map(|id| GlobalId::encode(NodeType::PartyOrganisation, id).into())
}

#[Object]
impl PartyMemberTransfer {
    async fn kind(&self) -> PartyTransferKind {
        self.0.kind.into()
    }
    #[graphql(name = "fromOrganisationId")]
    async fn source_organisation_id(&self) -> Option<ID> {
        organisation_id(self.0.from_organisation_id)
    }
    async fn to_organisation_id(&self) -> Option<ID> {
        organisation_id(self.0.to_organisation_id)
    }
    /// The organisation's name, when the caller may see it (`party:figures`).
    #[graphql(name = "fromOrganisationName")]
    async fn source_organisation_name(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<String>> {
        organisation_name(ctx, self.0.from_organisation_id).await
    }
    async fn to_organisation_name(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<String>> {
        organisation_name(ctx, self.0.to_organisation_id).await
    }
    /// Outside the county: where from.
    #[graphql(name = "fromPlace")]
    async fn source_place(&self) -> Option<&str> {
        self.0.from_place.as_deref()
    }
    /// Outside the county: where to.
    async fn to_place(&self) -> Option<&str> {
        self.0.to_place.as_deref()
    }
    async fn moved_on(&self) -> NaiveDate {
        self.0.moved_on
    }
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
}

async fn organisation_name(
    ctx: &Context<'_>,
    id: Option<Uuid>,
) -> async_graphql::Result<Option<String>> {
    let Some(id) = id else { return Ok(None) };
    let (access, conn) = caller(ctx).await?;
    Ok(scope::organisation(conn, access, scope::FIGURES, id)
        .await
        .ok()
        .map(|o| o.name))
}

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
        let (_access, conn) = caller(ctx).await?;
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
        let (_access, conn) = caller(ctx).await?;
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

#[derive(SimpleObject)]
pub struct PartyMemberTypeCount {
    pub member_type: PartyMemberType,
    pub count: i64,
}

#[derive(SimpleObject)]
pub struct AgeBracketCount {
    /// ≤35, 36–45, 46–54, 55–59, ≥60
    pub bracket: String,
    pub count: i64,
}

/// Party figures: counts only.
pub struct PartyFigures(pub Figures);

#[Object]
impl PartyFigures {
    async fn organisations(&self) -> i64 {
        self.0.organisations
    }
    /// Current members (transferred-out members are not counted).
    async fn members(&self) -> i64 {
        self.0.members
    }
    async fn full_members(&self) -> i64 {
        self.0.full_members
    }
    async fn probationary_members(&self) -> i64 {
        self.0.probationary_members
    }
    async fn by_type(&self) -> Vec<PartyMemberTypeCount> {
        self.0
            .by_type
            .iter()
            .map(|(t, n)| PartyMemberTypeCount {
                member_type: (*t).into(),
                count: *n,
            })
            .collect()
    }
    async fn by_age(&self) -> Vec<AgeBracketCount> {
        AGE_BRACKETS
            .iter()
            .zip(self.0.by_age)
            .map(|((label, _, _), count)| AgeBracketCount {
                bracket: (*label).to_string(),
                count,
            })
            .collect()
    }
    /// Members whose birth date is unknown.
    async fn age_unknown(&self) -> i64 {
        self.0.age_unknown
    }
    async fn floating(&self) -> i64 {
        self.0.floating
    }
    async fn in_service(&self) -> i64 {
        self.0.in_service
    }
    async fn centre_households(&self) -> i64 {
        self.0.centre_households
    }
    /// Required meetings of the current months and quarters.
    async fn meetings_required(&self) -> i64 {
        self.0.meetings_required
    }
    /// Of those, held.
    async fn meetings_held(&self) -> i64 {
        self.0.meetings_held
    }
    /// Required meetings not (yet) held.
    async fn meetings_overdue(&self) -> i64 {
        self.0.meetings_overdue
    }
    /// Points per member this year.
    async fn average_points(&self) -> f64 {
        self.0.average_points
    }
}
