//! How far into the region tree a set of grants reaches, and whether a region lies inside.

use super::Scope;
use entities::enums::RegionKind;
use uuid::Uuid;

/// Where a region sits: its id and its ancestor ids per level (itself at its own level).
#[derive(Debug, Clone, PartialEq)]
pub struct RegionPlace {
    pub id: Uuid,
    pub kind: RegionKind,
    pub street_id: Option<Uuid>,
    pub community_id: Option<Uuid>,
    pub grid_id: Option<Uuid>,
    pub micro_grid_id: Option<Uuid>,
}

impl RegionPlace {
    /// The region's ancestor (or itself) at `level`.
    pub fn at_level(&self, level: RegionKind) -> Option<Uuid> {
        match level {
            RegionKind::County => None,
            RegionKind::Street => self.street_id,
            RegionKind::Community => self.community_id,
            RegionKind::Grid => self.grid_id,
            RegionKind::MicroGrid => self.micro_grid_id,
        }
    }
}

/// The subtrees a caller reaches. `All` is the whole tenant (a county-level or non-region
/// scope); otherwise the union of the listed subtrees (never empty).
#[derive(Debug, Clone, PartialEq)]
pub enum RegionReach {
    All,
    Subtrees(Vec<(RegionKind, Uuid)>),
}

impl RegionReach {
    pub(super) fn of<'a>(scopes: impl Iterator<Item = &'a Scope>) -> Self {
        let mut subtrees = Vec::new();
        for scope in scopes {
            match scope {
                Scope::Region { id, kind } if *kind != RegionKind::County => {
                    subtrees.push((*kind, *id));
                }
                // The county root, the tenant, and non-region scopes (a department, a party
                // organisation, an integrator) read the whole tree: geography is not personal
                // data. Writes are limited by the role table, not here.
                _ => return Self::All,
            }
        }
        Self::Subtrees(subtrees)
    }

    pub fn covers(&self, region: &RegionPlace) -> bool {
        match self {
            Self::All => true,
            Self::Subtrees(subtrees) => subtrees
                .iter()
                .any(|(level, id)| region.at_level(*level) == Some(*id)),
        }
    }

    /// Inside a subtree but not its root. For `All`, every region but the county itself.
    pub fn covers_strictly(&self, region: &RegionPlace) -> bool {
        match self {
            Self::All => region.kind != RegionKind::County,
            Self::Subtrees(subtrees) => subtrees
                .iter()
                .any(|(level, id)| region.at_level(*level) == Some(*id) && region.id != *id),
        }
    }
}
