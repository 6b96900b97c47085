//! The demo county 青石县 (fictional): 3 streets, 10 communities, 40 grids whose polygons tile
//! the county without gaps or overlaps, departments, a party branch, and one user per role.
//! Loaded by `gridgov seed-demo`, and on first start of the one-command product.

use crate::error::AppResult;
mod archives;
mod party;

use crate::service::tenants::{NewCounty, create_county, ensure_platform, find_by_code};
use crate::service::users::{insert_grant, insert_user};
use crate::state::AppState;
use crate::tenancy::RequestDb;
use chrono::Utc;
use entities::enums::{GridKind, PartyOrganisationKind, RegionKind, Role, ScopeKind};
use entities::{department, party_organisation, region};
use sea_orm::{ActiveValue::Set, ColumnTrait, QueryFilter};
use uuid::Uuid;

pub const COUNTY_CODE: &str = "371599";
pub const COUNTY_NAME: &str = "青石县";
/// Every demo account's password (README lists the accounts).
pub const PASSWORD: &str = "GridGov#2026";

const STREETS: [(&str, &[&str]); 3] = [
    (
        "东城街道",
        &["青河社区", "文昌社区", "春晖社区", "振兴社区"],
    ),
    ("西关街道", &["西关社区", "槐荫社区", "桃园社区"]),
    ("南湖镇", &["南湖村", "柳营村", "石桥村"]),
];
const DEPARTMENTS: [(&str, &str); 5] = [
    ("CG", "县城市管理局"),
    ("SCJG", "县市场监督管理局"),
    ("ZJ", "县住房和城乡建设局"),
    ("GA", "县公安局"),
    ("HB", "县生态环境局"),
];

/// Loads the demo county unless it exists; returns whether it loaded it.
pub async fn seed(state: &AppState) -> AppResult<bool> {
    let db = RequestDb::new(state.db.clone(), None);
    db.expect_writes();
    let platform = ensure_platform(db.conn().await?).await?;
    if find_by_code(db.conn().await?, COUNTY_CODE).await?.is_some() {
        db.commit().await?;
        return Ok(false);
    }
    db.enter_tenant(platform.id).await?;
    let operator = insert_user(
        state,
        db.conn().await?,
        platform.id,
        None,
        "operator",
        "平台运营员",
        PASSWORD,
    )
    .await?;
    insert_grant(
        db.conn().await?,
        platform.id,
        operator.id,
        Role::PlatformOperator,
        ScopeKind::Tenant,
        platform.id,
    )
    .await?;

    let county = create_county(
        state,
        &db,
        None,
        NewCounty {
            code: COUNTY_CODE,
            name: COUNTY_NAME,
            admin_username: "admin",
            admin_display_name: "县综治中心管理员",
            admin_password: PASSWORD,
        },
    )
    .await?;
    let conn = db.conn().await?;
    let root = conn
        .find::<region::Entity>()
        .filter(region::Column::ParentId.is_null())
        .one(conn)
        .await?
        .ok_or(crate::error::AppError::NotFound("region"))?;
    let tree = build_tree(county.id, &root);
    let first = |kind: RegionKind| {
        tree.iter()
            .find(|r| r.kind == kind)
            .map(|r| r.id)
            .unwrap_or(root.id)
    };
    let (street, community, grid) = (
        first(RegionKind::Street),
        first(RegionKind::Community),
        first(RegionKind::Grid),
    );
    for chunk in tree.chunks(50) {
        conn.insert_many(chunk.iter().cloned().map(region::ActiveModel::from))
            .exec_without_returning(conn)
            .await?;
    }
    let now = Utc::now();
    let mut department_ids = Vec::new();
    for (code, name) in DEPARTMENTS {
        let id = Uuid::now_v7();
        department_ids.push(id);
        conn.insert_one(department::ActiveModel {
            tenant_id: Set(county.id),
            id: Set(id),
            code: Set(code.into()),
            name: Set(name.into()),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(conn)
        .await?;
    }
    let committee = Uuid::now_v7();
    let branch = Uuid::now_v7();
    for (id, parent, kind, name, region_id, path) in [
        (
            committee,
            None,
            PartyOrganisationKind::CommunityCommittee,
            "青河社区党委",
            community,
            format!("/{committee}/"),
        ),
        (
            branch,
            Some(committee),
            PartyOrganisationKind::GridBranch,
            "青河社区第一网格党支部",
            grid,
            format!("/{committee}/{branch}/"),
        ),
    ] {
        conn.insert_one(party_organisation::ActiveModel {
            tenant_id: Set(county.id),
            id: Set(id),
            parent_id: Set(parent),
            kind: Set(kind),
            name: Set(name.into()),
            region_id: Set(Some(region_id)),
            street_id: Set(Some(street)),
            community_id: Set(Some(community)),
            grid_id: Set((region_id == grid).then_some(grid)),
            micro_grid_id: Set(None),
            path: Set(path),
            term_start: Set(None),
            term_end: Set(None),
            covered_units: Set(None),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(conn)
        .await?;
    }
    let department = department_ids.first().copied().unwrap_or(county.id);
    for (username, display, role, scope_kind, scope_id) in [
        (
            "street.dongcheng",
            "东城街道管理员",
            Role::StreetAdmin,
            ScopeKind::Region,
            street,
        ),
        (
            "community.qinghe",
            "青河社区工作人员",
            Role::CommunityStaff,
            ScopeKind::Region,
            community,
        ),
        (
            "grid.qh01",
            "青河社区第一网格网格员",
            Role::GridWorker,
            ScopeKind::Region,
            grid,
        ),
        (
            "party.qh01",
            "网格党支部书记",
            Role::PartyBranch,
            ScopeKind::PartyOrganisation,
            branch,
        ),
        (
            "dept.cg",
            "县城市管理局",
            Role::Department,
            ScopeKind::Department,
            department,
        ),
        ("leader", "县领导", Role::Leader, ScopeKind::Region, root.id),
        (
            "integrator.12345",
            "12345热线平台",
            Role::Integrator,
            ScopeKind::Tenant,
            county.id,
        ),
    ] {
        let user = insert_user(state, conn, county.id, None, username, display, PASSWORD).await?;
        insert_grant(conn, county.id, user.id, role, scope_kind, scope_id).await?;
    }
    let admin = conn
        .find::<entities::user::Entity>()
        .filter(entities::user::Column::Username.eq("admin"))
        .one(conn)
        .await?
        .ok_or(crate::error::AppError::NotFound("user"))?;
    archives::seed(conn, &state.vault, county.id, admin.id).await?;
    db.commit().await?;
    Ok(true)
}

// The county spans this box; streets are columns, communities rows, grids 2 × 2 per community.
const WEST: f64 = 116.90;
const EAST: f64 = 117.08;
const SOUTH: f64 = 36.40;
const NORTH: f64 = 36.52;

/// A small deterministic wobble so that grid borders look surveyed, not ruled.
fn wobble(i: usize, j: usize, scale: f64) -> f64 {
    let h = (i as u64).wrapping_mul(73_856_093) ^ (j as u64).wrapping_mul(19_349_663);
    ((h % 1000) as f64 / 1000.0 - 0.5) * scale
}

fn square(coords: [(f64, f64); 4]) -> serde_json::Value {
    let ring: Vec<[f64; 2]> = coords
        .iter()
        .chain(coords.first())
        .map(|(x, y)| [(x * 1e6).round() / 1e6, (y * 1e6).round() / 1e6])
        .collect();
    serde_json::json!({ "type": "Polygon", "coordinates": [ring] })
}

fn build_tree(tenant_id: Uuid, root: &region::Model) -> Vec<region::Model> {
    let now = Utc::now();
    let mut out = Vec::new();
    let width = (EAST - WEST) / STREETS.len() as f64;
    let node = |id: Uuid, parent: &region::Model, kind: RegionKind, code: String, name: String| {
        let [street_id, community_id, grid_id, micro_grid_id] =
            crate::service::regions::ancestry(parent, id, kind);
        region::Model {
            tenant_id,
            id,
            parent_id: Some(parent.id),
            kind,
            grid_kind: (kind == RegionKind::Grid).then_some(GridKind::Basic),
            code,
            name,
            path: format!("{}{}/", parent.path, id),
            depth: parent.depth + 1,
            street_id,
            community_id,
            grid_id,
            micro_grid_id,
            boundary: None,
            center_lng: None,
            center_lat: None,
            version: 1,
            created_at: now,
            updated_at: now,
        }
    };
    for (s, (street_name, communities)) in STREETS.iter().enumerate() {
        let x0 = WEST + width * s as f64;
        let x1 = x0 + width;
        let street_code = format!("{}{:03}", root.code, s + 1);
        let mut street = node(
            Uuid::now_v7(),
            root,
            RegionKind::Street,
            street_code.clone(),
            street_name.to_string(),
        );
        street.boundary = Some(square([(x0, SOUTH), (x1, SOUTH), (x1, NORTH), (x0, NORTH)]));
        street.center_lng = Some((x0 + x1) / 2.0);
        street.center_lat = Some((SOUTH + NORTH) / 2.0);
        let rows = communities.len() * 2;
        let cell_h = (NORTH - SOUTH) / rows as f64;
        // Grid corners: 3 columns (x0, a wobbling middle, x1) by rows + 1. Inner rows wobble
        // in y, the middle column in x; the street's outline stays straight, so neighbours meet.
        let corner = |col: usize, row: usize| -> (f64, f64) {
            let inner_row = row > 0 && row < rows;
            let y = SOUTH
                + cell_h * row as f64
                + if inner_row {
                    wobble(s * 100 + row, 3, cell_h * 0.3)
                } else {
                    0.0
                };
            let x = match col {
                0 => x0,
                2 => x1,
                _ => (x0 + x1) / 2.0 + wobble(s * 100 + row, 7, width * 0.12),
            };
            (x, y)
        };
        let street_node = street.clone();
        out.push(street);
        for (c, community_name) in communities.iter().enumerate() {
            let community_code = format!("{street_code}{:03}", c + 1);
            let mut community = node(
                Uuid::now_v7(),
                &street_node,
                RegionKind::Community,
                community_code.clone(),
                community_name.to_string(),
            );
            let (r0, r1) = (c * 2, c * 2 + 2);
            community.boundary = Some(square([
                corner(0, r0),
                corner(2, r0),
                corner(2, r1),
                corner(0, r1),
            ]));
            community.center_lng = Some((x0 + x1) / 2.0);
            community.center_lat = Some(SOUTH + cell_h * (r0 as f64 + 1.0));
            let community_node = community.clone();
            out.push(community);
            for g in 0..4 {
                let (col, row) = (g % 2, r0 + g / 2);
                let coords = [
                    corner(col, row),
                    corner(col + 1, row),
                    corner(col + 1, row + 1),
                    corner(col, row + 1),
                ];
                let mut grid = node(
                    Uuid::now_v7(),
                    &community_node,
                    RegionKind::Grid,
                    format!("{community_code}{:03}", g + 1),
                    format!("{}第{}网格", community_name, ["一", "二", "三", "四"][g]),
                );
                if s == 1 && c == 0 && g == 3 {
                    grid.grid_kind = Some(GridKind::Exclusive);
                    grid.name = "西关中学专属网格".into();
                }
                grid.center_lng = Some(coords.iter().map(|p| p.0).sum::<f64>() / 4.0);
                grid.center_lat = Some(coords.iter().map(|p| p.1).sum::<f64>() / 4.0);
                grid.boundary = Some(square(coords));
                out.push(grid);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::GeoBoundary;
    use geo::{Area, BooleanOps, MultiPolygon};

    #[test]
    fn demo_grids_are_valid_and_tile_the_county_without_overlap() {
        let root = region::Model {
            tenant_id: Uuid::now_v7(),
            id: Uuid::now_v7(),
            parent_id: None,
            kind: RegionKind::County,
            grid_kind: None,
            code: COUNTY_CODE.into(),
            name: COUNTY_NAME.into(),
            path: "/x/".into(),
            depth: 0,
            street_id: None,
            community_id: None,
            grid_id: None,
            micro_grid_id: None,
            boundary: None,
            center_lng: None,
            center_lat: None,
            version: 1,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        let tree = build_tree(root.tenant_id, &root);
        let grids: Vec<MultiPolygon<f64>> = tree
            .iter()
            .filter(|r| r.kind == RegionKind::Grid)
            .filter_map(|r| r.boundary.as_ref())
            .map(|b| GeoBoundary::parse(b).map(|g| g.shape().clone()))
            .collect::<Result<_, _>>()
            .unwrap_or_default();
        assert_eq!(grids.len(), 40);
        let total: f64 = grids.iter().map(|g| g.unsigned_area()).sum();
        let county = (EAST - WEST) * (NORTH - SOUTH);
        assert!(
            (total - county).abs() < county * 1e-6,
            "grids cover the county: {total} vs {county}"
        );
        for (i, a) in grids.iter().enumerate() {
            for b in grids.iter().skip(i + 1) {
                assert!(
                    a.intersection(b).unsigned_area() < county * 1e-9,
                    "grids overlap"
                );
            }
        }
    }
}
