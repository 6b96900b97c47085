//! "三会一课": which meetings each kind of organisation must hold per month or quarter (a tenant
//! setting with the regulations' default), and the calendar periods they are counted in.

use chrono::{Datelike, Months, NaiveDate};
use entities::enums::{PartyMeetingKind, PartyOrganisationKind};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingPeriod {
    Month,
    Quarter,
}

/// A calendar month or quarter, `start..=end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl MeetingPeriod {
    /// The month or quarter containing `day`.
    pub fn containing(self, day: NaiveDate) -> Period {
        let first_month = match self {
            Self::Month => day.month(),
            Self::Quarter => (day.month() - 1) / 3 * 3 + 1,
        };
        let months = match self {
            Self::Month => 1,
            Self::Quarter => 3,
        };
        let start = NaiveDate::from_ymd_opt(day.year(), first_month, 1).unwrap_or(day);
        let end = start
            .checked_add_months(Months::new(months))
            .and_then(|next| next.pred_opt())
            .unwrap_or(day);
        Period { start, end }
    }
}

/// One required meeting: `kind`, at least `times` per `period`, for organisations of the
/// listed kinds. `with_committee_only`: only where a committee of 3 or more is in office (a
/// branch committee meeting needs a committee).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingRule {
    pub kind: PartyMeetingKind,
    pub period: MeetingPeriod,
    pub times: u32,
    pub organisation_kinds: Vec<PartyOrganisationKind>,
    #[serde(default)]
    pub with_committee_only: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingRules {
    pub rules: Vec<MeetingRule>,
}

const BRANCHES: [PartyOrganisationKind; 4] = [
    PartyOrganisationKind::GridBranch,
    PartyOrganisationKind::EnterpriseBranch,
    PartyOrganisationKind::SocialOrganisationBranch,
    PartyOrganisationKind::JointBranch,
];

impl Default for MeetingRules {
    /// The branch regulations: member meeting quarterly, committee meeting monthly, party-group
    /// meeting monthly, party lecture quarterly.
    fn default() -> Self {
        let rule = |kind, period, kinds: &[PartyOrganisationKind], committee| MeetingRule {
            kind,
            period,
            times: 1,
            organisation_kinds: kinds.to_vec(),
            with_committee_only: committee,
        };
        Self {
            rules: vec![
                rule(
                    PartyMeetingKind::BranchMemberMeeting,
                    MeetingPeriod::Quarter,
                    &BRANCHES,
                    false,
                ),
                rule(
                    PartyMeetingKind::BranchCommitteeMeeting,
                    MeetingPeriod::Month,
                    &BRANCHES,
                    true,
                ),
                rule(
                    PartyMeetingKind::PartyGroupMeeting,
                    MeetingPeriod::Month,
                    &[PartyOrganisationKind::BuildingGroup],
                    false,
                ),
                rule(
                    PartyMeetingKind::PartyLecture,
                    MeetingPeriod::Quarter,
                    &BRANCHES,
                    false,
                ),
            ],
        }
    }
}

impl MeetingRules {
    /// The rules that apply to an organisation of `kind` (with or without a committee).
    pub fn for_organisation(
        &self,
        kind: PartyOrganisationKind,
        has_committee: bool,
    ) -> impl Iterator<Item = &MeetingRule> {
        self.rules.iter().filter(move |r| {
            r.organisation_kinds.contains(&kind) && (has_committee || !r.with_committee_only)
        })
    }

    /// The earliest day any rule's current period starts, for one query over all of them.
    pub fn earliest_start(&self, today: NaiveDate) -> NaiveDate {
        self.rules
            .iter()
            .map(|r| r.period.containing(today).start)
            .min()
            .unwrap_or(today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn periods_are_calendar_months_and_quarters() {
        assert_eq!(
            MeetingPeriod::Month.containing(day(2026, 2, 14)),
            Period {
                start: day(2026, 2, 1),
                end: day(2026, 2, 28)
            }
        );
        assert_eq!(
            MeetingPeriod::Quarter.containing(day(2026, 11, 22)),
            Period {
                start: day(2026, 10, 1),
                end: day(2026, 12, 31)
            }
        );
        assert_eq!(
            MeetingPeriod::Quarter.containing(day(2026, 3, 31)).start,
            day(2026, 1, 1)
        );
    }

    #[test]
    fn the_default_follows_the_regulations() {
        let rules = MeetingRules::default();
        let kinds = |kind, committee| {
            rules
                .for_organisation(kind, committee)
                .map(|r| (r.kind, r.period))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kinds(PartyOrganisationKind::GridBranch, false),
            [
                (
                    PartyMeetingKind::BranchMemberMeeting,
                    MeetingPeriod::Quarter
                ),
                (PartyMeetingKind::PartyLecture, MeetingPeriod::Quarter)
            ]
        );
        assert_eq!(kinds(PartyOrganisationKind::GridBranch, true).len(), 3);
        assert_eq!(
            kinds(PartyOrganisationKind::BuildingGroup, false),
            [(PartyMeetingKind::PartyGroupMeeting, MeetingPeriod::Month)]
        );
        assert!(kinds(PartyOrganisationKind::CommunityCommittee, true).is_empty());
    }
}
