//! Keeping the party archives. Every mutation needs `party:write` reaching the organisation
//! concerned, unless its description says otherwise.

use super::enums::*;
use super::types::{
    PartyCommitment, PartyEvaluation, PartyMeeting, PartyMeetingRule, PartyMember, PartyOfficer,
    PartyOrganisation, PartyPointEntry, PointsBalance,
};
use super::{member_id, organisation_id};
use crate::domain::party_meetings::{MeetingRule, MeetingRules};
use crate::domain::{GlobalId, NodeType};
use crate::error::AppResult;
use crate::graphql::common::{UserError, into_payload};
use crate::graphql::context::{caller, request};
use crate::graphql::imports::{ExportFormat, ExportPayload};
use crate::graphql::payload::payload;
use crate::graphql::regions::region_id;
use crate::service::archives::exports;
use crate::service::party::activities::{self, DateRange, PointsInput};
use crate::service::party::meetings::{self, MeetingInput};
use crate::service::party::members::{self, MemberFilter, MemberInput, TransferTarget};
use crate::service::party::organisations::{self, OfficerInput, OrganisationInput};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;

#[derive(InputObject)]
pub struct PartyOrganisationFieldsInput {
    pub kind: Option<PartyOrganisationKind>,
    pub name: Option<String>,
    /// The region node it serves, inside the parent's; by default the parent's. A region other
    /// than the parent's needs `party:write` there (a party branch: inside the region its own
    /// organisation serves).
    pub region_id: Option<ID>,
    pub term_start: Option<NaiveDate>,
    /// By default 5 years after the start for community organisations.
    pub term_end: Option<NaiveDate>,
    /// Joint branches only.
    pub covered_units: Option<i32>,
}

impl PartyOrganisationFieldsInput {
    fn parse(self) -> AppResult<OrganisationInput> {
        Ok(OrganisationInput {
            kind: self.kind.map(Into::into),
            name: self.name,
            region_id: self.region_id.as_ref().map(region_id).transpose()?,
            term_start: self.term_start,
            term_end: self.term_end,
            covered_units: self.covered_units,
        })
    }
}

#[derive(InputObject)]
pub struct CreatePartyOrganisationInput {
    /// Null for a root (a county-wide role only).
    pub parent_id: Option<ID>,
    pub fields: PartyOrganisationFieldsInput,
}

#[derive(InputObject)]
pub struct UpdatePartyOrganisationInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub fields: PartyOrganisationFieldsInput,
}

payload! {
    pub struct PartyOrganisationPayload {
        organisation: PartyOrganisation,
    }
}

#[derive(InputObject)]
pub struct AppointPartyOfficerInput {
    pub organisation_id: ID,
    /// A current member of the organisation or its subtree.
    pub member_id: ID,
    pub role: PartyOfficerRole,
    pub term_start: NaiveDate,
    /// By default the organisation's term end.
    pub term_end: Option<NaiveDate>,
}

#[derive(InputObject)]
pub struct EndPartyOfficerTermInput {
    pub id: ID,
    /// Today by default.
    pub ended_on: Option<NaiveDate>,
}

payload! {
    pub struct PartyOfficerPayload {
        officer: PartyOfficer,
    }
}

#[derive(InputObject, Default)]
pub struct PartyMemberFieldsInput {
    /// Link to this resident (needs `resident:read` on them).
    pub resident_id: Option<ID>,
    /// Required unless the member is a resident.
    pub name: Option<String>,
    pub gender: Option<crate::graphql::archive_enums::Gender>,
    /// Links the member to the county's resident with this number when there is one.
    pub id_card_no: Option<String>,
    pub phone: Option<String>,
    /// Full by default.
    pub status: Option<PartyMemberStatus>,
    /// Required when creating.
    pub joined_on: Option<NaiveDate>,
    pub confirmed_on: Option<NaiveDate>,
    /// Registered by default.
    pub member_type: Option<PartyMemberType>,
    pub floating_from: Option<String>,
    pub floating_to: Option<String>,
    /// Required for in-service members.
    pub work_unit: Option<String>,
    pub reported_community_id: Option<ID>,
    pub centre_household: Option<bool>,
}

impl PartyMemberFieldsInput {
    fn parse(self) -> AppResult<MemberInput> {
        Ok(MemberInput {
            resident_id: self
                .resident_id
                .as_ref()
                .map(|id| GlobalId::decode_as(id, NodeType::Resident, "resident"))
                .transpose()?,
            name: self.name,
            gender: self.gender.map(Into::into),
            id_card_no: self.id_card_no,
            phone: self.phone,
            status: self.status.map(Into::into),
            joined_on: self.joined_on,
            confirmed_on: self.confirmed_on,
            member_type: self.member_type.map(Into::into),
            floating_from: self.floating_from,
            floating_to: self.floating_to,
            work_unit: self.work_unit,
            reported_community_id: self
                .reported_community_id
                .as_ref()
                .map(region_id)
                .transpose()?,
            centre_household: self.centre_household,
        })
    }
}

#[derive(InputObject)]
pub struct CreatePartyMemberInput {
    pub organisation_id: ID,
    /// For a member whose relation comes from outside the county (转入): where from.
    pub transferred_from: Option<String>,
    pub fields: PartyMemberFieldsInput,
}

#[derive(InputObject)]
pub struct UpdatePartyMemberInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub fields: PartyMemberFieldsInput,
}

/// Exactly one of `toOrganisationId` (within the county; needs `party:write` on it) and
/// `toPlace` (out of the county).
#[derive(InputObject)]
pub struct TransferPartyMemberInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub to_organisation_id: Option<ID>,
    pub to_place: Option<String>,
    /// Today by default.
    pub moved_on: Option<NaiveDate>,
    pub reason: Option<String>,
}

payload! {
    pub struct PartyMemberPayload {
        member: PartyMember,
    }
}

#[derive(InputObject)]
pub struct CreatePartyCommitmentInput {
    pub member_id: ID,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub pledge: String,
}

#[derive(InputObject)]
pub struct AddPartyCommitmentProgressInput {
    pub commitment_id: ID,
    /// Today by default.
    pub noted_on: Option<NaiveDate>,
    pub note: String,
}

#[derive(InputObject)]
pub struct EvaluatePartyCommitmentInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub grade: EvaluationGrade,
    pub evaluation: Option<String>,
}

payload! {
    pub struct PartyCommitmentPayload {
        commitment: PartyCommitment,
    }
}

#[derive(InputObject)]
pub struct AwardPartyPointsInput {
    pub member_id: ID,
    /// Today by default.
    pub awarded_on: Option<NaiveDate>,
    /// Negative to deduct.
    pub points: i32,
    pub service_hours: Option<f64>,
    pub activity: String,
    pub reason: Option<String>,
}

#[derive(SimpleObject)]
pub struct PartyPointsPayload {
    pub entry: Option<PartyPointEntry>,
    /// The member's balance over all time, after the entry.
    pub balance: Option<PointsBalance>,
    pub user_errors: Vec<UserError>,
}

#[derive(InputObject)]
pub struct PartyAttendanceInput {
    pub member_id: ID,
    pub attendance: Attendance,
}

#[derive(InputObject)]
pub struct RecordPartyMeetingInput {
    pub organisation_id: ID,
    pub kind: PartyMeetingKind,
    pub held_on: NaiveDate,
    pub topic: String,
    pub notes: Option<String>,
    /// Current members of the organisation's subtree, each once.
    #[graphql(default)]
    pub attendance: Vec<PartyAttendanceInput>,
}

payload! {
    pub struct PartyMeetingPayload {
        meeting: PartyMeeting,
    }
}

#[derive(InputObject)]
pub struct RecordPartyEvaluationInput {
    pub member_id: ID,
    pub year: i32,
    pub grade: EvaluationGrade,
    /// The branch's decision.
    pub decision: Option<String>,
    /// Today by default.
    pub decided_on: Option<NaiveDate>,
}

payload! {
    pub struct PartyEvaluationPayload {
        evaluation: PartyEvaluation,
    }
}

#[derive(InputObject)]
pub struct PartyMeetingRuleInput {
    pub kind: PartyMeetingKind,
    pub period: MeetingPeriod,
    #[graphql(default = 1)]
    pub times: i32,
    pub organisation_kinds: Vec<PartyOrganisationKind>,
    #[graphql(default = false)]
    pub with_committee_only: bool,
}

#[derive(InputObject)]
pub struct UpdatePartyMeetingRulesInput {
    pub rules: Vec<PartyMeetingRuleInput>,
}

payload! {
    pub struct PartyMeetingRulesPayload {
        rules: Vec<PartyMeetingRule>,
    }
}

fn organisation_payload(
    r: AppResult<entities::party_organisation::Model>,
) -> async_graphql::Result<PartyOrganisationPayload> {
    PartyOrganisationPayload::of(r, PartyOrganisation::new)
}

#[derive(InputObject)]
pub struct ExportPartyMembersInput {
    /// The organisation whose subtree's members to export; the caller's whole reach if null.
    pub organisation_id: Option<ID>,
    pub status: Option<PartyMemberStatus>,
    pub member_type: Option<PartyMemberType>,
    #[graphql(default_with = "ExportFormat::Xlsx")]
    pub format: ExportFormat,
    /// Full ID numbers (needs `resident:reveal`; audited).
    #[graphql(default = false)]
    pub reveal: bool,
}

#[derive(Default)]
pub struct PartyMutation;

#[Object]
impl PartyMutation {
    /// Creates an organisation below `parentId`; a root needs a county-wide `party:write`.
    async fn create_party_organisation(
        &self,
        ctx: &Context<'_>,
        input: CreatePartyOrganisationInput,
    ) -> async_graphql::Result<PartyOrganisationPayload> {
        let parent = input.parent_id.as_ref().map(organisation_id).transpose()?;
        let fields = input.fields.parse()?;
        let (access, conn) = caller(ctx).await?;
        organisation_payload(organisations::create(conn, access, parent, fields).await)
    }

    /// Changes an organisation. Needs `party:write` on it, and on a new `regionId` too.
    async fn update_party_organisation(
        &self,
        ctx: &Context<'_>,
        input: UpdatePartyOrganisationInput,
    ) -> async_graphql::Result<PartyOrganisationPayload> {
        let id = organisation_id(&input.id)?;
        let fields = input.fields.parse()?;
        let (access, conn) = caller(ctx).await?;
        organisation_payload(
            organisations::update(conn, access, id, input.expected_version, fields).await,
        )
    }

    /// Appoints a secretary (one in office at a time), deputy or committee member.
    async fn appoint_party_officer(
        &self,
        ctx: &Context<'_>,
        input: AppointPartyOfficerInput,
    ) -> async_graphql::Result<PartyOfficerPayload> {
        let officer = OfficerInput {
            organisation_id: organisation_id(&input.organisation_id)?,
            member_id: member_id(&input.member_id)?,
            role: input.role.into(),
            term_start: input.term_start,
            term_end: input.term_end,
        };
        let (access, conn) = caller(ctx).await?;
        PartyOfficerPayload::of(
            organisations::appoint(conn, access, officer).await,
            PartyOfficer,
        )
    }

    async fn end_party_officer_term(
        &self,
        ctx: &Context<'_>,
        input: EndPartyOfficerTermInput,
    ) -> async_graphql::Result<PartyOfficerPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::PartyOfficer, "party officer")?;
        let (access, conn) = caller(ctx).await?;
        PartyOfficerPayload::of(
            organisations::end_term(conn, access, id, input.ended_on).await,
            PartyOfficer,
        )
    }

    /// Records a party member; a member with an ID number of a county resident is linked to
    /// that resident (one person, one record).
    async fn create_party_member(
        &self,
        ctx: &Context<'_>,
        input: CreatePartyMemberInput,
    ) -> async_graphql::Result<PartyMemberPayload> {
        let org = organisation_id(&input.organisation_id)?;
        let fields = input.fields.parse()?;
        let (access, conn) = caller(ctx).await?;
        PartyMemberPayload::of(
            members::create(
                conn,
                &request(ctx).state.vault,
                access,
                org,
                fields,
                input.transferred_from,
            )
            .await,
            PartyMember,
        )
    }

    /// Changes a member's party facts and contact (the organisation changes by a transfer).
    async fn update_party_member(
        &self,
        ctx: &Context<'_>,
        input: UpdatePartyMemberInput,
    ) -> async_graphql::Result<PartyMemberPayload> {
        let id = member_id(&input.id)?;
        let fields = input.fields.parse()?;
        let (access, conn) = caller(ctx).await?;
        PartyMemberPayload::of(
            members::update(
                conn,
                &request(ctx).state.vault,
                access,
                id,
                input.expected_version,
                fields,
            )
            .await,
            PartyMember,
        )
    }

    /// Moves a member's organisation relation (组织关系转接), keeping the history.
    async fn transfer_party_member(
        &self,
        ctx: &Context<'_>,
        input: TransferPartyMemberInput,
    ) -> async_graphql::Result<PartyMemberPayload> {
        let id = member_id(&input.id)?;
        let target = match (input.to_organisation_id, input.to_place) {
            (Some(org), None) => TransferTarget::Organisation(organisation_id(&org)?),
            (None, Some(place)) => TransferTarget::OutsideCounty(place),
            _ => {
                return PartyMemberPayload::of(
                    Err(crate::error::AppError::invalid(
                        "toOrganisationId",
                        crate::domain::UserErrorCode::Required,
                        "give exactly one of toOrganisationId and toPlace",
                    )),
                    PartyMember,
                );
            }
        };
        let (access, conn) = caller(ctx).await?;
        PartyMemberPayload::of(
            members::transfer(
                conn,
                access,
                id,
                input.expected_version,
                target,
                input.moved_on,
                input.reason,
            )
            .await,
            PartyMember,
        )
    }

    async fn create_party_commitment(
        &self,
        ctx: &Context<'_>,
        input: CreatePartyCommitmentInput,
    ) -> async_graphql::Result<PartyCommitmentPayload> {
        let member = member_id(&input.member_id)?;
        let (access, conn) = caller(ctx).await?;
        PartyCommitmentPayload::of(
            activities::create_commitment(
                conn,
                access,
                member,
                input.period_start,
                input.period_end,
                &input.pledge,
            )
            .await,
            PartyCommitment,
        )
    }

    async fn add_party_commitment_progress(
        &self,
        ctx: &Context<'_>,
        input: AddPartyCommitmentProgressInput,
    ) -> async_graphql::Result<PartyCommitmentPayload> {
        let id = GlobalId::decode_as(
            &input.commitment_id,
            NodeType::PartyCommitment,
            "commitment",
        )?;
        let (access, conn) = caller(ctx).await?;
        let result = async {
            activities::add_progress(conn, access, id, input.noted_on, &input.note).await?;
            activities::commitment_by_id(conn, id).await
        }
        .await;
        PartyCommitmentPayload::of(result, PartyCommitment)
    }

    /// The branch's evaluation of a commitment.
    async fn evaluate_party_commitment(
        &self,
        ctx: &Context<'_>,
        input: EvaluatePartyCommitmentInput,
    ) -> async_graphql::Result<PartyCommitmentPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::PartyCommitment, "commitment")?;
        let (access, conn) = caller(ctx).await?;
        PartyCommitmentPayload::of(
            activities::evaluate_commitment(
                conn,
                access,
                id,
                input.expected_version,
                input.grade.into(),
                input.evaluation.as_deref(),
            )
            .await,
            PartyCommitment,
        )
    }

    /// Adds an entry to a member's points ledger.
    async fn award_party_points(
        &self,
        ctx: &Context<'_>,
        input: AwardPartyPointsInput,
    ) -> async_graphql::Result<PartyPointsPayload> {
        let member = member_id(&input.member_id)?;
        let (access, conn) = caller(ctx).await?;
        let result = async {
            let entry = activities::award_points(
                conn,
                access,
                member,
                PointsInput {
                    awarded_on: input.awarded_on,
                    points: input.points,
                    service_hours: input.service_hours,
                    activity: input.activity,
                    reason: input.reason,
                },
            )
            .await?;
            let balance = activities::balance(conn, member, DateRange::default()).await?;
            Ok((entry, balance))
        }
        .await;
        let (r, user_errors) = into_payload(result)?;
        let (entry, balance) = r.unzip();
        Ok(PartyPointsPayload {
            entry: entry.map(PartyPointEntry),
            balance: balance.map(Into::into),
            user_errors,
        })
    }

    /// Records a meeting with each member's attendance.
    async fn record_party_meeting(
        &self,
        ctx: &Context<'_>,
        input: RecordPartyMeetingInput,
    ) -> async_graphql::Result<PartyMeetingPayload> {
        let mut attendance = Vec::with_capacity(input.attendance.len());
        for a in &input.attendance {
            attendance.push((member_id(&a.member_id)?, a.attendance.into()));
        }
        let meeting = MeetingInput {
            organisation_id: organisation_id(&input.organisation_id)?,
            kind: input.kind.into(),
            held_on: input.held_on,
            topic: input.topic,
            notes: input.notes,
            attendance,
        };
        let (access, conn) = caller(ctx).await?;
        PartyMeetingPayload::of(meetings::record(conn, access, meeting).await, PartyMeeting)
    }

    /// Records (or corrects) a member's democratic evaluation for a year.
    async fn record_party_evaluation(
        &self,
        ctx: &Context<'_>,
        input: RecordPartyEvaluationInput,
    ) -> async_graphql::Result<PartyEvaluationPayload> {
        let member = member_id(&input.member_id)?;
        let (access, conn) = caller(ctx).await?;
        PartyEvaluationPayload::of(
            activities::record_evaluation(
                conn,
                access,
                member,
                input.year,
                input.grade.into(),
                input.decision.as_deref(),
                input.decided_on,
            )
            .await,
            PartyEvaluation,
        )
    }

    /// Exports current members in the import template's columns, so the file can be edited and
    /// imported again. Needs `party:read`; audited.
    async fn export_party_members(
        &self,
        ctx: &Context<'_>,
        input: ExportPartyMembersInput,
    ) -> async_graphql::Result<ExportPayload> {
        let filter = MemberFilter {
            organisation_id: input
                .organisation_id
                .as_ref()
                .map(organisation_id)
                .transpose()?,
            include_subtree: true,
            status: input.status.map(Into::into),
            member_type: input.member_type.map(Into::into),
            ..Default::default()
        };
        let (access, conn) = caller(ctx).await?;
        ExportPayload::of(
            exports::party_members(
                conn,
                &request(ctx).state,
                access,
                &filter,
                input.format.into(),
                input.reveal,
            )
            .await,
            Into::into,
        )
    }

    /// Replaces the tenant's required meetings. Needs `party:configure`.
    async fn update_party_meeting_rules(
        &self,
        ctx: &Context<'_>,
        input: UpdatePartyMeetingRulesInput,
    ) -> async_graphql::Result<PartyMeetingRulesPayload> {
        let rules = MeetingRules {
            rules: input
                .rules
                .into_iter()
                .map(|r| MeetingRule {
                    kind: r.kind.into(),
                    period: r.period.into(),
                    times: u32::try_from(r.times).unwrap_or(0),
                    organisation_kinds: r.organisation_kinds.into_iter().map(Into::into).collect(),
                    with_committee_only: r.with_committee_only,
                })
                .collect(),
        };
        let (access, conn) = caller(ctx).await?;
        PartyMeetingRulesPayload::of(meetings::set_rules(conn, access, rules).await, |r| {
            r.rules.into_iter().map(Into::into).collect()
        })
    }
}
