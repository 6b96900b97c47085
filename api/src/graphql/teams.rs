//! Grid teams: staff, assignments, and each grid's "1+1+N+X" composition.

use super::archive_enums::{Gender, StaffStatus, TeamRole};
use super::common::connection;
use super::context::{caller, request};
use super::regions::{Region, load_region, region_id};
use crate::domain::grid_team::{TeamComposition, TeamPart as DomainPart};
use crate::domain::{GlobalId, NodeType};
use crate::error::{AppError, AppResult};
use crate::graphql::payload::payload;
use crate::service::archives::teams::{self as service, GridTeam as ServiceTeam, StaffInput};
use crate::service::common::page::PageRequest;
use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use entities::{staff, staff_assignment};
use uuid::Uuid;

fn staff_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::Staff, "staff member").map_err(AppError::from)
}

/// A member of a grid team. Phone masked. Needs `team:read`.
#[derive(Clone)]
pub struct Staff(pub staff::Model);

#[Object]
impl Staff {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::Staff, self.0.id).into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn gender(&self) -> Gender {
        self.0.gender.into()
    }
    async fn birth_year(&self) -> Option<i32> {
        self.0.birth_year
    }
    async fn education(&self) -> Option<&str> {
        self.0.education.as_deref()
    }
    async fn party_member(&self) -> bool {
        self.0.party_member
    }
    /// Social-work qualification.
    async fn qualification(&self) -> Option<&str> {
        self.0.qualification.as_deref()
    }
    /// Veteran post, agency, police assistant, open recruitment…
    async fn source(&self) -> Option<&str> {
        self.0.source.as_deref()
    }
    async fn employment_type(&self) -> Option<&str> {
        self.0.employment_type.as_deref()
    }
    async fn started_on(&self) -> Option<NaiveDate> {
        self.0.started_on
    }
    /// Masked, e.g. `138****5678`.
    async fn phone(&self) -> Option<&str> {
        self.0.phone_masked.as_deref()
    }
    /// 0–5
    async fn star_level(&self) -> Option<i32> {
        self.0.star_level
    }
    async fn status(&self) -> StaffStatus {
        self.0.status.into()
    }
    /// Whether the staff member has a user account.
    async fn has_account(&self) -> bool {
        self.0.user_id.is_some()
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// The street, community or grid that keeps the record.
    async fn region(&self, ctx: &Context<'_>) -> async_graphql::Result<Region> {
        load_region(ctx, self.0.region_id).await
    }
    /// Assignment history, newest first.
    async fn assignments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<StaffAssignment>> {
        let (access, conn) = caller(ctx).await?;
        Ok(service::assignments_of(conn, access, self.0.id)
            .await?
            .into_iter()
            .map(StaffAssignment)
            .collect())
    }
}

/// A staff member's role in a grid's team, with dates.
#[derive(Clone)]
pub struct StaffAssignment(pub staff_assignment::Model);

#[Object]
impl StaffAssignment {
    async fn id(&self) -> ID {
        GlobalId::encode(NodeType::StaffAssignment, self.0.id).into()
    }
    async fn team_role(&self) -> TeamRole {
        self.0.team_role.into()
    }
    async fn started_on(&self) -> NaiveDate {
        self.0.started_on
    }
    async fn ended_on(&self) -> Option<NaiveDate> {
        self.0.ended_on
    }
    async fn grid(&self, ctx: &Context<'_>) -> async_graphql::Result<Region> {
        load_region(ctx, self.0.region_id).await
    }
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Staff> {
        let (access, conn) = caller(ctx).await?;
        Ok(Staff(service::get(conn, access, self.0.staff_id).await?))
    }
}

/// A part of the "1+1+N+X" team.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum TeamPart {
    /// 1 网格长
    Leader,
    /// 1 专职网格员
    FullTime,
    /// N 兼职网格员、楼栋长、志愿者…
    PartTime,
    /// X 执法和专业力量
    Professional,
}

impl From<DomainPart> for TeamPart {
    fn from(p: DomainPart) -> Self {
        match p {
            DomainPart::Leader => Self::Leader,
            DomainPart::FullTime => Self::FullTime,
            DomainPart::PartTime => Self::PartTime,
            DomainPart::Professional => Self::Professional,
        }
    }
}

/// How many people fill each part of a team.
#[derive(SimpleObject)]
pub struct TeamCompositionCounts {
    pub leaders: i64,
    pub full_time: i64,
    pub part_time: i64,
    pub professional: i64,
}

impl From<TeamComposition> for TeamCompositionCounts {
    fn from(c: TeamComposition) -> Self {
        Self {
            leaders: c.leaders,
            full_time: c.full_time,
            part_time: c.part_time,
            professional: c.professional,
        }
    }
}

/// A member of a grid's team today.
#[derive(SimpleObject)]
pub struct TeamMember {
    pub staff: Staff,
    pub assignment: StaffAssignment,
}

/// A grid's team today.
pub struct GridTeam(ServiceTeam);

#[Object]
impl GridTeam {
    async fn grid(&self) -> Region {
        Region(self.0.grid.clone())
    }
    async fn members(&self) -> Vec<TeamMember> {
        self.0
            .members
            .iter()
            .map(|(a, s)| TeamMember {
                staff: Staff(s.clone()),
                assignment: StaffAssignment(a.clone()),
            })
            .collect()
    }
    async fn composition(&self) -> TeamCompositionCounts {
        self.0.composition.into()
    }
    /// Has its grid leader and its full-time grid worker.
    async fn complete(&self) -> bool {
        self.0.composition.is_complete()
    }
    /// What a complete team would still need.
    async fn missing(&self) -> Vec<TeamPart> {
        self.0
            .composition
            .missing()
            .into_iter()
            .map(Into::into)
            .collect()
    }
}

#[derive(Default)]
pub struct TeamQuery;

#[Object]
impl TeamQuery {
    /// Staff kept in a subtree (or the caller's reach), by name. Needs `team:read`.
    async fn staff_members(
        &self,
        ctx: &Context<'_>,
        region_id: Option<ID>,
        search: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, Staff>> {
        let page = PageRequest::parse(first, after)?;
        let under = region_id
            .as_ref()
            .map(super::regions::region_id)
            .transpose()?;
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            service::list(conn, access, under, search.as_deref(), &page).await?,
            Staff,
        ))
    }

    async fn staff_member(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Staff> {
        let id = staff_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(Staff(service::get(conn, access, id).await?))
    }

    /// A grid's team today. Needs `team:read`.
    async fn grid_team(&self, ctx: &Context<'_>, grid_id: ID) -> async_graphql::Result<GridTeam> {
        let id = region_id(&grid_id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(GridTeam(service::grid_team(conn, access, id).await?))
    }

    /// The teams of the grids of a subtree, by grid code; `incompleteOnly` lists the grids whose
    /// team lacks its leader or full-time worker. Needs `team:read`.
    async fn grid_teams(
        &self,
        ctx: &Context<'_>,
        region_id: Option<ID>,
        #[graphql(default = false)] incomplete_only: bool,
    ) -> async_graphql::Result<Vec<GridTeam>> {
        let under = region_id
            .as_ref()
            .map(super::regions::region_id)
            .transpose()?;
        let (access, conn) = caller(ctx).await?;
        Ok(service::grid_teams(conn, access, under, incomplete_only)
            .await?
            .into_iter()
            .map(GridTeam)
            .collect())
    }
}

#[derive(InputObject, Default)]
pub struct StaffFieldsInput {
    pub name: Option<String>,
    pub gender: Option<Gender>,
    pub birth_year: Option<i32>,
    pub education: Option<String>,
    pub party_member: Option<bool>,
    pub qualification: Option<String>,
    pub source: Option<String>,
    pub employment_type: Option<String>,
    pub started_on: Option<NaiveDate>,
    pub phone: Option<String>,
    pub star_level: Option<i32>,
    /// The staff member's user account, if any.
    pub user_id: Option<ID>,
    pub status: Option<StaffStatus>,
}

impl StaffFieldsInput {
    fn parse(self) -> AppResult<StaffInput> {
        Ok(StaffInput {
            user_id: self
                .user_id
                .as_ref()
                .map(|id| GlobalId::decode_as(id, NodeType::User, "user"))
                .transpose()?,
            name: self.name,
            gender: self.gender.map(Into::into),
            birth_year: self.birth_year,
            education: self.education,
            party_member: self.party_member,
            qualification: self.qualification,
            source: self.source,
            employment_type: self.employment_type,
            started_on: self.started_on,
            phone: self.phone,
            star_level: self.star_level,
            status: self.status.map(Into::into),
        })
    }
}

#[derive(InputObject)]
pub struct CreateStaffInput {
    /// The street, community or grid that keeps the record.
    pub region_id: ID,
    pub fields: StaffFieldsInput,
}

#[derive(InputObject)]
pub struct UpdateStaffInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub fields: StaffFieldsInput,
}

payload! {
    pub struct StaffPayload {
        staff: Staff,
    }
}

#[derive(InputObject)]
pub struct AssignStaffInput {
    pub staff_id: ID,
    pub grid_id: ID,
    pub team_role: TeamRole,
    /// Today when absent.
    pub started_on: Option<NaiveDate>,
}

#[derive(InputObject)]
pub struct EndStaffAssignmentInput {
    pub assignment_id: ID,
    pub ended_on: Option<NaiveDate>,
}

payload! {
    pub struct StaffAssignmentPayload {
        assignment: StaffAssignment,
    }
}

#[derive(Default)]
pub struct TeamMutation;

#[Object]
impl TeamMutation {
    /// Needs `team:write`.
    async fn create_staff(
        &self,
        ctx: &Context<'_>,
        input: CreateStaffInput,
    ) -> async_graphql::Result<StaffPayload> {
        let region = region_id(&input.region_id)?;
        let fields = input.fields.parse()?;
        let (access, conn) = caller(ctx).await?;
        StaffPayload::of(
            service::create(conn, &request(ctx).state.vault, access, region, fields).await,
            Staff,
        )
    }

    /// Needs `team:write`.
    async fn update_staff(
        &self,
        ctx: &Context<'_>,
        input: UpdateStaffInput,
    ) -> async_graphql::Result<StaffPayload> {
        let id = staff_id(&input.id)?;
        let fields = input.fields.parse()?;
        let (access, conn) = caller(ctx).await?;
        StaffPayload::of(
            service::update(
                conn,
                &request(ctx).state.vault,
                access,
                id,
                input.expected_version,
                fields,
            )
            .await,
            Staff,
        )
    }

    /// Puts a staff member in a grid's team. Needs `team:write` on the staff member and on the
    /// grid.
    async fn assign_staff(
        &self,
        ctx: &Context<'_>,
        input: AssignStaffInput,
    ) -> async_graphql::Result<StaffAssignmentPayload> {
        let staff = staff_id(&input.staff_id)?;
        let grid = region_id(&input.grid_id)?;
        let (access, conn) = caller(ctx).await?;
        StaffAssignmentPayload::of(
            service::assign(
                conn,
                access,
                staff,
                grid,
                input.team_role.into(),
                input.started_on,
            )
            .await,
            StaffAssignment,
        )
    }

    /// Needs `team:write`.
    async fn end_staff_assignment(
        &self,
        ctx: &Context<'_>,
        input: EndStaffAssignmentInput,
    ) -> async_graphql::Result<StaffAssignmentPayload> {
        let id = GlobalId::decode_as(
            &input.assignment_id,
            NodeType::StaffAssignment,
            "assignment",
        )?;
        let (access, conn) = caller(ctx).await?;
        StaffAssignmentPayload::of(
            service::end_assignment(conn, access, id, input.ended_on).await,
            StaffAssignment,
        )
    }
}
