//! Enumerations of the events API, mirrored from the entities and the domain rules.

use async_graphql::Enum;

/// 一般 | 紧急 | 特急
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::Urgency")]
pub enum Urgency {
    Routine,
    Urgent,
    Emergency,
}

/// Where an event came from.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::EventSource")]
pub enum EventSource {
    /// 网格员巡查
    Patrol,
    /// 群众反映
    Resident,
    /// 12345 热线
    Hotline,
    /// 视频监控
    Video,
    /// 部门移交
    Department,
    /// 督查交办
    Supervision,
}

/// Where an event stands in the closed loop.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::EventStatus")]
pub enum EventStatus {
    /// 上报 — waiting to be accepted.
    Reported,
    /// 受理 — waiting to be handled locally, dispatched or escalated.
    Accepted,
    /// 派遣 — waiting for the department to sign for it.
    Dispatched,
    /// 处置中
    Handling,
    /// 处置完成 — waiting for verification.
    Done,
    /// 结案 — waiting for the revisit.
    Closed,
    /// 已回访
    Revisited,
    /// 归档
    Archived,
    /// 不予受理
    Rejected,
    /// 已合并
    Merged,
}

/// The timed phase of an open event.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::EventPhase")]
pub enum EventPhase {
    Accept,
    SignFor,
    Handle,
    Verify,
}

/// 一般事件 | 矛盾纠纷
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::EventFamily")]
pub enum EventFamily {
    General,
    Dispute,
}

/// Whether time limits count calendar hours or the tenant's working hours.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::TimeBasis")]
pub enum TimeBasis {
    Calendar,
    Working,
}

/// What happened to an event (history) or what a caller may do (available actions).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::EventAction")]
pub enum EventAction {
    Report,
    Accept,
    Reject,
    Merge,
    HandleLocally,
    Dispatch,
    Escalate,
    AutoEscalate,
    SignFor,
    Return,
    RequestExtension,
    ApproveExtension,
    RefuseExtension,
    Complete,
    Close,
    Rework,
    Revisit,
    Reopen,
    Archive,
    Supervise,
    ReplySupervision,
}

/// 满意 | 基本满意 | 不满意
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::Satisfaction")]
pub enum Satisfaction {
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::ExtensionStatus")]
pub enum ExtensionStatus {
    Pending,
    Approved,
    Refused,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::SupervisionKind")]
pub enum SupervisionKind {
    /// Raised by the scheduler when the event went red.
    Automatic,
    Manual,
}

/// 督办 | 黄牌督办 | 红牌督办
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::SupervisionCard")]
pub enum SupervisionCard {
    Normal,
    Yellow,
    Red,
}

/// 个体 | 一般群体性 | 重大群体性
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::DisputeScale")]
pub enum DisputeScale {
    Individual,
    Group,
    MajorGroup,
}

/// A dispute's risk colour 黄/橙/红.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::RiskColour")]
pub enum RiskColour {
    Yellow,
    Orange,
    Red,
}

/// 化解 | 未化解 | 转诉讼
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::DisputeOutcome")]
pub enum DisputeOutcome {
    Resolved,
    Failed,
    SentToCourt,
}

/// 人民调解 | 行政调解 | 司法调解
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::MediationMethod")]
pub enum MediationMethod {
    People,
    Administrative,
    Judicial,
}

/// What an event links to in the archives.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::EventLinkKind")]
pub enum EventLinkKind {
    Resident,
    House,
    Organisation,
}

/// A dispute party: a person or an organisation.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::PartyKind")]
pub enum DisputePartyKind {
    Person,
    Organisation,
}

/// 绿 | 黄 | 橙 | 红 — how much of its phase's time an open event has used (thresholds per
/// tenant; red is overdue).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "crate::domain::event_deadlines::WarningColour")]
pub enum WarningColour {
    Green,
    Yellow,
    Orange,
    Red,
}

/// The order of the event list.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Default)]
#[graphql(remote = "crate::service::events::listing::EventOrder")]
pub enum EventOrder {
    /// Most urgent first: red, orange, yellow, green, then events without a deadline; the
    /// nearest deadline first within a colour.
    #[default]
    Urgency,
    Newest,
    Oldest,
}
