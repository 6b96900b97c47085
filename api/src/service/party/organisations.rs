//! The party organisation tree: committees, branches, party groups and centre households, each
//! serving a region node; officers with terms; the branch regulations as warnings.

use super::scope::{self, FIGURES, READ, WRITE, place_of};
use crate::access::{Access, PartyReach};
use crate::domain::party_rules::{self, OrganisationFacts, PartyRuleWarning};
use crate::domain::{UserError, UserErrorCode, text, today};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::keep;
use crate::service::common::input::reject_if_any;
use crate::service::common::region_scope::place_of as region_place_of;
use crate::service::common::versioned;
use crate::tenancy::TenantTx;
use chrono::{NaiveDate, Utc};
use entities::enums::{PartyMemberStatus, PartyOfficerRole, PartyOrganisationKind, RegionKind};
use entities::{party_member, party_officer, party_organisation, region};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, FromQueryResult, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use uuid::Uuid;

/// At most this many organisations in one listing (a county has a few thousand).
pub const MAX_LISTED: u64 = 5_000;

#[derive(Debug, Clone, Default)]
pub struct OrganisationInput {
    pub kind: Option<PartyOrganisationKind>,
    pub name: Option<String>,
    pub region_id: Option<Uuid>,
    pub term_start: Option<NaiveDate>,
    pub term_end: Option<NaiveDate>,
    pub covered_units: Option<i32>,
}

/// The organisations in the caller's reach (`party:figures`), optionally the subtree of one,
/// in tree order (by path).
pub async fn list(
    conn: &TenantTx,
    access: &Access,
    under: Option<Uuid>,
) -> AppResult<Vec<party_organisation::Model>> {
    let reach = access.party_reach(FIGURES)?;
    let mut query = conn
        .find::<party_organisation::Entity>()
        .filter(scope::organisation_condition(&reach));
    if let Some(under) = under {
        let root = scope::organisation(conn, access, FIGURES, under).await?;
        query = query.filter(party_organisation::Column::Path.starts_with(&root.path));
    }
    Ok(query
        .order_by_asc(party_organisation::Column::Path)
        .limit(MAX_LISTED)
        .all(conn)
        .await?)
}

pub async fn get(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
) -> AppResult<party_organisation::Model> {
    scope::organisation(conn, access, FIGURES, id).await
}

/// The region an organisation is to serve, chosen by the caller: `NOT_FOUND` if it cannot read
/// the region, `FORBIDDEN` if the region lies outside where it may place organisations (a party
/// branch: the region its own organisation serves).
async fn target_region(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<region::Model> {
    let region = conn
        .find::<region::Entity>()
        .filter(region::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("region"))?;
    access.check_region_action(WRITE, &region_place_of(&region), false)?;
    Ok(region)
}

/// An organisation serves a region inside its parent's (unless the parent serves the county).
fn check_inside_parent(
    region: &region::Model,
    parent: Option<&party_organisation::Model>,
    errors: &mut Vec<UserError>,
) {
    if let Some(parent_region) = parent.and_then(|p| place_of(p).region)
        && parent_region.kind != RegionKind::County
        && region_place_of(region).at_level(parent_region.kind) != Some(parent_region.id)
    {
        errors.push(UserError::new(
            "regionId",
            UserErrorCode::InvalidValue,
            "an organisation serves a region inside its parent's region",
        ));
    }
}

async fn parent_of(
    conn: &TenantTx,
    org: &party_organisation::Model,
) -> AppResult<Option<party_organisation::Model>> {
    let Some(parent) = org.parent_id else {
        return Ok(None);
    };
    Ok(Some(
        conn.find::<party_organisation::Entity>()
            .filter(party_organisation::Column::Id.eq(parent))
            .one(conn)
            .await?
            .ok_or(AppError::NotFound("party organisation"))?,
    ))
}

fn check_terms(
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    errors: &mut Vec<UserError>,
) -> bool {
    if let (Some(start), Some(end)) = (start, end)
        && end < start
    {
        errors.push(UserError::new(
            "termEnd",
            UserErrorCode::InvalidValue,
            "a term ends after it starts",
        ));
        return false;
    }
    true
}

fn check_units(
    kind: PartyOrganisationKind,
    units: Option<i32>,
    errors: &mut Vec<UserError>,
) -> Option<i32> {
    let units = units?;
    if kind != PartyOrganisationKind::JointBranch {
        errors.push(UserError::new(
            "coveredUnits",
            UserErrorCode::InvalidValue,
            "only a joint branch counts the units it covers",
        ));
        return None;
    }
    if !(1..=100).contains(&units) {
        errors.push(UserError::new(
            "coveredUnits",
            UserErrorCode::InvalidValue,
            "between 1 and 100 units",
        ));
        return None;
    }
    Some(units)
}

fn nesting_error() -> UserError {
    UserError::new(
        "kind",
        UserErrorCode::InvalidKindNesting,
        "this kind of organisation cannot sit there (街道党工委 › 社区党委/党总支 › 党支部 › 党小组 › 党员中心户)",
    )
}

/// Creates an organisation below `parent_id` (or a root, for a county-wide role). Needs
/// `party:write` reaching the parent and, for a region other than the parent's, that region.
pub async fn create(
    conn: &TenantTx,
    access: &Access,
    parent_id: Option<Uuid>,
    input: OrganisationInput,
) -> AppResult<party_organisation::Model> {
    access.require(WRITE)?;
    let parent = match parent_id {
        Some(id) => {
            let parent = scope::organisation(conn, access, FIGURES, id).await?;
            access.check_party_action(FIGURES, WRITE, &place_of(&parent), "party organisation")?;
            Some(parent)
        }
        None if access.party_reach(WRITE)? == PartyReach::All => None,
        None => {
            return Err(AppError::Forbidden(
                "only a county-wide role creates a root organisation",
            ));
        }
    };
    let mut errors = Vec::new();
    let name = match input.name.as_deref() {
        Some(n) => keep(&mut errors, text::parse_name("name", n)),
        None => {
            errors.push(UserError::new(
                "name",
                UserErrorCode::Required,
                "an organisation needs a name",
            ));
            None
        }
    };
    let Some(kind) = input.kind else {
        errors.push(UserError::new(
            "kind",
            UserErrorCode::Required,
            "say what kind of organisation it is",
        ));
        return Err(AppError::Invalid(errors));
    };
    if !party_rules::may_nest(kind, parent.as_ref().map(|p| p.kind)) {
        errors.push(nesting_error());
    }
    check_terms(input.term_start, input.term_end, &mut errors);
    let units = check_units(kind, input.covered_units, &mut errors);
    // A region the caller names must lie where it may act; the parent's, inherited, already does.
    let region = match (input.region_id, parent.as_ref().and_then(|p| p.region_id)) {
        (Some(id), _) => Some(target_region(conn, access, id).await?),
        (None, Some(inherited)) => {
            conn.find::<region::Entity>()
                .filter(region::Column::Id.eq(inherited))
                .one(conn)
                .await?
        }
        (None, None) => None,
    };
    if let Some(region) = &region {
        check_inside_parent(region, parent.as_ref(), &mut errors);
    }
    reject_if_any(errors)?;
    let id = Uuid::now_v7();
    let path = match &parent {
        Some(p) => format!("{}{id}/", p.path),
        None => format!("/{id}/"),
    };
    let term_end = input.term_end.or(input
        .term_start
        .and_then(|start| party_rules::default_term_end(kind, start)));
    let now = Utc::now();
    let row = conn
        .insert(party_organisation::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(id),
            parent_id: Set(parent.as_ref().map(|p| p.id)),
            kind: Set(kind),
            name: Set(name.unwrap_or_default()),
            region_id: Set(region.as_ref().map(|r| r.id)),
            street_id: Set(region.as_ref().and_then(|r| r.street_id)),
            community_id: Set(region.as_ref().and_then(|r| r.community_id)),
            grid_id: Set(region.as_ref().and_then(|r| r.grid_id)),
            micro_grid_id: Set(region.as_ref().and_then(|r| r.micro_grid_id)),
            path: Set(path),
            term_start: Set(input.term_start),
            term_end: Set(term_end),
            covered_units: Set(units),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_organisation.create",
            "PartyOrganisation",
            row.id,
            serde_json::json!({ "name": row.name, "kind": row.kind }),
        ),
    )
    .await?;
    Ok(row)
}

/// Changes an organisation's name, kind, region, term or covered units. Needs `party:write` on
/// the organisation and, for a new region, on that region (see [`target_region`]).
pub async fn update(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    expected_version: Option<i32>,
    input: OrganisationInput,
) -> AppResult<party_organisation::Model> {
    let existing = scope::organisation(conn, access, FIGURES, id).await?;
    access.check_party_action(FIGURES, WRITE, &place_of(&existing), "party organisation")?;
    versioned::check_expected(expected_version, existing.version, "party organisation")?;
    let mut errors = Vec::new();
    let name = input
        .name
        .as_deref()
        .and_then(|n| keep(&mut errors, text::parse_name("name", n)));
    let kind = input.kind.unwrap_or(existing.kind);
    let parent = if input.kind.is_some() || input.region_id.is_some() {
        parent_of(conn, &existing).await?
    } else {
        None
    };
    if input.kind.is_some() && !party_rules::may_nest(kind, parent.as_ref().map(|p| p.kind)) {
        errors.push(nesting_error());
    }
    let term_start = input.term_start.or(existing.term_start);
    let term_end = input.term_end.or(if input.term_start.is_some() {
        input
            .term_start
            .and_then(|start| party_rules::default_term_end(kind, start))
    } else {
        existing.term_end
    });
    check_terms(term_start, term_end, &mut errors);
    let units = check_units(kind, input.covered_units, &mut errors);
    let region = match input.region_id {
        Some(id) => Some(target_region(conn, access, id).await?),
        None => None,
    };
    if let Some(region) = &region {
        check_inside_parent(region, parent.as_ref(), &mut errors);
    }
    reject_if_any(errors)?;
    let version = existing.version;
    let mut m = existing.into_active_model();
    if let Some(name) = name {
        m.name = Set(name);
    }
    m.kind = Set(kind);
    m.term_start = Set(term_start);
    m.term_end = Set(term_end);
    if input.covered_units.is_some() {
        m.covered_units = Set(units);
    }
    if let Some(region) = &region {
        m.region_id = Set(Some(region.id));
        m.street_id = Set(region.street_id);
        m.community_id = Set(region.community_id);
        m.grid_id = Set(region.grid_id);
        m.micro_grid_id = Set(region.micro_grid_id);
    }
    m.version = Set(version + 1);
    m.updated_at = Set(Utc::now());
    let row = versioned::save::<party_organisation::Entity>(
        conn,
        m,
        id,
        version,
        "party organisation",
        None,
    )
    .await?;
    if let Some(region) = region {
        // Members are placed where their organisation serves.
        conn.update_many::<party_member::Entity>()
            .col_expr(party_member::Column::RegionId, Expr::value(region.id))
            .col_expr(
                party_member::Column::StreetId,
                Expr::value(region.street_id),
            )
            .col_expr(
                party_member::Column::CommunityId,
                Expr::value(region.community_id),
            )
            .col_expr(party_member::Column::GridId, Expr::value(region.grid_id))
            .col_expr(
                party_member::Column::MicroGridId,
                Expr::value(region.micro_grid_id),
            )
            .filter(party_member::Column::OrganisationId.eq(id))
            .exec(conn)
            .await?;
    }
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_organisation.update",
            "PartyOrganisation",
            row.id,
            serde_json::json!({ "name": row.name, "kind": row.kind }),
        ),
    )
    .await?;
    Ok(row)
}

/// Organisations in the caller's reach whose term ends within `within_days` from today.
pub async fn terms_ending(
    conn: &TenantTx,
    access: &Access,
    within_days: u32,
) -> AppResult<Vec<party_organisation::Model>> {
    let reach = access.party_reach(FIGURES)?;
    let today = today();
    let limit = today
        .checked_add_days(chrono::Days::new(u64::from(within_days)))
        .unwrap_or(today);
    Ok(conn
        .find::<party_organisation::Entity>()
        .filter(scope::organisation_condition(&reach))
        .filter(party_organisation::Column::TermEnd.gte(today))
        .filter(party_organisation::Column::TermEnd.lte(limit))
        .order_by_asc(party_organisation::Column::TermEnd)
        .limit(MAX_LISTED)
        .all(conn)
        .await?)
}

// ---- Officers ----

fn in_office_on(day: NaiveDate) -> Condition {
    Condition::all()
        .add(party_officer::Column::EndedOn.is_null())
        .add(party_officer::Column::TermStart.lte(day))
        .add(
            Condition::any()
                .add(party_officer::Column::TermEnd.is_null())
                .add(party_officer::Column::TermEnd.gte(day)),
        )
}

/// The officers of an organisation, those in office first. Needs `party:read`.
pub async fn officers(
    conn: &TenantTx,
    access: &Access,
    org: &party_organisation::Model,
    include_past: bool,
) -> AppResult<Vec<party_officer::Model>> {
    access.check_party_read(READ, &place_of(org), "party organisation")?;
    let mut query = conn
        .find::<party_officer::Entity>()
        .filter(party_officer::Column::OrganisationId.eq(org.id));
    if !include_past {
        query = query.filter(in_office_on(today()));
    }
    Ok(query
        .order_by_asc(party_officer::Column::Role)
        .order_by_desc(party_officer::Column::TermStart)
        .all(conn)
        .await?)
}

pub struct OfficerInput {
    pub organisation_id: Uuid,
    pub member_id: Uuid,
    pub role: PartyOfficerRole,
    pub term_start: NaiveDate,
    pub term_end: Option<NaiveDate>,
}

/// Appoints a member of the organisation (or of its subtree) as secretary, deputy or committee
/// member for a term (by default the organisation's). Needs `party:write`.
pub async fn appoint(
    conn: &TenantTx,
    access: &Access,
    input: OfficerInput,
) -> AppResult<party_officer::Model> {
    let org = scope::organisation(conn, access, READ, input.organisation_id).await?;
    access.check_party_action(READ, WRITE, &place_of(&org), "party organisation")?;
    let (member, member_org) = scope::member(conn, access, READ, input.member_id).await?;
    let mut errors = Vec::new();
    if !member_org.path.starts_with(&org.path) || member.left_on.is_some() {
        errors.push(UserError::new(
            "memberId",
            UserErrorCode::InvalidValue,
            "officers are members of the organisation",
        ));
    }
    let term_end = input.term_end.or(org.term_end);
    check_terms(Some(input.term_start), term_end, &mut errors);
    if input.role == PartyOfficerRole::Secretary {
        let sitting = conn
            .find::<party_officer::Entity>()
            .filter(party_officer::Column::OrganisationId.eq(org.id))
            .filter(party_officer::Column::Role.eq(PartyOfficerRole::Secretary))
            .filter(in_office_on(input.term_start))
            .count(conn)
            .await?;
        if sitting > 0 {
            errors.push(UserError::new(
                "role",
                UserErrorCode::InvalidValue,
                "the organisation has a secretary in office; end that term first",
            ));
        }
    }
    reject_if_any(errors)?;
    let row = conn
        .insert(party_officer::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            organisation_id: Set(org.id),
            member_id: Set(member.id),
            role: Set(input.role),
            term_start: Set(input.term_start),
            term_end: Set(term_end),
            ended_on: Set(None),
            created_at: Set(Utc::now()),
        })
        .await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_officer.appoint",
            "PartyOrganisation",
            org.id,
            serde_json::json!({ "member": member.id, "role": input.role }),
        ),
    )
    .await?;
    Ok(row)
}

/// Ends an officer's term early, on `ended_on` (today by default). Needs `party:write`.
pub async fn end_term(
    conn: &TenantTx,
    access: &Access,
    officer_id: Uuid,
    ended_on: Option<NaiveDate>,
) -> AppResult<party_officer::Model> {
    access.require(WRITE)?;
    let officer = conn
        .find::<party_officer::Entity>()
        .filter(party_officer::Column::Id.eq(officer_id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("party officer"))?;
    let org = scope::organisation(conn, access, READ, officer.organisation_id)
        .await
        .map_err(|_| AppError::NotFound("party officer"))?;
    access.check_party_action(READ, WRITE, &place_of(&org), "party officer")?;
    let ended_on = ended_on.unwrap_or_else(today);
    if ended_on < officer.term_start || officer.ended_on.is_some() {
        return Err(AppError::invalid(
            "endedOn",
            UserErrorCode::InvalidValue,
            "the term has already ended, or ends before it started",
        ));
    }
    let mut m = officer.into_active_model();
    m.ended_on = Set(Some(ended_on));
    let row = conn.update(m).await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_officer.end_term",
            "PartyOrganisation",
            org.id,
            serde_json::json!({ "officer": row.id, "endedOn": ended_on }),
        ),
    )
    .await?;
    Ok(row)
}

// ---- Regulation warnings ----

#[derive(FromQueryResult)]
struct MemberCount {
    organisation_id: Uuid,
    status: PartyMemberStatus,
    n: i64,
}

#[derive(FromQueryResult)]
struct OfficerCount {
    organisation_id: Uuid,
    n: i64,
}

/// The facts the regulations look at, for each of `orgs` (members counted over each one's
/// subtree), in three queries whatever the number of organisations.
pub async fn facts(
    conn: &TenantTx,
    orgs: &[party_organisation::Model],
) -> AppResult<HashMap<Uuid, OrganisationFacts>> {
    if orgs.is_empty() {
        return Ok(HashMap::new());
    }
    // Every organisation's path, to roll member counts up into subtrees.
    let paths: Vec<(Uuid, String)> = conn
        .find::<party_organisation::Entity>()
        .select_only()
        .column(party_organisation::Column::Id)
        .column(party_organisation::Column::Path)
        .into_tuple()
        .all(conn)
        .await?;
    let counts: Vec<MemberCount> = conn
        .find::<party_member::Entity>()
        .filter(party_member::Column::LeftOn.is_null())
        .select_only()
        .column(party_member::Column::OrganisationId)
        .column(party_member::Column::Status)
        .column_as(Expr::col(party_member::Column::Id).count(), "n")
        .group_by(party_member::Column::OrganisationId)
        .group_by(party_member::Column::Status)
        .into_model()
        .all(conn)
        .await?;
    let ids: Vec<Uuid> = orgs.iter().map(|o| o.id).collect();
    let committees: Vec<OfficerCount> = conn
        .find::<party_officer::Entity>()
        .filter(party_officer::Column::OrganisationId.is_in(ids))
        .filter(in_office_on(today()))
        .select_only()
        .column(party_officer::Column::OrganisationId)
        .column_as(Expr::col(party_officer::Column::Id).count(), "n")
        .group_by(party_officer::Column::OrganisationId)
        .into_model()
        .all(conn)
        .await?;
    let path_of: HashMap<Uuid, &str> = paths.iter().map(|(id, p)| (*id, p.as_str())).collect();
    let mut out = HashMap::new();
    for org in orgs {
        let mut facts = OrganisationFacts {
            covered_units: org.covered_units,
            term_end: org.term_end,
            committee: committees
                .iter()
                .find(|c| c.organisation_id == org.id)
                .map_or(0, |c| c.n),
            ..Default::default()
        };
        for count in &counts {
            if path_of
                .get(&count.organisation_id)
                .is_some_and(|p| p.starts_with(&org.path))
            {
                facts.members += count.n;
                if count.status == PartyMemberStatus::Full {
                    facts.full_members += count.n;
                }
            }
        }
        out.insert(org.id, facts);
    }
    Ok(out)
}

/// The regulation warnings of one organisation.
pub fn warnings(
    org: &party_organisation::Model,
    facts: &OrganisationFacts,
) -> Vec<PartyRuleWarning> {
    party_rules::warnings(org.kind, facts, today())
}
