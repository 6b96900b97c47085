//! Grid teams (队伍, domain.md §6): staff records, their assignments to grids with dates, and
//! each grid's "1+1+N+X" composition.

use super::placement;
use super::residents::seal_phone;
use crate::access::{Access, Permission};
use crate::domain::grid_team::TeamComposition;
use crate::domain::{PhoneNo, UserError, UserErrorCode, text};
use crate::error::{AppError, AppResult};
use crate::pii::Vault;
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::reject_if_any;
use crate::service::common::page::{Page, PageRequest};
use crate::service::common::region_scope::{Placed, reach_condition, subtree_condition};
use crate::service::common::versioned;
use crate::tenancy::TenantTx;
use chrono::{Datelike, NaiveDate, Utc};
use entities::enums::{Gender, RegionKind, StaffStatus, TeamRole};
use entities::{region, staff, staff_assignment, user};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

pub const READ: Permission = Permission::TeamRead;
pub const WRITE: Permission = Permission::TeamWrite;

/// Where a staff record is kept: a street or community (or a grid).
const KEEPING_LEVELS: &[RegionKind] =
    &[RegionKind::Street, RegionKind::Community, RegionKind::Grid];

#[derive(Debug, Clone, Default)]
pub struct StaffInput {
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
    pub user_id: Option<Uuid>,
    pub status: Option<StaffStatus>,
}

fn label(field: &str, raw: Option<&str>, errors: &mut Vec<UserError>) -> Option<String> {
    let value = raw.map(str::trim).filter(|s| !s.is_empty())?;
    if value.chars().count() > 32 {
        errors.push(UserError::new(
            field,
            UserErrorCode::InvalidValue,
            "at most 32 characters",
        ));
        return None;
    }
    Some(value.to_string())
}

struct ParsedStaff {
    name: Option<String>,
    phone: Option<PhoneNo>,
    education: Option<String>,
    qualification: Option<String>,
    source: Option<String>,
    employment_type: Option<String>,
}

fn parse_staff(input: &StaffInput, errors: &mut Vec<UserError>) -> ParsedStaff {
    let name = input
        .name
        .as_deref()
        .and_then(|n| text::parse_name("name", n).map_err(|e| errors.push(e)).ok());
    let phone = input
        .phone
        .as_deref()
        .filter(|p| !p.trim().is_empty())
        .and_then(|p| PhoneNo::parse("phone", p).map_err(|e| errors.push(e)).ok());
    let this_year = Utc::now().year();
    if input
        .birth_year
        .is_some_and(|y| !(this_year - 100..=this_year - 16).contains(&y))
    {
        errors.push(UserError::new(
            "birthYear",
            UserErrorCode::InvalidValue,
            "a birth year of someone aged 16 to 100",
        ));
    }
    if input.star_level.is_some_and(|s| !(0..=5).contains(&s)) {
        errors.push(UserError::new(
            "starLevel",
            UserErrorCode::InvalidValue,
            "a star level is 0 to 5",
        ));
    }
    ParsedStaff {
        name,
        phone,
        education: label("education", input.education.as_deref(), errors),
        qualification: label("qualification", input.qualification.as_deref(), errors),
        source: label("source", input.source.as_deref(), errors),
        employment_type: label("employmentType", input.employment_type.as_deref(), errors),
    }
}

async fn check_user(conn: &TenantTx, user_id: Option<Uuid>) -> AppResult<()> {
    if let Some(user_id) = user_id {
        conn.find::<user::Entity>()
            .filter(user::Column::Id.eq(user_id))
            .one(conn)
            .await?
            .ok_or_else(|| {
                AppError::invalid(
                    "userId",
                    UserErrorCode::InvalidValue,
                    "no such user in this county",
                )
            })?;
    }
    Ok(())
}

pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<staff::Model> {
    placement::find_placed::<staff::Entity>(conn, access, READ, id, "staff member").await
}

fn audit_staff<'a>(access: &Access, action: &'a str, row: &staff::Model) -> AuditEntry<'a> {
    AuditEntry {
        tenant_id: access.tenant_id,
        actor_id: Some(access.user_id),
        action,
        object_type: Some("Staff"),
        object_id: Some(row.id),
        detail: serde_json::json!({ "name": row.name }),
    }
}

pub async fn create(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    region_id: Uuid,
    input: StaffInput,
) -> AppResult<staff::Model> {
    access.require(WRITE)?;
    let place = placement::resolve(
        conn,
        access,
        (READ, WRITE),
        region_id,
        KEEPING_LEVELS,
        "regionId",
    )
    .await?;
    let mut errors = Vec::new();
    let parsed = parse_staff(&input, &mut errors);
    if input.name.is_none() {
        errors.push(UserError::new(
            "name",
            UserErrorCode::Required,
            "a staff member needs a name",
        ));
    }
    if input.gender.is_none() {
        errors.push(UserError::new(
            "gender",
            UserErrorCode::Required,
            "a staff member's gender is needed",
        ));
    }
    reject_if_any(errors)?;
    check_user(conn, input.user_id).await?;
    let phone = parsed
        .phone
        .as_ref()
        .map(|p| seal_phone(vault, access.tenant_id, p))
        .transpose()?;
    let now = Utc::now();
    let row = conn
        .insert(staff::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            region_id: Set(place.region_id()),
            street_id: Set(place.street_id()),
            community_id: Set(place.community_id()),
            grid_id: Set(place.grid_id()),
            micro_grid_id: Set(place.micro_grid_id()),
            name: Set(parsed.name.unwrap_or_default()),
            gender: Set(input.gender.unwrap_or(Gender::Male)),
            birth_year: Set(input.birth_year),
            education: Set(parsed.education),
            party_member: Set(input.party_member.unwrap_or(false)),
            qualification: Set(parsed.qualification),
            source: Set(parsed.source),
            employment_type: Set(parsed.employment_type),
            started_on: Set(input.started_on),
            phone_cipher: Set(phone.as_ref().map(|p| p.cipher.clone())),
            phone_hash: Set(phone.as_ref().map(|p| p.hash.clone())),
            phone_masked: Set(phone.as_ref().map(|p| p.masked.clone())),
            star_level: Set(input.star_level),
            user_id: Set(input.user_id),
            status: Set(input.status.unwrap_or(StaffStatus::Active)),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await?;
    audit::record(conn, audit_staff(access, "staff.create", &row)).await?;
    Ok(row)
}

pub async fn update(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    id: Uuid,
    expected_version: Option<i32>,
    input: StaffInput,
) -> AppResult<staff::Model> {
    let existing = get(conn, access, id).await?;
    access.check_action(READ, WRITE, &existing.place(), "staff member")?;
    versioned::check_expected(expected_version, existing.version, "staff member")?;
    let mut errors = Vec::new();
    let parsed = parse_staff(&input, &mut errors);
    reject_if_any(errors)?;
    check_user(conn, input.user_id).await?;
    let version = existing.version;
    let mut m = existing.into_active_model();
    if let Some(name) = parsed.name {
        m.name = Set(name);
    }
    if let Some(g) = input.gender {
        m.gender = Set(g);
    }
    if input.birth_year.is_some() {
        m.birth_year = Set(input.birth_year);
    }
    if input.education.is_some() {
        m.education = Set(parsed.education);
    }
    if let Some(p) = input.party_member {
        m.party_member = Set(p);
    }
    if input.qualification.is_some() {
        m.qualification = Set(parsed.qualification);
    }
    if input.source.is_some() {
        m.source = Set(parsed.source);
    }
    if input.employment_type.is_some() {
        m.employment_type = Set(parsed.employment_type);
    }
    if input.started_on.is_some() {
        m.started_on = Set(input.started_on);
    }
    if let Some(phone) = &parsed.phone {
        let sealed = seal_phone(vault, access.tenant_id, phone)?;
        m.phone_cipher = Set(Some(sealed.cipher));
        m.phone_hash = Set(Some(sealed.hash));
        m.phone_masked = Set(Some(sealed.masked));
    }
    if input.star_level.is_some() {
        m.star_level = Set(input.star_level);
    }
    if input.user_id.is_some() {
        m.user_id = Set(input.user_id);
    }
    if let Some(s) = input.status {
        m.status = Set(s);
    }
    m.version = Set(version + 1);
    m.updated_at = Set(Utc::now());
    let row = versioned::save::<staff::Entity>(conn, m, id, version, "staff member", None).await?;
    audit::record(conn, audit_staff(access, "staff.update", &row)).await?;
    Ok(row)
}

/// Staff kept in a subtree (or the caller's reach), by name.
pub async fn list(
    conn: &TenantTx,
    access: &Access,
    under: Option<Uuid>,
    search: Option<&str>,
    page: &PageRequest,
) -> AppResult<Page<staff::Model>> {
    placement::list_by_name::<staff::Entity>(
        conn,
        access,
        READ,
        under,
        search,
        Condition::all(),
        page,
    )
    .await
}

/// Assigns a staff member to a grid's team in `role` from `started_on`.
pub async fn assign(
    conn: &TenantTx,
    access: &Access,
    staff_id: Uuid,
    grid_id: Uuid,
    role: TeamRole,
    started_on: Option<NaiveDate>,
) -> AppResult<staff_assignment::Model> {
    let member = get(conn, access, staff_id).await?;
    access.check_action(READ, WRITE, &member.place(), "staff member")?;
    let grid = placement::resolve(
        conn,
        access,
        (READ, WRITE),
        grid_id,
        &[RegionKind::Grid],
        "gridId",
    )
    .await?;
    let current = conn
        .find::<staff_assignment::Entity>()
        .filter(staff_assignment::Column::StaffId.eq(member.id))
        .filter(staff_assignment::Column::RegionId.eq(grid.region_id()))
        .filter(staff_assignment::Column::TeamRole.eq(role))
        .filter(staff_assignment::Column::EndedOn.is_null())
        .one(conn)
        .await?;
    if current.is_some() {
        return Err(AppError::invalid(
            "teamRole",
            UserErrorCode::AlreadyMember,
            "the staff member already holds this role in this grid",
        ));
    }
    let row = conn
        .insert(staff_assignment::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            region_id: Set(grid.region_id()),
            street_id: Set(grid.street_id()),
            community_id: Set(grid.community_id()),
            grid_id: Set(grid.grid_id()),
            micro_grid_id: Set(None),
            staff_id: Set(member.id),
            team_role: Set(role),
            started_on: Set(started_on.unwrap_or_else(|| Utc::now().date_naive())),
            ended_on: Set(None),
            created_at: Set(Utc::now()),
        })
        .await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "staff.assign",
            object_type: Some("Staff"),
            object_id: Some(member.id),
            detail: serde_json::json!({ "grid": grid.region.code, "role": format!("{role:?}") }),
        },
    )
    .await?;
    Ok(row)
}

/// Ends an assignment on `ended_on` (today by default).
pub async fn end_assignment(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    ended_on: Option<NaiveDate>,
) -> AppResult<staff_assignment::Model> {
    access.require(WRITE)?;
    let row = conn
        .find::<staff_assignment::Entity>()
        .filter(staff_assignment::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("assignment"))?;
    access.check_action(READ, WRITE, &row.place(), "assignment")?;
    let ended_on = ended_on.unwrap_or_else(|| Utc::now().date_naive());
    if ended_on < row.started_on {
        return Err(AppError::invalid(
            "endedOn",
            UserErrorCode::InvalidValue,
            "an assignment cannot end before it started",
        ));
    }
    if row.ended_on.is_some() {
        return Err(AppError::invalid(
            "id",
            UserErrorCode::InvalidValue,
            "this assignment has already ended",
        ));
    }
    let staff_id = row.staff_id;
    let mut m = row.into_active_model();
    m.ended_on = Set(Some(ended_on));
    let row = conn.update(m).await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "staff.unassign",
            object_type: Some("Staff"),
            object_id: Some(staff_id),
            detail: serde_json::json!({ "assignment": id }),
        },
    )
    .await?;
    Ok(row)
}

/// A staff member's assignments, newest first (the history).
pub async fn assignments_of(
    conn: &TenantTx,
    access: &Access,
    staff_id: Uuid,
) -> AppResult<Vec<staff_assignment::Model>> {
    let reach = access.region_reach(READ)?;
    Ok(conn
        .find::<staff_assignment::Entity>()
        .filter(staff_assignment::Column::StaffId.eq(staff_id))
        .filter(reach_condition::<staff_assignment::Entity>(&reach))
        .order_by_desc(staff_assignment::Column::StartedOn)
        .all(conn)
        .await?)
}

fn current_on(today: NaiveDate) -> Condition {
    Condition::all()
        .add(staff_assignment::Column::StartedOn.lte(today))
        .add(
            Condition::any()
                .add(staff_assignment::Column::EndedOn.is_null())
                .add(staff_assignment::Column::EndedOn.gte(today)),
        )
}

/// A grid's team today.
#[derive(Debug, Clone)]
pub struct GridTeam {
    pub grid: region::Model,
    pub members: Vec<(staff_assignment::Model, staff::Model)>,
    pub composition: TeamComposition,
}

async fn teams_of(conn: &TenantTx, grids: Vec<region::Model>) -> AppResult<Vec<GridTeam>> {
    let today = Utc::now().date_naive();
    let ids: Vec<Uuid> = grids.iter().map(|g| g.id).collect();
    let assignments = conn
        .find::<staff_assignment::Entity>()
        .filter(staff_assignment::Column::GridId.is_in(ids))
        .filter(current_on(today))
        .all(conn)
        .await?;
    let staff_ids: Vec<Uuid> = assignments.iter().map(|a| a.staff_id).collect();
    let people = conn
        .find::<staff::Entity>()
        .filter(staff::Column::Id.is_in(staff_ids))
        .all(conn)
        .await?;
    Ok(grids
        .into_iter()
        .map(|grid| {
            let members: Vec<_> = assignments
                .iter()
                .filter(|a| a.grid_id == Some(grid.id))
                .filter_map(|a| {
                    Some((
                        a.clone(),
                        people.iter().find(|p| p.id == a.staff_id)?.clone(),
                    ))
                })
                .collect();
            let composition = TeamComposition::of(members.iter().map(|(a, _)| a.team_role));
            GridTeam {
                grid,
                members,
                composition,
            }
        })
        .collect())
}

pub async fn grid_team(conn: &TenantTx, access: &Access, grid_id: Uuid) -> AppResult<GridTeam> {
    let grid = placement::readable_region(conn, access, READ, grid_id).await?;
    if grid.kind != RegionKind::Grid {
        return Err(AppError::BadUserInput("a team belongs to a grid".into()));
    }
    teams_of(conn, vec![grid])
        .await?
        .pop()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("a grid's team went missing")))
}

/// The teams of the grids in a subtree (or the caller's reach), by grid code; optionally only
/// the incomplete ones.
pub async fn grid_teams(
    conn: &TenantTx,
    access: &Access,
    under: Option<Uuid>,
    incomplete_only: bool,
) -> AppResult<Vec<GridTeam>> {
    let reach = access.region_reach(READ)?;
    let mut grids = conn
        .find::<region::Entity>()
        .filter(region::Column::Kind.eq(RegionKind::Grid))
        .filter(reach_condition::<region::Entity>(&reach));
    if let Some(under) = under {
        let node = placement::readable_region(conn, access, READ, under).await?;
        grids = grids.filter(subtree_condition::<region::Entity>(node.kind, node.id));
    }
    let grids = grids
        .order_by_asc(region::Column::Code)
        .limit(5_000)
        .all(conn)
        .await?;
    let teams = teams_of(conn, grids).await?;
    Ok(teams
        .into_iter()
        .filter(|t| !incomplete_only || !t.composition.is_complete())
        .collect())
}
