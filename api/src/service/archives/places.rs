//! Buildings (楼栋), houses (房屋) and households (户) — the "地" of the archives.

use super::placement::{self, GRID_LEVELS, Placement};
use crate::access::{Access, Permission};
use crate::domain::{UserError, UserErrorCode, text};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::{reject_if_any, unique_violation_as};
use crate::service::common::page::{Page, PageRequest};
use crate::service::common::region_scope::{Placed, reach_condition};
use crate::service::common::versioned;
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::enums::HouseUse;
use entities::{building, house, household};
use sea_orm::Condition;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

const READ: Permission = Permission::PlaceRead;
const WRITE: Permission = Permission::PlaceWrite;

fn audit_entry<'a>(
    access: &Access,
    action: &'a str,
    object_type: &'a str,
    id: Uuid,
    detail: serde_json::Value,
) -> AuditEntry<'a> {
    AuditEntry {
        tenant_id: access.tenant_id,
        actor_id: Some(access.user_id),
        action,
        object_type: Some(object_type),
        object_id: Some(id),
        detail,
    }
}

fn short_text(field: &str, raw: Option<&str>, max: usize) -> Result<Option<String>, UserError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) if s.chars().count() <= max && !s.chars().any(char::is_control) => {
            Ok(Some(s.to_string()))
        }
        Some(_) => Err(UserError::new(
            field,
            UserErrorCode::InvalidValue,
            format!("at most {max} characters"),
        )),
    }
}

fn bounded(
    field: &str,
    value: Option<i32>,
    range: std::ops::RangeInclusive<i32>,
) -> Result<Option<i32>, UserError> {
    match value {
        Some(v) if !range.contains(&v) => Err(UserError::new(
            field,
            UserErrorCode::InvalidValue,
            format!("must be between {} and {}", range.start(), range.end()),
        )),
        other => Ok(other),
    }
}

// ---- Buildings ----

pub struct BuildingInput {
    pub name: Option<String>,
    pub address: Option<String>,
    pub floors: Option<i32>,
    pub unit_count: Option<i32>,
    pub center: Option<(f64, f64)>,
}

pub async fn building(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<building::Model> {
    placement::find_placed::<building::Entity>(conn, access, READ, id, "building").await
}

/// Buildings of a subtree (or of the caller's whole reach), by name.
pub async fn buildings(
    conn: &TenantTx,
    access: &Access,
    under: Option<Uuid>,
    search: Option<&str>,
    page: &PageRequest,
) -> AppResult<Page<building::Model>> {
    placement::list_by_name::<building::Entity>(
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

fn parse_building(
    input: &BuildingInput,
    errors: &mut Vec<UserError>,
) -> (Option<String>, Option<String>, Option<i32>, Option<i32>) {
    let name = input
        .name
        .as_deref()
        .map(|n| text::parse_name("name", n))
        .transpose()
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let address = short_text("address", input.address.as_deref(), 200)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let floors = bounded("floors", input.floors, 1..=200)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let units = bounded("unitCount", input.unit_count, 1..=100)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    if let Some((lng, lat)) = input.center
        && let Err(e) = crate::domain::GeoPoint::parse(lng, lat)
    {
        errors.push(e);
    }
    (name, address, floors, units)
}

const BUILDING_TAKEN: &str = "this region already has a building of that name";

pub async fn create_building(
    conn: &TenantTx,
    access: &Access,
    region_id: Uuid,
    input: BuildingInput,
) -> AppResult<building::Model> {
    access.require(WRITE)?;
    let place = placement::resolve(
        conn,
        access,
        (READ, WRITE),
        region_id,
        GRID_LEVELS,
        "regionId",
    )
    .await?;
    let mut errors = Vec::new();
    let (name, address, floors, unit_count) = parse_building(&input, &mut errors);
    if name.is_none() && input.name.is_none() {
        errors.push(UserError::new(
            "name",
            UserErrorCode::Required,
            "a building needs a name",
        ));
    }
    reject_if_any(errors)?;
    let now = Utc::now();
    let row = conn
        .insert(building::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            region_id: Set(place.region_id()),
            street_id: Set(place.street_id()),
            community_id: Set(place.community_id()),
            grid_id: Set(place.grid_id()),
            micro_grid_id: Set(place.micro_grid_id()),
            name: Set(name.unwrap_or_default()),
            address: Set(address),
            floors: Set(floors),
            unit_count: Set(unit_count),
            center_lng: Set(input.center.map(|c| c.0)),
            center_lat: Set(input.center.map(|c| c.1)),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await
        .map_err(|e| unique_violation_as(e, "name", UserErrorCode::CodeTaken, BUILDING_TAKEN))?;
    audit::record(
        conn,
        audit_entry(
            access,
            "building.create",
            "Building",
            row.id,
            serde_json::json!({ "name": row.name }),
        ),
    )
    .await?;
    Ok(row)
}

pub async fn update_building(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    expected_version: Option<i32>,
    input: BuildingInput,
) -> AppResult<building::Model> {
    let existing = building(conn, access, id).await?;
    access.check_action(READ, WRITE, &existing.place(), "building")?;
    versioned::check_expected(expected_version, existing.version, "building")?;
    let mut errors = Vec::new();
    let (name, address, floors, unit_count) = parse_building(&input, &mut errors);
    reject_if_any(errors)?;
    let version = existing.version;
    let mut model = existing.into_active_model();
    if let Some(name) = name {
        model.name = Set(name);
    }
    if input.address.is_some() {
        model.address = Set(address);
    }
    if input.floors.is_some() {
        model.floors = Set(floors);
    }
    if input.unit_count.is_some() {
        model.unit_count = Set(unit_count);
    }
    if let Some((lng, lat)) = input.center {
        model.center_lng = Set(Some(lng));
        model.center_lat = Set(Some(lat));
    }
    model.version = Set(version + 1);
    model.updated_at = Set(Utc::now());
    let row = versioned::save::<building::Entity>(
        conn,
        model,
        id,
        version,
        "building",
        Some(("name", UserErrorCode::CodeTaken, BUILDING_TAKEN)),
    )
    .await?;
    audit::record(
        conn,
        audit_entry(
            access,
            "building.update",
            "Building",
            id,
            serde_json::json!({ "name": row.name }),
        ),
    )
    .await?;
    Ok(row)
}

// ---- Houses ----

pub struct HouseInput {
    pub unit: Option<String>,
    pub floor: Option<i32>,
    pub room: Option<String>,
    pub house_use: Option<HouseUse>,
    pub area: Option<f64>,
}

pub async fn house(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<house::Model> {
    placement::find_placed::<house::Entity>(conn, access, READ, id, "house").await
}

/// The houses of a building, by unit, floor and room.
pub async fn houses_of_building(
    conn: &TenantTx,
    access: &Access,
    building_id: Uuid,
) -> AppResult<Vec<house::Model>> {
    building(conn, access, building_id).await?;
    Ok(conn
        .find::<house::Entity>()
        .filter(house::Column::BuildingId.eq(building_id))
        .order_by_asc(house::Column::Unit)
        .order_by_asc(house::Column::Floor)
        .order_by_asc(house::Column::Room)
        .limit(2_000)
        .all(conn)
        .await?)
}

const HOUSE_TAKEN: &str = "this building already has that unit and room";

fn parse_house(
    input: &HouseInput,
    errors: &mut Vec<UserError>,
) -> (Option<String>, Option<String>) {
    let unit = short_text("unit", input.unit.as_deref(), 16)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let room = short_text("room", input.room.as_deref(), 32)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    if let Err(e) = bounded("floor", input.floor, -10..=200) {
        errors.push(e);
    }
    if input
        .area
        .is_some_and(|a| !(0.0..=100_000.0).contains(&a) || a.is_nan())
    {
        errors.push(UserError::new(
            "area",
            UserErrorCode::InvalidValue,
            "an area in m², 0 to 100,000",
        ));
    }
    (unit, room)
}

pub async fn create_house(
    conn: &TenantTx,
    access: &Access,
    building_id: Uuid,
    input: HouseInput,
) -> AppResult<house::Model> {
    let parent = building(conn, access, building_id).await?;
    access.check_action(READ, WRITE, &parent.place(), "building")?;
    let mut errors = Vec::new();
    let (unit, room) = parse_house(&input, &mut errors);
    if room.is_none() {
        errors.push(UserError::new(
            "room",
            UserErrorCode::Required,
            "a house needs a room number",
        ));
    }
    reject_if_any(errors)?;
    let now = Utc::now();
    let row = conn
        .insert(house::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            region_id: Set(parent.region_id),
            street_id: Set(parent.street_id),
            community_id: Set(parent.community_id),
            grid_id: Set(parent.grid_id),
            micro_grid_id: Set(parent.micro_grid_id),
            building_id: Set(parent.id),
            unit: Set(unit.unwrap_or_default()),
            floor: Set(input.floor),
            room: Set(room.unwrap_or_default()),
            house_use: Set(input.house_use.unwrap_or(HouseUse::OwnerOccupied)),
            area: Set(input.area),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await
        .map_err(|e| unique_violation_as(e, "room", UserErrorCode::CodeTaken, HOUSE_TAKEN))?;
    audit::record(
        conn,
        audit_entry(
            access,
            "house.create",
            "House",
            row.id,
            serde_json::json!({ "building": parent.name, "unit": row.unit, "room": row.room }),
        ),
    )
    .await?;
    Ok(row)
}

pub async fn update_house(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    expected_version: Option<i32>,
    input: HouseInput,
) -> AppResult<house::Model> {
    let existing = house(conn, access, id).await?;
    access.check_action(READ, WRITE, &existing.place(), "house")?;
    versioned::check_expected(expected_version, existing.version, "house")?;
    let mut errors = Vec::new();
    let (unit, room) = parse_house(&input, &mut errors);
    reject_if_any(errors)?;
    let version = existing.version;
    let mut model = existing.into_active_model();
    if input.unit.is_some() {
        model.unit = Set(unit.unwrap_or_default());
    }
    if let Some(room) = room {
        model.room = Set(room);
    }
    if input.floor.is_some() {
        model.floor = Set(input.floor);
    }
    if let Some(house_use) = input.house_use {
        model.house_use = Set(house_use);
    }
    if input.area.is_some() {
        model.area = Set(input.area);
    }
    model.version = Set(version + 1);
    model.updated_at = Set(Utc::now());
    let row = versioned::save::<house::Entity>(
        conn,
        model,
        id,
        version,
        "house",
        Some(("room", UserErrorCode::CodeTaken, HOUSE_TAKEN)),
    )
    .await?;
    audit::record(
        conn,
        audit_entry(
            access,
            "house.update",
            "House",
            id,
            serde_json::json!({ "use": format!("{:?}", row.house_use) }),
        ),
    )
    .await?;
    Ok(row)
}

// ---- Households ----

const HOUSEHOLD_READ: Permission = Permission::ResidentRead;
const HOUSEHOLD_WRITE: Permission = Permission::ResidentWrite;

pub async fn household(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<household::Model> {
    placement::find_placed::<household::Entity>(conn, access, HOUSEHOLD_READ, id, "household").await
}

/// The households living in a house.
pub async fn households_of_house(
    conn: &TenantTx,
    access: &Access,
    house_id: Uuid,
) -> AppResult<Vec<household::Model>> {
    access.require(HOUSEHOLD_READ)?;
    let reach = access.region_reach(HOUSEHOLD_READ)?;
    Ok(conn
        .find::<household::Entity>()
        .filter(household::Column::HouseId.eq(house_id))
        .filter(reach_condition::<household::Entity>(&reach))
        .order_by_asc(household::Column::Number)
        .all(conn)
        .await?)
}

/// A household number: 1–32 letters, digits or `-`.
pub fn parse_household_number(field: &str, raw: &str) -> Result<String, UserError> {
    let number = raw.trim().to_ascii_uppercase();
    if (1..=32).contains(&number.len())
        && number
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        Ok(number)
    } else {
        Err(UserError::new(
            field,
            UserErrorCode::InvalidCode,
            "a household number has 1 to 32 letters, digits or '-'",
        ))
    }
}

const HOUSEHOLD_TAKEN: &str = "this household number is already used in the county";

/// Creates a household in a house (placed where the house is) or directly in a grid.
pub async fn create_household(
    conn: &TenantTx,
    access: &Access,
    number: &str,
    house_id: Option<Uuid>,
    region_id: Option<Uuid>,
) -> AppResult<household::Model> {
    access.require(HOUSEHOLD_WRITE)?;
    let number =
        parse_household_number("number", number).map_err(|e| AppError::Invalid(vec![e]))?;
    let (place, house_id) = match (house_id, region_id) {
        (Some(house_id), _) => {
            let house = house(conn, access, house_id).await?;
            access.check_action(HOUSEHOLD_READ, HOUSEHOLD_WRITE, &house.place(), "house")?;
            (house.place(), Some(house.id))
        }
        (None, Some(region_id)) => {
            let p: Placement = placement::resolve(
                conn,
                access,
                (HOUSEHOLD_READ, HOUSEHOLD_WRITE),
                region_id,
                GRID_LEVELS,
                "regionId",
            )
            .await?;
            (p.place(), None)
        }
        (None, None) => {
            return Err(AppError::invalid(
                "houseId",
                UserErrorCode::Required,
                "a household lives in a house or, failing that, in a grid",
            ));
        }
    };
    let now = Utc::now();
    let row = conn
        .insert(household::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            region_id: Set(place.id),
            street_id: Set(place.street_id),
            community_id: Set(place.community_id),
            grid_id: Set(place.grid_id),
            micro_grid_id: Set(place.micro_grid_id),
            number: Set(number),
            house_id: Set(house_id),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await
        .map_err(|e| unique_violation_as(e, "number", UserErrorCode::CodeTaken, HOUSEHOLD_TAKEN))?;
    audit::record(
        conn,
        audit_entry(
            access,
            "household.create",
            "Household",
            row.id,
            serde_json::json!({ "number": row.number }),
        ),
    )
    .await?;
    Ok(row)
}
