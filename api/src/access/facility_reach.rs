//! Which public facilities (市政设施/部件) a caller reads — the one place. A facility lies in the
//! region tree and may be owned by a department: region-scoped roles read the facilities of
//! their subtree, a department the facilities it owns, wherever they stand.

use super::{Access, Permission, RegionPlace, RegionReach, Scope, granted};
use crate::error::{AppError, AppResult};
use uuid::Uuid;

const READ: Permission = Permission::FacilityRead;

/// The facilities a caller reaches with `facility:read`.
#[derive(Debug, Clone, PartialEq)]
pub struct FacilityReach {
    /// Facilities placed in these subtrees (empty for a department alone).
    pub regions: RegionReach,
    /// Facilities owned by these departments.
    pub departments: Vec<Uuid>,
}

impl FacilityReach {
    pub fn covers(&self, place: &RegionPlace, owner_department: Option<Uuid>) -> bool {
        self.regions.covers(place)
            || owner_department.is_some_and(|d| self.departments.contains(&d))
    }
}

impl Access {
    /// The facilities the caller reads; `FORBIDDEN` if no role grants `facility:read`.
    pub fn facility_reach(&self) -> AppResult<FacilityReach> {
        Ok(FacilityReach {
            regions: self.region_reach(READ)?,
            departments: self
                .grants
                .iter()
                .filter(|g| granted(g.role, READ))
                .filter_map(|g| match g.scope {
                    Scope::Department(id) => Some(id),
                    _ => None,
                })
                .collect(),
        })
    }

    /// `FORBIDDEN` without `facility:read`, `NOT_FOUND` for a facility outside the reach.
    pub fn check_facility_read(
        &self,
        place: &RegionPlace,
        owner_department: Option<Uuid>,
    ) -> AppResult<()> {
        if self.facility_reach()?.covers(place, owner_department) {
            Ok(())
        } else {
            Err(AppError::NotFound("facility"))
        }
    }
}
