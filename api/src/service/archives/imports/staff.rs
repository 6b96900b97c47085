//! Importing grid-team staff: matched by phone (its blind index), created or updated through
//! the team service, and put in a grid's team when a grid and role are given.

use super::labels::{self, GENDERS, TEAM_ROLES};
use super::templates::STAFF_COLUMNS;
use super::{Outcome, RowError, RowIssueCode, cell, progress};
use crate::access::{Access, Permission};
use crate::domain::PhoneNo;
use crate::error::AppResult;
use crate::pii::PiiField;
use crate::service::archives::teams::{self, StaffInput};
use crate::service::common::region_scope::reach_condition;
use crate::state::AppState;
use crate::tenancy::TenantTx;
use crate::tenancy::with_tenant;
use chrono::NaiveDate;
use entities::enums::{RegionKind, TeamRole};
use entities::{region, staff, staff_assignment};
use sea_orm::{ColumnTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

const NAME: usize = 0;
const GENDER: usize = 1;
const BIRTH_YEAR: usize = 2;
const PHONE: usize = 3;
const EDUCATION: usize = 4;
const PARTY: usize = 5;
const SOURCE: usize = 6;
const EMPLOYMENT: usize = 7;
const STARTED: usize = 8;
const KEEPER: usize = 9;
const GRID: usize = 10;
const ROLE: usize = 11;

fn header(i: usize) -> &'static str {
    STAFF_COLUMNS.get(i).map_or("", |c| c.header)
}

struct ValidRow {
    input: StaffInput,
    phone_hash: String,
    keeper: Uuid,
    team: Option<(Uuid, TeamRole)>,
}

pub(super) async fn import(
    state: &AppState,
    access: &Access,
    job_id: Uuid,
    table: &super::sheet::Table,
    columns: &[usize],
    dry_run: bool,
) -> AppResult<Outcome> {
    let reach = access.region_reach(Permission::TeamWrite)?;
    let regions: HashMap<String, region::Model> =
        with_tenant(&state.db, Some(access.tenant_id), async |db| {
            Ok(db
                .conn()
                .await?
                .find::<region::Entity>()
                .filter(region::Column::Kind.is_in([
                    RegionKind::Street,
                    RegionKind::Community,
                    RegionKind::Grid,
                ]))
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
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, row) in &table.rows {
        let n = *n;
        let text = |i: usize| cell(row, columns, i);
        let optional = |i: usize| Some(text(i).to_string()).filter(|s| !s.is_empty());
        let before = outcome.errors.len();
        let gender = labels::parse(GENDERS, text(GENDER));
        if gender.is_none() {
            outcome.errors.push(RowError::new(
                n,
                header(GENDER),
                RowIssueCode::NotAChoice,
                "必填：男 或 女",
            ));
        }
        let phone = PhoneNo::parse("phone", text(PHONE))
            .map_err(|e| outcome.errors.push(RowError::of(n, header(PHONE), &e)))
            .ok();
        let birth_year = match text(BIRTH_YEAR) {
            "" => None,
            y => y
                .parse::<i32>()
                .map_err(|_| {
                    outcome.errors.push(RowError::new(
                        n,
                        header(BIRTH_YEAR),
                        RowIssueCode::InvalidYear,
                        "应为年份，如 1985",
                    ))
                })
                .ok(),
        };
        let started_on = match text(STARTED) {
            "" => None,
            d => NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| {
                    outcome.errors.push(RowError::new(
                        n,
                        header(STARTED),
                        RowIssueCode::InvalidDate,
                        "日期格式为 YYYY-MM-DD",
                    ))
                })
                .ok(),
        };
        let party_member = match text(PARTY) {
            "" | "否" => Some(false),
            "是" => Some(true),
            _ => {
                outcome.errors.push(RowError::new(
                    n,
                    header(PARTY),
                    RowIssueCode::NotAChoice,
                    "应为 是 或 否",
                ));
                None
            }
        };
        let keeper = regions.get(&text(KEEPER).to_ascii_uppercase());
        if keeper.is_none() {
            outcome.errors.push(RowError::new(
                n,
                header(KEEPER),
                RowIssueCode::UnknownRegion,
                "您的辖区内没有此编码的街道、社区或网格",
            ));
        }
        let team = match (text(GRID), text(ROLE)) {
            ("", "") => None,
            (grid, role) => {
                let grid = regions
                    .get(&grid.to_ascii_uppercase())
                    .filter(|g| g.kind == RegionKind::Grid);
                let role = labels::parse(TEAM_ROLES, role);
                if grid.is_none() {
                    outcome.errors.push(RowError::new(
                        n,
                        header(GRID),
                        RowIssueCode::UnknownGrid,
                        "您的辖区内没有此编码的网格",
                    ));
                }
                if role.is_none() {
                    outcome.errors.push(RowError::new(
                        n,
                        header(ROLE),
                        RowIssueCode::NotAChoice,
                        format!("应为以下之一：{}", labels::choices(TEAM_ROLES)),
                    ));
                }
                grid.zip(role).map(|(g, r)| (g.id, r))
            }
        };
        let (Some(phone), Some(keeper)) = (phone, keeper) else {
            continue;
        };
        let hash = state
            .vault
            .index(access.tenant_id, PiiField::Phone, phone.as_str());
        if let Some(first) = seen.insert(hash.clone(), n) {
            outcome.errors.push(RowError::new(
                n,
                header(PHONE),
                RowIssueCode::DuplicateInFile,
                format!("与第 {first} 行的手机号重复"),
            ));
        }
        let input = StaffInput {
            name: Some(text(NAME).to_string()),
            gender,
            birth_year,
            education: optional(EDUCATION),
            party_member,
            source: optional(SOURCE),
            employment_type: optional(EMPLOYMENT),
            started_on,
            phone: Some(phone.as_str().to_string()),
            ..Default::default()
        };
        let mut field_errors = Vec::new();
        let name_ok = crate::domain::text::parse_name("name", text(NAME))
            .map_err(|e| field_errors.push(e))
            .is_ok();
        if !name_ok {
            outcome.errors.push(RowError::new(
                n,
                header(NAME),
                RowIssueCode::InvalidName,
                "必填，1 到 100 个字符",
            ));
        }
        if outcome.errors.len() == before {
            valid.push(ValidRow {
                input,
                phone_hash: hash,
                keeper: keeper.id,
                team,
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
                if write_row(conn, state, access, row).await? {
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

async fn write_row(
    conn: &TenantTx,
    state: &AppState,
    access: &Access,
    row: &ValidRow,
) -> AppResult<bool> {
    let existing = conn
        .find::<staff::Entity>()
        .filter(staff::Column::PhoneHash.eq(row.phone_hash.clone()))
        .one(conn)
        .await?;
    let created = existing.is_none();
    let member = match existing {
        Some(s) => teams::update(conn, &state.vault, access, s.id, None, row.input.clone()).await?,
        None => teams::create(conn, &state.vault, access, row.keeper, row.input.clone()).await?,
    };
    if let Some((grid, role)) = row.team {
        let current = conn
            .find::<staff_assignment::Entity>()
            .filter(staff_assignment::Column::StaffId.eq(member.id))
            .filter(staff_assignment::Column::RegionId.eq(grid))
            .filter(staff_assignment::Column::TeamRole.eq(role))
            .filter(staff_assignment::Column::EndedOn.is_null())
            .one(conn)
            .await?;
        if current.is_none() {
            teams::assign(conn, access, member.id, grid, role, row.input.started_on).await?;
        }
    }
    Ok(created)
}
