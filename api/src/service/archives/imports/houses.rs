//! Importing houses and households: buildings found or created by (grid, name), houses by
//! (building, unit, room), households by number — re-importing updates use, area and floor.

use super::labels::{self, HOUSE_USES};
use super::templates::HOUSE_COLUMNS;
use super::{Outcome, RowError, RowIssueCode, cell, progress};
use crate::access::{Access, Permission};
use crate::error::AppResult;
use crate::service::archives::places::{self, BuildingInput, HouseInput, parse_household_number};
use crate::service::common::region_scope::reach_condition;
use crate::state::AppState;
use crate::tenancy::TenantTx;
use crate::tenancy::with_tenant;
use entities::enums::{HouseUse, RegionKind};
use entities::{building, house, household, region};
use sea_orm::{ColumnTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

const GRID: usize = 0;
const BUILDING: usize = 1;
const UNIT: usize = 2;
const FLOOR: usize = 3;
const ROOM: usize = 4;
const USE: usize = 5;
const AREA: usize = 6;
const HOUSEHOLD: usize = 7;

fn header(i: usize) -> &'static str {
    HOUSE_COLUMNS.get(i).map_or("", |c| c.header)
}

struct ValidRow {
    grid: Uuid,
    building: String,
    unit: String,
    floor: Option<i32>,
    room: String,
    house_use: Option<HouseUse>,
    area: Option<f64>,
    household: Option<String>,
}

pub(super) async fn import(
    state: &AppState,
    access: &Access,
    job_id: Uuid,
    table: &super::sheet::Table,
    columns: &[usize],
    dry_run: bool,
) -> AppResult<Outcome> {
    let reach = access.region_reach(Permission::PlaceWrite)?;
    let grids: HashMap<String, region::Model> =
        with_tenant(&state.db, Some(access.tenant_id), async |db| {
            Ok(db
                .conn()
                .await?
                .find::<region::Entity>()
                .filter(region::Column::Kind.is_in([RegionKind::Grid, RegionKind::MicroGrid]))
                .filter(reach_condition::<region::Entity>(&reach))
                .all(db.conn().await?)
                .await?
                .into_iter()
                .map(|r| (r.code.clone(), r))
                .collect())
        })
        .await?;
    let mut outcome = Outcome {
        total: table.rows.len(),
        ..Default::default()
    };
    let mut valid = Vec::new();
    for (n, row) in &table.rows {
        let n = *n;
        let text = |i: usize| cell(row, columns, i);
        let before = outcome.errors.len();
        let grid = grids.get(&text(GRID).to_ascii_uppercase());
        if grid.is_none() {
            outcome.errors.push(RowError::new(
                n,
                header(GRID),
                RowIssueCode::UnknownGrid,
                "您的辖区内没有此编码的网格或微网格",
            ));
        }
        for (column, limit) in [(BUILDING, 100), (ROOM, 32)] {
            let length = text(column).chars().count();
            if length == 0 || length > limit {
                let code = if length == 0 {
                    RowIssueCode::Required
                } else {
                    RowIssueCode::TooLong
                };
                let message = format!("必填，至多 {limit} 个字符");
                outcome
                    .errors
                    .push(RowError::new(n, header(column), code, message));
            }
        }
        if text(UNIT).chars().count() > 16 {
            outcome.errors.push(RowError::new(
                n,
                header(UNIT),
                RowIssueCode::TooLong,
                "至多 16 个字符",
            ));
        }
        let floor = match text(FLOOR) {
            "" => None,
            f => match f.parse::<i32>() {
                Ok(v) if (-10..=200).contains(&v) => Some(v),
                _ => {
                    outcome.errors.push(RowError::new(
                        n,
                        header(FLOOR),
                        RowIssueCode::OutOfRange,
                        "应为 -10 到 200 的整数",
                    ));
                    None
                }
            },
        };
        let area = match text(AREA) {
            "" => None,
            a => match a.parse::<f64>() {
                Ok(v) if (0.0..=100_000.0).contains(&v) => Some(v),
                _ => {
                    outcome.errors.push(RowError::new(
                        n,
                        header(AREA),
                        RowIssueCode::OutOfRange,
                        "面积（平方米）应在 0 到 100,000 之间",
                    ));
                    None
                }
            },
        };
        let house_use = match text(USE) {
            "" => None,
            u => {
                let v = labels::parse(HOUSE_USES, u);
                if v.is_none() {
                    outcome.errors.push(RowError::new(
                        n,
                        header(USE),
                        RowIssueCode::NotAChoice,
                        format!("应为以下之一：{}", labels::choices(HOUSE_USES)),
                    ));
                }
                v
            }
        };
        let household = match text(HOUSEHOLD) {
            "" => None,
            h => match parse_household_number("", h) {
                Ok(number) => Some(number),
                Err(e) => {
                    outcome.errors.push(RowError::new(
                        n,
                        header(HOUSEHOLD),
                        RowIssueCode::InvalidHouseholdNumber,
                        e.message,
                    ));
                    None
                }
            },
        };
        if outcome.errors.len() == before
            && let Some(grid) = grid
        {
            valid.push(ValidRow {
                grid: grid.id,
                building: text(BUILDING).to_string(),
                unit: text(UNIT).to_string(),
                floor,
                room: text(ROOM).to_string(),
                house_use,
                area,
                household,
            });
        }
    }
    if dry_run || !outcome.errors.is_empty() {
        outcome.created = valid.len();
        return Ok(outcome);
    }
    let mut done = 0;
    for rows in valid.chunks(200) {
        let (created, updated) = with_tenant(&state.db, Some(access.tenant_id), async |db| {
            let conn = db.conn().await?;
            let mut counts = (0, 0);
            for row in rows {
                if write_row(conn, access, row).await? {
                    counts.0 += 1;
                } else {
                    counts.1 += 1;
                }
            }
            progress(conn, job_id, done + rows.len()).await?;
            Ok(counts)
        })
        .await?;
        outcome.created += created;
        outcome.updated += updated;
        done += rows.len();
    }
    Ok(outcome)
}

/// Writes one row; true when it created the house.
async fn write_row(conn: &TenantTx, access: &Access, row: &ValidRow) -> AppResult<bool> {
    let found = conn
        .find::<building::Entity>()
        .filter(building::Column::RegionId.eq(row.grid))
        .filter(building::Column::Name.eq(row.building.clone()))
        .one(conn)
        .await?;
    let building = match found {
        Some(b) => b,
        None => {
            places::create_building(
                conn,
                access,
                row.grid,
                BuildingInput {
                    name: Some(row.building.clone()),
                    address: None,
                    floors: None,
                    unit_count: None,
                    center: None,
                },
            )
            .await?
        }
    };
    let existing = conn
        .find::<house::Entity>()
        .filter(house::Column::BuildingId.eq(building.id))
        .filter(house::Column::Unit.eq(row.unit.clone()))
        .filter(house::Column::Room.eq(row.room.clone()))
        .one(conn)
        .await?;
    let input = HouseInput {
        unit: Some(row.unit.clone()),
        floor: row.floor,
        room: Some(row.room.clone()),
        house_use: row.house_use,
        area: row.area,
    };
    let created = existing.is_none();
    let house = match existing {
        Some(h) => places::update_house(conn, access, h.id, None, input).await?,
        None => places::create_house(conn, access, building.id, input).await?,
    };
    if let Some(number) = &row.household {
        let known = conn
            .find::<household::Entity>()
            .filter(household::Column::Number.eq(number.clone()))
            .one(conn)
            .await?;
        if known.is_none() {
            places::create_household(conn, access, number, Some(house.id), None).await?;
        }
    }
    Ok(created)
}
