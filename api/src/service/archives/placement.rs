//! Where an archive row is put in the region tree: the caller names a region, the service
//! checks its kind and the caller's reach, and copies its ancestor ids onto the row.

use crate::access::{Access, Permission, RegionPlace};
use crate::domain::{UserError, UserErrorCode};
use crate::error::{AppError, AppResult};
use crate::service::common::page::{Page, PageRequest, after_name_id, name_id_key};
use crate::service::common::region_scope::{
    InRegionTree, Placed, place_of, reach_condition, subtree_condition,
};
use crate::service::common::versioned::Versioned;
use crate::tenancy::TenantTx;
use entities::enums::RegionKind;
use entities::region;
use sea_orm::{ColumnTrait, Condition, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

/// The region an archive row belongs to, with its ancestor ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub region: region::Model,
}

impl Placement {
    pub fn place(&self) -> RegionPlace {
        place_of(&self.region)
    }

    pub fn region_id(&self) -> Uuid {
        self.region.id
    }
    pub fn street_id(&self) -> Option<Uuid> {
        self.region.street_id
    }
    pub fn community_id(&self) -> Option<Uuid> {
        self.region.community_id
    }
    pub fn grid_id(&self) -> Option<Uuid> {
        self.region.grid_id
    }
    pub fn micro_grid_id(&self) -> Option<Uuid> {
        self.region.micro_grid_id
    }
}

/// Grids and micro-grids: where buildings, households and residents live.
pub const GRID_LEVELS: &[RegionKind] = &[RegionKind::Grid, RegionKind::MicroGrid];

/// Loads region `id` as a place for a row the caller will write with `act` (read with `read`):
/// `NOT_FOUND` if the caller cannot see it, `FORBIDDEN` if it cannot act there, and a user
/// error on `field` if the region is not of one of `kinds`.
pub async fn resolve(
    conn: &TenantTx,
    access: &Access,
    (read, act): (Permission, Permission),
    id: Uuid,
    kinds: &[RegionKind],
    field: &str,
) -> AppResult<Placement> {
    let region = conn
        .find::<region::Entity>()
        .filter(region::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("region"))?;
    access.check_action(read, act, &place_of(&region), "region")?;
    if !kinds.contains(&region.kind) {
        return Err(AppError::Invalid(vec![UserError::new(
            field,
            UserErrorCode::NotAGrid,
            "this record belongs in a grid or micro-grid",
        )]));
    }
    Ok(Placement { region })
}

/// Loads a region the caller may read (`NOT_FOUND` otherwise), for subtree filters.
pub async fn readable_region(
    conn: &TenantTx,
    access: &Access,
    read: Permission,
    id: Uuid,
) -> AppResult<region::Model> {
    let region = conn
        .find::<region::Entity>()
        .filter(region::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("region"))?;
    access.check_read(read, &place_of(&region), "region")?;
    Ok(region)
}

/// A region of the tenant by its code (imports and demo data name grids by code).
pub async fn by_code(conn: &TenantTx, code: &str) -> AppResult<Option<region::Model>> {
    Ok(conn
        .find::<region::Entity>()
        .filter(region::Column::Code.eq(code))
        .one(conn)
        .await?)
}

/// A row of a placed table by id, `NOT_FOUND` outside the caller's `read` reach — the one
/// getter every archive table uses.
pub async fn find_placed<E>(
    conn: &TenantTx,
    access: &Access,
    read: Permission,
    id: Uuid,
    what: &'static str,
) -> AppResult<E::Model>
where
    E: Versioned,
    E::Model: Placed,
{
    access.require(read)?;
    let row = conn
        .find::<E>()
        .filter(E::id_column().eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound(what))?;
    access.check_read(read, &row.place(), what)?;
    Ok(row)
}

/// A placed table listed by name, then id.
pub trait ListedByName: Versioned + InRegionTree
where
    Self::Model: Placed,
{
    fn name_column() -> Self::Column;
    fn sort_key(row: &Self::Model) -> String;
}

macro_rules! listed_by_name {
    ($($module:ident),* $(,)?) => {
        $(impl ListedByName for entities::$module::Entity {
            fn name_column() -> Self::Column {
                entities::$module::Column::Name
            }
            fn sort_key(row: &Self::Model) -> String {
                name_id_key(&row.name, row.id)
            }
        })*
    };
}

listed_by_name!(building, organisation, facility, staff);

/// A page of a placed table within the caller's `read` reach, optionally under a region, whose
/// name contains `search`, narrowed further by `narrower`.
pub async fn list_by_name<E>(
    conn: &TenantTx,
    access: &Access,
    read: Permission,
    under: Option<Uuid>,
    search: Option<&str>,
    narrower: Condition,
    page: &PageRequest,
) -> AppResult<Page<E::Model>>
where
    E: ListedByName,
    E::Model: Placed,
{
    let reach = access.region_reach(read)?;
    let under = match under {
        Some(id) => Some(readable_region(conn, access, read, id).await?),
        None => None,
    };
    let within = Condition::all()
        .add(reach_condition::<E>(&reach))
        .add(narrower);
    page_by_name::<E>(conn, within, under.as_ref(), search, page).await
}

/// A page of the rows of a placed table that match `within` (the caller's reach, already
/// decided), optionally in the subtree of `under`, whose name contains `search`.
pub async fn page_by_name<E>(
    conn: &TenantTx,
    within: Condition,
    under: Option<&region::Model>,
    search: Option<&str>,
    page: &PageRequest,
) -> AppResult<Page<E::Model>>
where
    E: ListedByName,
    E::Model: Placed,
{
    let mut query = conn.find::<E>().filter(within);
    if let Some(node) = under {
        query = query.filter(subtree_condition::<E>(node.kind, node.id));
    }
    if let Some(term) = crate::service::common::search::term(search) {
        query = query.filter(crate::service::common::search::contains(
            E::name_column(),
            term,
        ));
    }
    if let Some(after) = &page.after {
        query = query.filter(after_name_id(after, E::name_column(), E::id_column())?);
    }
    let rows = query
        .order_by_asc(E::name_column())
        .order_by_asc(E::id_column())
        .limit(page.fetch_limit())
        .all(conn)
        .await?;
    Ok(Page::from_rows(rows, page, E::sort_key))
}
