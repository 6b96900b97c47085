//! How far into the party organisation tree a set of grants reaches. A party-branch role is
//! granted on an organisation and reaches its subtree; a role on a region node reaches the
//! organisations that serve regions of that subtree; a county-level role reaches them all.

use super::{RegionPlace, Scope};
use entities::enums::RegionKind;
use uuid::Uuid;

/// Where a party organisation (or a row of one) sits: the organisation's materialised path
/// `/root/…/self/` and the region it serves, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyPlace {
    pub path: String,
    pub region: Option<RegionPlace>,
}

impl PartyPlace {
    /// Whether the organisation is `id` or lies below it.
    pub fn is_within(&self, id: Uuid) -> bool {
        self.path.contains(&format!("/{id}/"))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PartyReach {
    All,
    /// The subtrees of the listed organisations and the organisations serving the listed region
    /// subtrees (never both empty).
    Within {
        organisations: Vec<Uuid>,
        regions: Vec<(RegionKind, Uuid)>,
    },
}

impl PartyReach {
    pub(super) fn of<'a>(scopes: impl Iterator<Item = &'a Scope>) -> Self {
        let (mut organisations, mut regions) = (Vec::new(), Vec::new());
        for scope in scopes {
            match scope {
                Scope::PartyOrganisation { id, .. } => organisations.push(*id),
                Scope::Region { id, kind } if *kind != RegionKind::County => {
                    regions.push((*kind, *id));
                }
                Scope::Region { .. } | Scope::Tenant => return Self::All,
                // A department is no place in the party tree.
                Scope::Department(_) => {}
            }
        }
        Self::Within {
            organisations,
            regions,
        }
    }

    pub fn covers(&self, place: &PartyPlace) -> bool {
        match self {
            Self::All => true,
            Self::Within {
                organisations,
                regions,
            } => {
                organisations.iter().any(|id| place.is_within(*id))
                    || place.region.as_ref().is_some_and(|region| {
                        regions
                            .iter()
                            .any(|(level, id)| region.at_level(*level) == Some(*id))
                    })
            }
        }
    }

    /// Inside the reach but not one of its roots: where a party branch may create and change
    /// organisations (its own node is the level above's to change).
    pub fn covers_strictly(&self, place: &PartyPlace, id: Uuid) -> bool {
        match self {
            Self::All => true,
            Self::Within { organisations, .. } if organisations.contains(&id) => false,
            Self::Within { .. } => self.covers(place),
        }
    }
}
