//! Party members and their organisation history.

use super::*;
use crate::domain::{GlobalId, NodeType, today};
use crate::graphql::archive_enums::Gender;
use crate::graphql::context::caller;
use crate::graphql::party::enums::*;
use crate::graphql::regions::{Region, load_region};
use crate::graphql::residents::Resident;
use crate::service::archives::residents;
use crate::service::party::activities::{self, DateRange};
use crate::service::party::members::{self};
use crate::service::party::scope;
use async_graphql::{Context, ID, Object};
use chrono::NaiveDate;
use entities::{party_member, party_member_transfer};
use uuid::Uuid;

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
        let (_, conn) = caller(ctx).await?;
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
        let (_, conn) = caller(ctx).await?;
        Ok(activities::ledger(conn, self.0.id, range(from, to))
            .await?
            .into_iter()
            .map(PartyPointEntry)
            .collect())
    }
    /// 承诺践诺, newest first.
    async fn commitments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PartyCommitment>> {
        let (_, conn) = caller(ctx).await?;
        Ok(activities::commitments(conn, self.0.id)
            .await?
            .into_iter()
            .map(PartyCommitment)
            .collect())
    }
    /// 民主评议, newest year first.
    async fn evaluations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PartyEvaluation>> {
        let (_, conn) = caller(ctx).await?;
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
