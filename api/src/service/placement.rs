//! Where an archive row is put in the region tree: the caller names a region, the service
//! checks its kind and the caller's reach, and copies its ancestor ids onto the row.

use super::region_scope::place_of;
use crate::access::{Access, Permission, RegionPlace};
use crate::domain::{UserError, UserErrorCode};
use crate::error::{AppError, AppResult};
use crate::tenancy::scoped;
use entities::enums::RegionKind;
use entities::region;
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter};
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
    conn: &impl ConnectionTrait,
    access: &Access,
    (read, act): (Permission, Permission),
    id: Uuid,
    kinds: &[RegionKind],
    field: &str,
) -> AppResult<Placement> {
    let region = scoped::<region::Entity>(access.tenant_id)
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
    conn: &impl ConnectionTrait,
    access: &Access,
    read: Permission,
    id: Uuid,
) -> AppResult<region::Model> {
    let region = scoped::<region::Entity>(access.tenant_id)
        .filter(region::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("region"))?;
    access.check_read(read, &place_of(&region), "region")?;
    Ok(region)
}

/// A region of the tenant by its code (imports and demo data name grids by code).
pub async fn by_code(
    conn: &impl ConnectionTrait,
    tenant_id: Uuid,
    code: &str,
) -> AppResult<Option<region::Model>> {
    Ok(scoped::<region::Entity>(tenant_id)
        .filter(region::Column::Code.eq(code))
        .one(conn)
        .await?)
}
