//! Party organisations, their officers and their branch-regulation warnings.

use super::*;
use crate::domain::party_rules::{OrganisationFacts, PartyRuleWarning as Warning};
use crate::domain::{GlobalId, NodeType, today};
use crate::graphql::common::connection;
use crate::graphql::context::caller;
use crate::graphql::party::enums::*;
use crate::graphql::regions::{Region, load_region};
use crate::service::common::page::PageRequest;
use crate::service::party::meetings::{self};
use crate::service::party::members::{self, MemberFilter};
use crate::service::party::{figures, organisations};
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDate;
use entities::{party_officer, party_organisation};
use tokio::sync::OnceCell;

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
                let (_, conn) = caller(ctx).await?;
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
