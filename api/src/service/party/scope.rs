//! The party reach as SQL, and loading party rows the caller may see. Member details need
//! `party:read`; the tree and its counts need `party:figures`. A row outside the reach is
//! `NOT_FOUND`.

use crate::access::{Access, PartyPlace, PartyReach, Permission};
use crate::error::{AppError, AppResult};
use crate::service::common::region_scope::{place_from_columns, subtree_condition};
use crate::tenancy::TenantTx;
use entities::{party_member, party_organisation};
use sea_orm::sea_query::{Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, QueryFilter};
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
    Query::select()
        .column(party_organisation::Column::Id)
        .from(party_organisation::Entity)
        .and_where(party_organisation::Column::TenantId.eq(tenant_id))
        .cond_where(organisation_condition(reach))
        .to_owned()
}

/// The ids of the organisations of the subtree below (and including) `org`.
pub fn subtree_of(org: &party_organisation::Model) -> SelectStatement {
    Query::select()
        .column(party_organisation::Column::Id)
        .from(party_organisation::Entity)
        .and_where(party_organisation::Column::TenantId.eq(org.tenant_id))
        .and_where(party_organisation::Column::Path.starts_with(&org.path))
        .to_owned()
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
    conn: &TenantTx,
    access: &Access,
    permission: Permission,
    id: Uuid,
) -> AppResult<party_organisation::Model> {
    let reach = access.party_reach(permission)?;
    let org = conn
        .find::<party_organisation::Entity>()
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
    conn: &TenantTx,
    access: &Access,
    permission: Permission,
    id: Uuid,
) -> AppResult<(party_member::Model, party_organisation::Model)> {
    access.require(permission)?;
    let member = conn
        .find::<party_member::Entity>()
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
