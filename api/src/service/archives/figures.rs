//! Figures of a region node (domain.md §2 grid map): households, living residents by residence
//! type, party members, staff, members of each key group the caller may see, and — for grids —
//! the sizing rule's verdict.

use super::placement;
use super::residents::READ;
use crate::access::{Access, Permission};
use crate::domain::grid_sizing::{GridSize, GridSizingRule};
use crate::error::AppResult;
use crate::service::common::region_scope::{place_of, subtree_condition};
use crate::service::tenant_settings;
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::enums::{RegionKind, ResidenceType, ResidentStatus};
use entities::{
    event, household, key_group, party_member, region, resident, resident_key_group,
    staff_assignment,
};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, SelectStatement, SimpleExpr, UnionType};
use sea_orm::{
    ActiveEnum, ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
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

/// One row of the figures statement: which figure (`households`, `type`, `staff`, `group`,
/// `party`, `open_events`), its key (a residence type or a key group's code) and the count.
#[derive(FromQueryResult)]
struct FigureRow {
    figure: String,
    key: Option<String>,
    n: i64,
}

/// One part of the figures statement: `SELECT '<figure>', <key>, <count> FROM …`.
fn figure_part(
    figure: &str,
    mut query: SelectStatement,
    key: Option<SimpleExpr>,
    count: SimpleExpr,
) -> SelectStatement {
    query
        .expr_as(Expr::val(figure.to_string()), Alias::new("figure"))
        .expr_as(
            key.unwrap_or_else(|| Expr::cust("CAST(NULL AS TEXT)")),
            Alias::new("key"),
        )
        .expr_as(count, Alias::new("n"));
    query
}

fn bare<E: EntityTrait>(select: sea_orm::Select<E>) -> SelectStatement {
    select.select_only().into_query()
}

/// The figures of a region node. `with_sizing`: also the grid sizing rule's verdict (one more
/// query, made only when the client asks for it).
pub async fn of_region(
    conn: &TenantTx,
    access: &Access,
    region_id: Uuid,
    with_sizing: bool,
) -> AppResult<RegionFigures> {
    let region = placement::readable_region(conn, access, READ, region_id).await?;
    let tenant = access.tenant_id;
    let living = || {
        conn.find::<resident::Entity>()
            .filter(subtree_condition::<resident::Entity>(
                region.kind,
                region.id,
            ))
            .filter(resident::Column::Status.eq(ResidentStatus::Living))
    };
    let today = Utc::now().date_naive();
    let sees_sensitive = access.reaches(Permission::SensitiveGroupRead, &place_of(&region));
    let mut groups = conn.find::<key_group::Entity>();
    if !sees_sensitive {
        groups = groups.filter(key_group::Column::Sensitive.eq(false));
    }
    let groups = groups.all(conn).await?;

    // Every count in one statement (UNION ALL): one round trip, whatever the region.
    let mut statement = figure_part(
        "households",
        bare(
            conn.find::<household::Entity>()
                .filter(subtree_condition::<household::Entity>(
                    region.kind,
                    region.id,
                )),
        ),
        None,
        Expr::col((household::Entity, household::Column::Id)).count(),
    );
    let mut by_type = figure_part(
        "type",
        bare(living()),
        Some(Expr::col((
            resident::Entity,
            resident::Column::ResidenceType,
        ))),
        Expr::col((resident::Entity, resident::Column::Id)).count(),
    );
    by_type.group_by_col((resident::Entity, resident::Column::ResidenceType));
    let staff = figure_part(
        "staff",
        bare(
            conn.find::<staff_assignment::Entity>()
                .filter(subtree_condition::<staff_assignment::Entity>(
                    region.kind,
                    region.id,
                ))
                .filter(
                    Condition::any()
                        .add(staff_assignment::Column::EndedOn.is_null())
                        .add(staff_assignment::Column::EndedOn.gte(today)),
                ),
        ),
        None,
        Expr::col((staff_assignment::Entity, staff_assignment::Column::StaffId)).count_distinct(),
    );
    // Current memberships per key group, counted first and then named by the group's code (a
    // text key on every back end; SQLite keeps UUIDs as bytes). Joining before counting let
    // PostgreSQL walk the grid's residents once per key group (34 ms instead of 2).
    let mut per_group = bare(
        conn.find::<resident_key_group::Entity>()
            .filter(resident_key_group::Column::EndedOn.is_null())
            .filter(
                resident_key_group::Column::ResidentId.in_subquery(
                    living()
                        .select_only()
                        .column(resident::Column::Id)
                        .into_query(),
                ),
            ),
    );
    per_group
        .column((
            resident_key_group::Entity,
            resident_key_group::Column::KeyGroupId,
        ))
        .expr_as(
            Expr::col((resident_key_group::Entity, resident_key_group::Column::Id)).count(),
            Alias::new("n"),
        )
        .group_by_col((
            resident_key_group::Entity,
            resident_key_group::Column::KeyGroupId,
        ));
    let counted = Alias::new("counted");
    let mut by_group = SelectStatement::new();
    by_group
        .expr_as(Expr::val("group".to_string()), Alias::new("figure"))
        .expr_as(
            Expr::col((key_group::Entity, key_group::Column::Code)),
            Alias::new("key"),
        )
        .expr_as(
            Expr::col((counted.clone(), Alias::new("n"))),
            Alias::new("n"),
        )
        .from_subquery(per_group, counted.clone())
        .inner_join(
            key_group::Entity,
            Expr::col((key_group::Entity, key_group::Column::TenantId))
                .eq(tenant)
                .and(
                    Expr::col((key_group::Entity, key_group::Column::Id))
                        .equals((counted, resident_key_group::Column::KeyGroupId)),
                ),
        );
    statement
        .union(UnionType::All, by_type)
        .union(UnionType::All, staff)
        .union(UnionType::All, by_group);
    let party = crate::service::party::figures::members_in_region_query(conn, access, &region);
    if let Some(party) = party.clone() {
        statement.union(
            UnionType::All,
            figure_part(
                "party",
                bare(party),
                None,
                Expr::col((party_member::Entity, party_member::Column::Id)).count(),
            ),
        );
    }
    let open = crate::service::events::listing::open_in_region_query(conn, access, &region);
    if let Some(open) = open.clone() {
        statement.union(
            UnionType::All,
            figure_part(
                "open_events",
                bare(open),
                None,
                Expr::col((event::Entity, event::Column::Id)).count(),
            ),
        );
    }
    let rows = FigureRow::find_by_statement(conn.get_database_backend().build(&statement))
        .all(conn)
        .await?;
    let one = |figure: &str| {
        rows.iter()
            .filter(|r| r.figure == figure)
            .map(|r| r.n)
            .sum::<i64>()
    };
    let keyed = |figure: &'static str| {
        rows.iter()
            .filter(move |r| r.figure == figure)
            .filter_map(|r| Some((r.key.clone()?, r.n)))
    };
    let residents_by_type: Vec<(ResidenceType, i64)> = keyed("type")
        .filter_map(|(key, n)| Some((ResidenceType::try_from_value(&key).ok()?, n)))
        .collect();
    let group_counts: Vec<(String, i64)> = keyed("group").collect();
    let households = one("households");
    let residents = residents_by_type.iter().map(|t| t.1).sum();
    let mut key_groups: Vec<(key_group::Model, i64)> = groups
        .into_iter()
        .map(|g| {
            let n = group_counts
                .iter()
                .find(|c| c.0 == g.code)
                .map_or(0, |c| c.1);
            (g, n)
        })
        .collect();
    key_groups.sort_by(|a, b| a.0.code.cmp(&b.0.code));
    let sizing = if with_sizing && region.kind == RegionKind::Grid {
        let rule: GridSizingRule = tenant_settings::get(conn, tenant_settings::GRID_SIZING).await?;
        Some((rule.classify(households, residents), rule))
    } else {
        None
    };
    Ok(RegionFigures {
        open_events: open.map(|_| one("open_events")),
        party_members: party.map(|_| one("party")),
        region,
        households,
        residents,
        residents_by_type,
        staff: one("staff"),
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
    conn: &TenantTx,
    access: &Access,
    under: Option<Uuid>,
) -> AppResult<(GridSizingRule, Vec<GridOutsideRule>)> {
    let reach = access.region_reach(READ)?;
    let _tenant = access.tenant_id;
    let mut grids = conn
        .find::<region::Entity>()
        .filter(region::Column::Kind.eq(RegionKind::Grid))
        .filter(crate::service::common::region_scope::reach_condition::<
            region::Entity,
        >(&reach));
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
        conn.find::<household::Entity>()
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
        conn.find::<resident::Entity>()
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
    let rule: GridSizingRule = tenant_settings::get(conn, tenant_settings::GRID_SIZING).await?;
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
    conn: &TenantTx,
    access: &Access,
    rule: GridSizingRule,
) -> AppResult<GridSizingRule> {
    access.require(Permission::ArchiveConfigure)?;
    tenant_settings::set(conn, access.tenant_id, tenant_settings::GRID_SIZING, &rule).await?;
    crate::service::common::audit::record(
        conn,
        crate::service::common::audit::AuditEntry {
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

pub async fn sizing_rule(conn: &TenantTx, access: &Access) -> AppResult<GridSizingRule> {
    access.require(Permission::RegionRead)?;
    tenant_settings::get(conn, tenant_settings::GRID_SIZING).await
}
