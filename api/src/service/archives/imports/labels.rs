//! The Chinese labels county staff write in spreadsheets, and the values they stand for. The
//! same labels are written by exports, so an export can be imported again.

use entities::enums::{
    Gender, HouseUse, HouseholdRelationship, PartyMemberStatus, PartyMemberType, PoliticalStatus,
    ResidenceType, ResidentStatus, TeamRole,
};

pub const GENDERS: &[(&str, Gender)] = &[("男", Gender::Male), ("女", Gender::Female)];

pub const RESIDENCE_TYPES: &[(&str, ResidenceType)] = &[
    ("户籍", ResidenceType::Registered),
    ("常住", ResidenceType::Resident),
    ("流动", ResidenceType::Floating),
    ("境外", ResidenceType::Overseas),
];

pub const RELATIONSHIPS: &[(&str, HouseholdRelationship)] = &[
    ("户主", HouseholdRelationship::Head),
    ("配偶", HouseholdRelationship::Spouse),
    ("子女", HouseholdRelationship::Child),
    ("父母", HouseholdRelationship::Parent),
    ("祖父母", HouseholdRelationship::Grandparent),
    ("孙子女", HouseholdRelationship::Grandchild),
    ("兄弟姐妹", HouseholdRelationship::Sibling),
    ("儿媳女婿", HouseholdRelationship::ChildInLaw),
    ("其他", HouseholdRelationship::Other),
];

pub const POLITICAL_STATUSES: &[(&str, PoliticalStatus)] = &[
    ("中共党员", PoliticalStatus::CpcMember),
    ("中共预备党员", PoliticalStatus::CpcProbationary),
    ("共青团员", PoliticalStatus::LeagueMember),
    ("民主党派", PoliticalStatus::DemocraticParty),
    ("无党派人士", PoliticalStatus::Nonpartisan),
    ("群众", PoliticalStatus::Masses),
];

pub const HOUSE_USES: &[(&str, HouseUse)] = &[
    ("自住", HouseUse::OwnerOccupied),
    ("出租", HouseUse::Rented),
    ("空置", HouseUse::Vacant),
    ("商用", HouseUse::Commercial),
];

pub const RESIDENT_STATUSES: &[(&str, ResidentStatus)] = &[
    ("在住", ResidentStatus::Living),
    ("已迁出", ResidentStatus::MovedOut),
    ("已故", ResidentStatus::Deceased),
];

pub const TEAM_ROLES: &[(&str, TeamRole)] = &[
    ("网格长", TeamRole::GridLeader),
    ("专职网格员", TeamRole::FullTimeWorker),
    ("兼职网格员", TeamRole::PartTimeWorker),
    ("网格信息员", TeamRole::InformationOfficer),
    ("楼栋长", TeamRole::BuildingLeader),
    ("单元长", TeamRole::UnitLeader),
    ("志愿者", TeamRole::Volunteer),
    ("人民调解员", TeamRole::Mediator),
    ("法律工作者", TeamRole::LegalWorker),
    ("社区民警", TeamRole::CommunityPolice),
    ("物业人员", TeamRole::PropertyStaff),
    ("下沉干部", TeamRole::SentDownCadre),
    ("两代表一委员", TeamRole::Deputy),
    ("执法队员", TeamRole::EnforcementOfficer),
];

pub const PARTY_MEMBER_STATUSES: &[(&str, PartyMemberStatus)] = &[
    ("正式党员", PartyMemberStatus::Full),
    ("预备党员", PartyMemberStatus::Probationary),
];

pub const PARTY_MEMBER_TYPES: &[(&str, PartyMemberType)] = &[
    ("在册", PartyMemberType::Registered),
    ("流动", PartyMemberType::Floating),
    ("离退休", PartyMemberType::Retired),
    ("在职", PartyMemberType::InService),
];

pub const YES_NO: &[(&str, bool)] = &[("是", true), ("否", false)];

/// The value a label stands for.
pub fn parse<T: Copy>(table: &[(&str, T)], label: &str) -> Option<T> {
    table
        .iter()
        .find(|(l, _)| *l == label.trim())
        .map(|(_, v)| *v)
}

/// The label of a value.
pub fn label<T: Copy + PartialEq>(table: &[(&'static str, T)], value: T) -> &'static str {
    table
        .iter()
        .find(|(_, v)| *v == value)
        .map(|(l, _)| *l)
        .unwrap_or("")
}

/// All labels, for an error message ("one of: 户籍、常住…").
pub fn choices<T>(table: &[(&str, T)]) -> String {
    table.iter().map(|(l, _)| *l).collect::<Vec<_>>().join("、")
}
