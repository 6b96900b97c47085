//! Figures of a region node (domain.md §2 grid map): households, living residents by residence
//! type, party members, staff, members of each key group the caller may see, and — for grids —
//! the sizing rule's verdict.

use super::placement;
use super::region_scope::{place_of, subtree_condition};
use super::residents::READ;
use super::tenant_settings;
use crate::access::{Access, Permission};
use crate::domain::grid_sizing::{GridSize, GridSizingRule};
use crate::error::AppResult;
use crate::tenancy::scoped;
use chrono::Utc;
use entities::enums::{RegionKind, ResidenceType, ResidentStatus};
use entities::{household, key_group, region, resident, resident_key_group, staff_assignment};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, FromQueryResult, PaginatorTrait, QueryFilter,
    QuerySelect, QueryTrait,
};
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct RegionFigures {
    pub region: region::Model,
    pub households: i64,
    pub residents: i64,
    pub residents_by_type: Vec<(ResidenceType, i64)>,
    /// Current party members placed in the subtree, within the caller's party reach; `None`
    /// without `party:figures`.
    pub party_members: Option<i64>,
    pub staff: i64,
    /// Open events placed in the subtree, within the caller's event reach; `None` without
    /// `event:read`.
    pub open_events: Option<i64>,
    pub key_groups: Vec<(key_group::Model, i64)>,
    pub sizing: Option<(GridSize, GridSizingRule)>,
}

#[derive(FromQueryResult)]
struct TypeCount {
    residence_type: ResidenceType,
    n: i64,
}

#[derive(FromQueryResult)]
struct GroupCount {
    key_group_id: Uuid,
    n: i64,
}

pub async fn of_region(
    conn: &impl ConnectionTrait,
    access: &Access,
    region_id: Uuid,
) -> AppResult<RegionFigures> {
    let region = placement::readable_region(conn, access, READ, region_id).await?;
    let tenant = access.tenant_id;
    let households = scoped::<household::Entity>(tenant)
        .filter(subtree_condition::<household::Entity>(
            region.kind,
            region.id,
        ))
        .count(conn)
        .await? as i64;
    let living = || {
        scoped::<resident::Entity>(tenant)
            .filter(subtree_condition::<resident::Entity>(
                region.kind,
                region.id,
            ))
            .filter(resident::Column::Status.eq(ResidentStatus::Living))
    };
    let by_type: Vec<TypeCount> = living()
        .select_only()
        .column(resident::Column::ResidenceType)
        .column_as(Expr::col(resident::Column::Id).count(), "n")
        .group_by(resident::Column::ResidenceType)
        .into_model()
        .all(conn)
        .await?;
    let residents = by_type.iter().map(|t| t.n).sum();
    let today = Utc::now().date_naive();
    let staff = scoped::<staff_assignment::Entity>(tenant)
        .filter(subtree_condition::<staff_assignment::Entity>(
            region.kind,
            region.id,
        ))
        .filter(
            Condition::any()
                .add(staff_assignment::Column::EndedOn.is_null())
                .add(staff_assignment::Column::EndedOn.gte(today)),
        )
        .select_only()
        .column(staff_assignment::Column::StaffId)
        .distinct()
        .into_tuple::<Uuid>()
        .all(conn)
        .await?
        .len() as i64;
    let sees_sensitive = access.reaches(Permission::SensitiveGroupRead, &place_of(&region));
    let mut groups = scoped::<key_group::Entity>(tenant);
    if !sees_sensitive {
        groups = groups.filter(key_group::Column::Sensitive.eq(false));
    }
    let groups = groups.all(conn).await?;
    let counts: Vec<GroupCount> = scoped::<resident_key_group::Entity>(tenant)
        .filter(resident_key_group::Column::EndedOn.is_null())
        .filter(
            resident_key_group::Column::ResidentId.in_subquery(
                living()
                    .select_only()
                    .column(resident::Column::Id)
                    .into_query(),
            ),
        )
        .select_only()
        .column(resident_key_group::Column::KeyGroupId)
        .column_as(Expr::col(resident_key_group::Column::Id).count(), "n")
        .group_by(resident_key_group::Column::KeyGroupId)
        .into_model()
        .all(conn)
        .await?;
    let mut key_groups: Vec<(key_group::Model, i64)> = groups
        .into_iter()
        .map(|g| {
            let n = counts
                .iter()
                .find(|c| c.key_group_id == g.id)
                .map_or(0, |c| c.n);
            (g, n)
        })
        .collect();
    key_groups.sort_by(|a, b| a.0.code.cmp(&b.0.code));
    let sizing = if region.kind == RegionKind::Grid {
        let rule: GridSizingRule =
            tenant_settings::get(conn, tenant, tenant_settings::GRID_SIZING).await?;
        Some((rule.classify(households, residents), rule))
    } else {
        None
    };
    Ok(RegionFigures {
        open_events: super::events::listing::open_in_region(conn, access, &region).await?,
        party_members: super::party::figures::members_in_region(conn, access, &region).await?,
        region,
        households,
        residents,
        residents_by_type: by_type
            .into_iter()
            .map(|t| (t.residence_type, t.n))
            .collect(),
        staff,
        key_groups,
        sizing,
    })
}

/// A grid outside the sizing rule.
#[derive(Debug, Clone)]
pub struct GridOutsideRule {
    pub grid: region::Model,
    pub households: i64,
    pub residents: i64,
    pub size: GridSize,
}

#[derive(FromQueryResult)]
struct GridCount {
    grid_id: Option<Uuid>,
    n: i64,
}

/// Grids of a subtree (or the caller's reach) that break the tenant's sizing rule.
pub async fn grids_outside_rule(
    conn: &impl ConnectionTrait,
    access: &Access,
    under: Option<Uuid>,
) -> AppResult<(GridSizingRule, Vec<GridOutsideRule>)> {
    let reach = access.region_reach(READ)?;
    let tenant = access.tenant_id;
    let mut grids = scoped::<region::Entity>(tenant)
        .filter(region::Column::Kind.eq(RegionKind::Grid))
        .filter(super::region_scope::reach_condition::<region::Entity>(
            &reach,
        ));
    let (mut household_scope, mut resident_scope) = (Condition::all(), Condition::all());
    if let Some(under) = under {
        let node = placement::readable_region(conn, access, READ, under).await?;
        grids = grids.filter(subtree_condition::<region::Entity>(node.kind, node.id));
        household_scope = subtree_condition::<household::Entity>(node.kind, node.id);
        resident_scope = subtree_condition::<resident::Entity>(node.kind, node.id);
    }
    let grids = grids.all(conn).await?;
    let per_grid = |rows: Vec<GridCount>| {
        rows.into_iter()
            .filter_map(|r| Some((r.grid_id?, r.n)))
            .collect::<std::collections::HashMap<Uuid, i64>>()
    };
    let households = per_grid(
        scoped::<household::Entity>(tenant)
            .filter(household_scope)
            .select_only()
            .column(household::Column::GridId)
            .column_as(Expr::col(household::Column::Id).count(), "n")
            .group_by(household::Column::GridId)
            .into_model()
            .all(conn)
            .await?,
    );
    let residents = per_grid(
        scoped::<resident::Entity>(tenant)
            .filter(resident_scope)
            .filter(resident::Column::Status.eq(ResidentStatus::Living))
            .select_only()
            .column(resident::Column::GridId)
            .column_as(Expr::col(resident::Column::Id).count(), "n")
            .group_by(resident::Column::GridId)
            .into_model()
            .all(conn)
            .await?,
    );
    let rule: GridSizingRule =
        tenant_settings::get(conn, tenant, tenant_settings::GRID_SIZING).await?;
    let mut outside: Vec<GridOutsideRule> = grids
        .into_iter()
        .filter_map(|grid| {
            let h = households.get(&grid.id).copied().unwrap_or(0);
            let r = residents.get(&grid.id).copied().unwrap_or(0);
            let size = rule.classify(h, r);
            (size != GridSize::WithinRule).then_some(GridOutsideRule {
                grid,
                households: h,
                residents: r,
                size,
            })
        })
        .collect();
    outside.sort_by(|a, b| a.grid.code.cmp(&b.grid.code));
    Ok((rule, outside))
}

/// Sets the tenant's grid sizing rule (county admin).
pub async fn set_sizing_rule(
    conn: &impl ConnectionTrait,
    access: &Access,
    rule: GridSizingRule,
) -> AppResult<GridSizingRule> {
    access.require(Permission::ArchiveConfigure)?;
    tenant_settings::set(conn, access.tenant_id, tenant_settings::GRID_SIZING, &rule).await?;
    super::audit::record(
        conn,
        super::audit::AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "settings.grid_sizing",
            object_type: None,
            object_id: None,
            detail: serde_json::json!({ "minHouseholds": rule.min_households, "maxHouseholds": rule.max_households, "maxResidents": rule.max_residents }),
        },
    )
    .await?;
    Ok(rule)
}

pub async fn sizing_rule(
    conn: &impl ConnectionTrait,
    access: &Access,
) -> AppResult<GridSizingRule> {
    access.require(Permission::RegionRead)?;
    tenant_settings::get(conn, access.tenant_id, tenant_settings::GRID_SIZING).await
}
