//! Reading the party archives.

use super::enums::{PartyMeetingKind, PartyMemberStatus, PartyMemberType};
use super::types::{
    PartyFigures, PartyMeeting, PartyMeetingDue, PartyMeetingRule, PartyMember, PartyOrganisation,
    PartyPointsRank,
};
use super::{member_id, organisation_id};
use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use crate::graphql::common::connection;
use crate::graphql::context::caller;
use crate::graphql::regions::region_id;
use crate::service::common::page::PageRequest;
use crate::service::party::activities::{self, DateRange};
use crate::service::party::members::{self, MemberFilter};
use crate::service::party::{figures, meetings, organisations};
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object};
use chrono::NaiveDate;

#[derive(Default)]
pub struct PartyQuery;

#[Object]
impl PartyQuery {
    /// The party organisations in the caller's reach (or the subtree of `underId`), in tree
    /// order: each after its parent. Needs `party:figures`.
    async fn party_organisations(
        &self,
        ctx: &Context<'_>,
        under_id: Option<ID>,
    ) -> async_graphql::Result<Vec<PartyOrganisation>> {
        let under = under_id.as_ref().map(organisation_id).transpose()?;
        let (access, conn) = caller(ctx).await?;
        let orgs = organisations::list(conn, access, under).await?;
        let mut facts = organisations::facts(conn, &orgs).await?;
        Ok(orgs
            .into_iter()
            .map(|model| {
                let f = facts.remove(&model.id);
                PartyOrganisation::with_facts(model, f)
            })
            .collect())
    }

    /// Needs `party:figures` on the organisation.
    async fn party_organisation(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<PartyOrganisation> {
        let id = organisation_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(PartyOrganisation::new(
            organisations::get(conn, access, id).await?,
        ))
    }

    /// Organisations whose term ends within `withinDays` (default 90). Needs `party:figures`.
    async fn party_terms_ending_soon(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 90)] within_days: i32,
    ) -> async_graphql::Result<Vec<PartyOrganisation>> {
        let days = u32::try_from(within_days)
            .ok()
            .filter(|d| *d <= 3_650)
            .ok_or_else(|| AppError::BadUserInput("`withinDays` is 0 to 3650".into()))?;
        let (access, conn) = caller(ctx).await?;
        Ok(organisations::terms_ending(conn, access, days)
            .await?
            .into_iter()
            .map(PartyOrganisation::new)
            .collect())
    }

    /// Needs `party:read` on the member's organisation.
    async fn party_member(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<PartyMember> {
        let id = member_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(PartyMember(members::get(conn, access, id).await?))
    }

    /// Members in the caller's reach, by name. Needs `party:read`.
    #[allow(clippy::too_many_arguments)]
    async fn party_members(
        &self,
        ctx: &Context<'_>,
        organisation_id: Option<ID>,
        #[graphql(default = true)] include_subtree: bool,
        status: Option<PartyMemberStatus>,
        member_type: Option<PartyMemberType>,
        centre_household: Option<bool>,
        #[graphql(default = false)] include_left: bool,
        search: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, PartyMember>> {
        let page = PageRequest::parse(first, after)?;
        let filter = MemberFilter {
            organisation_id: organisation_id
                .as_ref()
                .map(super::organisation_id)
                .transpose()?,
            include_subtree,
            status: status.map(Into::into),
            member_type: member_type.map(Into::into),
            centre_household,
            include_left,
            search,
        };
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            members::list(conn, access, &filter, &page).await?,
            PartyMember,
        ))
    }

    /// Meetings in the caller's reach (or of an organisation's subtree), newest first, at most
    /// 500. Needs `party:read`.
    async fn party_meetings(
        &self,
        ctx: &Context<'_>,
        organisation_id: Option<ID>,
        kind: Option<PartyMeetingKind>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> async_graphql::Result<Vec<PartyMeeting>> {
        let org = organisation_id
            .as_ref()
            .map(super::organisation_id)
            .transpose()?;
        let (access, conn) = caller(ctx).await?;
        Ok(
            meetings::list(conn, access, org, kind.map(Into::into), from, to)
                .await?
                .into_iter()
                .map(PartyMeeting)
                .collect(),
        )
    }

    /// Needs `party:read` on the meeting's organisation.
    async fn party_meeting(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<PartyMeeting> {
        let id = GlobalId::decode_as(&id, NodeType::PartyMeeting, "party meeting")?;
        let (access, conn) = caller(ctx).await?;
        Ok(PartyMeeting(meetings::get(conn, access, id).await?))
    }

    /// Required meetings ("三会一课") not yet held this month or quarter (as of `on`, default
    /// today), by organisations in the caller's reach. Needs `party:figures`.
    async fn overdue_party_meetings(
        &self,
        ctx: &Context<'_>,
        under_id: Option<ID>,
        on: Option<NaiveDate>,
    ) -> async_graphql::Result<Vec<PartyMeetingDue>> {
        let under = under_id.as_ref().map(organisation_id).transpose()?;
        let (access, conn) = caller(ctx).await?;
        Ok(meetings::overdue(conn, access, under, on)
            .await?
            .into_iter()
            .map(PartyMeetingDue)
            .collect())
    }

    /// The tenant's required meetings. Needs `party:figures`.
    async fn party_meeting_rules(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<PartyMeetingRule>> {
        let (access, conn) = caller(ctx).await?;
        Ok(meetings::rules(conn, access)
            .await?
            .rules
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Current members of an organisation's subtree ranked by points over a period (equal
    /// points share a rank). Needs `party:read`.
    async fn party_points_ranking(
        &self,
        ctx: &Context<'_>,
        organisation_id: ID,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        #[graphql(default = 20)] first: i32,
    ) -> async_graphql::Result<Vec<PartyPointsRank>> {
        let org = super::organisation_id(&organisation_id)?;
        let first = u64::try_from(first)
            .ok()
            .filter(|n| (1..=500).contains(n))
            .ok_or_else(|| AppError::BadUserInput("`first` is 1 to 500".into()))?;
        let (access, conn) = caller(ctx).await?;
        Ok(
            activities::ranking(conn, access, org, DateRange { from, to }, first)
                .await?
                .into_iter()
                .map(PartyPointsRank)
                .collect(),
        )
    }

    /// Party figures of an organisation's subtree or of a region's (exactly one of the two).
    /// Needs `party:figures`; a region's figures count only what the caller's reach covers.
    async fn party_figures(
        &self,
        ctx: &Context<'_>,
        organisation_id: Option<ID>,
        region_id: Option<ID>,
    ) -> async_graphql::Result<PartyFigures> {
        let (access, conn) = caller(ctx).await?;
        let figures = match (organisation_id, region_id) {
            (Some(org), None) => {
                figures::of_organisation(conn, access, super::organisation_id(&org)?).await?
            }
            (None, Some(region)) => {
                figures::of_region(conn, access, self::region_id(&region)?).await?
            }
            _ => {
                return Err(AppError::BadUserInput(
                    "give exactly one of `organisationId` and `regionId`".into(),
                )
                .into());
            }
        };
        Ok(PartyFigures(figures))
    }
}
