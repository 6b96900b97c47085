//! Region reach as SQL: the one translation of [`RegionReach`] into a filter on the indexed
//! ancestor-id columns (`street_id`, `community_id`, `grid_id`, `micro_grid_id`). Every table
//! whose rows live in the tree carries these columns and implements [`InRegionTree`].

use crate::access::{RegionPlace, RegionReach};
use entities::enums::RegionKind;
use entities::region;
use sea_orm::{ColumnTrait, Condition, EntityTrait};
use uuid::Uuid;

pub trait InRegionTree: EntityTrait {
    /// The ancestor-id column of `level`; `None` for the county (the whole tenant).
    fn level_column(level: RegionKind) -> Option<Self::Column>;
}

impl InRegionTree for region::Entity {
    fn level_column(level: RegionKind) -> Option<Self::Column> {
        match level {
            RegionKind::County => None,
            RegionKind::Street => Some(region::Column::StreetId),
            RegionKind::Community => Some(region::Column::CommunityId),
            RegionKind::Grid => Some(region::Column::GridId),
            RegionKind::MicroGrid => Some(region::Column::MicroGridId),
        }
    }
}

/// Rows inside the reach.
pub fn reach_condition<E: InRegionTree>(reach: &RegionReach) -> Condition {
    match reach {
        RegionReach::All => Condition::all(),
        RegionReach::Subtrees(subtrees) => {
            subtrees.iter().fold(Condition::any(), |any, (level, id)| {
                any.add(subtree_condition::<E>(*level, *id))
            })
        }
    }
}

/// Rows in the subtree of the node `id` of kind `level`.
pub fn subtree_condition<E: InRegionTree>(level: RegionKind, id: Uuid) -> Condition {
    match E::level_column(level) {
        Some(column) => Condition::all().add(column.eq(id)),
        None => Condition::all(),
    }
}

pub fn place_of(region: &region::Model) -> RegionPlace {
    RegionPlace {
        id: region.id,
        kind: region.kind,
        street_id: region.street_id,
        community_id: region.community_id,
        grid_id: region.grid_id,
        micro_grid_id: region.micro_grid_id,
    }
}
