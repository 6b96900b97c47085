//! The demo county's archives: buildings, houses, households and residents in two grids of
//! 青河社区 and one of 文昌社区, key-group memberships (one sensitive), and two grid teams — one
//! complete, one lacking its full-time worker. Written through the services, as a county admin.

use crate::access::{Access, Grant, Scope};
use crate::domain::id_card::with_check_character;
use crate::error::{AppError, AppResult};
use crate::pii::Vault;
use crate::service::archives::key_groups;
use crate::service::archives::placement;
use crate::service::archives::places::{self, BuildingInput, HouseInput};
use crate::service::archives::residents::{self, Home, ResidentInput};
use crate::service::archives::teams::{self, StaffInput};
use crate::tenancy::TenantTx;
use entities::enums::{
    Gender, HouseUse, HouseholdRelationship, ResidenceType, Role, TeamRole, TenantKind,
};
use entities::key_group;
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;

/// (grid code, building, unit, room, use, household number, members: (name, ID first 17, phone,
/// relationship, residence type))
type Member = (
    &'static str,
    &'static str,
    Option<&'static str>,
    HouseholdRelationship,
    ResidenceType,
);

/// (grid code, building, unit, room, use, household number, members)
type DemoHome = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    HouseUse,
    &'static str,
    &'static [Member],
);

const HOMES: &[DemoHome] = &[
    (
        "371599001001001",
        "1号楼",
        "1单元",
        "101",
        HouseUse::OwnerOccupied,
        "QH0001",
        &[
            (
                "张建国",
                "37159919580312001",
                Some("13805311234"),
                HouseholdRelationship::Head,
                ResidenceType::Registered,
            ),
            (
                "李秀英",
                "37159919600815002",
                None,
                HouseholdRelationship::Spouse,
                ResidenceType::Registered,
            ),
        ],
    ),
    (
        "371599001001001",
        "1号楼",
        "1单元",
        "102",
        HouseUse::Rented,
        "QH0002",
        &[
            (
                "王磊",
                "41010219900521003",
                Some("13912345678"),
                HouseholdRelationship::Head,
                ResidenceType::Floating,
            ),
            (
                "赵敏",
                "41010219920203004",
                Some("13698765432"),
                HouseholdRelationship::Spouse,
                ResidenceType::Floating,
            ),
        ],
    ),
    (
        "371599001001001",
        "1号楼",
        "2单元",
        "201",
        HouseUse::OwnerOccupied,
        "QH0003",
        &[(
            "刘淑兰",
            "37159919400107002",
            Some("05318888666"),
            HouseholdRelationship::Head,
            ResidenceType::Registered,
        )],
    ),
    (
        "371599001001001",
        "2号楼",
        "1单元",
        "301",
        HouseUse::OwnerOccupied,
        "QH0004",
        &[
            (
                "陈志强",
                "37159919781122005",
                Some("13705319876"),
                HouseholdRelationship::Head,
                ResidenceType::Registered,
            ),
            (
                "陈晓雨",
                "37159920100606002",
                None,
                HouseholdRelationship::Child,
                ResidenceType::Registered,
            ),
            (
                "周桂芳",
                "37159919801010006",
                None,
                HouseholdRelationship::Spouse,
                ResidenceType::Resident,
            ),
        ],
    ),
    (
        "371599001001002",
        "3号楼",
        "1单元",
        "101",
        HouseUse::OwnerOccupied,
        "QH0005",
        &[
            (
                "孙德胜",
                "37159919650218007",
                Some("15905311111"),
                HouseholdRelationship::Head,
                ResidenceType::Registered,
            ),
            (
                "孙丽",
                "37159919900909008",
                None,
                HouseholdRelationship::Child,
                ResidenceType::Registered,
            ),
        ],
    ),
    (
        "371599001002001",
        "文昌苑5号楼",
        "1单元",
        "501",
        HouseUse::OwnerOccupied,
        "WC0001",
        &[
            (
                "马文昌",
                "37159919720401009",
                Some("18653112345"),
                HouseholdRelationship::Head,
                ResidenceType::Registered,
            ),
            (
                "吴芳",
                "37159919750723000",
                None,
                HouseholdRelationship::Spouse,
                ResidenceType::Registered,
            ),
        ],
    ),
];

/// (ID first 17 of a member, key-group code, risk level)
const MEMBERSHIPS: &[(&str, &str, Option<i32>)] = &[
    ("37159919400107002", "LIVING_ALONE_ELDERLY", None),
    ("37159919580312001", "VETERAN", None),
    ("41010219900521003", "FLOATING", None),
    ("41010219920203004", "FLOATING", None),
    ("37159919781122005", "COMMUNITY_CORRECTION", None),
    ("37159919650218007", "SEVERE_MENTAL_ILLNESS", Some(2)),
];

/// (grid code, name, gender, birth year, phone, role)
const TEAM: &[(&str, &str, Gender, i32, &str, TeamRole)] = &[
    (
        "371599001001001",
        "郭春梅",
        Gender::Female,
        1982,
        "13853100001",
        TeamRole::GridLeader,
    ),
    (
        "371599001001001",
        "韩晓东",
        Gender::Male,
        1993,
        "13853100002",
        TeamRole::FullTimeWorker,
    ),
    (
        "371599001001001",
        "冯玉兰",
        Gender::Female,
        1968,
        "13853100003",
        TeamRole::BuildingLeader,
    ),
    (
        "371599001001001",
        "邓警官",
        Gender::Male,
        1985,
        "13853100004",
        TeamRole::CommunityPolice,
    ),
    (
        "371599001001002",
        "曹明",
        Gender::Male,
        1979,
        "13853100005",
        TeamRole::GridLeader,
    ),
];

pub async fn seed(
    conn: &TenantTx,
    vault: &Vault,
    tenant_id: Uuid,
    admin_id: Uuid,
) -> AppResult<()> {
    let access = Access {
        tenant_id,
        tenant_kind: TenantKind::County,
        user_id: admin_id,
        grants: vec![Grant {
            role: Role::CountyAdmin,
            scope: Scope::Tenant,
        }],
    };
    let region = async |code: &str| -> AppResult<Uuid> {
        placement::by_code(conn, code)
            .await?
            .map(|r| r.id)
            .ok_or(AppError::NotFound("region"))
    };
    let mut buildings: Vec<(String, Uuid)> = Vec::new();
    let mut people: Vec<(&str, Uuid)> = Vec::new();
    for (grid, building, unit, room, house_use, number, members) in HOMES {
        let grid_id = region(grid).await?;
        let building_id = match buildings.iter().find(|(name, _)| name == building) {
            Some((_, id)) => *id,
            None => {
                let b = places::create_building(
                    conn,
                    &access,
                    grid_id,
                    BuildingInput {
                        name: Some((*building).into()),
                        address: None,
                        floors: Some(6),
                        unit_count: Some(2),
                        center: None,
                    },
                )
                .await?;
                buildings.push(((*building).into(), b.id));
                b.id
            }
        };
        let house = places::create_house(
            conn,
            &access,
            building_id,
            HouseInput {
                unit: Some((*unit).into()),
                floor: room.get(..1).and_then(|f| f.parse().ok()),
                room: Some((*room).into()),
                house_use: Some(*house_use),
                area: Some(89.5),
            },
        )
        .await?;
        let household =
            places::create_household(conn, &access, number, Some(house.id), None).await?;
        for (name, id17, phone, relationship, residence_type) in *members {
            let id_card_no = with_check_character(id17)
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("bad demo ID number")))?;
            let resident = residents::create(
                conn,
                vault,
                &access,
                ResidentInput {
                    name: Some((*name).into()),
                    id_card_no: Some(id_card_no),
                    ethnicity: Some("汉族".into()),
                    phone: phone.map(Into::into),
                    residence_type: Some(*residence_type),
                    relationship: Some(*relationship),
                    ..Default::default()
                },
                Home {
                    household_id: Some(household.id),
                    ..Default::default()
                },
            )
            .await?;
            people.push((id17, resident.id));
        }
    }
    for (id17, code, risk) in MEMBERSHIPS {
        let Some((_, resident_id)) = people.iter().find(|(p, _)| p == id17) else {
            continue;
        };
        let group = conn
            .find::<key_group::Entity>()
            .filter(key_group::Column::Code.eq(*code))
            .one(conn)
            .await?
            .ok_or(AppError::NotFound("key group"))?;
        key_groups::add_member(
            conn,
            &access,
            key_groups::MembershipInput {
                resident_id: *resident_id,
                key_group_id: group.id,
                started_on: None,
                risk_level: *risk,
                note: None,
            },
        )
        .await?;
    }
    let community = region("371599001001").await?;
    for (grid, name, gender, birth_year, phone, role) in TEAM {
        let member = teams::create(
            conn,
            vault,
            &access,
            community,
            StaffInput {
                name: Some((*name).into()),
                gender: Some(*gender),
                birth_year: Some(*birth_year),
                phone: Some((*phone).into()),
                employment_type: Some("社区聘用".into()),
                ..Default::default()
            },
        )
        .await?;
        teams::assign(conn, &access, member.id, region(grid).await?, *role, None).await?;
    }
    super::party::seed(conn, vault, &access).await
}
