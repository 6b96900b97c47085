//! The grid sizing rule (domain.md §2, "动态调整"): a residential grid should hold between
//! `min_households` and `max_households` households and at most `max_residents` people.
//! Defaults from the guide; each tenant sets its own.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridSizingRule {
    pub min_households: i64,
    pub max_households: i64,
    pub max_residents: i64,
}

impl Default for GridSizingRule {
    fn default() -> Self {
        Self {
            min_households: 150,
            max_households: 300,
            max_residents: 1_000,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridSize {
    TooSmall,
    WithinRule,
    TooLarge,
}

impl GridSizingRule {
    /// `None` when the bounds contradict each other or are negative.
    pub fn new(min_households: i64, max_households: i64, max_residents: i64) -> Option<Self> {
        (min_households >= 0 && max_households >= min_households && max_residents > 0).then_some(
            Self {
                min_households,
                max_households,
                max_residents,
            },
        )
    }

    pub fn classify(&self, households: i64, residents: i64) -> GridSize {
        if households > self.max_households || residents > self.max_residents {
            GridSize::TooLarge
        } else if households < self.min_households {
            GridSize::TooSmall
        } else {
            GridSize::WithinRule
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grids_outside_the_bounds_are_flagged() {
        let rule = GridSizingRule::default();
        assert_eq!(rule.classify(149, 400), GridSize::TooSmall);
        assert_eq!(rule.classify(150, 400), GridSize::WithinRule);
        assert_eq!(rule.classify(300, 1_000), GridSize::WithinRule);
        assert_eq!(rule.classify(301, 800), GridSize::TooLarge);
        assert_eq!(rule.classify(200, 1_001), GridSize::TooLarge);
        assert!(GridSizingRule::new(10, 5, 100).is_none());
    }
}
