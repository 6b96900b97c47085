//! The region tree: reading within the caller's reach, and changes under the tree's rules.

use crate::access::{Access, Permission, RegionReach};
use crate::domain::{
    GeoBoundary, GeoPoint, RegionCode, UserError, UserErrorCode, region_rules, text,
};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::{reject_if_any, unique_violation_as};
use crate::service::common::page::{Page, PageRequest};
use crate::service::common::region_scope::{place_of, reach_condition, subtree_condition};
use crate::service::common::search;
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::enums::{GridKind, RegionKind};
use entities::{party_organisation, region, role_assignment};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Filters of a region search.
#[derive(Debug, Default, Clone)]
pub struct RegionFilter {
    /// Part of the name, or the start of the code.
    pub search: Option<String>,
    pub kind: Option<RegionKind>,
    /// Only this node's subtree.
    pub under: Option<Uuid>,
}

/// A region the caller may read, or `NOT_FOUND`.
pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<region::Model> {
    let reach = access.region_reach(Permission::RegionRead)?;
    find_within(conn, &reach, id).await
}

async fn find_within(conn: &TenantTx, reach: &RegionReach, id: Uuid) -> AppResult<region::Model> {
    conn.find::<region::Entity>()
        .filter(region::Column::Id.eq(id))
        .one(conn)
        .await?
        .filter(|r| reach.covers(&place_of(r)))
        .ok_or(AppError::NotFound("region"))
}

/// Regions by id, those the caller may read (for batch loading).
pub async fn get_many(
    conn: &TenantTx,
    access: &Access,
    ids: &[Uuid],
) -> AppResult<Vec<region::Model>> {
    let reach = access.region_reach(Permission::RegionRead)?;
    Ok(conn
        .find::<region::Entity>()
        .filter(region::Column::Id.is_in(ids.iter().copied()))
        .filter(reach_condition::<region::Entity>(&reach))
        .all(conn)
        .await?)
}

/// The tops of the caller's visible tree: the county, or the caller's scope nodes.
pub async fn roots(conn: &TenantTx, access: &Access) -> AppResult<Vec<region::Model>> {
    let reach = access.region_reach(Permission::RegionRead)?;
    let query = conn.find::<region::Entity>();
    let query = match &reach {
        RegionReach::All => query.filter(region::Column::ParentId.is_null()),
        RegionReach::Subtrees(subtrees) => {
            query.filter(region::Column::Id.is_in(subtrees.iter().map(|(_, id)| *id)))
        }
    };
    let found = query.order_by_asc(region::Column::Code).all(conn).await?;
    // A scope node inside another scope node's subtree is not a root of its own.
    let ids: Vec<Uuid> = found.iter().map(|r| r.id).collect();
    Ok(found
        .iter()
        .filter(|r| {
            !ids.iter()
                .any(|other| *other != r.id && r.path.contains(&format!("/{other}/")))
        })
        .cloned()
        .collect())
}

fn after_code(after: &Option<String>) -> Condition {
    match after {
        Some(code) => Condition::all().add(region::Column::Code.gt(code.clone())),
        None => Condition::all(),
    }
}

pub async fn children(
    conn: &TenantTx,
    access: &Access,
    parent: &region::Model,
    page: &PageRequest,
) -> AppResult<Page<region::Model>> {
    let reach = access.region_reach(Permission::RegionRead)?;
    let rows = conn
        .find::<region::Entity>()
        .filter(region::Column::ParentId.eq(parent.id))
        .filter(reach_condition::<region::Entity>(&reach))
        .filter(after_code(&page.after))
        .order_by_asc(region::Column::Code)
        .limit(page.fetch_limit())
        .all(conn)
        .await?;
    Ok(Page::from_rows(rows, page, |r| r.code.clone()))
}

/// How many children each of `parents` has (one query for many).
pub async fn child_counts(
    conn: &TenantTx,
    access: &Access,
    parents: &[Uuid],
) -> AppResult<HashMap<Uuid, i64>> {
    let reach = access.region_reach(Permission::RegionRead)?;
    let rows: Vec<(Option<Uuid>, i64)> = conn
        .find::<region::Entity>()
        .select_only()
        .column(region::Column::ParentId)
        .column_as(region::Column::Id.count(), "count")
        .filter(region::Column::ParentId.is_in(parents.iter().copied()))
        .filter(reach_condition::<region::Entity>(&reach))
        .group_by(region::Column::ParentId)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(parent, count)| parent.map(|p| (p, count)))
        .collect())
}

pub async fn search(
    conn: &TenantTx,
    access: &Access,
    filter: &RegionFilter,
    page: &PageRequest,
) -> AppResult<Page<region::Model>> {
    let reach = access.region_reach(Permission::RegionRead)?;
    let mut query = conn
        .find::<region::Entity>()
        .filter(reach_condition::<region::Entity>(&reach))
        .filter(after_code(&page.after));
    if let Some(under) = filter.under {
        let node = find_within(conn, &reach, under).await?;
        query = query.filter(subtree_condition::<region::Entity>(node.kind, node.id));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(region::Column::Kind.eq(kind));
    }
    if let Some(term) = search::term(filter.search.as_deref()) {
        query = query.filter(search::name_or_code(
            region::Column::Name,
            region::Column::Code,
            term,
        ));
    }
    let rows = query
        .order_by_asc(region::Column::Code)
        .limit(page.fetch_limit())
        .all(conn)
        .await?;
    Ok(Page::from_rows(rows, page, |r| r.code.clone()))
}

/// The region's ancestors the caller may read, root first.
pub async fn ancestors(
    conn: &TenantTx,
    access: &Access,
    node: &region::Model,
) -> AppResult<Vec<region::Model>> {
    let ids: Vec<Uuid> = path_ids(&node.path)
        .into_iter()
        .filter(|id| *id != node.id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut found = get_many(conn, access, &ids).await?;
    found.sort_by_key(|r| r.depth);
    Ok(found)
}

fn path_ids(path: &str) -> Vec<Uuid> {
    path.split('/')
        .filter_map(|part| Uuid::try_parse(part).ok())
        .collect()
}

/// The grids (with boundaries) in the caller's reach, under `under` if given, and the names of
/// their communities.
pub async fn grid_map(
    conn: &TenantTx,
    access: &Access,
    under: Option<Uuid>,
) -> AppResult<(Vec<region::Model>, HashMap<Uuid, String>)> {
    let reach = access.region_reach(Permission::RegionRead)?;
    let mut query = conn
        .find::<region::Entity>()
        .filter(reach_condition::<region::Entity>(&reach))
        .filter(region::Column::Kind.eq(RegionKind::Grid))
        .filter(region::Column::Boundary.is_not_null());
    if let Some(under) = under {
        let node = find_within(conn, &reach, under).await?;
        query = query.filter(subtree_condition::<region::Entity>(node.kind, node.id));
    }
    let grids = query.order_by_asc(region::Column::Code).all(conn).await?;
    let community_ids: Vec<Uuid> = grids.iter().filter_map(|g| g.parent_id).collect();
    let names = conn
        .find::<region::Entity>()
        .select_only()
        .column(region::Column::Id)
        .column(region::Column::Name)
        .filter(region::Column::Id.is_in(community_ids))
        .into_tuple::<(Uuid, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    Ok((grids, names))
}

/// Input of `createRegion`, unparsed.
#[derive(Debug, Clone)]
pub struct NewRegion {
    pub parent_id: Uuid,
    pub kind: RegionKind,
    pub grid_kind: Option<GridKind>,
    pub code: String,
    pub name: String,
    pub boundary: Option<serde_json::Value>,
    pub center: Option<(f64, f64)>,
}

fn parse_boundary(
    raw: Option<&serde_json::Value>,
    errors: &mut Vec<UserError>,
) -> Option<serde_json::Value> {
    match raw.map(GeoBoundary::parse) {
        Some(Ok(boundary)) => Some(boundary.to_json()),
        Some(Err(e)) => {
            errors.push(e);
            None
        }
        None => None,
    }
}

fn parse_center(raw: Option<(f64, f64)>, errors: &mut Vec<UserError>) -> Option<GeoPoint> {
    match raw.map(|(lng, lat)| GeoPoint::parse(lng, lat)) {
        Some(Ok(point)) => Some(point),
        Some(Err(e)) => {
            errors.push(e);
            None
        }
        None => None,
    }
}

fn check_grid_kind(
    kind: RegionKind,
    grid_kind: Option<GridKind>,
    errors: &mut Vec<UserError>,
) -> Option<GridKind> {
    match (kind, grid_kind) {
        (RegionKind::Grid, given) => Some(given.unwrap_or(GridKind::Basic)),
        (_, None) => None,
        (_, Some(_)) => {
            errors.push(UserError::new(
                "gridKind",
                UserErrorCode::GridKindNotAllowed,
                "only a grid has a grid kind",
            ));
            None
        }
    }
}

async fn code_taken(conn: &TenantTx, code: &str, except: Option<Uuid>) -> AppResult<bool> {
    let mut query = conn
        .find::<region::Entity>()
        .filter(region::Column::Code.eq(code));
    if let Some(id) = except {
        query = query.filter(region::Column::Id.ne(id));
    }
    Ok(query.count(conn).await? > 0)
}

/// The ancestor-id columns (street, community, grid, micro-grid) of a child of `parent` with id
/// `id` and kind `kind`: the one rule, for regions made by a client, the demo and the benchmark.
pub fn ancestry(parent: &region::Model, id: Uuid, kind: RegionKind) -> [Option<Uuid>; 4] {
    let own = |level: RegionKind, inherited: Option<Uuid>| {
        if kind == level { Some(id) } else { inherited }
    };
    [
        own(RegionKind::Street, parent.street_id),
        own(RegionKind::Community, parent.community_id),
        own(RegionKind::Grid, parent.grid_id),
        own(RegionKind::MicroGrid, parent.micro_grid_id),
    ]
}

pub async fn create(
    conn: &TenantTx,
    access: &Access,
    input: NewRegion,
) -> AppResult<region::Model> {
    let parent = get(conn, access, input.parent_id).await?;
    access.check_region_action(Permission::RegionWrite, &place_of(&parent), false)?;
    let mut errors = Vec::new();
    if !region_rules::may_nest(parent.kind, input.kind) {
        errors.push(UserError::new(
            "kind",
            UserErrorCode::InvalidKindNesting,
            format!(
                "a {:?} cannot be placed under a {:?}",
                input.kind, parent.kind
            ),
        ));
    }
    let code = RegionCode::parse_child(&input.code, &parent.code)
        .map_err(|e| errors.push(e))
        .ok();
    let name = text::parse_name("name", &input.name)
        .map_err(|e| errors.push(e))
        .ok();
    let grid_kind = check_grid_kind(input.kind, input.grid_kind, &mut errors);
    let boundary = parse_boundary(input.boundary.as_ref(), &mut errors);
    let center = parse_center(input.center, &mut errors);
    if let Some(code) = &code
        && code_taken(conn, code.as_str(), None).await?
    {
        errors.push(UserError::new(
            "code",
            UserErrorCode::CodeTaken,
            "this code is already used in the county",
        ));
    }
    reject_if_any(errors)?;
    let (Some(code), Some(name)) = (code, name) else {
        return Err(AppError::internal(anyhow::anyhow!(
            "validated input lost its values"
        )));
    };
    let id = Uuid::now_v7();
    let [street_id, community_id, grid_id, micro_grid_id] = ancestry(&parent, id, input.kind);
    let now = Utc::now();
    let model = region::ActiveModel {
        tenant_id: Set(access.tenant_id),
        id: Set(id),
        parent_id: Set(Some(parent.id)),
        kind: Set(input.kind),
        grid_kind: Set(grid_kind),
        code: Set(code.into_string()),
        name: Set(name),
        path: Set(format!("{}{}/", parent.path, id)),
        depth: Set(parent.depth + 1),
        street_id: Set(street_id),
        community_id: Set(community_id),
        grid_id: Set(grid_id),
        micro_grid_id: Set(micro_grid_id),
        boundary: Set(boundary),
        center_lng: Set(center.map(|c| c.lng)),
        center_lat: Set(center.map(|c| c.lat)),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let tx = conn.savepoint().await?;
    let created = tx.insert(model).await.map_err(|e| {
        unique_violation_as(
            e,
            "code",
            UserErrorCode::CodeTaken,
            "this code is already used in the county",
        )
    })?;
    audit::record(&tx, AuditEntry {
        tenant_id: access.tenant_id,
        actor_id: Some(access.user_id),
        action: "region.create",
        object_type: Some("Region"),
        object_id: Some(id),
        detail: serde_json::json!({ "code": created.code, "name": created.name, "kind": created.kind }),
    })
    .await?;
    tx.commit().await?;
    Ok(created)
}

/// Input of `updateRegion`: absent fields stay; `boundary`/`center` of `Some(None)` clear.
#[derive(Debug, Clone, Default)]
pub struct RegionChanges {
    pub id: Uuid,
    pub expected_version: Option<i32>,
    pub name: Option<String>,
    pub code: Option<String>,
    pub grid_kind: Option<GridKind>,
    pub boundary: Option<Option<serde_json::Value>>,
    pub center: Option<Option<(f64, f64)>>,
}

pub async fn update(
    conn: &TenantTx,
    access: &Access,
    changes: RegionChanges,
) -> AppResult<region::Model> {
    let node = get(conn, access, changes.id).await?;
    access.check_region_action(Permission::RegionWrite, &place_of(&node), false)?;
    if changes.expected_version.is_some_and(|v| v != node.version) {
        return Err(AppError::Conflict(
            "the region was changed by someone else; reload it".into(),
        ));
    }
    let mut errors = Vec::new();
    let name = changes
        .name
        .as_deref()
        .map(|n| text::parse_name("name", n))
        .transpose()
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let parent = match node.parent_id {
        Some(parent_id) => {
            conn.find::<region::Entity>()
                .filter(region::Column::Id.eq(parent_id))
                .one(conn)
                .await?
        }
        None => None,
    };
    let code = match (&changes.code, &parent) {
        (Some(raw), Some(parent)) => RegionCode::parse_child(raw, &parent.code)
            .map_err(|e| errors.push(e))
            .ok(),
        (Some(_), None) => {
            errors.push(UserError::new(
                "code",
                UserErrorCode::InvalidCode,
                "the county's code is the tenant's code and cannot change",
            ));
            None
        }
        (None, _) => None,
    };
    if let Some(code) = &code
        && code_taken(conn, code.as_str(), Some(node.id)).await?
    {
        errors.push(UserError::new(
            "code",
            UserErrorCode::CodeTaken,
            "this code is already used in the county",
        ));
    }
    let grid_kind = changes
        .grid_kind
        .and_then(|gk| check_grid_kind(node.kind, Some(gk), &mut errors));
    let boundary = changes
        .boundary
        .as_ref()
        .map(|b| parse_boundary(b.as_ref(), &mut errors));
    let center = changes.center.map(|c| parse_center(c, &mut errors));
    reject_if_any(errors)?;

    let tx = conn.savepoint().await?;
    let mut model = node.clone().into_active_model();
    if let Some(name) = name {
        model.name = Set(name);
    }
    if let Some(gk) = grid_kind {
        model.grid_kind = Set(Some(gk));
    }
    if let Some(boundary) = boundary {
        model.boundary = Set(boundary);
    }
    if let Some(center) = center {
        model.center_lng = Set(center.map(|c| c.lng));
        model.center_lat = Set(center.map(|c| c.lat));
    }
    if let Some(code) = &code {
        model.code = Set(code.as_str().to_string());
        recode_descendants(&tx, &node, &node.code, code.as_str()).await?;
    }
    model.version = Set(node.version + 1);
    model.updated_at = Set(Utc::now());
    let updated = save_versioned(&tx, model, node.id, node.version).await?;
    audit::record(
        &tx,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "region.update",
            object_type: Some("Region"),
            object_id: Some(node.id),
            detail: serde_json::json!({ "code": updated.code, "name": updated.name }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

/// Writes `model` only if the row still has `version`; otherwise `CONFLICT`.
async fn save_versioned(
    conn: &TenantTx,
    model: region::ActiveModel,
    id: Uuid,
    version: i32,
) -> AppResult<region::Model> {
    let result = conn
        .update_many::<region::Entity>()
        .set(model)
        .filter(region::Column::Id.eq(id))
        .filter(region::Column::Version.eq(version))
        .exec(conn)
        .await
        .map_err(|e| {
            unique_violation_as(
                e,
                "code",
                UserErrorCode::CodeTaken,
                "this code is already used in the county",
            )
        })?;
    if result.rows_affected == 0 {
        return Err(AppError::Conflict(
            "the region was changed by someone else; reload it".into(),
        ));
    }
    conn.find::<region::Entity>()
        .filter(region::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("region"))
}

async fn descendants(conn: &TenantTx, node: &region::Model) -> AppResult<Vec<region::Model>> {
    Ok(conn
        .find::<region::Entity>()
        .filter(region::Column::Path.starts_with(&node.path))
        .filter(region::Column::Id.ne(node.id))
        .all(conn)
        .await?)
}

/// Re-prefixes the codes of `node`'s descendants from `old` to `new`.
async fn recode_descendants(
    conn: &TenantTx,
    node: &region::Model,
    old: &str,
    new: &str,
) -> AppResult<()> {
    for child in descendants(conn, node).await? {
        let code = format!(
            "{new}{}",
            child.code.strip_prefix(old).unwrap_or(&child.code)
        );
        conn.update_many::<region::Entity>()
            .col_expr(region::Column::Code, Expr::value(code))
            .col_expr(
                region::Column::Version,
                Expr::col(region::Column::Version).add(1),
            )
            .filter(region::Column::Id.eq(child.id))
            .exec(conn)
            .await
            .map_err(|e| {
                unique_violation_as(
                    e,
                    "code",
                    UserErrorCode::CodeTaken,
                    "a descendant's new code is already used",
                )
            })?;
    }
    Ok(())
}

/// Moves a region under a new parent of the right kind, with a code that extends the new
/// parent's; its descendants follow (paths, ancestor ids and codes).
pub async fn move_to(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    new_parent_id: Uuid,
    new_code: &str,
) -> AppResult<region::Model> {
    let node = get(conn, access, id).await?;
    access.check_region_action(Permission::RegionWrite, &place_of(&node), true)?;
    let parent = get(conn, access, new_parent_id).await?;
    access.check_region_action(Permission::RegionWrite, &place_of(&parent), false)?;
    let mut errors = Vec::new();
    if parent.path.starts_with(&node.path) {
        errors.push(UserError::new(
            "newParentId",
            UserErrorCode::InvalidMove,
            "a region cannot move into its own subtree",
        ));
    } else if !region_rules::may_nest(parent.kind, node.kind) {
        errors.push(UserError::new(
            "newParentId",
            UserErrorCode::InvalidKindNesting,
            "the new parent must be of the level above",
        ));
    }
    let code = RegionCode::parse_child(new_code, &parent.code)
        .map_err(|e| errors.push(e))
        .ok();
    if let Some(code) = &code
        && code_taken(conn, code.as_str(), Some(node.id)).await?
    {
        errors.push(UserError::new(
            "code",
            UserErrorCode::CodeTaken,
            "this code is already used in the county",
        ));
    }
    reject_if_any(errors)?;
    let Some(code) = code else {
        return Err(AppError::internal(anyhow::anyhow!(
            "validated input lost its values"
        )));
    };

    let tx = conn.savepoint().await?;
    let new_path = format!("{}{}/", parent.path, node.id);
    let depth_delta = parent.depth + 1 - node.depth;
    let [street_id, community_id, grid_id, micro_grid_id] = ancestry(&parent, node.id, node.kind);
    // Levels above the moved node change for the whole subtree; its own level and below stay.
    for row in std::iter::once(node.clone()).chain(descendants(&tx, &node).await?) {
        let mut model = row.clone().into_active_model();
        let above = |level: RegionKind| region_rules::level(level) < region_rules::level(node.kind);
        if above(RegionKind::Street) {
            model.street_id = Set(street_id);
        }
        if above(RegionKind::Community) {
            model.community_id = Set(community_id);
        }
        if above(RegionKind::Grid) {
            model.grid_id = Set(grid_id);
        }
        if above(RegionKind::MicroGrid) {
            model.micro_grid_id = Set(micro_grid_id);
        }
        model.path = Set(format!(
            "{new_path}{}",
            row.path.strip_prefix(&node.path).unwrap_or_default()
        ));
        model.depth = Set(row.depth + depth_delta);
        model.code = Set(format!(
            "{}{}",
            code.as_str(),
            row.code.strip_prefix(&node.code).unwrap_or(&row.code)
        ));
        if row.id == node.id {
            model.parent_id = Set(Some(parent.id));
        }
        model.version = Set(row.version + 1);
        model.updated_at = Set(Utc::now());
        save_versioned(&tx, model, row.id, row.version).await?;
    }
    let moved = conn
        .find::<region::Entity>()
        .filter(region::Column::Id.eq(node.id))
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound("region"))?;
    audit::record(&tx, AuditEntry {
        tenant_id: access.tenant_id,
        actor_id: Some(access.user_id),
        action: "region.move",
        object_type: Some("Region"),
        object_id: Some(node.id),
        detail: serde_json::json!({ "from": node.parent_id, "to": parent.id, "code": moved.code }),
    })
    .await?;
    tx.commit().await?;
    Ok(moved)
}

/// Deletes an empty region that nothing refers to.
pub async fn delete(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<Uuid> {
    let node = get(conn, access, id).await?;
    access.check_region_action(Permission::RegionWrite, &place_of(&node), true)?;
    let children = conn
        .find::<region::Entity>()
        .filter(region::Column::ParentId.eq(node.id))
        .count(conn)
        .await?;
    if children > 0 {
        return Err(AppError::invalid(
            "id",
            UserErrorCode::RegionNotEmpty,
            format!("the region still has {children} children"),
        ));
    }
    let holders = conn
        .find::<role_assignment::Entity>()
        .filter(role_assignment::Column::ScopeId.eq(node.id))
        .count(conn)
        .await?;
    let organisations = conn
        .find::<party_organisation::Entity>()
        .filter(party_organisation::Column::RegionId.eq(node.id))
        .count(conn)
        .await?;
    if holders + organisations > 0 {
        return Err(AppError::invalid(
            "id",
            UserErrorCode::InUse,
            "users hold roles on this region or party organisations serve it",
        ));
    }
    let tx = conn.savepoint().await?;
    conn.delete_many::<region::Entity>()
        .filter(region::Column::Id.eq(node.id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "region.delete",
            object_type: Some("Region"),
            object_id: Some(node.id),
            detail: serde_json::json!({ "code": node.code, "name": node.name }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(node.id)
}
