//! The branch regulations (《中国共产党支部工作条例》, domain.md Appendix A) as warnings: the
//! system points out what needs the county's attention; it never refuses to record reality.

use chrono::{Days, Months, NaiveDate};
use entities::enums::PartyOrganisationKind;

/// How far ahead a term's end is announced.
pub const TERM_NOTICE_DAYS: u64 = 90;
/// A community party organisation's term.
pub const COMMUNITY_TERM_YEARS: u32 = 5;

/// Stable codes of the regulation warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartyRuleCode {
    /// A branch has fewer than 3 full members.
    BranchTooFewFullMembers,
    /// More than 50 members: a general branch (党总支) is suggested.
    BranchSuggestGeneralBranch,
    /// More than 100 members: a party committee (党委) is suggested.
    BranchSuggestPartyCommittee,
    /// A joint branch covers more than 5 units.
    JointBranchTooManyUnits,
    /// 7 or more full members but no committee of at least 3.
    BranchCommitteeMissing,
    /// A branch committee of more than 5 (allowed up to 7).
    BranchCommitteeAboveFive,
    /// A branch committee of more than 7.
    BranchCommitteeTooLarge,
    /// The term ends within 90 days.
    TermEndingSoon,
    /// The term has ended and no new one is recorded.
    TermExpired,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartyRuleWarning {
    pub code: PartyRuleCode,
    pub message: String,
}

/// What the rules look at, for one organisation.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFacts {
    /// Members of the organisation and everything below it (a branch's party groups).
    pub members: i64,
    pub full_members: i64,
    /// Officers whose term is running.
    pub committee: i64,
    pub covered_units: Option<i32>,
    pub term_end: Option<NaiveDate>,
}

/// Kinds the branch regulations speak of.
pub fn is_branch(kind: PartyOrganisationKind) -> bool {
    matches!(
        kind,
        PartyOrganisationKind::GridBranch
            | PartyOrganisationKind::EnterpriseBranch
            | PartyOrganisationKind::SocialOrganisationBranch
            | PartyOrganisationKind::JointBranch
    )
}

/// Whether an organisation of `kind` may sit below one of `parent` (`None`: at the root).
pub fn may_nest(kind: PartyOrganisationKind, parent: Option<PartyOrganisationKind>) -> bool {
    use PartyOrganisationKind::*;
    match kind {
        StreetCommittee => parent.is_none(),
        CommunityCommittee | GeneralBranch => {
            matches!(parent, None | Some(StreetCommittee | CommunityCommittee))
        }
        GridBranch | EnterpriseBranch | SocialOrganisationBranch | JointBranch => matches!(
            parent,
            None | Some(StreetCommittee | CommunityCommittee | GeneralBranch)
        ),
        BuildingGroup => parent.is_some_and(|p| is_branch(p) || p == GeneralBranch),
        CentreHousehold => parent.is_some_and(|p| is_branch(p) || p == BuildingGroup),
    }
}

/// The default end of a term starting on `start`: community organisations serve 5 years.
pub fn default_term_end(kind: PartyOrganisationKind, start: NaiveDate) -> Option<NaiveDate> {
    match kind {
        PartyOrganisationKind::CommunityCommittee | PartyOrganisationKind::GeneralBranch => {
            start.checked_add_months(Months::new(12 * COMMUNITY_TERM_YEARS))
        }
        _ => None,
    }
}

/// Whether a term ending on `end` ends within the notice period from `today` (not yet ended).
pub fn term_ends_soon(end: NaiveDate, today: NaiveDate) -> bool {
    end >= today
        && today
            .checked_add_days(Days::new(TERM_NOTICE_DAYS))
            .is_some_and(|limit| end <= limit)
}

pub fn warnings(
    kind: PartyOrganisationKind,
    facts: &OrganisationFacts,
    today: NaiveDate,
) -> Vec<PartyRuleWarning> {
    let mut out = Vec::new();
    let mut warn = |code, message: String| out.push(PartyRuleWarning { code, message });
    if is_branch(kind) {
        if facts.full_members < 3 {
            warn(
                PartyRuleCode::BranchTooFewFullMembers,
                format!(
                    "党支部正式党员不少于3人，现有{}人 (a branch needs at least 3 full members)",
                    facts.full_members
                ),
            );
        }
        if facts.members > 100 {
            warn(
                PartyRuleCode::BranchSuggestPartyCommittee,
                format!("党员{}人，超过100人，可成立党委", facts.members),
            );
        } else if facts.members > 50 {
            warn(
                PartyRuleCode::BranchSuggestGeneralBranch,
                format!("党员{}人，超过50人，可成立党总支", facts.members),
            );
        }
        if facts.full_members >= 7 && facts.committee < 3 {
            warn(
                PartyRuleCode::BranchCommitteeMissing,
                format!(
                    "正式党员{}人（7人以上）应设支部委员会（3至5人），现有委员{}人",
                    facts.full_members, facts.committee
                ),
            );
        }
        if facts.committee > 7 {
            warn(
                PartyRuleCode::BranchCommitteeTooLarge,
                format!("支部委员会{}人，不超过7人", facts.committee),
            );
        } else if facts.committee > 5 {
            warn(
                PartyRuleCode::BranchCommitteeAboveFive,
                format!("支部委员会一般3至5人，现有{}人", facts.committee),
            );
        }
    }
    if kind == PartyOrganisationKind::JointBranch && facts.covered_units.is_some_and(|n| n > 5) {
        warn(
            PartyRuleCode::JointBranchTooManyUnits,
            format!(
                "联合党支部覆盖单位一般不超过5个，现有{}个",
                facts.covered_units.unwrap_or_default()
            ),
        );
    }
    if let Some(end) = facts.term_end {
        if end < today {
            warn(
                PartyRuleCode::TermExpired,
                format!("本届任期已于{end}届满，请及时换届"),
            );
        } else if term_ends_soon(end, today) {
            warn(
                PartyRuleCode::TermEndingSoon,
                format!("本届任期将于{end}届满（90天内），请做好换届准备"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use PartyOrganisationKind::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn codes(kind: PartyOrganisationKind, facts: OrganisationFacts) -> Vec<PartyRuleCode> {
        warnings(kind, &facts, day("2026-11-22"))
            .into_iter()
            .map(|w| w.code)
            .collect()
    }

    fn branch(members: i64, full: i64, committee: i64) -> OrganisationFacts {
        OrganisationFacts {
            members,
            full_members: full,
            committee,
            ..Default::default()
        }
    }

    #[test]
    fn a_branch_needs_three_full_members() {
        assert_eq!(
            codes(GridBranch, branch(4, 2, 0)),
            [PartyRuleCode::BranchTooFewFullMembers]
        );
        assert!(codes(GridBranch, branch(3, 3, 0)).is_empty());
        // Committees and party groups are not branches.
        assert!(codes(CommunityCommittee, branch(1, 1, 0)).is_empty());
    }

    #[test]
    fn large_branches_are_told_to_grow_up() {
        assert!(codes(GridBranch, branch(50, 6, 0)).is_empty());
        assert_eq!(
            codes(GridBranch, branch(51, 6, 0)),
            [PartyRuleCode::BranchSuggestGeneralBranch]
        );
        assert_eq!(
            codes(GridBranch, branch(101, 6, 0)),
            [PartyRuleCode::BranchSuggestPartyCommittee]
        );
    }

    #[test]
    fn seven_full_members_elect_a_committee_of_three_to_five_at_most_seven() {
        assert!(codes(GridBranch, branch(6, 6, 0)).is_empty());
        assert_eq!(
            codes(GridBranch, branch(7, 7, 2)),
            [PartyRuleCode::BranchCommitteeMissing]
        );
        assert!(codes(GridBranch, branch(7, 7, 5)).is_empty());
        assert_eq!(
            codes(GridBranch, branch(9, 9, 6)),
            [PartyRuleCode::BranchCommitteeAboveFive]
        );
        assert_eq!(
            codes(GridBranch, branch(9, 9, 8)),
            [PartyRuleCode::BranchCommitteeTooLarge]
        );
    }

    #[test]
    fn a_joint_branch_covers_at_most_five_units() {
        let facts = |units| OrganisationFacts {
            covered_units: Some(units),
            ..branch(5, 5, 0)
        };
        assert!(codes(JointBranch, facts(5)).is_empty());
        assert_eq!(
            codes(JointBranch, facts(6)),
            [PartyRuleCode::JointBranchTooManyUnits]
        );
    }

    #[test]
    fn terms_are_announced_ninety_days_ahead() {
        let term = |end| OrganisationFacts {
            term_end: Some(day(end)),
            ..Default::default()
        };
        assert_eq!(
            codes(CommunityCommittee, term("2027-02-20")),
            [PartyRuleCode::TermEndingSoon]
        );
        assert!(codes(CommunityCommittee, term("2027-02-21")).is_empty());
        assert_eq!(
            codes(CommunityCommittee, term("2026-11-21")),
            [PartyRuleCode::TermExpired]
        );
    }

    #[test]
    fn community_terms_last_five_years() {
        assert_eq!(
            default_term_end(CommunityCommittee, day("2026-03-01")),
            Some(day("2031-03-01"))
        );
        assert_eq!(default_term_end(GridBranch, day("2026-03-01")), None);
    }

    #[test]
    fn the_tree_nests_as_the_party_builds_it() {
        assert!(may_nest(StreetCommittee, None));
        assert!(!may_nest(StreetCommittee, Some(CommunityCommittee)));
        assert!(may_nest(GridBranch, Some(CommunityCommittee)));
        assert!(may_nest(BuildingGroup, Some(GridBranch)));
        assert!(!may_nest(BuildingGroup, None));
        assert!(may_nest(CentreHousehold, Some(BuildingGroup)));
        assert!(!may_nest(GridBranch, Some(BuildingGroup)));
    }
}
