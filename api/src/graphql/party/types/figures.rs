//! Party figures: counts only.

use crate::graphql::party::enums::*;
use crate::service::party::figures::{AGE_BRACKETS, PartyFigures as Figures};
use async_graphql::{Object, SimpleObject};

#[derive(SimpleObject)]
pub struct PartyMemberTypeCount {
    pub member_type: PartyMemberType,
    pub count: i64,
}

#[derive(SimpleObject)]
pub struct AgeBracketCount {
    /// ≤35, 36–45, 46–54, 55–59, ≥60
    pub bracket: String,
    pub count: i64,
}

/// Party figures: counts only.
pub struct PartyFigures(pub Figures);

#[Object]
impl PartyFigures {
    async fn organisations(&self) -> i64 {
        self.0.organisations
    }
    /// Current members (transferred-out members are not counted).
    async fn members(&self) -> i64 {
        self.0.members
    }
    async fn full_members(&self) -> i64 {
        self.0.full_members
    }
    async fn probationary_members(&self) -> i64 {
        self.0.probationary_members
    }
    async fn by_type(&self) -> Vec<PartyMemberTypeCount> {
        self.0
            .by_type
            .iter()
            .map(|(t, n)| PartyMemberTypeCount {
                member_type: (*t).into(),
                count: *n,
            })
            .collect()
    }
    async fn by_age(&self) -> Vec<AgeBracketCount> {
        AGE_BRACKETS
            .iter()
            .zip(self.0.by_age)
            .map(|((label, _, _), count)| AgeBracketCount {
                bracket: (*label).to_string(),
                count,
            })
            .collect()
    }
    /// Members whose birth date is unknown.
    async fn age_unknown(&self) -> i64 {
        self.0.age_unknown
    }
    async fn floating(&self) -> i64 {
        self.0.floating
    }
    async fn in_service(&self) -> i64 {
        self.0.in_service
    }
    async fn centre_households(&self) -> i64 {
        self.0.centre_households
    }
    /// Required meetings of the current months and quarters.
    async fn meetings_required(&self) -> i64 {
        self.0.meetings_required
    }
    /// Of those, held.
    async fn meetings_held(&self) -> i64 {
        self.0.meetings_held
    }
    /// Required meetings not (yet) held.
    async fn meetings_overdue(&self) -> i64 {
        self.0.meetings_overdue
    }
    /// Points per member this year.
    async fn average_points(&self) -> f64 {
        self.0.average_points
    }
}
