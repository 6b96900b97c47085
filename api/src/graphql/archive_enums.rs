//! Enumerations of the archives, mirrored from the entities.

use async_graphql::Enum;

/// 性别
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::Gender")]
pub enum Gender {
    /// 男
    Male,
    /// 女
    Female,
}

/// 居住类型 (domain.md §3).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::ResidenceType")]
pub enum ResidenceType {
    /// 户籍人口
    Registered,
    /// 常住人口 (not registered here)
    Resident,
    /// 流动人口
    Floating,
    /// 境外人员
    Overseas,
}

/// 与户主关系
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::HouseholdRelationship")]
pub enum HouseholdRelationship {
    /// 户主
    Head,
    /// 配偶
    Spouse,
    /// 子女
    Child,
    /// 父母
    Parent,
    /// 祖父母/外祖父母
    Grandparent,
    /// 孙子女/外孙子女
    Grandchild,
    /// 兄弟姐妹
    Sibling,
    /// 儿媳/女婿
    ChildInLaw,
    /// 其他
    Other,
}

/// Whether the person still lives in the county.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::ResidentStatus")]
pub enum ResidentStatus {
    /// 在住
    Living,
    /// 已迁出
    MovedOut,
    /// 已故
    Deceased,
}

/// 政治面貌
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::PoliticalStatus")]
pub enum PoliticalStatus {
    /// 中共党员
    CpcMember,
    /// 中共预备党员
    CpcProbationary,
    /// 共青团员
    LeagueMember,
    /// 民主党派
    DemocraticParty,
    /// 无党派人士
    Nonpartisan,
    /// 群众
    Masses,
}

/// 房屋用途 (domain.md §2).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::HouseUse")]
pub enum HouseUse {
    /// 自住
    OwnerOccupied,
    /// 出租 — tracked
    Rented,
    /// 空置
    Vacant,
    /// 商用
    Commercial,
}

/// Organisations in the area (domain.md §4).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::OrganisationKind")]
pub enum OrganisationKind {
    /// 驻区单位
    ResidentUnit,
    /// 企业
    Enterprise,
    /// 社会组织
    SocialOrganisation,
    /// 物业公司
    PropertyCompany,
    /// 业委会
    OwnersCommittee,
    /// 共驻共建单位
    CoBuildingUnit,
    /// 学校
    School,
    /// 重点场所 (with a risk category)
    KeyPlace,
}

/// 关怀等级 of a key group.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::CareLevel")]
pub enum CareLevel {
    /// 一般
    Routine,
    /// 关注
    Attention,
    /// 重点
    Key,
}

/// Grid-team roles (domain.md §6).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::TeamRole")]
pub enum TeamRole {
    /// 网格长
    GridLeader,
    /// 专职网格员
    FullTimeWorker,
    /// 兼职网格员
    PartTimeWorker,
    /// 网格信息员
    InformationOfficer,
    /// 楼栋长
    BuildingLeader,
    /// 单元长
    UnitLeader,
    /// 志愿者
    Volunteer,
    /// 人民调解员
    Mediator,
    /// 法律工作者
    LegalWorker,
    /// 社区民警
    CommunityPolice,
    /// 物业人员
    PropertyStaff,
    /// 下沉干部
    SentDownCadre,
    /// 两代表一委员
    Deputy,
    /// 执法队员
    EnforcementOfficer,
}

/// Whether a staff member still serves.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::StaffStatus")]
pub enum StaffStatus {
    /// 在岗
    Active,
    /// 离岗
    Left,
}

/// An entry of a resident's timeline.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::MoveKind")]
pub enum MoveKind {
    /// entered in the archive
    Registered,
    /// 迁入 from outside the county
    MovedIn,
    /// moved to another house or grid of the county
    MovedWithin,
    /// 迁出 — left the county
    MovedOut,
    /// 死亡
    Deceased,
}

/// What an import file holds.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::ImportKind")]
pub enum ImportKind {
    /// 居民
    Residents,
    /// 房屋与户
    Houses,
    /// 网格队伍
    Staff,
    /// 党员
    PartyMembers,
}

/// Where an import job is.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entities::enums::ImportStatus")]
pub enum ImportStatus {
    /// waiting to start
    Queued,
    /// validating or writing
    Running,
    /// validated, and written unless a dry run
    Succeeded,
    /// rows had errors (nothing written) or the file could not be read
    Failed,
}
