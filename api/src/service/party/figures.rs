//! Party figures (counts only, `party:figures`) for an organisation's subtree or a region's:
//! members by status, type and age bracket, floating and in-service members, centre households,
//! meetings held against those required this period, and average points this year.

use super::meetings;
use super::scope::{self, FIGURES};
use crate::access::{Access, Permission};
use crate::domain::today;
use crate::error::AppResult;
use crate::service::archives::placement;
use crate::service::common::region_scope::subtree_condition;
use crate::tenancy::TenantTx;
use chrono::{Datelike, NaiveDate};
use entities::enums::{PartyMemberStatus, PartyMemberType};
use entities::{party_member, party_organisation, party_point_entry};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, QueryFilter, QuerySelect, QueryTrait};
use uuid::Uuid;

/// Age brackets of the party statistics: ≤35, 36–45, 46–54, 55–59, ≥60.
pub const AGE_BRACKETS: [(&str, u32, u32); 5] = [
    ("≤35", 0, 35),
    ("36–45", 36, 45),
    ("46–54", 46, 54),
    ("55–59", 55, 59),
    ("≥60", 60, u32::MAX),
];

#[derive(Debug, Clone, Default)]
pub struct PartyFigures {
    pub organisations: i64,
    pub members: i64,
    pub full_members: i64,
    pub probationary_members: i64,
    pub by_type: Vec<(PartyMemberType, i64)>,
    /// Counts per [`AGE_BRACKETS`] entry.
    pub by_age: [i64; 5],
    pub age_unknown: i64,
    pub floating: i64,
    pub in_service: i64,
    pub centre_households: i64,
    pub meetings_required: i64,
    pub meetings_held: i64,
    pub meetings_overdue: i64,
    /// Points per member this year (the ledger's sum over the members).
    pub average_points: f64,
}

fn age_on(birth: NaiveDate, today: NaiveDate) -> u32 {
    today.years_since(birth).unwrap_or(0)
}

fn bracket(age: u32) -> usize {
    AGE_BRACKETS
        .iter()
        .position(|(_, low, high)| (*low..=*high).contains(&age))
        .unwrap_or(AGE_BRACKETS.len() - 1)
}

/// Figures of the organisations matching `orgs` and their current members matching `members`.
async fn compute(
    conn: &TenantTx,
    tenant_id: Uuid,
    orgs: Condition,
    members: Condition,
) -> AppResult<PartyFigures> {
    let today = today();
    let rows: Vec<(PartyMemberStatus, PartyMemberType, bool, Option<NaiveDate>)> = conn
        .find::<party_member::Entity>()
        .filter(members.clone())
        .filter(party_member::Column::LeftOn.is_null())
        .select_only()
        .column(party_member::Column::Status)
        .column(party_member::Column::MemberType)
        .column(party_member::Column::CentreHousehold)
        .column(party_member::Column::BirthDate)
        .into_tuple()
        .all(conn)
        .await?;
    let mut f = PartyFigures {
        members: rows.len() as i64,
        ..Default::default()
    };
    for (status, member_type, centre, birth) in &rows {
        match status {
            PartyMemberStatus::Full => f.full_members += 1,
            PartyMemberStatus::Probationary => f.probationary_members += 1,
        }
        match f.by_type.iter_mut().find(|(t, _)| t == member_type) {
            Some((_, n)) => *n += 1,
            None => f.by_type.push((*member_type, 1)),
        }
        match member_type {
            PartyMemberType::Floating => f.floating += 1,
            PartyMemberType::InService => f.in_service += 1,
            _ => {}
        }
        if *centre {
            f.centre_households += 1;
        }
        match birth {
            Some(b) => f.by_age[bracket(age_on(*b, today))] += 1,
            None => f.age_unknown += 1,
        }
    }
    f.by_type.sort_by_key(|(t, _)| format!("{t:?}"));
    let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let points: Option<i64> = conn
        .find::<party_point_entry::Entity>()
        .filter(
            party_point_entry::Column::MemberId.in_subquery(
                conn.find::<party_member::Entity>()
                    .filter(members)
                    .filter(party_member::Column::LeftOn.is_null())
                    .select_only()
                    .column(party_member::Column::Id)
                    .into_query(),
            ),
        )
        .filter(party_point_entry::Column::AwardedOn.gte(year_start))
        .select_only()
        .column_as(Expr::col(party_point_entry::Column::Points).sum(), "s")
        .into_tuple::<Option<i64>>()
        .one(conn)
        .await?
        .flatten();
    if f.members > 0 {
        f.average_points = points.unwrap_or(0) as f64 / f.members as f64;
    }
    let orgs = conn
        .find::<party_organisation::Entity>()
        .filter(orgs)
        .all(conn)
        .await?;
    f.organisations = orgs.len() as i64;
    for due in meetings::due(conn, tenant_id, orgs, today).await? {
        let times = i64::from(due.rule.times);
        f.meetings_required += times;
        f.meetings_held += std::cmp::min(due.held, times);
        if !due.is_met() {
            f.meetings_overdue += 1;
        }
    }
    Ok(f)
}

/// Figures of an organisation and everything below it.
pub async fn of_organisation(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
) -> AppResult<PartyFigures> {
    let org = scope::organisation(conn, access, FIGURES, id).await?;
    compute(
        conn,
        access.tenant_id,
        Condition::all().add(party_organisation::Column::Path.starts_with(&org.path)),
        Condition::all()
            .add(party_member::Column::OrganisationId.in_subquery(scope::subtree_of(&org))),
    )
    .await
}

/// Figures of a region's subtree, within the caller's party reach: members placed in the
/// subtree (where their organisation serves), organisations serving it.
pub async fn of_region(
    conn: &TenantTx,
    access: &Access,
    region_id: Uuid,
) -> AppResult<PartyFigures> {
    let reach = access.party_reach(FIGURES)?;
    let region =
        placement::readable_region(conn, access, Permission::RegionRead, region_id).await?;
    compute(
        conn,
        access.tenant_id,
        Condition::all()
            .add(scope::organisation_condition(&reach))
            .add(subtree_condition::<party_organisation::Entity>(
                region.kind,
                region.id,
            )),
        Condition::all()
            .add(scope::member_condition(access.tenant_id, &reach))
            .add(subtree_condition::<party_member::Entity>(
                region.kind,
                region.id,
            )),
    )
    .await
}

/// Current party members placed in a region's subtree, within the caller's party reach; `None`
/// when the caller may not see party figures there.
/// Current party members placed in `region`'s subtree within the caller's `party:figures`
/// reach; `None` without it.
pub fn members_in_region_query(
    conn: &TenantTx,
    access: &Access,
    region: &entities::region::Model,
) -> Option<sea_orm::Select<party_member::Entity>> {
    let reach = access.party_reach(FIGURES).ok()?;
    Some(
        conn.find::<party_member::Entity>()
            .filter(scope::member_condition(access.tenant_id, &reach))
            .filter(subtree_condition::<party_member::Entity>(
                region.kind,
                region.id,
            ))
            .filter(party_member::Column::LeftOn.is_null()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_fall_into_the_statistics_brackets() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let today = day(2026, 11, 22);
        assert_eq!(bracket(age_on(day(1991, 11, 22), today)), 0); // 35
        assert_eq!(bracket(age_on(day(1990, 11, 22), today)), 1); // 36
        assert_eq!(bracket(age_on(day(1980, 11, 23), today)), 1); // 45, 46 tomorrow
        assert_eq!(bracket(age_on(day(1980, 11, 22), today)), 2); // 46
        assert_eq!(bracket(age_on(day(1967, 11, 22), today)), 3); // 59
        assert_eq!(bracket(age_on(day(1966, 11, 22), today)), 4); // 60
    }
}
