//! The party reach as SQL, and loading party rows the caller may see. Member details need
//! `party:read`; the tree and its counts need `party:figures`. A row outside the reach is
//! `NOT_FOUND`.

use crate::access::{Access, PartyPlace, PartyReach, Permission};
use crate::error::{AppError, AppResult};
use crate::service::common::region_scope::{place_from_columns, subtree_condition};
use crate::tenancy::scoped;
use entities::{party_member, party_organisation};
use sea_orm::QueryTrait;
use sea_orm::sea_query::SelectStatement;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

pub const READ: Permission = Permission::PartyRead;
pub const WRITE: Permission = Permission::PartyWrite;
pub const FIGURES: Permission = Permission::PartyFiguresRead;

pub fn place_of(org: &party_organisation::Model) -> PartyPlace {
    PartyPlace {
        path: org.path.clone(),
        region: org.region_id.map(|id| {
            place_from_columns(
                id,
                org.street_id,
                org.community_id,
                org.grid_id,
                org.micro_grid_id,
            )
        }),
    }
}

/// Organisations inside `reach`, as a filter on `party_organisations`.
pub fn organisation_condition(reach: &PartyReach) -> Condition {
    match reach {
        PartyReach::All => Condition::all(),
        PartyReach::Within {
            organisations,
            regions,
        } => {
            let by_tree = organisations.iter().fold(Condition::any(), |any, id| {
                any.add(party_organisation::Column::Path.contains(format!("/{id}/")))
            });
            regions.iter().fold(by_tree, |any, (level, id)| {
                any.add(subtree_condition::<party_organisation::Entity>(*level, *id))
            })
        }
    }
}

/// The ids of the organisations in `reach` (a subquery).
pub fn organisations_in(tenant_id: Uuid, reach: &PartyReach) -> SelectStatement {
    scoped::<party_organisation::Entity>(tenant_id)
        .filter(organisation_condition(reach))
        .select_only()
        .column(party_organisation::Column::Id)
        .into_query()
}

/// The ids of the organisations of the subtree below (and including) `org`.
pub fn subtree_of(org: &party_organisation::Model) -> SelectStatement {
    scoped::<party_organisation::Entity>(org.tenant_id)
        .filter(party_organisation::Column::Path.starts_with(&org.path))
        .select_only()
        .column(party_organisation::Column::Id)
        .into_query()
}

/// Members whose organisation lies in `reach`.
pub fn member_condition(tenant_id: Uuid, reach: &PartyReach) -> Condition {
    match reach {
        PartyReach::All => Condition::all(),
        _ => Condition::all().add(
            party_member::Column::OrganisationId.in_subquery(organisations_in(tenant_id, reach)),
        ),
    }
}

/// Organisation `id`, if `permission` reaches it; `NOT_FOUND` otherwise.
pub async fn organisation(
    conn: &impl ConnectionTrait,
    access: &Access,
    permission: Permission,
    id: Uuid,
) -> AppResult<party_organisation::Model> {
    let reach = access.party_reach(permission)?;
    let org = scoped::<party_organisation::Entity>(access.tenant_id)
        .filter(party_organisation::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("party organisation"))?;
    if reach.covers(&place_of(&org)) {
        Ok(org)
    } else {
        Err(AppError::NotFound("party organisation"))
    }
}

/// Member `id` and their organisation, if `permission` reaches it; `NOT_FOUND` otherwise.
pub async fn member(
    conn: &impl ConnectionTrait,
    access: &Access,
    permission: Permission,
    id: Uuid,
) -> AppResult<(party_member::Model, party_organisation::Model)> {
    access.require(permission)?;
    let member = scoped::<party_member::Entity>(access.tenant_id)
        .filter(party_member::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("party member"))?;
    let org = organisation(conn, access, permission, member.organisation_id)
        .await
        .map_err(|e| match e {
            AppError::NotFound(_) => AppError::NotFound("party member"),
            other => other,
        })?;
    Ok((member, org))
}
