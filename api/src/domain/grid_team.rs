//! The "1+1+N+X" grid team (domain.md §6): one grid leader, one full-time grid worker, N
//! part-time workers and helpers, X enforcement and professional forces. A team without its
//! leader or its full-time worker is incomplete.

use entities::enums::TeamRole;

/// Which part of "1+1+N+X" a role fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamPart {
    Leader,
    FullTime,
    PartTime,
    Professional,
}

pub fn part_of(role: TeamRole) -> TeamPart {
    match role {
        TeamRole::GridLeader => TeamPart::Leader,
        TeamRole::FullTimeWorker => TeamPart::FullTime,
        TeamRole::PartTimeWorker
        | TeamRole::InformationOfficer
        | TeamRole::BuildingLeader
        | TeamRole::UnitLeader
        | TeamRole::Volunteer => TeamPart::PartTime,
        TeamRole::Mediator
        | TeamRole::LegalWorker
        | TeamRole::CommunityPolice
        | TeamRole::PropertyStaff
        | TeamRole::SentDownCadre
        | TeamRole::Deputy
        | TeamRole::EnforcementOfficer => TeamPart::Professional,
    }
}

/// How many people fill each part of a grid's team.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TeamComposition {
    pub leaders: i64,
    pub full_time: i64,
    pub part_time: i64,
    pub professional: i64,
}

impl TeamComposition {
    pub fn of(roles: impl IntoIterator<Item = TeamRole>) -> Self {
        roles.into_iter().fold(Self::default(), |mut c, role| {
            match part_of(role) {
                TeamPart::Leader => c.leaders += 1,
                TeamPart::FullTime => c.full_time += 1,
                TeamPart::PartTime => c.part_time += 1,
                TeamPart::Professional => c.professional += 1,
            }
            c
        })
    }

    /// The parts a complete team must have and this one lacks.
    pub fn missing(&self) -> Vec<TeamPart> {
        let mut missing = Vec::new();
        if self.leaders == 0 {
            missing.push(TeamPart::Leader);
        }
        if self.full_time == 0 {
            missing.push(TeamPart::FullTime);
        }
        missing
    }

    pub fn is_complete(&self) -> bool {
        self.missing().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_team_needs_its_leader_and_its_full_time_worker() {
        let team = TeamComposition::of([
            TeamRole::GridLeader,
            TeamRole::PartTimeWorker,
            TeamRole::Volunteer,
            TeamRole::CommunityPolice,
        ]);
        assert_eq!(
            team,
            TeamComposition {
                leaders: 1,
                full_time: 0,
                part_time: 2,
                professional: 1
            }
        );
        assert_eq!(team.missing(), vec![TeamPart::FullTime]);
        assert!(
            TeamComposition::of([TeamRole::GridLeader, TeamRole::FullTimeWorker]).is_complete()
        );
        assert_eq!(
            TeamComposition::default().missing(),
            vec![TeamPart::Leader, TeamPart::FullTime]
        );
    }
}
