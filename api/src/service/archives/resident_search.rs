//! Finding residents within the caller's reach: by name (prefix or any part, Chinese included),
//! exact ID number or phone (through the blind index), key group, region subtree, residence
//! type and status. Sorted by name, then id, so pages are stable.

use super::key_groups;
use super::placement;
use super::residents::READ;
use crate::access::{Access, Permission};
use crate::domain::{IdCardNo, PhoneNo};
use crate::error::{AppError, AppResult};
use crate::pii::{PiiField, Vault};
use crate::service::common::page::{Page, PageRequest, after_name_id, name_id_key};
use crate::service::common::region_scope::{reach_condition, subtree_condition};
use crate::tenancy::TenantTx;
use entities::enums::{ResidenceType, ResidentStatus};
use entities::{resident, resident_key_group};
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, Condition, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

#[derive(Debug, Clone, Default)]
pub struct ResidentFilter {
    /// Part of the name.
    pub name: Option<String>,
    pub id_card_no: Option<String>,
    pub phone: Option<String>,
    pub key_group_id: Option<Uuid>,
    /// A region whose subtree to search.
    pub under: Option<Uuid>,
    pub residence_type: Option<ResidenceType>,
    pub status: Option<ResidentStatus>,
    pub household_id: Option<Uuid>,
}

/// The residents matching `filter` inside the caller's reach, unsorted.
pub async fn matching(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    filter: &ResidentFilter,
) -> AppResult<Select<resident::Entity>> {
    let reach = access.region_reach(READ)?;
    let mut query = conn
        .find::<resident::Entity>()
        .filter(reach_condition::<resident::Entity>(&reach));
    if let Some(under) = filter.under {
        let region = placement::readable_region(conn, access, READ, under).await?;
        query = query.filter(subtree_condition::<resident::Entity>(
            region.kind,
            region.id,
        ));
    }
    if let Some(term) = crate::service::common::search::term(filter.name.as_deref()) {
        query = query.filter(crate::service::common::search::contains(
            resident::Column::Name,
            term,
        ));
    }
    if let Some(raw) = filter
        .id_card_no
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        let id = IdCardNo::parse("idCardNo", raw).map_err(|e| AppError::BadUserInput(e.message))?;
        query = query.filter(resident::Column::IdCardHash.eq(vault.index(
            access.tenant_id,
            PiiField::IdCardNo,
            id.as_str(),
        )));
    }
    if let Some(raw) = filter.phone.as_deref().filter(|s| !s.trim().is_empty()) {
        let phone = PhoneNo::parse("phone", raw).map_err(|e| AppError::BadUserInput(e.message))?;
        query = query.filter(resident::Column::PhoneHash.eq(vault.index(
            access.tenant_id,
            PiiField::Phone,
            phone.as_str(),
        )));
    }
    if let Some(group_id) = filter.key_group_id {
        let group = key_groups::get(conn, access, group_id).await?;
        query = query.filter(
            resident::Column::Id.in_subquery(
                Query::select()
                    .column(resident_key_group::Column::ResidentId)
                    .from(resident_key_group::Entity)
                    .and_where(resident_key_group::Column::TenantId.eq(access.tenant_id))
                    .and_where(resident_key_group::Column::KeyGroupId.eq(group.id))
                    .and_where(resident_key_group::Column::EndedOn.is_null())
                    .to_owned(),
            ),
        );
        if group.sensitive {
            let sensitive = access.region_reach(Permission::SensitiveGroupRead)?;
            query = query.filter(reach_condition::<resident::Entity>(&sensitive));
        }
    }
    if let Some(t) = filter.residence_type {
        query = query.filter(resident::Column::ResidenceType.eq(t));
    }
    if let Some(s) = filter.status {
        query = query.filter(resident::Column::Status.eq(s));
    }
    if let Some(h) = filter.household_id {
        let household = super::places::household(conn, access, h).await?;
        query = query.filter(resident::Column::HouseholdId.eq(household.id));
    }
    Ok(query)
}

/// A page of matching residents by name, then id.
pub async fn search(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    filter: &ResidentFilter,
    page: &PageRequest,
) -> AppResult<Page<resident::Model>> {
    let mut query = matching(conn, vault, access, filter).await?;
    if let Some(after) = &page.after {
        query = query.filter(after_name_id(
            after,
            resident::Column::Name,
            resident::Column::Id,
        )?);
    }
    let rows = sorted(query).limit(page.fetch_limit()).all(conn).await?;
    Ok(Page::from_rows(rows, page, |r| name_id_key(&r.name, r.id)))
}

pub fn sorted(query: Select<resident::Entity>) -> Select<resident::Entity> {
    query
        .order_by_asc(resident::Column::Name)
        .order_by_asc(resident::Column::Id)
}

/// How many residents match.
pub async fn count(
    conn: &TenantTx,
    vault: &Vault,
    access: &Access,
    filter: &ResidentFilter,
) -> AppResult<u64> {
    Ok(matching(conn, vault, access, filter)
        .await?
        .count(conn)
        .await?)
}

/// Residents after `after` (a name/id key) for batched reading (exports).
pub fn after_key(
    query: Select<resident::Entity>,
    after: Option<&str>,
) -> AppResult<Select<resident::Entity>> {
    Ok(match after {
        Some(after) => query.filter(after_name_id(
            after,
            resident::Column::Name,
            resident::Column::Id,
        )?),
        None => query.filter(Condition::all()),
    })
}
