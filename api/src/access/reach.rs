//! How far into the region tree a set of grants reaches, and whether a region lies inside.

use super::{Permission, Scope};
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

/// The subtrees a caller reaches. `All` is the whole tenant; otherwise the union of the listed
/// subtrees — empty when the caller holds the permission only on scopes that have no place in
/// the region tree for it (a department's facilities go by ownership, see [`FacilityReach`]).
///
/// [`FacilityReach`]: super::FacilityReach
#[derive(Debug, Clone, PartialEq)]
pub enum RegionReach {
    All,
    Subtrees(Vec<(RegionKind, Uuid)>),
}

impl RegionReach {
    /// The reach of `permission` held on `scopes` — the one rule of how far a scope node reaches
    /// into the region tree:
    ///
    /// - the tenant and the county root reach the whole tree, a region node its subtree;
    /// - for reading the tree itself (`region:read`), every other scope (a department, a party
    ///   organisation) reaches the whole tree: geography is not personal data;
    /// - for anything else, a party organisation reaches the subtree of the region it serves
    ///   (where its organisations and members may be placed), and a department nothing.
    pub(super) fn of<'a>(permission: Permission, scopes: impl Iterator<Item = &'a Scope>) -> Self {
        let mut subtrees = Vec::new();
        for scope in scopes {
            let node = match scope {
                Scope::Tenant => return Self::All,
                Scope::Region { id, kind } => Some((*kind, *id)),
                Scope::Department(_) | Scope::PartyOrganisation { .. }
                    if permission == Permission::RegionRead =>
                {
                    return Self::All;
                }
                Scope::PartyOrganisation { serves, .. } => *serves,
                Scope::Department(_) => None,
            };
            match node {
                Some((RegionKind::County, _)) => return Self::All,
                Some(node) => subtrees.push(node),
                None => {}
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
