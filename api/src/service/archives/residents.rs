//! Residents (居民): one record per person, a timeline of moves, identifiers sealed at rest.

use super::placement::{self, GRID_LEVELS};
use super::places;
use crate::access::{Access, Permission, RegionPlace};
use crate::domain::{IdCardNo, PhoneNo, UserError, UserErrorCode, text};
use crate::error::{AppError, AppResult};
use crate::pii::{PiiField, Vault};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::{keep, reject_if_any, unique_violation_as};
use crate::service::common::region_scope::Placed;
use crate::service::common::versioned;
use crate::tenancy::TenantTx;
use chrono::{Datelike, NaiveDate, Utc};
use entities::enums::{
    Gender, HouseholdRelationship, MoveKind, PoliticalStatus, ResidenceType, ResidentStatus,
};
use entities::{resident, resident_move};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder};
use uuid::Uuid;

pub const READ: Permission = Permission::ResidentRead;
pub const WRITE: Permission = Permission::ResidentWrite;

const ID_TAKEN: &str = "another resident of this county has this ID number";

/// An identifier ready to store: the sealed envelope, the blind index and the masked form.
#[derive(Debug, Clone, PartialEq)]
pub struct SealedValue {
    pub cipher: String,
    pub hash: String,
    pub masked: String,
}

pub fn seal_id_card(vault: &Vault, tenant_id: Uuid, id: &IdCardNo) -> AppResult<SealedValue> {
    Ok(SealedValue {
        cipher: vault
            .seal(tenant_id, PiiField::IdCardNo, id.as_str())
            .map_err(AppError::internal)?,
        hash: vault.index(tenant_id, PiiField::IdCardNo, id.as_str()),
        masked: id.masked(),
    })
}

pub fn seal_phone(vault: &Vault, tenant_id: Uuid, phone: &PhoneNo) -> AppResult<SealedValue> {
    Ok(SealedValue {
        cipher: vault
            .seal(tenant_id, PiiField::Phone, phone.as_str())
            .map_err(AppError::internal)?,
        hash: vault.index(tenant_id, PiiField::Phone, phone.as_str()),
        masked: phone.masked(),
    })
}

/// A tag: 1–20 characters; at most 20 tags.
fn parse_tags(raw: &[String]) -> Result<Vec<String>, UserError> {
    let tags: Vec<String> = raw
        .iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if tags.len() > 20 || tags.iter().any(|t| t.chars().count() > 20) {
        return Err(UserError::new(
            "tags",
            UserErrorCode::InvalidValue,
            "at most 20 tags of at most 20 characters",
        ));
    }
    Ok(tags)
}

/// The fields of a resident as entered, before parsing.
#[derive(Debug, Clone, Default)]
pub struct ResidentInput {
    pub name: Option<String>,
    pub id_card_no: Option<String>,
    pub gender: Option<Gender>,
    pub birth_date: Option<NaiveDate>,
    pub ethnicity: Option<String>,
    pub phone: Option<String>,
    pub residence_type: Option<ResidenceType>,
    pub political_status: Option<PoliticalStatus>,
    pub relationship: Option<HouseholdRelationship>,
    pub tags: Option<Vec<String>>,
    pub note: Option<String>,
}

/// The parsed fields; `None` means "not given" (on update: unchanged).
#[derive(Debug, Clone, Default)]
pub struct ResidentFields {
    pub name: Option<String>,
    pub id_card: Option<IdCardNo>,
    pub gender: Option<Gender>,
    pub birth_date: Option<NaiveDate>,
    pub ethnicity: Option<String>,
    pub phone: Option<PhoneNo>,
    pub residence_type: Option<ResidenceType>,
    pub political_status: Option<PoliticalStatus>,
    pub relationship: Option<HouseholdRelationship>,
    pub tags: Option<Vec<String>>,
    pub note: Option<String>,
}

/// Parses every field, collecting all errors. The ID number, when given, decides birth date and
/// gender; a gender or birth date given with it must agree.
pub fn parse_fields(input: &ResidentInput, errors: &mut Vec<UserError>) -> ResidentFields {
    let name = input
        .name
        .as_deref()
        .and_then(|n| keep(errors, text::parse_name("name", n)));
    let id_card = input
        .id_card_no
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .and_then(|raw| keep(errors, IdCardNo::parse("idCardNo", raw)));
    let phone = input
        .phone
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .and_then(|raw| keep(errors, PhoneNo::parse("phone", raw)));
    let ethnicity = input
        .ethnicity
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .and_then(|s| {
            keep(
                errors,
                if s.chars().count() <= 16 {
                    Ok(s.to_string())
                } else {
                    Err(UserError::new(
                        "ethnicity",
                        UserErrorCode::InvalidValue,
                        "at most 16 characters",
                    ))
                },
            )
        });
    let note = input
        .note
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .and_then(|s| {
            keep(
                errors,
                if s.chars().count() <= 500 {
                    Ok(s.to_string())
                } else {
                    Err(UserError::new(
                        "note",
                        UserErrorCode::InvalidValue,
                        "at most 500 characters",
                    ))
                },
            )
        });
    let tags = input
        .tags
        .as_deref()
        .and_then(|t| keep(errors, parse_tags(t)));
    let mut gender = input.gender;
    let mut birth_date = input.birth_date;
    let today = Utc::now().date_naive();
    if birth_date.is_some_and(|d| d > today || d.year() < 1880) {
        errors.push(UserError::new(
            "birthDate",
            UserErrorCode::InvalidValue,
            "a birth date is a real past date",
        ));
    }
    if let Some(id) = &id_card {
        if gender.is_some_and(|g| g != id.gender()) {
            errors.push(UserError::new(
                "gender",
                UserErrorCode::InvalidValue,
                "the gender does not match the ID number",
            ));
        }
        if birth_date.is_some_and(|d| d != id.birth_date()) {
            errors.push(UserError::new(
                "birthDate",
                UserErrorCode::InvalidValue,
                "the birth date does not match the ID number",
            ));
        }
        gender = Some(id.gender());
        birth_date = Some(id.birth_date());
    }
    ResidentFields {
        name,
        id_card,
        gender,
        birth_date,
        ethnicity,
        phone,
        residence_type: input.residence_type,
        political_status: input.political_status,
        relationship: input.relationship,
        tags,
        note,
    }
}

/// Where a resident lives: a house (and household), or only a grid.
#[derive(Debug, Clone, Copy, Default)]
pub struct Home {
    pub house_id: Option<Uuid>,
    pub household_id: Option<Uuid>,
    pub region_id: Option<Uuid>,
}

/// Resolves a home to a place the caller may write residents in. A household decides the house
/// and place; a house decides the place; otherwise a grid or micro-grid.
async fn resolve_home(
    conn: &TenantTx,
    access: &Access,
    home: Home,
) -> AppResult<(RegionPlace, Option<Uuid>, Option<Uuid>)> {
    if let Some(household_id) = home.household_id {
        let household = places::household(conn, access, household_id).await?;
        access.check_action(READ, WRITE, &household.place(), "household")?;
        return Ok((household.place(), household.house_id, Some(household.id)));
    }
    if let Some(house_id) = home.house_id {
        let house = places::house(conn, access, house_id).await?;
        access.check_action(READ, WRITE, &house.place(), "house")?;
        return Ok((house.place(), Some(house.id), None));
    }
    if let Some(region_id) = home.region_id {
        let p = placement::resolve(
            conn,
            access,
            (READ, WRITE),
            region_id,
            GRID_LEVELS,
            "regionId",
        )
        .await?;
        return Ok((p.place(), None, None));
    }
    Err(AppError::invalid(
        "regionId",
        UserErrorCode::Required,
        "say where the resident lives: a household, a house or a grid",
    ))
}

pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<resident::Model> {
    placement::find_placed::<resident::Entity>(conn, access, READ, id, "resident").await
}

fn record<'a>(
    access: &Access,
    action: &'a str,
    id: Uuid,
    detail: serde_json::Value,
) -> AuditEntry<'a> {
    AuditEntry {
        tenant_id: access.tenant_id,
        actor_id: Some(access.user_id),
        action,
        object_type: Some("Resident"),
        object_id: Some(id),
        detail,
    }
}

#[tracing::instrument(skip_all, fields(resident_id = tracing::field::Empty))]
pub async fn create(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    input: ResidentInput,
    home: Home,
) -> AppResult<resident::Model> {
    access.require(WRITE)?;
    let mut errors = Vec::new();
    let fields = parse_fields(&input, &mut errors);
    if input.name.is_none() {
        errors.push(UserError::new(
            "name",
            UserErrorCode::Required,
            "a resident needs a name",
        ));
    }
    if fields.gender.is_none()
        && errors
            .iter()
            .all(|e| e.field.last().map(String::as_str) != Some("idCardNo"))
    {
        errors.push(UserError::new(
            "gender",
            UserErrorCode::Required,
            "give the ID number, or the gender when there is none",
        ));
    }
    reject_if_any(errors)?;
    let (place, house_id, household_id) = resolve_home(conn, access, home).await?;
    let id_card = fields
        .id_card
        .as_ref()
        .map(|id| seal_id_card(vault, access.tenant_id, id))
        .transpose()?;
    let phone = fields
        .phone
        .as_ref()
        .map(|p| seal_phone(vault, access.tenant_id, p))
        .transpose()?;
    let now = Utc::now();
    let row = conn
        .insert(resident::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            region_id: Set(place.id),
            street_id: Set(place.street_id),
            community_id: Set(place.community_id),
            grid_id: Set(place.grid_id),
            micro_grid_id: Set(place.micro_grid_id),
            name: Set(fields.name.unwrap_or_default()),
            gender: Set(fields.gender.unwrap_or(Gender::Male)),
            birth_date: Set(fields.birth_date),
            id_card_cipher: Set(id_card.as_ref().map(|s| s.cipher.clone())),
            id_card_hash: Set(id_card.as_ref().map(|s| s.hash.clone())),
            id_card_masked: Set(id_card.as_ref().map(|s| s.masked.clone())),
            phone_cipher: Set(phone.as_ref().map(|s| s.cipher.clone())),
            phone_hash: Set(phone.as_ref().map(|s| s.hash.clone())),
            phone_masked: Set(phone.as_ref().map(|s| s.masked.clone())),
            ethnicity: Set(fields.ethnicity),
            residence_type: Set(fields.residence_type.unwrap_or(ResidenceType::Registered)),
            political_status: Set(fields.political_status),
            house_id: Set(house_id),
            household_id: Set(household_id),
            relationship: Set(fields.relationship),
            status: Set(ResidentStatus::Living),
            tags: Set(serde_json::json!(fields.tags.unwrap_or_default())),
            note: Set(fields.note),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await
        .map_err(|e| unique_violation_as(e, "idCardNo", UserErrorCode::IdCardTaken, ID_TAKEN))?;
    tracing::Span::current().record("resident_id", tracing::field::display(row.id));
    add_move(
        conn,
        access,
        &row,
        MoveKind::Registered,
        now.date_naive(),
        (None, None),
        None,
        None,
    )
    .await?;
    audit::record(
        conn,
        record(
            access,
            "resident.create",
            row.id,
            serde_json::json!({ "name": row.name }),
        ),
    )
    .await?;
    Ok(row)
}

#[allow(clippy::too_many_arguments)]
async fn add_move(
    conn: &TenantTx,
    access: &Access,
    row: &resident::Model,
    kind: MoveKind,
    occurred_on: NaiveDate,
    (from_region, from_house): (Option<Uuid>, Option<Uuid>),
    place: Option<String>,
    note: Option<String>,
) -> AppResult<()> {
    let to_here = !matches!(kind, MoveKind::MovedOut | MoveKind::Deceased);
    conn.insert(resident_move::ActiveModel {
        tenant_id: Set(access.tenant_id),
        id: Set(Uuid::now_v7()),
        resident_id: Set(row.id),
        kind: Set(kind),
        occurred_on: Set(occurred_on),
        from_region_id: Set(from_region),
        from_house_id: Set(from_house),
        to_region_id: Set(to_here.then_some(row.region_id)),
        to_house_id: Set(if to_here { row.house_id } else { None }),
        place: Set(place),
        note: Set(note),
        recorded_by: Set(Some(access.user_id)),
        created_at: Set(Utc::now()),
    })
    .await?;
    Ok(())
}

#[tracing::instrument(skip_all, fields(resident_id = %id))]
pub async fn update(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    id: Uuid,
    expected_version: Option<i32>,
    input: ResidentInput,
) -> AppResult<resident::Model> {
    let existing = get(conn, access, id).await?;
    access.check_action(READ, WRITE, &existing.place(), "resident")?;
    versioned::check_expected(expected_version, existing.version, "resident")?;
    let mut errors = Vec::new();
    let fields = parse_fields(&input, &mut errors);
    reject_if_any(errors)?;
    let version = existing.version;
    let mut model = existing.into_active_model();
    if let Some(name) = fields.name {
        model.name = Set(name);
    }
    if let Some(id_card) = &fields.id_card {
        let sealed = seal_id_card(vault, access.tenant_id, id_card)?;
        model.id_card_cipher = Set(Some(sealed.cipher));
        model.id_card_hash = Set(Some(sealed.hash));
        model.id_card_masked = Set(Some(sealed.masked));
    }
    if let Some(gender) = fields.gender {
        model.gender = Set(gender);
    }
    if fields.birth_date.is_some() {
        model.birth_date = Set(fields.birth_date);
    }
    if let Some(phone) = &fields.phone {
        let sealed = seal_phone(vault, access.tenant_id, phone)?;
        model.phone_cipher = Set(Some(sealed.cipher));
        model.phone_hash = Set(Some(sealed.hash));
        model.phone_masked = Set(Some(sealed.masked));
    }
    if input.ethnicity.is_some() {
        model.ethnicity = Set(fields.ethnicity);
    }
    if let Some(t) = fields.residence_type {
        model.residence_type = Set(t);
    }
    if fields.political_status.is_some() {
        model.political_status = Set(fields.political_status);
    }
    if fields.relationship.is_some() {
        model.relationship = Set(fields.relationship);
    }
    if let Some(tags) = fields.tags {
        model.tags = Set(serde_json::json!(tags));
    }
    if input.note.is_some() {
        model.note = Set(fields.note);
    }
    model.version = Set(version + 1);
    model.updated_at = Set(Utc::now());
    let row = versioned::save::<resident::Entity>(
        conn,
        model,
        id,
        version,
        "resident",
        Some(("idCardNo", UserErrorCode::IdCardTaken, ID_TAKEN)),
    )
    .await?;
    audit::record(
        conn,
        record(
            access,
            "resident.update",
            id,
            serde_json::json!({ "name": row.name }),
        ),
    )
    .await?;
    Ok(row)
}

/// A move of a resident: within the county (to a household, house or grid), out of it, or death.
pub struct MoveInput {
    pub kind: MoveKind,
    pub to: Home,
    pub occurred_on: NaiveDate,
    pub place: Option<String>,
    pub note: Option<String>,
    pub expected_version: Option<i32>,
}

#[tracing::instrument(skip_all, fields(resident_id = %id))]
pub async fn record_move(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    input: MoveInput,
) -> AppResult<resident::Model> {
    let existing = get(conn, access, id).await?;
    access.check_action(READ, WRITE, &existing.place(), "resident")?;
    versioned::check_expected(input.expected_version, existing.version, "resident")?;
    if input.occurred_on > Utc::now().date_naive() {
        return Err(AppError::invalid(
            "occurredOn",
            UserErrorCode::InvalidValue,
            "a move cannot be in the future",
        ));
    }
    let from = (Some(existing.region_id), existing.house_id);
    let version = existing.version;
    let mut model = existing.clone().into_active_model();
    match input.kind {
        MoveKind::MovedWithin | MoveKind::MovedIn => {
            if input.kind == MoveKind::MovedIn && existing.status == ResidentStatus::Living {
                return Err(AppError::invalid(
                    "kind",
                    UserErrorCode::InvalidValue,
                    "the resident already lives in the county; record a move within it",
                ));
            }
            if existing.status == ResidentStatus::Deceased {
                return Err(AppError::invalid(
                    "kind",
                    UserErrorCode::InvalidValue,
                    "the resident is recorded as deceased",
                ));
            }
            let (place, house_id, household_id) = resolve_home(conn, access, input.to).await?;
            model.region_id = Set(place.id);
            model.street_id = Set(place.street_id);
            model.community_id = Set(place.community_id);
            model.grid_id = Set(place.grid_id);
            model.micro_grid_id = Set(place.micro_grid_id);
            model.house_id = Set(house_id);
            model.household_id = Set(household_id);
            model.status = Set(ResidentStatus::Living);
        }
        MoveKind::MovedOut | MoveKind::Deceased => {
            if existing.status != ResidentStatus::Living {
                return Err(AppError::invalid(
                    "kind",
                    UserErrorCode::InvalidValue,
                    "the resident no longer lives in the county",
                ));
            }
            model.status = Set(if input.kind == MoveKind::Deceased {
                ResidentStatus::Deceased
            } else {
                ResidentStatus::MovedOut
            });
            model.household_id = Set(None);
            model.house_id = Set(None);
        }
        MoveKind::Registered => {
            return Err(AppError::invalid(
                "kind",
                UserErrorCode::InvalidValue,
                "a resident is registered once, when created",
            ));
        }
    }
    model.version = Set(version + 1);
    model.updated_at = Set(Utc::now());
    let row =
        versioned::save::<resident::Entity>(conn, model, id, version, "resident", None).await?;
    let place = input
        .place
        .map(|p| p.trim().chars().take(200).collect::<String>());
    let note = input
        .note
        .map(|n| n.trim().chars().take(500).collect::<String>());
    add_move(
        conn,
        access,
        &row,
        input.kind,
        input.occurred_on,
        from,
        place,
        note,
    )
    .await?;
    audit::record(
        conn,
        record(
            access,
            "resident.move",
            id,
            serde_json::json!({ "kind": format!("{:?}", input.kind) }),
        ),
    )
    .await?;
    Ok(row)
}

/// The resident's timeline, oldest first.
pub async fn timeline(
    conn: &TenantTx,
    access: &Access,
    resident: &resident::Model,
) -> AppResult<Vec<resident_move::Model>> {
    access.check_read(READ, &resident.place(), "resident")?;
    Ok(conn
        .find::<resident_move::Entity>()
        .filter(resident_move::Column::ResidentId.eq(resident.id))
        .order_by_asc(resident_move::Column::OccurredOn)
        .order_by_asc(resident_move::Column::CreatedAt)
        .all(conn)
        .await?)
}

/// Which identifier to reveal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevealField {
    IdCardNo,
    Phone,
}

/// The full identifier, for a caller whose `resident:reveal` covers the resident; every reveal
/// is written to the audit log (who, whom, which field, when). `None` when the resident has none.
#[tracing::instrument(skip_all, fields(resident_id = %id, field = ?field))]
pub async fn reveal(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    id: Uuid,
    field: RevealField,
) -> AppResult<Option<String>> {
    let row = get(conn, access, id).await?;
    access.check_action(
        READ,
        Permission::PersonalDataReveal,
        &row.place(),
        "resident",
    )?;
    let (envelope, pii, name) = match field {
        RevealField::IdCardNo => (&row.id_card_cipher, PiiField::IdCardNo, "idCardNo"),
        RevealField::Phone => (&row.phone_cipher, PiiField::Phone, "phone"),
    };
    let Some(envelope) = envelope else {
        return Ok(None);
    };
    let value = vault
        .open(access.tenant_id, pii, envelope)
        .map_err(AppError::internal)?;
    audit::record(
        conn,
        record(
            access,
            "resident.reveal",
            id,
            serde_json::json!({ "field": name, "name": row.name }),
        ),
    )
    .await?;
    Ok(Some(value))
}
