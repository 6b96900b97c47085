//! Enumerations stored as short strings, so that both back ends hold the same values.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Whether a tenant is the platform itself or a county.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TenantKind {
    /// 平台 — the operator's own tenant; holds operator accounts and no business data.
    #[sea_orm(string_value = "platform")]
    Platform,
    /// 区/县 — a county government.
    #[sea_orm(string_value = "county")]
    County,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TenantStatus {
    #[sea_orm(string_value = "active")]
    Active,
    #[sea_orm(string_value = "suspended")]
    Suspended,
}

/// The levels of the region tree (domain.md §2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum RegionKind {
    /// 区/县
    #[sea_orm(string_value = "county")]
    County,
    /// 街道/乡镇
    #[sea_orm(string_value = "street")]
    Street,
    /// 社区/村
    #[sea_orm(string_value = "community")]
    Community,
    /// 网格
    #[sea_orm(string_value = "grid")]
    Grid,
    /// 微网格
    #[sea_orm(string_value = "micro_grid")]
    MicroGrid,
}

/// 基础网格 | 专属网格
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum GridKind {
    #[sea_orm(string_value = "basic")]
    Basic,
    #[sea_orm(string_value = "exclusive")]
    Exclusive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum UserStatus {
    #[sea_orm(string_value = "active")]
    Active,
    #[sea_orm(string_value = "disabled")]
    Disabled,
}

/// The roles of domain.md §12.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum Role {
    #[sea_orm(string_value = "platform_operator")]
    PlatformOperator,
    #[sea_orm(string_value = "county_admin")]
    CountyAdmin,
    #[sea_orm(string_value = "street_admin")]
    StreetAdmin,
    #[sea_orm(string_value = "community_staff")]
    CommunityStaff,
    #[sea_orm(string_value = "grid_worker")]
    GridWorker,
    #[sea_orm(string_value = "party_branch")]
    PartyBranch,
    #[sea_orm(string_value = "department")]
    Department,
    #[sea_orm(string_value = "leader")]
    Leader,
    #[sea_orm(string_value = "integrator")]
    Integrator,
}

/// What a role assignment's scope node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum ScopeKind {
    /// The whole tenant (`scope_id` is the tenant id).
    #[sea_orm(string_value = "tenant")]
    Tenant,
    #[sea_orm(string_value = "region")]
    Region,
    #[sea_orm(string_value = "department")]
    Department,
    #[sea_orm(string_value = "party_organisation")]
    PartyOrganisation,
}

/// Levels and kinds of party organisation (domain.md §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum PartyOrganisationKind {
    /// 街道党工委
    #[sea_orm(string_value = "street_committee")]
    StreetCommittee,
    /// 社区党委/党总支
    #[sea_orm(string_value = "community_committee")]
    CommunityCommittee,
    /// 网格党支部
    #[sea_orm(string_value = "grid_branch")]
    GridBranch,
    /// 楼栋党小组
    #[sea_orm(string_value = "building_group")]
    BuildingGroup,
    /// 党总支
    #[sea_orm(string_value = "general_branch")]
    GeneralBranch,
    /// 党员中心户
    #[sea_orm(string_value = "centre_household")]
    CentreHousehold,
    /// 企业党支部 (functional)
    #[sea_orm(string_value = "enterprise_branch")]
    EnterpriseBranch,
    /// 社会组织党支部 (functional)
    #[sea_orm(string_value = "social_org_branch")]
    SocialOrganisationBranch,
    /// 联合党支部 — several small units together (at most 5)
    #[sea_orm(string_value = "joint_branch")]
    JointBranch,
}

// ---- Archives (domain.md §2–4, §6) ----

/// 性别
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Gender {
    /// 男
    #[sea_orm(string_value = "male")]
    Male,
    /// 女
    #[sea_orm(string_value = "female")]
    Female,
}

/// 居住类型 (domain.md §3).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum ResidenceType {
    /// 户籍人口
    #[sea_orm(string_value = "registered")]
    Registered,
    /// 常住人口 (not registered here)
    #[sea_orm(string_value = "resident")]
    Resident,
    /// 流动人口
    #[sea_orm(string_value = "floating")]
    Floating,
    /// 境外人员
    #[sea_orm(string_value = "overseas")]
    Overseas,
}

/// 与户主关系
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum HouseholdRelationship {
    /// 户主
    #[sea_orm(string_value = "head")]
    Head,
    /// 配偶
    #[sea_orm(string_value = "spouse")]
    Spouse,
    /// 子女
    #[sea_orm(string_value = "child")]
    Child,
    /// 父母
    #[sea_orm(string_value = "parent")]
    Parent,
    /// 祖父母/外祖父母
    #[sea_orm(string_value = "grandparent")]
    Grandparent,
    /// 孙子女/外孙子女
    #[sea_orm(string_value = "grandchild")]
    Grandchild,
    /// 兄弟姐妹
    #[sea_orm(string_value = "sibling")]
    Sibling,
    /// 儿媳/女婿
    #[sea_orm(string_value = "child_in_law")]
    ChildInLaw,
    /// 其他
    #[sea_orm(string_value = "other")]
    Other,
}

/// Whether the person still lives in the county.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum ResidentStatus {
    /// 在住
    #[sea_orm(string_value = "living")]
    Living,
    /// 已迁出
    #[sea_orm(string_value = "moved_out")]
    MovedOut,
    /// 已故
    #[sea_orm(string_value = "deceased")]
    Deceased,
}

/// 政治面貌
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum PoliticalStatus {
    /// 中共党员
    #[sea_orm(string_value = "cpc_member")]
    CpcMember,
    /// 中共预备党员
    #[sea_orm(string_value = "cpc_probationary")]
    CpcProbationary,
    /// 共青团员
    #[sea_orm(string_value = "league_member")]
    LeagueMember,
    /// 民主党派
    #[sea_orm(string_value = "democratic_party")]
    DemocraticParty,
    /// 无党派人士
    #[sea_orm(string_value = "nonpartisan")]
    Nonpartisan,
    /// 群众
    #[sea_orm(string_value = "masses")]
    Masses,
}

/// 房屋用途 (domain.md §2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum HouseUse {
    /// 自住
    #[sea_orm(string_value = "owner_occupied")]
    OwnerOccupied,
    /// 出租 — tracked
    #[sea_orm(string_value = "rented")]
    Rented,
    /// 空置
    #[sea_orm(string_value = "vacant")]
    Vacant,
    /// 商用
    #[sea_orm(string_value = "commercial")]
    Commercial,
}

/// Organisations in the area (domain.md §4).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum OrganisationKind {
    /// 驻区单位
    #[sea_orm(string_value = "resident_unit")]
    ResidentUnit,
    /// 企业
    #[sea_orm(string_value = "enterprise")]
    Enterprise,
    /// 社会组织
    #[sea_orm(string_value = "social_organisation")]
    SocialOrganisation,
    /// 物业公司
    #[sea_orm(string_value = "property_company")]
    PropertyCompany,
    /// 业委会
    #[sea_orm(string_value = "owners_committee")]
    OwnersCommittee,
    /// 共驻共建单位
    #[sea_orm(string_value = "co_building_unit")]
    CoBuildingUnit,
    /// 学校
    #[sea_orm(string_value = "school")]
    School,
    /// 重点场所 (with a risk category)
    #[sea_orm(string_value = "key_place")]
    KeyPlace,
}

/// 关怀等级 of a key group.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum CareLevel {
    /// 一般
    #[sea_orm(string_value = "routine")]
    Routine,
    /// 关注
    #[sea_orm(string_value = "attention")]
    Attention,
    /// 重点
    #[sea_orm(string_value = "key")]
    Key,
}

/// Grid-team roles (domain.md §6).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum TeamRole {
    /// 网格长
    #[sea_orm(string_value = "grid_leader")]
    GridLeader,
    /// 专职网格员
    #[sea_orm(string_value = "full_time_worker")]
    FullTimeWorker,
    /// 兼职网格员
    #[sea_orm(string_value = "part_time_worker")]
    PartTimeWorker,
    /// 网格信息员
    #[sea_orm(string_value = "information_officer")]
    InformationOfficer,
    /// 楼栋长
    #[sea_orm(string_value = "building_leader")]
    BuildingLeader,
    /// 单元长
    #[sea_orm(string_value = "unit_leader")]
    UnitLeader,
    /// 志愿者
    #[sea_orm(string_value = "volunteer")]
    Volunteer,
    /// 人民调解员
    #[sea_orm(string_value = "mediator")]
    Mediator,
    /// 法律工作者
    #[sea_orm(string_value = "legal_worker")]
    LegalWorker,
    /// 社区民警
    #[sea_orm(string_value = "community_police")]
    CommunityPolice,
    /// 物业人员
    #[sea_orm(string_value = "property_staff")]
    PropertyStaff,
    /// 下沉干部
    #[sea_orm(string_value = "sent_down_cadre")]
    SentDownCadre,
    /// 两代表一委员
    #[sea_orm(string_value = "deputy")]
    Deputy,
    /// 执法队员
    #[sea_orm(string_value = "enforcement_officer")]
    EnforcementOfficer,
}

/// Whether a staff member still serves.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum StaffStatus {
    /// 在岗
    #[sea_orm(string_value = "active")]
    Active,
    /// 离岗
    #[sea_orm(string_value = "left")]
    Left,
}

/// An entry of a resident's timeline.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum MoveKind {
    /// entered in the archive
    #[sea_orm(string_value = "registered")]
    Registered,
    /// 迁入 from outside the county
    #[sea_orm(string_value = "moved_in")]
    MovedIn,
    /// moved to another house or grid of the county
    #[sea_orm(string_value = "moved_within")]
    MovedWithin,
    /// 迁出 — left the county
    #[sea_orm(string_value = "moved_out")]
    MovedOut,
    /// 死亡
    #[sea_orm(string_value = "deceased")]
    Deceased,
}

/// What an import file holds.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum ImportKind {
    /// 居民
    #[sea_orm(string_value = "residents")]
    Residents,
    /// 房屋与户
    #[sea_orm(string_value = "houses")]
    Houses,
    /// 网格队伍
    #[sea_orm(string_value = "staff")]
    Staff,
    /// 党员
    #[sea_orm(string_value = "party_members")]
    PartyMembers,
}

/// Where an import job is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum ImportStatus {
    /// waiting to start
    #[sea_orm(string_value = "queued")]
    Queued,
    /// validating or writing
    #[sea_orm(string_value = "running")]
    Running,
    /// validated, and written unless a dry run
    #[sea_orm(string_value = "succeeded")]
    Succeeded,
    /// rows had errors (nothing written) or the file could not be read
    #[sea_orm(string_value = "failed")]
    Failed,
}

// ---- Party archives (domain.md §5) ----

/// 正式党员 | 预备党员
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum PartyMemberStatus {
    #[sea_orm(string_value = "probationary")]
    Probationary,
    #[sea_orm(string_value = "full")]
    Full,
}

/// How a member belongs to the community's party organisation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum PartyMemberType {
    /// 在册党员
    #[sea_orm(string_value = "registered")]
    Registered,
    /// 流动党员, with where from and where to
    #[sea_orm(string_value = "floating")]
    Floating,
    /// 离退休党员
    #[sea_orm(string_value = "retired")]
    Retired,
    /// 在职党员"双报到": works elsewhere, reports to the community
    #[sea_orm(string_value = "in_service")]
    InService,
}

/// A line of a member's organisation history.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum PartyTransferKind {
    /// First recorded here (joined the party, or archived for the first time).
    #[sea_orm(string_value = "joined")]
    Joined,
    /// 转入 from outside the county
    #[sea_orm(string_value = "transfer_in")]
    TransferIn,
    /// Between two organisations of the county
    #[sea_orm(string_value = "transfer")]
    Transfer,
    /// 转出 to outside the county
    #[sea_orm(string_value = "transfer_out")]
    TransferOut,
}

/// 书记 | 副书记 | 委员
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum PartyOfficerRole {
    #[sea_orm(string_value = "secretary")]
    Secretary,
    #[sea_orm(string_value = "deputy_secretary")]
    DeputySecretary,
    #[sea_orm(string_value = "committee_member")]
    CommitteeMember,
}

/// "三会一课" and theme party days.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum PartyMeetingKind {
    /// 支部党员大会
    #[sea_orm(string_value = "branch_member_meeting")]
    BranchMemberMeeting,
    /// 支部委员会
    #[sea_orm(string_value = "branch_committee_meeting")]
    BranchCommitteeMeeting,
    /// 党小组会
    #[sea_orm(string_value = "party_group_meeting")]
    PartyGroupMeeting,
    /// 党课
    #[sea_orm(string_value = "party_lecture")]
    PartyLecture,
    /// 主题党日
    #[sea_orm(string_value = "theme_party_day")]
    ThemePartyDay,
}

/// 出席 | 缺席 | 请假
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Attendance {
    #[sea_orm(string_value = "present")]
    Present,
    #[sea_orm(string_value = "absent")]
    Absent,
    #[sea_orm(string_value = "excused")]
    Excused,
}

/// 优秀 | 合格 | 基本合格 | 不合格 — democratic evaluation and commitment evaluation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum EvaluationGrade {
    #[sea_orm(string_value = "excellent")]
    Excellent,
    #[sea_orm(string_value = "qualified")]
    Qualified,
    #[sea_orm(string_value = "basically_qualified")]
    BasicallyQualified,
    #[sea_orm(string_value = "unqualified")]
    Unqualified,
}

/// Which family an event category belongs to: disputes (矛盾纠纷) carry a dispute record.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum EventFamily {
    #[sea_orm(string_value = "general")]
    General,
    #[sea_orm(string_value = "dispute")]
    Dispute,
}

/// Whether a category's time limits count calendar hours or the tenant's working hours.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TimeBasis {
    #[sea_orm(string_value = "calendar")]
    Calendar,
    #[sea_orm(string_value = "working")]
    Working,
}

/// 一般 | 紧急 | 特急
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Urgency {
    #[sea_orm(string_value = "routine")]
    Routine,
    #[sea_orm(string_value = "urgent")]
    Urgent,
    #[sea_orm(string_value = "emergency")]
    Emergency,
}

/// Where an event came from (domain.md §7).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum EventSource {
    /// 网格员巡查
    #[sea_orm(string_value = "patrol")]
    Patrol,
    /// 群众反映 (phone, WeChat, app, web)
    #[sea_orm(string_value = "resident")]
    Resident,
    /// 12345 热线
    #[sea_orm(string_value = "hotline")]
    Hotline,
    /// 视频监控
    #[sea_orm(string_value = "video")]
    Video,
    /// 部门移交
    #[sea_orm(string_value = "department")]
    Department,
    /// 督查交办
    #[sea_orm(string_value = "supervision")]
    Supervision,
}

/// The states of the closed loop (domain.md §7); `api/src/domain/event_machine.rs` holds the
/// transitions.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum EventStatus {
    /// 上报 — waiting to be accepted.
    #[sea_orm(string_value = "reported")]
    Reported,
    /// 受理 — accepted at its level, waiting to be handled there, dispatched or escalated.
    #[sea_orm(string_value = "accepted")]
    Accepted,
    /// 派遣 — dispatched to a department, waiting for it to sign for it.
    #[sea_orm(string_value = "dispatched")]
    Dispatched,
    /// 处置中
    #[sea_orm(string_value = "handling")]
    Handling,
    /// 处置完成 — waiting for verification.
    #[sea_orm(string_value = "done")]
    Done,
    /// 结案 — waiting for the revisit.
    #[sea_orm(string_value = "closed")]
    Closed,
    /// 已回访
    #[sea_orm(string_value = "revisited")]
    Revisited,
    /// 归档销号
    #[sea_orm(string_value = "archived")]
    Archived,
    /// 不予受理
    #[sea_orm(string_value = "rejected")]
    Rejected,
    /// 已合并 into another event.
    #[sea_orm(string_value = "merged")]
    Merged,
}

/// The timed phases of an open event.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum EventPhase {
    /// 受理/响应 — from report until handled, dispatched (or escalated: it starts again).
    #[sea_orm(string_value = "accept")]
    Accept,
    /// 签收 — a department's sign-for ("报到").
    #[sea_orm(string_value = "sign_for")]
    SignFor,
    /// 处置
    #[sea_orm(string_value = "handle")]
    Handle,
    /// 核查
    #[sea_orm(string_value = "verify")]
    Verify,
}

/// What happened to an event: one history entry each.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum EventAction {
    #[sea_orm(string_value = "report")]
    Report,
    #[sea_orm(string_value = "accept")]
    Accept,
    #[sea_orm(string_value = "reject")]
    Reject,
    #[sea_orm(string_value = "merge")]
    Merge,
    /// 网格自办 (or handled at whatever level holds it).
    #[sea_orm(string_value = "handle_locally")]
    HandleLocally,
    #[sea_orm(string_value = "dispatch")]
    Dispatch,
    #[sea_orm(string_value = "escalate")]
    Escalate,
    /// The scheduler escalated it after the red grace.
    #[sea_orm(string_value = "auto_escalate")]
    AutoEscalate,
    #[sea_orm(string_value = "sign_for")]
    SignFor,
    #[sea_orm(string_value = "return")]
    Return,
    #[sea_orm(string_value = "request_extension")]
    RequestExtension,
    #[sea_orm(string_value = "approve_extension")]
    ApproveExtension,
    #[sea_orm(string_value = "refuse_extension")]
    RefuseExtension,
    #[sea_orm(string_value = "complete")]
    Complete,
    #[sea_orm(string_value = "close")]
    Close,
    #[sea_orm(string_value = "rework")]
    Rework,
    #[sea_orm(string_value = "revisit")]
    Revisit,
    #[sea_orm(string_value = "reopen")]
    Reopen,
    #[sea_orm(string_value = "archive")]
    Archive,
    #[sea_orm(string_value = "supervise")]
    Supervise,
    #[sea_orm(string_value = "reply_supervision")]
    ReplySupervision,
}

/// 满意 | 基本满意 | 不满意
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum Satisfaction {
    #[sea_orm(string_value = "satisfied")]
    Satisfied,
    #[sea_orm(string_value = "basically_satisfied")]
    BasicallySatisfied,
    #[sea_orm(string_value = "dissatisfied")]
    Dissatisfied,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum ExtensionStatus {
    #[sea_orm(string_value = "pending")]
    Pending,
    #[sea_orm(string_value = "approved")]
    Approved,
    #[sea_orm(string_value = "refused")]
    Refused,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum SupervisionKind {
    /// Raised by the scheduler when the event went red.
    #[sea_orm(string_value = "automatic")]
    Automatic,
    #[sea_orm(string_value = "manual")]
    Manual,
}

/// 督办 | 黄牌督办 | 红牌督办
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum SupervisionCard {
    #[sea_orm(string_value = "normal")]
    Normal,
    #[sea_orm(string_value = "yellow")]
    Yellow,
    #[sea_orm(string_value = "red")]
    Red,
}

/// 个体 | 一般群体性 | 重大群体性
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum DisputeScale {
    #[sea_orm(string_value = "individual")]
    Individual,
    #[sea_orm(string_value = "group")]
    Group,
    #[sea_orm(string_value = "major_group")]
    MajorGroup,
}

/// A dispute's risk colour 黄/橙/红.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum RiskColour {
    #[sea_orm(string_value = "yellow")]
    Yellow,
    #[sea_orm(string_value = "orange")]
    Orange,
    #[sea_orm(string_value = "red")]
    Red,
}

/// 化解 | 未化解 | 转诉讼
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum DisputeOutcome {
    #[sea_orm(string_value = "resolved")]
    Resolved,
    #[sea_orm(string_value = "failed")]
    Failed,
    #[sea_orm(string_value = "sent_to_court")]
    SentToCourt,
}

/// 人民调解 | 行政调解 | 司法调解
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum MediationMethod {
    #[sea_orm(string_value = "people")]
    People,
    #[sea_orm(string_value = "administrative")]
    Administrative,
    #[sea_orm(string_value = "judicial")]
    Judicial,
}

/// What an event links to in the archives.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum EventLinkKind {
    #[sea_orm(string_value = "resident")]
    Resident,
    #[sea_orm(string_value = "house")]
    House,
    #[sea_orm(string_value = "organisation")]
    Organisation,
}

/// A dispute party: a person or an organisation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum PartyKind {
    #[sea_orm(string_value = "person")]
    Person,
    #[sea_orm(string_value = "organisation")]
    Organisation,
}
