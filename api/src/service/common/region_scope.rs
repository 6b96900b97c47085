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

/// Archive tables carry `region_id` and the same ancestor columns.
macro_rules! in_region_tree {
    ($($module:ident),* $(,)?) => {
        $(impl InRegionTree for entities::$module::Entity {
            fn level_column(level: RegionKind) -> Option<Self::Column> {
                use entities::$module::Column;
                match level {
                    RegionKind::County => None,
                    RegionKind::Street => Some(Column::StreetId),
                    RegionKind::Community => Some(Column::CommunityId),
                    RegionKind::Grid => Some(Column::GridId),
                    RegionKind::MicroGrid => Some(Column::MicroGridId),
                }
            }
        })*
    };
}

in_region_tree!(
    event,
    party_organisation,
    party_member,
    building,
    house,
    household,
    resident,
    organisation,
    facility,
    staff,
    staff_assignment,
);

/// A row placed in the tree knows its region and that region's ancestors.
pub trait Placed {
    fn place(&self) -> RegionPlace;
}

macro_rules! placed {
    ($($module:ident),* $(,)?) => {
        $(impl Placed for entities::$module::Model {
            fn place(&self) -> RegionPlace {
                place_from_columns(
                    self.region_id,
                    self.street_id,
                    self.community_id,
                    self.grid_id,
                    self.micro_grid_id,
                )
            }
        })*
    };
}

placed!(
    building,
    house,
    household,
    resident,
    organisation,
    facility,
    staff,
    staff_assignment,
);

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

/// The place of a row from its region id and ancestor columns (its kind is the deepest level
/// set).
pub fn place_from_columns(
    id: Uuid,
    street_id: Option<Uuid>,
    community_id: Option<Uuid>,
    grid_id: Option<Uuid>,
    micro_grid_id: Option<Uuid>,
) -> RegionPlace {
    let kind = if micro_grid_id.is_some() {
        RegionKind::MicroGrid
    } else if grid_id.is_some() {
        RegionKind::Grid
    } else if community_id.is_some() {
        RegionKind::Community
    } else if street_id.is_some() {
        RegionKind::Street
    } else {
        RegionKind::County
    };
    RegionPlace {
        id,
        kind,
        street_id,
        community_id,
        grid_id,
        micro_grid_id,
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
