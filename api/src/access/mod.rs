//! Who may do what — the one place. Every resolver asks [`Access`]; nothing is allowed by
//! default.
//!
//! A role grants permissions ([`permissions::granted`]); the role's scope node limits them to a
//! subtree ([`RegionReach`]). An action the caller's roles do not grant at all is `FORBIDDEN`;
//! an object outside the caller's reach is `NOT_FOUND`, so its existence is not revealed.
//!
//! Placing or moving an object checks its target as well as the object: the region (or party
//! organisation) it goes to must lie where the caller may act — `NOT_FOUND` if the caller
//! cannot see the target, `FORBIDDEN` if it sees it but may not act there
//! ([`Access::check_region_action`], [`Access::check_action`], [`Access::check_party_action`]).

mod event_reach;
mod facility_reach;
mod party_reach;
mod permissions;
mod reach;

pub use event_reach::{EventPlace, EventReach, level_above};
pub use facility_reach::FacilityReach;
pub use party_reach::{PartyPlace, PartyReach};
pub use permissions::{Permission, granted};
pub use reach::{RegionPlace, RegionReach};

use crate::error::{AppError, AppResult};
use entities::enums::{RegionKind, Role, TenantKind};
use uuid::Uuid;

/// A role on its scope node, as loaded for the request.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    pub role: Role,
    pub scope: Scope,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Scope {
    Tenant,
    Region {
        id: Uuid,
        kind: RegionKind,
    },
    Department(Uuid),
    /// A party organisation, with the region node it serves (kind and id), if any: where the
    /// archives of its subtree may be placed.
    PartyOrganisation {
        id: Uuid,
        serves: Option<(RegionKind, Uuid)>,
    },
}

/// The verified caller of a request: tenant, user, and what they hold.
#[derive(Debug, Clone)]
pub struct Access {
    pub tenant_id: Uuid,
    pub tenant_kind: TenantKind,
    pub user_id: Uuid,
    pub grants: Vec<Grant>,
}

impl Access {
    /// Whether any of the caller's roles grants `permission` anywhere.
    pub fn has(&self, permission: Permission) -> bool {
        self.grants.iter().any(|g| granted(g.role, permission))
    }

    /// `FORBIDDEN` unless some role grants `permission`.
    pub fn require(&self, permission: Permission) -> AppResult<()> {
        if self.has(permission) {
            Ok(())
        } else {
            Err(AppError::Forbidden("your role does not allow this"))
        }
    }

    /// The part of the region tree in which the caller holds `permission`; `FORBIDDEN` if none.
    pub fn region_reach(&self, permission: Permission) -> AppResult<RegionReach> {
        self.require(permission)?;
        Ok(self.held_reach(permission))
    }

    /// The region reach of the grants that hold `permission` (empty when none does).
    fn held_reach(&self, permission: Permission) -> RegionReach {
        RegionReach::of(
            permission,
            self.grants
                .iter()
                .filter(|g| granted(g.role, permission))
                .map(|g| &g.scope),
        )
    }

    /// For an action on an existing region: `FORBIDDEN` if no role grants it, `NOT_FOUND` if
    /// the caller cannot even read the region, `FORBIDDEN` if it can read but not act there.
    /// `strictly` demands the region lie below the scope node (deleting or moving one's own
    /// scope node is the level above's business).
    pub fn check_region_action(
        &self,
        permission: Permission,
        region: &RegionPlace,
        strictly: bool,
    ) -> AppResult<()> {
        let reach = self.region_reach(permission)?;
        if !self.region_reach(Permission::RegionRead)?.covers(region) {
            return Err(AppError::NotFound("region"));
        }
        let allowed = if strictly {
            reach.covers_strictly(region)
        } else {
            reach.covers(region)
        };
        if allowed {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "this region is outside the scope of your role",
            ))
        }
    }

    /// Whether some role grants `permission` with a scope that covers `place`.
    pub fn reaches(&self, permission: Permission, place: &RegionPlace) -> bool {
        self.has(permission) && self.held_reach(permission).covers(place)
    }

    /// For reading an object of kind `what` placed at `place`: `FORBIDDEN` if no role grants
    /// `read`, `NOT_FOUND` if the place is outside its reach.
    pub fn check_read(
        &self,
        read: Permission,
        place: &RegionPlace,
        what: &'static str,
    ) -> AppResult<()> {
        self.require(read)?;
        if self.reaches(read, place) {
            Ok(())
        } else {
            Err(AppError::NotFound(what))
        }
    }

    /// For acting on an object placed at `place`: as [`Access::check_read`] for `read`, then
    /// `FORBIDDEN` unless `act` reaches the place too.
    pub fn check_action(
        &self,
        read: Permission,
        act: Permission,
        place: &RegionPlace,
        what: &'static str,
    ) -> AppResult<()> {
        self.require(act)?;
        self.check_read(read, place, what)?;
        if self.reaches(act, place) {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "this is outside the scope of your role",
            ))
        }
    }

    /// The part of the party tree in which the caller holds `permission`; `FORBIDDEN` if none.
    pub fn party_reach(&self, permission: Permission) -> AppResult<PartyReach> {
        self.require(permission)?;
        Ok(PartyReach::of(
            self.grants
                .iter()
                .filter(|g| granted(g.role, permission))
                .map(|g| &g.scope),
        ))
    }

    /// Whether some role grants `permission` with a scope that covers the party place.
    pub fn reaches_party(&self, permission: Permission, place: &PartyPlace) -> bool {
        self.party_reach(permission)
            .is_ok_and(|reach| reach.covers(place))
    }

    /// As [`Access::check_read`], in the party tree.
    pub fn check_party_read(
        &self,
        read: Permission,
        place: &PartyPlace,
        what: &'static str,
    ) -> AppResult<()> {
        if self.party_reach(read)?.covers(place) {
            Ok(())
        } else {
            Err(AppError::NotFound(what))
        }
    }

    /// As [`Access::check_action`], in the party tree.
    pub fn check_party_action(
        &self,
        read: Permission,
        act: Permission,
        place: &PartyPlace,
        what: &'static str,
    ) -> AppResult<()> {
        self.require(act)?;
        self.check_party_read(read, place, what)?;
        if self.reaches_party(act, place) {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "this is outside the scope of your role",
            ))
        }
    }

    pub fn is_platform_operator(&self) -> bool {
        self.tenant_kind == TenantKind::Platform
            && self.grants.iter().any(|g| g.role == Role::PlatformOperator)
    }
}

#[cfg(test)]
mod tests;
