//! Organisations in the area (驻区单位, enterprises, schools, key places…) and public facilities
//! (市政设施/部件) with their owner department — the "组织, 物" of domain.md §4.

use super::placement::{self, GRID_LEVELS};
use crate::access::{Access, FacilityReach, Permission};
use crate::domain::{GeoPoint, UserError, UserErrorCode, text};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::{optional_text as optional, reject_if_any};
use crate::service::common::page::{Page, PageRequest};
use crate::service::common::region_scope::{Placed, reach_condition};
use crate::service::common::versioned;
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::enums::OrganisationKind;
use entities::{department, facility, organisation};
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, IntoActiveModel, QueryFilter};
use uuid::Uuid;

const READ: Permission = Permission::PlaceRead;
const WRITE: Permission = Permission::PlaceWrite;

fn audit_entry<'a>(
    access: &Access,
    action: &'a str,
    object_type: &'a str,
    id: Uuid,
    name: &str,
) -> AuditEntry<'a> {
    AuditEntry {
        tenant_id: access.tenant_id,
        actor_id: Some(access.user_id),
        action,
        object_type: Some(object_type),
        object_id: Some(id),
        detail: serde_json::json!({ "name": name }),
    }
}

#[derive(Debug, Clone, Default)]
pub struct OrganisationInput {
    pub kind: Option<OrganisationKind>,
    pub name: Option<String>,
    pub credit_code: Option<String>,
    pub address: Option<String>,
    pub contact_name: Option<String>,
    pub office_phone: Option<String>,
    pub risk_category: Option<String>,
    pub pledged_resources: Option<String>,
}

struct ParsedOrganisation {
    name: Option<String>,
    credit_code: Option<String>,
    address: Option<String>,
    contact_name: Option<String>,
    office_phone: Option<String>,
    risk_category: Option<String>,
    pledged_resources: Option<String>,
}

fn parse_organisation(
    input: &OrganisationInput,
    errors: &mut Vec<UserError>,
) -> ParsedOrganisation {
    let name = input
        .name
        .as_deref()
        .and_then(|n| text::parse_name("name", n).map_err(|e| errors.push(e)).ok());
    let credit_code = optional("creditCode", input.credit_code.as_deref(), 18, errors)
        .map(|c| c.to_ascii_uppercase());
    if credit_code
        .as_ref()
        .is_some_and(|c| c.len() != 18 || !c.chars().all(|ch| ch.is_ascii_alphanumeric()))
    {
        errors.push(UserError::new(
            "creditCode",
            UserErrorCode::InvalidValue,
            "a unified social credit code has 18 letters or digits",
        ));
    }
    ParsedOrganisation {
        name,
        credit_code,
        address: optional("address", input.address.as_deref(), 200, errors),
        contact_name: optional("contactName", input.contact_name.as_deref(), 50, errors),
        office_phone: optional("officePhone", input.office_phone.as_deref(), 32, errors),
        risk_category: optional("riskCategory", input.risk_category.as_deref(), 32, errors),
        pledged_resources: optional(
            "pledgedResources",
            input.pledged_resources.as_deref(),
            500,
            errors,
        ),
    }
}

pub async fn organisation(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
) -> AppResult<organisation::Model> {
    placement::find_placed::<organisation::Entity>(conn, access, READ, id, "organisation").await
}

pub async fn organisations(
    conn: &TenantTx,
    access: &Access,
    under: Option<Uuid>,
    kind: Option<OrganisationKind>,
    search: Option<&str>,
    page: &PageRequest,
) -> AppResult<Page<organisation::Model>> {
    let narrower = match kind {
        Some(kind) => Condition::all().add(organisation::Column::Kind.eq(kind)),
        None => Condition::all(),
    };
    placement::list_by_name::<organisation::Entity>(
        conn, access, READ, under, search, narrower, page,
    )
    .await
}

pub async fn create_organisation(
    conn: &TenantTx,
    access: &Access,
    region_id: Uuid,
    input: OrganisationInput,
) -> AppResult<organisation::Model> {
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
    let p = parse_organisation(&input, &mut errors);
    if input.name.is_none() {
        errors.push(UserError::new(
            "name",
            UserErrorCode::Required,
            "an organisation needs a name",
        ));
    }
    if input.kind.is_none() {
        errors.push(UserError::new(
            "kind",
            UserErrorCode::Required,
            "say what kind of organisation it is",
        ));
    }
    reject_if_any(errors)?;
    let now = Utc::now();
    let row = conn
        .insert(organisation::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            region_id: Set(place.region_id()),
            street_id: Set(place.street_id()),
            community_id: Set(place.community_id()),
            grid_id: Set(place.grid_id()),
            micro_grid_id: Set(place.micro_grid_id()),
            kind: Set(input.kind.unwrap_or(OrganisationKind::ResidentUnit)),
            name: Set(p.name.unwrap_or_default()),
            credit_code: Set(p.credit_code),
            address: Set(p.address),
            contact_name: Set(p.contact_name),
            office_phone: Set(p.office_phone),
            risk_category: Set(p.risk_category),
            pledged_resources: Set(p.pledged_resources),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await?;
    audit::record(
        conn,
        audit_entry(
            access,
            "organisation.create",
            "Organisation",
            row.id,
            &row.name,
        ),
    )
    .await?;
    Ok(row)
}

pub async fn update_organisation(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    expected_version: Option<i32>,
    input: OrganisationInput,
) -> AppResult<organisation::Model> {
    let existing = organisation(conn, access, id).await?;
    access.check_action(READ, WRITE, &existing.place(), "organisation")?;
    versioned::check_expected(expected_version, existing.version, "organisation")?;
    let mut errors = Vec::new();
    let p = parse_organisation(&input, &mut errors);
    reject_if_any(errors)?;
    let version = existing.version;
    let mut m = existing.into_active_model();
    if let Some(kind) = input.kind {
        m.kind = Set(kind);
    }
    if let Some(name) = p.name {
        m.name = Set(name);
    }
    if input.credit_code.is_some() {
        m.credit_code = Set(p.credit_code);
    }
    if input.address.is_some() {
        m.address = Set(p.address);
    }
    if input.contact_name.is_some() {
        m.contact_name = Set(p.contact_name);
    }
    if input.office_phone.is_some() {
        m.office_phone = Set(p.office_phone);
    }
    if input.risk_category.is_some() {
        m.risk_category = Set(p.risk_category);
    }
    if input.pledged_resources.is_some() {
        m.pledged_resources = Set(p.pledged_resources);
    }
    m.version = Set(version + 1);
    m.updated_at = Set(Utc::now());
    let row =
        versioned::save::<organisation::Entity>(conn, m, id, version, "organisation", None).await?;
    audit::record(
        conn,
        audit_entry(access, "organisation.update", "Organisation", id, &row.name),
    )
    .await?;
    Ok(row)
}

// ---- Public facilities ----

#[derive(Debug, Clone, Default)]
pub struct FacilityInput {
    pub kind: Option<String>,
    pub name: Option<String>,
    pub code: Option<String>,
    pub location: Option<(f64, f64)>,
    pub owner_department_id: Option<Uuid>,
}

/// Facilities inside `reach`, as a filter: those of its subtrees and those its departments own.
fn facility_condition(reach: &FacilityReach) -> Condition {
    let mut any = Condition::any().add(reach_condition::<facility::Entity>(&reach.regions));
    if !reach.departments.is_empty() {
        any = any.add(facility::Column::OwnerDepartmentId.is_in(reach.departments.clone()));
    }
    any
}

/// A facility by id; `NOT_FOUND` outside the caller's `facility:read` reach.
pub async fn facility(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<facility::Model> {
    access.facility_reach()?;
    let row = conn
        .find::<facility::Entity>()
        .filter(facility::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("facility"))?;
    access.check_facility_read(&row.place(), row.owner_department_id)?;
    Ok(row)
}

/// The facilities the caller reads, optionally under a region (any region it reads: a
/// department's facilities stand anywhere in the county), by name.
pub async fn facilities(
    conn: &TenantTx,
    access: &Access,
    under: Option<Uuid>,
    search: Option<&str>,
    page: &PageRequest,
) -> AppResult<Page<facility::Model>> {
    let reach = access.facility_reach()?;
    let under = match under {
        Some(id) => {
            Some(placement::readable_region(conn, access, Permission::RegionRead, id).await?)
        }
        None => None,
    };
    placement::page_by_name::<facility::Entity>(
        conn,
        facility_condition(&reach),
        under.as_ref(),
        search,
        page,
    )
    .await
}

pub async fn create_facility(
    conn: &TenantTx,
    access: &Access,
    region_id: Uuid,
    input: FacilityInput,
) -> AppResult<facility::Model> {
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
    let name = input
        .name
        .as_deref()
        .and_then(|n| text::parse_name("name", n).map_err(|e| errors.push(e)).ok());
    let kind = optional("kind", input.kind.as_deref(), 32, &mut errors);
    let code = optional("code", input.code.as_deref(), 32, &mut errors);
    let location = match input.location {
        Some((lng, lat)) => GeoPoint::parse(lng, lat).map_err(|e| errors.push(e)).ok(),
        None => {
            errors.push(UserError::new(
                "location",
                UserErrorCode::Required,
                "a facility needs its location",
            ));
            None
        }
    };
    if name.is_none() && input.name.is_none() {
        errors.push(UserError::new(
            "name",
            UserErrorCode::Required,
            "a facility needs a name",
        ));
    }
    if kind.is_none() && input.kind.is_none() {
        errors.push(UserError::new(
            "kind",
            UserErrorCode::Required,
            "say what kind of facility it is",
        ));
    }
    if let Some(dept) = input.owner_department_id {
        let exists = conn
            .find::<department::Entity>()
            .filter(department::Column::Id.eq(dept))
            .one(conn)
            .await?
            .is_some();
        if !exists {
            errors.push(UserError::new(
                "ownerDepartmentId",
                UserErrorCode::InvalidValue,
                "no such department in this county",
            ));
        }
    }
    reject_if_any(errors)?;
    let (Some(location), Some(name), Some(kind)) = (location, name, kind) else {
        return Err(AppError::internal(anyhow::anyhow!(
            "validated facility lost its values"
        )));
    };
    let now = Utc::now();
    let row = conn
        .insert(facility::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            region_id: Set(place.region_id()),
            street_id: Set(place.street_id()),
            community_id: Set(place.community_id()),
            grid_id: Set(place.grid_id()),
            micro_grid_id: Set(place.micro_grid_id()),
            kind: Set(kind),
            name: Set(name),
            code: Set(code),
            lng: Set(location.lng),
            lat: Set(location.lat),
            owner_department_id: Set(input.owner_department_id),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await?;
    audit::record(
        conn,
        audit_entry(access, "facility.create", "Facility", row.id, &row.name),
    )
    .await?;
    Ok(row)
}
