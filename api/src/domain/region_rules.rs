//! Which kind of region may sit under which: county › street › community › grid › micro-grid.

use entities::enums::RegionKind;

/// The kind a child of `parent` must have, if it may have children at all.
pub fn child_kind_of(parent: RegionKind) -> Option<RegionKind> {
    match parent {
        RegionKind::County => Some(RegionKind::Street),
        RegionKind::Street => Some(RegionKind::Community),
        RegionKind::Community => Some(RegionKind::Grid),
        RegionKind::Grid => Some(RegionKind::MicroGrid),
        RegionKind::MicroGrid => None,
    }
}

/// The level's depth in the tree: the county is 0.
pub fn level(kind: RegionKind) -> u8 {
    match kind {
        RegionKind::County => 0,
        RegionKind::Street => 1,
        RegionKind::Community => 2,
        RegionKind::Grid => 3,
        RegionKind::MicroGrid => 4,
    }
}

pub fn may_nest(parent: RegionKind, child: RegionKind) -> bool {
    child_kind_of(parent) == Some(child)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_level_holds_the_next_only() {
        assert!(may_nest(RegionKind::County, RegionKind::Street));
        assert!(may_nest(RegionKind::Community, RegionKind::Grid));
        assert!(!may_nest(RegionKind::County, RegionKind::Grid));
        assert!(!may_nest(RegionKind::Grid, RegionKind::Community));
        assert!(!may_nest(RegionKind::MicroGrid, RegionKind::MicroGrid));
    }
}
