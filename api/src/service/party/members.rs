//! Party members: linked to the resident record of the same person where there is one, placed
//! where their organisation serves, and moved between organisations with a history.

use super::scope::{self, FIGURES, READ, WRITE, place_of};
use crate::access::Access;
use crate::domain::{UserError, UserErrorCode, today};
use crate::error::{AppError, AppResult};
use crate::pii::{PiiField, Vault};
use crate::service::archives::residents::{
    self, ResidentInput, SealedValue, seal_id_card, seal_phone,
};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::optional_text;
use crate::service::common::input::reject_if_any;
use crate::service::common::page::{Page, PageRequest, after_name_id, name_id_key};
use crate::service::common::versioned;
use crate::tenancy::TenantTx;
use chrono::{NaiveDate, Utc};
use entities::enums::{Gender, PartyMemberStatus, PartyMemberType, PartyTransferKind, RegionKind};
use entities::{party_member, party_member_transfer, party_organisation, region, resident};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

/// The fields of a member as entered.
#[derive(Debug, Clone, Default)]
pub struct MemberInput {
    /// Link to this resident (needs `resident:read` on them).
    pub resident_id: Option<Uuid>,
    pub name: Option<String>,
    pub gender: Option<Gender>,
    /// Links to the resident with this number when there is one; kept sealed otherwise.
    pub id_card_no: Option<String>,
    pub phone: Option<String>,
    pub status: Option<PartyMemberStatus>,
    pub joined_on: Option<NaiveDate>,
    pub confirmed_on: Option<NaiveDate>,
    pub member_type: Option<PartyMemberType>,
    pub floating_from: Option<String>,
    pub floating_to: Option<String>,
    pub work_unit: Option<String>,
    pub reported_community_id: Option<Uuid>,
    pub centre_household: Option<bool>,
}

/// Who the member is: a resident of the county, or a person known only here.
enum Person {
    Resident(Box<resident::Model>),
    Own {
        name: Option<String>,
        gender: Option<Gender>,
        birth_date: Option<NaiveDate>,
        id_card: Option<SealedValue>,
    },
}

/// Who a member record is for: the resident named, else the resident with the ID number, else a
/// person known only to the party archives.
async fn person(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    input: &MemberInput,
    errors: &mut Vec<UserError>,
) -> AppResult<Person> {
    if let Some(id) = input.resident_id {
        return Ok(Person::Resident(Box::new(
            residents::get(conn, access, id).await?,
        )));
    }
    let fields = residents::parse_fields(
        &ResidentInput {
            name: input.name.clone(),
            id_card_no: input.id_card_no.clone(),
            gender: input.gender,
            ..Default::default()
        },
        errors,
    );
    // Without a valid number (its error is recorded) the person is known only here.
    let Some(id_card) = fields.id_card else {
        return Ok(Person::Own {
            name: fields.name,
            gender: fields.gender,
            birth_date: fields.birth_date,
            id_card: None,
        });
    };
    let hash = vault.index(access.tenant_id, PiiField::IdCardNo, id_card.as_str());
    // One person, one record: the member links to the resident with the same number. Only the
    // link is made; the caller learns nothing of the resident without `resident:read`.
    let resident = conn
        .find::<resident::Entity>()
        .filter(resident::Column::IdCardHash.eq(&hash))
        .one(conn)
        .await?;
    Ok(match resident {
        Some(r) => Person::Resident(Box::new(r)),
        None => Person::Own {
            name: fields.name,
            gender: fields.gender,
            birth_date: fields.birth_date,
            id_card: Some(seal_id_card(vault, access.tenant_id, &id_card)?),
        },
    })
}

pub(crate) struct Membership {
    floating_from: Option<String>,
    floating_to: Option<String>,
    work_unit: Option<String>,
}

pub(crate) fn check_membership(
    status: PartyMemberStatus,
    joined_on: Option<NaiveDate>,
    confirmed_on: Option<NaiveDate>,
    member_type: PartyMemberType,
    input: &MemberInput,
    errors: &mut Vec<UserError>,
) -> Membership {
    let today = today();
    if joined_on.is_some_and(|d| d > today) {
        errors.push(UserError::new(
            "joinedOn",
            UserErrorCode::InvalidValue,
            "the joining date is in the past",
        ));
    }
    match (status, confirmed_on) {
        (PartyMemberStatus::Probationary, Some(_)) => errors.push(UserError::new(
            "confirmedOn",
            UserErrorCode::InvalidValue,
            "a probationary member is not confirmed yet",
        )),
        (_, Some(c)) if c > today || joined_on.is_some_and(|j| c < j) => {
            errors.push(UserError::new(
                "confirmedOn",
                UserErrorCode::InvalidValue,
                "confirmed after joining, and not in the future",
            ))
        }
        _ => {}
    }
    let membership = Membership {
        floating_from: optional_text("floatingFrom", input.floating_from.as_deref(), 100, errors),
        floating_to: optional_text("floatingTo", input.floating_to.as_deref(), 100, errors),
        work_unit: optional_text("workUnit", input.work_unit.as_deref(), 100, errors),
    };
    if member_type == PartyMemberType::InService && membership.work_unit.is_none() {
        errors.push(UserError::new(
            "workUnit",
            UserErrorCode::Required,
            "an in-service member reporting to the community names the work unit",
        ));
    }
    membership
}

/// The member's contact phone, parsed and sealed; `None` when blank or wrong (error recorded).
fn sealed_phone(
    vault: &Vault,
    access: &Access,
    raw: Option<&str>,
    errors: &mut Vec<UserError>,
) -> AppResult<Option<SealedValue>> {
    let Some(raw) = raw.map(str::trim).filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    match crate::domain::PhoneNo::parse("phone", raw) {
        Ok(p) => Ok(Some(seal_phone(vault, access.tenant_id, &p)?)),
        Err(e) => {
            errors.push(e);
            Ok(None)
        }
    }
}

async fn reported_community(
    conn: &TenantTx,
    id: Option<Uuid>,
    errors: &mut Vec<UserError>,
) -> AppResult<Option<Uuid>> {
    let Some(id) = id else { return Ok(None) };
    let region = conn
        .find::<region::Entity>()
        .filter(region::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("region"))?;
    if region.kind != RegionKind::Community {
        errors.push(UserError::new(
            "reportedCommunityId",
            UserErrorCode::InvalidValue,
            "in-service members report to a community",
        ));
    }
    Ok(Some(region.id))
}

async fn check_unique(
    conn: &TenantTx,
    except: Option<Uuid>,
    resident_id: Option<Uuid>,
    id_card_hash: Option<&str>,
    errors: &mut Vec<UserError>,
) -> AppResult<()> {
    let mut taken = conn.find::<party_member::Entity>();
    taken = match (resident_id, id_card_hash) {
        (Some(r), _) => taken.filter(party_member::Column::ResidentId.eq(r)),
        (None, Some(h)) => taken.filter(party_member::Column::IdCardHash.eq(h)),
        (None, None) => return Ok(()),
    };
    if let Some(except) = except {
        taken = taken.filter(party_member::Column::Id.ne(except));
    }
    if taken.one(conn).await?.is_some() {
        errors.push(UserError::new(
            "idCardNo",
            UserErrorCode::AlreadyMember,
            "this person already has a party member record in the county",
        ));
    }
    Ok(())
}

fn place_member(m: &mut party_member::ActiveModel, org: &party_organisation::Model) {
    m.organisation_id = Set(org.id);
    m.region_id = Set(org.region_id);
    m.street_id = Set(org.street_id);
    m.community_id = Set(org.community_id);
    m.grid_id = Set(org.grid_id);
    m.micro_grid_id = Set(org.micro_grid_id);
}

fn history(
    access: &Access,
    member_id: Uuid,
    kind: PartyTransferKind,
    moved_on: NaiveDate,
) -> party_member_transfer::ActiveModel {
    party_member_transfer::ActiveModel {
        tenant_id: Set(access.tenant_id),
        id: Set(Uuid::now_v7()),
        member_id: Set(member_id),
        kind: Set(kind),
        from_organisation_id: Set(None),
        to_organisation_id: Set(None),
        from_place: Set(None),
        to_place: Set(None),
        moved_on: Set(moved_on),
        reason: Set(None),
        recorded_by: Set(Some(access.user_id)),
        created_at: Set(Utc::now()),
    }
}

/// Records a member of organisation `organisation_id`. `transferred_from`: the organisation
/// outside the county the member's relation came from (转入); otherwise the member joined here.
/// Needs `party:write` on the organisation.
pub async fn create(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    organisation_id: Uuid,
    input: MemberInput,
    transferred_from: Option<String>,
) -> AppResult<party_member::Model> {
    let org = scope::organisation(conn, access, READ, organisation_id).await?;
    access.check_party_action(READ, WRITE, &place_of(&org), "party organisation")?;
    let mut errors = Vec::new();
    let person = person(conn, vault, access, &input, &mut errors).await?;
    let status = input.status.unwrap_or(PartyMemberStatus::Full);
    let member_type = input.member_type.unwrap_or(PartyMemberType::Registered);
    let Some(joined_on) = input.joined_on else {
        errors.push(UserError::new(
            "joinedOn",
            UserErrorCode::Required,
            "when did the member join the party",
        ));
        return Err(AppError::Invalid(errors));
    };
    let membership = check_membership(
        status,
        Some(joined_on),
        input.confirmed_on,
        member_type,
        &input,
        &mut errors,
    );
    let community = reported_community(conn, input.reported_community_id, &mut errors).await?;
    let phone = sealed_phone(vault, access, input.phone.as_deref(), &mut errors)?;
    let transferred_from = optional_text(
        "transferredFrom",
        transferred_from.as_deref(),
        100,
        &mut errors,
    );
    let (resident_id, name, gender, birth_date, id_hash, id_masked, id_cipher) = match person {
        Person::Resident(r) => (
            Some(r.id),
            Some(r.name),
            Some(r.gender),
            r.birth_date,
            r.id_card_hash,
            r.id_card_masked,
            None,
        ),
        Person::Own {
            name,
            gender,
            birth_date,
            id_card,
        } => {
            let (hash, masked, cipher) = match id_card {
                Some(s) => (Some(s.hash), Some(s.masked), Some(s.cipher)),
                None => (None, None, None),
            };
            (None, name, gender, birth_date, hash, masked, cipher)
        }
    };
    if name.is_none()
        && !errors
            .iter()
            .any(|e| e.field.last().is_some_and(|f| f == "name"))
    {
        errors.push(UserError::new(
            "name",
            UserErrorCode::Required,
            "a member needs a name (or the resident they are)",
        ));
    }
    if gender.is_none() && errors.is_empty() {
        errors.push(UserError::new(
            "gender",
            UserErrorCode::Required,
            "give the ID number, or the gender when there is none",
        ));
    }
    check_unique(conn, None, resident_id, id_hash.as_deref(), &mut errors).await?;
    reject_if_any(errors)?;
    let now = Utc::now();
    let id = Uuid::now_v7();
    let mut m = party_member::ActiveModel {
        tenant_id: Set(access.tenant_id),
        id: Set(id),
        resident_id: Set(resident_id),
        name: Set(name.unwrap_or_default()),
        gender: Set(gender.unwrap_or(Gender::Male)),
        birth_date: Set(birth_date),
        id_card_cipher: Set(id_cipher),
        id_card_hash: Set(id_hash),
        id_card_masked: Set(id_masked),
        phone_cipher: Set(phone.as_ref().map(|p| p.cipher.clone())),
        phone_hash: Set(phone.as_ref().map(|p| p.hash.clone())),
        phone_masked: Set(phone.as_ref().map(|p| p.masked.clone())),
        status: Set(status),
        joined_on: Set(joined_on),
        confirmed_on: Set(input.confirmed_on),
        member_type: Set(member_type),
        floating_from: Set(membership.floating_from),
        floating_to: Set(membership.floating_to),
        work_unit: Set(membership.work_unit),
        reported_community_id: Set(community),
        centre_household: Set(input.centre_household.unwrap_or(false)),
        left_on: Set(None),
        left_to: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    place_member(&mut m, &org);
    let row = conn.insert(m).await?;
    let mut line = match &transferred_from {
        Some(_) => history(access, id, PartyTransferKind::TransferIn, today()),
        None => history(access, id, PartyTransferKind::Joined, joined_on),
    };
    line.to_organisation_id = Set(Some(org.id));
    line.from_place = Set(transferred_from);
    conn.insert(line).await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_member.create",
            "PartyMember",
            row.id,
            serde_json::json!({ "organisation": org.id }),
        ),
    )
    .await?;
    Ok(row)
}

/// Changes a member's party facts and contact. The organisation changes only by a transfer.
/// Needs `party:write`.
pub async fn update(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    id: Uuid,
    expected_version: Option<i32>,
    input: MemberInput,
) -> AppResult<party_member::Model> {
    let (existing, org) = scope::member(conn, access, READ, id).await?;
    access.check_party_action(READ, WRITE, &place_of(&org), "party member")?;
    versioned::check_expected(expected_version, existing.version, "party member")?;
    let mut errors = Vec::new();
    let status = input.status.unwrap_or(existing.status);
    let member_type = input.member_type.unwrap_or(existing.member_type);
    let joined_on = input.joined_on.unwrap_or(existing.joined_on);
    // Becoming full: confirmed today unless a date is given.
    let confirmed_on = match (existing.status, status) {
        (PartyMemberStatus::Probationary, PartyMemberStatus::Full) => {
            input.confirmed_on.or(Some(today()))
        }
        _ => input.confirmed_on.or(existing.confirmed_on),
    };
    let membership = check_membership(
        status,
        Some(joined_on),
        confirmed_on,
        member_type,
        &MemberInput {
            work_unit: input.work_unit.clone().or(existing.work_unit.clone()),
            ..input.clone()
        },
        &mut errors,
    );
    let name = match (&input.name, existing.resident_id) {
        (Some(n), None) => crate::service::common::input::keep(
            &mut errors,
            crate::domain::text::parse_name("name", n),
        ),
        _ => None,
    };
    let community = reported_community(conn, input.reported_community_id, &mut errors).await?;
    let phone = sealed_phone(vault, access, input.phone.as_deref(), &mut errors)?;
    reject_if_any(errors)?;
    let version = existing.version;
    let mut m = existing.into_active_model();
    if let Some(name) = name {
        m.name = Set(name);
    }
    m.status = Set(status);
    m.member_type = Set(member_type);
    m.joined_on = Set(joined_on);
    m.confirmed_on = Set(confirmed_on);
    if input.floating_from.is_some() {
        m.floating_from = Set(membership.floating_from);
    }
    if input.floating_to.is_some() {
        m.floating_to = Set(membership.floating_to);
    }
    if input.work_unit.is_some() {
        m.work_unit = Set(membership.work_unit);
    }
    if community.is_some() {
        m.reported_community_id = Set(community);
    }
    if let Some(c) = input.centre_household {
        m.centre_household = Set(c);
    }
    if let Some(p) = phone {
        m.phone_cipher = Set(Some(p.cipher));
        m.phone_hash = Set(Some(p.hash));
        m.phone_masked = Set(Some(p.masked));
    }
    m.version = Set(version + 1);
    m.updated_at = Set(Utc::now());
    let row =
        versioned::save::<party_member::Entity>(conn, m, id, version, "party member", None).await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_member.update",
            "PartyMember",
            row.id,
            serde_json::json!({ "status": row.status }),
        ),
    )
    .await?;
    Ok(row)
}

/// Where a member's relation moves: another organisation of the county, or outside it.
pub enum TransferTarget {
    Organisation(Uuid),
    OutsideCounty(String),
}

/// Moves a member's organisation relation (组织关系转接), keeping the history. Needs
/// `party:write` on the member's organisation and on the target (`NOT_FOUND` for a target the
/// caller cannot see, `FORBIDDEN` for one it sees but does not keep).
pub async fn transfer(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    expected_version: Option<i32>,
    target: TransferTarget,
    moved_on: Option<NaiveDate>,
    reason: Option<String>,
) -> AppResult<party_member::Model> {
    let (existing, from) = scope::member(conn, access, READ, id).await?;
    access.check_party_action(READ, WRITE, &place_of(&from), "party member")?;
    versioned::check_expected(expected_version, existing.version, "party member")?;
    let mut errors = Vec::new();
    let moved_on = moved_on.unwrap_or_else(today);
    if moved_on > today() {
        errors.push(UserError::new(
            "movedOn",
            UserErrorCode::InvalidValue,
            "record a transfer once it happened",
        ));
    }
    if existing.left_on.is_some() {
        errors.push(UserError::new(
            "id",
            UserErrorCode::InvalidValue,
            "the member's relation already left the county",
        ));
    }
    let reason = optional_text("reason", reason.as_deref(), 500, &mut errors);
    let version = existing.version;
    let mut m = existing.into_active_model();
    let mut line = history(access, id, PartyTransferKind::Transfer, moved_on);
    line.from_organisation_id = Set(Some(from.id));
    line.reason = Set(reason);
    match target {
        TransferTarget::Organisation(to) => {
            let to = scope::organisation(conn, access, FIGURES, to).await?;
            access.check_party_action(FIGURES, WRITE, &place_of(&to), "party organisation")?;
            if to.id == from.id {
                errors.push(UserError::new(
                    "toOrganisationId",
                    UserErrorCode::InvalidValue,
                    "the member already belongs there",
                ));
            }
            place_member(&mut m, &to);
            line.to_organisation_id = Set(Some(to.id));
        }
        TransferTarget::OutsideCounty(place) => {
            let place = optional_text("toPlace", Some(&place), 100, &mut errors);
            if place.is_none() {
                errors.push(UserError::new(
                    "toPlace",
                    UserErrorCode::Required,
                    "where the relation goes",
                ));
            }
            line.kind = Set(PartyTransferKind::TransferOut);
            line.to_place = Set(place.clone());
            m.left_on = Set(Some(moved_on));
            m.left_to = Set(place);
        }
    }
    reject_if_any(errors)?;
    m.version = Set(version + 1);
    m.updated_at = Set(Utc::now());
    let row =
        versioned::save::<party_member::Entity>(conn, m, id, version, "party member", None).await?;
    conn.insert(line).await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_member.transfer",
            "PartyMember",
            row.id,
            serde_json::json!({ "from": from.id, "to": row.organisation_id, "leftTo": row.left_to }),
        ),
    )
    .await?;
    Ok(row)
}

pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<party_member::Model> {
    Ok(scope::member(conn, access, READ, id).await?.0)
}

/// The current memberships (not left) of some residents, within the caller's `party:read`
/// reach; none, and no query, without it.
pub async fn current_of_residents(
    conn: &TenantTx,
    access: &Access,
    resident_ids: &[Uuid],
) -> AppResult<Vec<party_member::Model>> {
    let Ok(reach) = access.party_reach(READ) else {
        return Ok(Vec::new());
    };
    Ok(conn
        .find::<party_member::Entity>()
        .filter(scope::member_condition(access.tenant_id, &reach))
        .filter(party_member::Column::ResidentId.is_in(resident_ids.iter().copied()))
        .filter(party_member::Column::LeftOn.is_null())
        .all(conn)
        .await?)
}

/// What to list.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    pub organisation_id: Option<Uuid>,
    /// Members of the organisation's whole subtree (its party groups), not only its own.
    pub include_subtree: bool,
    pub status: Option<PartyMemberStatus>,
    pub member_type: Option<PartyMemberType>,
    pub centre_household: Option<bool>,
    /// Members whose relation left the county, too.
    pub include_left: bool,
    pub search: Option<String>,
}

/// Members in the caller's reach (`party:read`), by name.
pub async fn list(
    conn: &TenantTx,
    access: &Access,
    filter: &MemberFilter,
    page: &PageRequest,
) -> AppResult<Page<party_member::Model>> {
    let reach = access.party_reach(READ)?;
    let mut query = conn
        .find::<party_member::Entity>()
        .filter(scope::member_condition(access.tenant_id, &reach));
    if let Some(org) = filter.organisation_id {
        let org = scope::organisation(conn, access, READ, org).await?;
        query = if filter.include_subtree {
            query.filter(party_member::Column::OrganisationId.in_subquery(scope::subtree_of(&org)))
        } else {
            query.filter(party_member::Column::OrganisationId.eq(org.id))
        };
    }
    if let Some(status) = filter.status {
        query = query.filter(party_member::Column::Status.eq(status));
    }
    if let Some(t) = filter.member_type {
        query = query.filter(party_member::Column::MemberType.eq(t));
    }
    if let Some(c) = filter.centre_household {
        query = query.filter(party_member::Column::CentreHousehold.eq(c));
    }
    if !filter.include_left {
        query = query.filter(party_member::Column::LeftOn.is_null());
    }
    if let Some(s) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        query = query.filter(party_member::Column::Name.contains(s));
    }
    if let Some(after) = &page.after {
        query = query.filter(after_name_id(
            after,
            party_member::Column::Name,
            party_member::Column::Id,
        )?);
    }
    let rows = query
        .order_by_asc(party_member::Column::Name)
        .order_by_asc(party_member::Column::Id)
        .limit(page.fetch_limit())
        .all(conn)
        .await?;
    Ok(Page::from_rows(rows, page, |m| name_id_key(&m.name, m.id)))
}

/// A member's organisation history, oldest first. Needs `party:read`.
pub async fn transfers(
    conn: &TenantTx,
    access: &Access,
    member: &party_member::Model,
) -> AppResult<Vec<party_member_transfer::Model>> {
    access.require(READ)?;
    Ok(conn
        .find::<party_member_transfer::Entity>()
        .filter(party_member_transfer::Column::MemberId.eq(member.id))
        .order_by_asc(party_member_transfer::Column::MovedOn)
        .order_by_asc(party_member_transfer::Column::CreatedAt)
        .all(conn)
        .await?)
}
