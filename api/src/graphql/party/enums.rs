//! Enumerations of the party archives, mirrored from the entities and the domain rules.

use async_graphql::Enum;

/// Levels and kinds of party organisation (domain.md §5).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::PartyOrganisationKind")]
pub enum PartyOrganisationKind {
    /// 街道党工委
    StreetCommittee,
    /// 社区党委
    CommunityCommittee,
    /// 网格党支部
    GridBranch,
    /// 楼栋党小组
    BuildingGroup,
    /// 党总支
    GeneralBranch,
    /// 党员中心户
    CentreHousehold,
    /// 企业党支部
    EnterpriseBranch,
    /// 社会组织党支部
    SocialOrganisationBranch,
    /// 联合党支部 (at most 5 units)
    JointBranch,
}

/// 正式党员 | 预备党员
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::PartyMemberStatus")]
pub enum PartyMemberStatus {
    Probationary,
    Full,
}

/// 在册 | 流动 | 离退休 | 在职"双报到"
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::PartyMemberType")]
pub enum PartyMemberType {
    Registered,
    Floating,
    Retired,
    InService,
}

/// A line of a member's organisation history.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::PartyTransferKind")]
pub enum PartyTransferKind {
    /// First recorded here.
    Joined,
    /// 转入 from outside the county.
    TransferIn,
    /// Between two organisations of the county.
    Transfer,
    /// 转出 to outside the county.
    TransferOut,
}

/// 书记 | 副书记 | 委员
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::PartyOfficerRole")]
pub enum PartyOfficerRole {
    Secretary,
    DeputySecretary,
    CommitteeMember,
}

/// "三会一课" and theme party days.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::PartyMeetingKind")]
pub enum PartyMeetingKind {
    /// 支部党员大会
    BranchMemberMeeting,
    /// 支部委员会
    BranchCommitteeMeeting,
    /// 党小组会
    PartyGroupMeeting,
    /// 党课
    PartyLecture,
    /// 主题党日
    ThemePartyDay,
}

/// 出席 | 缺席 | 请假
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::Attendance")]
pub enum Attendance {
    Present,
    Absent,
    Excused,
}

/// 优秀 | 合格 | 基本合格 | 不合格
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::EvaluationGrade")]
pub enum EvaluationGrade {
    Excellent,
    Qualified,
    BasicallyQualified,
    Unqualified,
}

/// How often a required meeting recurs.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "crate::domain::party_meetings::MeetingPeriod")]
pub enum MeetingPeriod {
    Month,
    Quarter,
}

/// Stable codes of the branch-regulation warnings.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "crate::domain::party_rules::PartyRuleCode")]
pub enum PartyRuleCode {
    /// A branch has fewer than 3 full members.
    BranchTooFewFullMembers,
    /// More than 50 members: a general branch is suggested.
    BranchSuggestGeneralBranch,
    /// More than 100 members: a party committee is suggested.
    BranchSuggestPartyCommittee,
    /// A joint branch covers more than 5 units.
    JointBranchTooManyUnits,
    /// 7 or more full members without a committee of at least 3.
    BranchCommitteeMissing,
    /// A branch committee above the usual 5 (at most 7).
    BranchCommitteeAboveFive,
    /// A branch committee of more than 7.
    BranchCommitteeTooLarge,
    /// The term ends within 90 days.
    TermEndingSoon,
    /// The term has ended.
    TermExpired,
}
