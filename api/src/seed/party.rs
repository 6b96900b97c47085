//! The demo county's party archives: 青河社区党委 (its term ending within 90 days), two grid
//! branches with members — residents linked to their resident records, a floating member and an
//! in-service member reporting to the community — a building party group, a secretary, a
//! meeting with attendance, points and a commitment. Written through the services.

use crate::access::Access;
use crate::domain::today;
use crate::error::{AppError, AppResult};
use crate::pii::Vault;
use crate::service::archives::placement;
use crate::service::party::activities::{self, PointsInput};
use crate::service::party::meetings::{self, MeetingInput};
use crate::service::party::members::{self, MemberInput};
use crate::service::party::organisations::{self, OfficerInput, OrganisationInput};
use crate::tenancy::TenantTx;
use chrono::{Days, NaiveDate};
use entities::enums::{
    Attendance, Gender, PartyMeetingKind, PartyMemberStatus, PartyMemberType, PartyOfficerRole,
    PartyOrganisationKind,
};
use entities::{party_organisation, resident};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter};
use uuid::Uuid;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(today)
}

pub async fn seed(conn: &TenantTx, vault: &Vault, access: &Access) -> AppResult<()> {
    let _tenant_id = access.tenant_id;
    let org = async |name: &str| -> AppResult<party_organisation::Model> {
        conn.find::<party_organisation::Entity>()
            .filter(party_organisation::Column::Name.eq(name))
            .one(conn)
            .await?
            .ok_or(AppError::NotFound("party organisation"))
    };
    let resident = async |name: &str| -> AppResult<Uuid> {
        conn.find::<resident::Entity>()
            .filter(resident::Column::Name.eq(name))
            .one(conn)
            .await?
            .map(|r| r.id)
            .ok_or(AppError::NotFound("resident"))
    };
    // The committee elected five years ago: its term ends within the 90-day notice.
    let committee = org("青河社区党委").await?;
    let term_end = today()
        .checked_add_days(Days::new(40))
        .unwrap_or_else(today);
    let mut m = committee.into_active_model();
    m.term_start = Set(term_end.checked_sub_months(chrono::Months::new(60)));
    m.term_end = Set(Some(term_end));
    let committee = conn.update(m).await?;
    let branch = org("青河社区第一网格党支部").await?;
    let grid2 = placement::by_code(conn, "371599001001002")
        .await?
        .ok_or(AppError::NotFound("region"))?;
    let branch2 = organisations::create(
        conn,
        access,
        Some(committee.id),
        OrganisationInput {
            kind: Some(PartyOrganisationKind::GridBranch),
            name: Some("青河社区第二网格党支部".into()),
            region_id: Some(grid2.id),
            ..Default::default()
        },
    )
    .await?;
    let group = organisations::create(
        conn,
        access,
        Some(branch.id),
        OrganisationInput {
            kind: Some(PartyOrganisationKind::BuildingGroup),
            name: Some("1号楼党小组".into()),
            ..Default::default()
        },
    )
    .await?;
    let resident_member = async |org: Uuid, name: &str, status, member_type, joined, centre| {
        members::create(
            conn,
            vault,
            access,
            org,
            MemberInput {
                resident_id: Some(resident(name).await?),
                status: Some(status),
                member_type: Some(member_type),
                joined_on: Some(joined),
                floating_from: (member_type == PartyMemberType::Floating)
                    .then(|| "山东省济南市历下区".to_string()),
                centre_household: Some(centre),
                ..Default::default()
            },
            None,
        )
        .await
    };
    use PartyMemberStatus::{Full, Probationary};
    use PartyMemberType::{Floating, Registered, Retired};
    let zhang = resident_member(branch.id, "张建国", Full, Retired, day(1978, 7, 1), false).await?;
    let li = resident_member(branch.id, "李秀英", Full, Retired, day(1985, 6, 20), false).await?;
    let wang = resident_member(branch.id, "王磊", Full, Floating, day(2012, 5, 4), false).await?;
    let zhao = resident_member(
        branch.id,
        "赵敏",
        Probationary,
        Registered,
        today()
            .checked_sub_months(chrono::Months::new(6))
            .unwrap_or_else(today),
        false,
    )
    .await?;
    let zhou = resident_member(group.id, "周桂芳", Full, Retired, day(2003, 7, 1), true).await?;
    let community = placement::by_code(conn, "371599001001")
        .await?
        .ok_or(AppError::NotFound("region"))?;
    members::create(
        conn,
        vault,
        access,
        branch.id,
        MemberInput {
            name: Some("赵志刚".into()),
            gender: Some(Gender::Male),
            status: Some(Full),
            member_type: Some(PartyMemberType::InService),
            joined_on: Some(day(2005, 7, 1)),
            work_unit: Some("青石县财政局".into()),
            reported_community_id: Some(community.id),
            ..Default::default()
        },
        None,
    )
    .await?;
    resident_member(branch2.id, "孙丽", Full, Registered, day(2010, 7, 1), false).await?;
    members::create(
        conn,
        vault,
        access,
        branch2.id,
        MemberInput {
            name: Some("钱伟".into()),
            gender: Some(Gender::Male),
            status: Some(Full),
            joined_on: Some(day(1999, 7, 1)),
            ..Default::default()
        },
        Some("济南市市中区七里山街道党工委".into()),
    )
    .await?;
    organisations::appoint(
        conn,
        access,
        OfficerInput {
            organisation_id: branch.id,
            member_id: zhang.id,
            role: PartyOfficerRole::Secretary,
            term_start: day(2024, 1, 1),
            term_end: None,
        },
    )
    .await?;
    let held_on = today().checked_sub_days(Days::new(3)).unwrap_or_else(today);
    meetings::record(
        conn,
        access,
        MeetingInput {
            organisation_id: branch.id,
            kind: PartyMeetingKind::BranchMemberMeeting,
            held_on,
            topic: "学习党的二十届四中全会精神".into(),
            notes: None,
            attendance: vec![
                (zhang.id, Attendance::Present),
                (li.id, Attendance::Present),
                (wang.id, Attendance::Excused),
                (zhao.id, Attendance::Present),
                (zhou.id, Attendance::Absent),
            ],
        },
    )
    .await?;
    for (member, points, hours, activity) in [
        (zhang.id, 10, 4.0, "社区环境整治志愿服务"),
        (li.id, 5, 2.0, "敬老院探访"),
        (zhou.id, 8, 3.0, "楼栋矛盾调解"),
    ] {
        activities::award_points(
            conn,
            access,
            member,
            PointsInput {
                awarded_on: Some(held_on),
                points,
                service_hours: Some(hours),
                activity: activity.into(),
                reason: None,
            },
        )
        .await?;
    }
    let year = today().format("%Y").to_string().parse().unwrap_or(2026);
    activities::create_commitment(
        conn,
        access,
        zhang.id,
        day(year, 1, 1),
        day(year, 12, 31),
        "每月走访网格内独居老人不少于4户",
    )
    .await?;
    Ok(())
}
