//! Figures of a region node and the grid sizing rule.

use super::archive_enums::ResidenceType;
use super::context::caller;
use super::key_groups::KeyGroup;
use super::regions::{Region, region_id};
use crate::domain::grid_sizing::{GridSize, GridSizingRule};
use crate::domain::{UserError as DomainUserError, UserErrorCode};
use crate::graphql::payload::payload;
use crate::service::archives::figures::{
    self as service, GridOutsideRule, RegionFigures as ServiceFigures,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};

/// Where a grid stands against the sizing rule.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum GridSizeStatus {
    TooSmall,
    WithinRule,
    TooLarge,
}

impl From<GridSize> for GridSizeStatus {
    fn from(s: GridSize) -> Self {
        match s {
            GridSize::TooSmall => Self::TooSmall,
            GridSize::WithinRule => Self::WithinRule,
            GridSize::TooLarge => Self::TooLarge,
        }
    }
}

/// The tenant's grid sizing rule (domain.md §2).
#[derive(SimpleObject, Clone, Copy)]
#[graphql(name = "GridSizingRule")]
pub struct GridSizingRuleView {
    pub min_households: i64,
    pub max_households: i64,
    pub max_residents: i64,
}

impl From<GridSizingRule> for GridSizingRuleView {
    fn from(r: GridSizingRule) -> Self {
        Self {
            min_households: r.min_households,
            max_households: r.max_households,
            max_residents: r.max_residents,
        }
    }
}

#[derive(SimpleObject)]
pub struct ResidenceTypeCount {
    pub residence_type: ResidenceType,
    pub count: i64,
}

#[derive(SimpleObject)]
pub struct KeyGroupCount {
    pub key_group: KeyGroup,
    pub count: i64,
}

/// A grid's verdict under the sizing rule.
#[derive(SimpleObject)]
pub struct GridSizing {
    pub status: GridSizeStatus,
    pub rule: GridSizingRuleView,
}

/// Figures of a region's subtree: living residents, households, staff, key groups the caller
/// may see. Needs `resident:read`.
pub struct RegionFigures(ServiceFigures);

#[Object]
impl RegionFigures {
    async fn region(&self) -> Region {
        Region(self.0.region.clone())
    }
    async fn households(&self) -> i64 {
        self.0.households
    }
    /// Living residents.
    async fn residents(&self) -> i64 {
        self.0.residents
    }
    async fn residents_by_type(&self) -> Vec<ResidenceTypeCount> {
        self.0
            .residents_by_type
            .iter()
            .map(|(t, n)| ResidenceTypeCount {
                residence_type: (*t).into(),
                count: *n,
            })
            .collect()
    }
    /// Current party members placed in the subtree (where their organisation serves), within
    /// the caller's party reach. Needs `party:figures`.
    async fn party_members(&self) -> async_graphql::Result<i64> {
        self.0.party_members.ok_or_else(|| {
            crate::error::AppError::Forbidden("your role does not see party figures").into()
        })
    }
    /// Open events placed in the subtree, within the caller's event reach; null without
    /// `event:read`.
    async fn open_events(&self) -> Option<i64> {
        self.0.open_events
    }
    /// Staff assigned to grids of the subtree today.
    async fn staff(&self) -> i64 {
        self.0.staff
    }
    /// Current members per key group; sensitive groups only for `resident:sensitive`.
    async fn key_groups(&self) -> Vec<KeyGroupCount> {
        self.0
            .key_groups
            .iter()
            .map(|(g, n)| KeyGroupCount {
                key_group: KeyGroup(g.clone()),
                count: *n,
            })
            .collect()
    }
    /// Only for grids.
    async fn sizing(&self) -> Option<GridSizing> {
        self.0.sizing.map(|(status, rule)| GridSizing {
            status: status.into(),
            rule: rule.into(),
        })
    }
}

/// A grid outside the sizing rule.
#[derive(SimpleObject)]
pub struct GridOutsideSizingRule {
    pub grid: Region,
    pub households: i64,
    pub residents: i64,
    pub status: GridSizeStatus,
}

impl From<GridOutsideRule> for GridOutsideSizingRule {
    fn from(g: GridOutsideRule) -> Self {
        Self {
            grid: Region(g.grid),
            households: g.households,
            residents: g.residents,
            status: g.size.into(),
        }
    }
}

#[derive(Default)]
pub struct FiguresQuery;

#[Object]
impl FiguresQuery {
    /// Figures of a region node's subtree. Needs `resident:read` covering it.
    async fn region_figures(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
    ) -> async_graphql::Result<RegionFigures> {
        let id = self::region_id(&region_id)?;
        let (access, conn) = caller(ctx).await?;
        let with_sizing = ctx.look_ahead().field("sizing").exists();
        Ok(RegionFigures(
            service::of_region(conn, access, id, with_sizing).await?,
        ))
    }

    /// Grids of a subtree that hold too many or too few households or people. Needs
    /// `resident:read`.
    async fn grids_outside_sizing_rule(
        &self,
        ctx: &Context<'_>,
        region_id: Option<ID>,
    ) -> async_graphql::Result<Vec<GridOutsideSizingRule>> {
        let under = region_id.as_ref().map(self::region_id).transpose()?;
        let (access, conn) = caller(ctx).await?;
        let (_, grids) = service::grids_outside_rule(conn, access, under).await?;
        Ok(grids.into_iter().map(Into::into).collect())
    }

    /// The county's grid sizing rule. Needs `region:read`.
    async fn grid_sizing_rule(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<GridSizingRuleView> {
        let (access, conn) = caller(ctx).await?;
        Ok(service::sizing_rule(conn, access).await?.into())
    }
}

#[derive(InputObject)]
pub struct UpdateGridSizingRuleInput {
    pub min_households: i64,
    pub max_households: i64,
    pub max_residents: i64,
}

payload! {
    pub struct GridSizingRulePayload {
        rule: GridSizingRuleView,
    }
}

#[derive(Default)]
pub struct FiguresMutation;

#[Object]
impl FiguresMutation {
    /// Sets the county's grid sizing rule. Needs `archive:configure` (county admin).
    async fn update_grid_sizing_rule(
        &self,
        ctx: &Context<'_>,
        input: UpdateGridSizingRuleInput,
    ) -> async_graphql::Result<GridSizingRulePayload> {
        let (access, conn) = caller(ctx).await?;
        access.require(crate::access::Permission::ArchiveConfigure)?;
        let Some(rule) = GridSizingRule::new(
            input.min_households,
            input.max_households,
            input.max_residents,
        ) else {
            return Ok(GridSizingRulePayload::new(
                None,
                vec![
                    DomainUserError::new(
                        "maxHouseholds",
                        UserErrorCode::InvalidValue,
                        "0 ≤ minHouseholds ≤ maxHouseholds, and maxResidents > 0",
                    )
                    .into(),
                ],
            ));
        };
        let rule = service::set_sizing_rule(conn, access, rule).await?;
        Ok(GridSizingRulePayload::new(Some(rule.into()), Vec::new()))
    }
}
