//! What members do and how they are judged: commitments (承诺践诺) with progress notes and the
//! branch's evaluation, the points ledger (积分) with balances and rankings, and the yearly
//! democratic evaluation (民主评议).

use super::scope::{self, READ, WRITE, place_of};
use crate::access::Access;
use crate::domain::{UserError, UserErrorCode, today};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::optional_text;
use crate::service::common::input::reject_if_any;
use crate::service::common::versioned;
use crate::tenancy::TenantTx;
use chrono::{Datelike, NaiveDate, Utc};
use entities::enums::EvaluationGrade;
use entities::{
    party_commitment, party_commitment_note, party_evaluation, party_member, party_point_entry,
};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, FromQueryResult, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use uuid::Uuid;

/// A date range, both ends included; `None` ends are open.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// A member the caller may change (`party:write` on their organisation), still in the county.
async fn writable_member(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
) -> AppResult<party_member::Model> {
    let (member, org) = scope::member(conn, access, READ, id).await?;
    access.check_party_action(READ, WRITE, &place_of(&org), "party member")?;
    Ok(member)
}

fn required_text(
    field: &str,
    raw: &str,
    max: usize,
    errors: &mut Vec<UserError>,
) -> Option<String> {
    let value = optional_text(field, Some(raw), max, errors);
    if value.is_none() && !raw.trim().is_empty() {
        return None;
    }
    if value.is_none() {
        errors.push(UserError::new(field, UserErrorCode::Required, "required"));
    }
    value
}

fn not_in_future(field: &str, day: NaiveDate, errors: &mut Vec<UserError>) {
    if day > today() {
        errors.push(UserError::new(
            field,
            UserErrorCode::InvalidValue,
            "a date that has come",
        ));
    }
}

// ---- Commitments ----

pub async fn create_commitment(
    conn: &TenantTx,
    access: &Access,
    member_id: Uuid,
    period_start: NaiveDate,
    period_end: NaiveDate,
    pledge: &str,
) -> AppResult<party_commitment::Model> {
    let member = writable_member(conn, access, member_id).await?;
    let mut errors = Vec::new();
    let pledge = required_text("pledge", pledge, 1000, &mut errors);
    if period_end < period_start {
        errors.push(UserError::new(
            "periodEnd",
            UserErrorCode::InvalidValue,
            "the period ends after it starts",
        ));
    }
    reject_if_any(errors)?;
    let now = Utc::now();
    let row = conn
        .insert(party_commitment::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            member_id: Set(member.id),
            organisation_id: Set(member.organisation_id),
            period_start: Set(period_start),
            period_end: Set(period_end),
            pledge: Set(pledge.unwrap_or_default()),
            grade: Set(None),
            evaluation: Set(None),
            evaluated_by: Set(None),
            evaluated_on: Set(None),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_commitment.create",
            "PartyMember",
            member.id,
            serde_json::json!({ "commitment": row.id }),
        ),
    )
    .await?;
    Ok(row)
}

/// A commitment and its member, if the caller reaches the member with `permission`.
async fn commitment(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    write: bool,
) -> AppResult<party_commitment::Model> {
    access.require(if write { WRITE } else { READ })?;
    let row = conn
        .find::<party_commitment::Entity>()
        .filter(party_commitment::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("commitment"))?;
    let found = if write {
        writable_member(conn, access, row.member_id)
            .await
            .map(|_| ())
    } else {
        scope::member(conn, access, READ, row.member_id)
            .await
            .map(|_| ())
    };
    match found {
        Ok(()) => Ok(row),
        Err(AppError::NotFound(_)) => Err(AppError::NotFound("commitment")),
        Err(other) => Err(other),
    }
}

pub async fn add_progress(
    conn: &TenantTx,
    access: &Access,
    commitment_id: Uuid,
    noted_on: Option<NaiveDate>,
    note: &str,
) -> AppResult<party_commitment_note::Model> {
    let c = commitment(conn, access, commitment_id, true).await?;
    let mut errors = Vec::new();
    let note = required_text("note", note, 1000, &mut errors);
    let noted_on = noted_on.unwrap_or_else(today);
    not_in_future("notedOn", noted_on, &mut errors);
    reject_if_any(errors)?;
    Ok(conn
        .insert(party_commitment_note::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            commitment_id: Set(c.id),
            noted_on: Set(noted_on),
            note: Set(note.unwrap_or_default()),
            recorded_by: Set(Some(access.user_id)),
            created_at: Set(Utc::now()),
        })
        .await?)
}

pub async fn evaluate_commitment(
    conn: &TenantTx,
    access: &Access,
    commitment_id: Uuid,
    expected_version: Option<i32>,
    grade: EvaluationGrade,
    evaluation: Option<&str>,
) -> AppResult<party_commitment::Model> {
    let c = commitment(conn, access, commitment_id, true).await?;
    versioned::check_expected(expected_version, c.version, "commitment")?;
    let mut errors = Vec::new();
    let evaluation = optional_text("evaluation", evaluation, 1000, &mut errors);
    reject_if_any(errors)?;
    let (id, version) = (c.id, c.version);
    let mut m = c.into_active_model();
    m.grade = Set(Some(grade));
    m.evaluation = Set(evaluation);
    m.evaluated_by = Set(Some(access.user_id));
    m.evaluated_on = Set(Some(today()));
    m.version = Set(version + 1);
    m.updated_at = Set(Utc::now());
    let row = versioned::save::<party_commitment::Entity>(conn, m, id, version, "commitment", None)
        .await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_commitment.evaluate",
            "PartyMember",
            row.member_id,
            serde_json::json!({ "commitment": row.id, "grade": grade }),
        ),
    )
    .await?;
    Ok(row)
}

pub async fn commitments(
    conn: &TenantTx,
    member_id: Uuid,
) -> AppResult<Vec<party_commitment::Model>> {
    Ok(conn
        .find::<party_commitment::Entity>()
        .filter(party_commitment::Column::MemberId.eq(member_id))
        .order_by_desc(party_commitment::Column::PeriodStart)
        .all(conn)
        .await?)
}

pub async fn commitment_by_id(conn: &TenantTx, id: Uuid) -> AppResult<party_commitment::Model> {
    conn.find::<party_commitment::Entity>()
        .filter(party_commitment::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("commitment"))
}

pub async fn progress_notes(
    conn: &TenantTx,
    commitment_id: Uuid,
) -> AppResult<Vec<party_commitment_note::Model>> {
    Ok(conn
        .find::<party_commitment_note::Entity>()
        .filter(party_commitment_note::Column::CommitmentId.eq(commitment_id))
        .order_by_asc(party_commitment_note::Column::NotedOn)
        .order_by_asc(party_commitment_note::Column::CreatedAt)
        .all(conn)
        .await?)
}

// ---- Points ----

pub struct PointsInput {
    pub awarded_on: Option<NaiveDate>,
    pub points: i32,
    pub service_hours: Option<f64>,
    pub activity: String,
    pub reason: Option<String>,
}

/// Adds an entry to the ledger (negative points deduct). Needs `party:write`.
pub async fn award_points(
    conn: &TenantTx,
    access: &Access,
    member_id: Uuid,
    input: PointsInput,
) -> AppResult<party_point_entry::Model> {
    let member = writable_member(conn, access, member_id).await?;
    let mut errors = Vec::new();
    if member.left_on.is_some() {
        errors.push(UserError::new(
            "memberId",
            UserErrorCode::InvalidValue,
            "the member's relation left the county",
        ));
    }
    let hours = input.service_hours.unwrap_or(0.0);
    if !(0.0..=744.0).contains(&hours) || !hours.is_finite() {
        errors.push(UserError::new(
            "serviceHours",
            UserErrorCode::InvalidValue,
            "between 0 and 744 hours",
        ));
    }
    if !(-1000..=1000).contains(&input.points) || (input.points == 0 && hours == 0.0) {
        errors.push(UserError::new(
            "points",
            UserErrorCode::InvalidValue,
            "between -1000 and 1000, and not nothing",
        ));
    }
    let activity = required_text("activity", &input.activity, 200, &mut errors);
    let reason = optional_text("reason", input.reason.as_deref(), 500, &mut errors);
    let awarded_on = input.awarded_on.unwrap_or_else(today);
    not_in_future("awardedOn", awarded_on, &mut errors);
    reject_if_any(errors)?;
    let row = conn
        .insert(party_point_entry::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            member_id: Set(member.id),
            organisation_id: Set(member.organisation_id),
            awarded_on: Set(awarded_on),
            points: Set(input.points),
            service_hours: Set(hours),
            activity: Set(activity.unwrap_or_default()),
            reason: Set(reason),
            awarded_by: Set(Some(access.user_id)),
            created_at: Set(Utc::now()),
        })
        .await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_points.award",
            "PartyMember",
            member.id,
            serde_json::json!({ "points": row.points, "hours": row.service_hours }),
        ),
    )
    .await?;
    Ok(row)
}

fn in_range(
    mut query: sea_orm::Select<party_point_entry::Entity>,
    range: DateRange,
) -> sea_orm::Select<party_point_entry::Entity> {
    if let Some(from) = range.from {
        query = query.filter(party_point_entry::Column::AwardedOn.gte(from));
    }
    if let Some(to) = range.to {
        query = query.filter(party_point_entry::Column::AwardedOn.lte(to));
    }
    query
}

pub async fn ledger(
    conn: &TenantTx,
    member_id: Uuid,
    range: DateRange,
) -> AppResult<Vec<party_point_entry::Model>> {
    Ok(in_range(
        conn.find::<party_point_entry::Entity>()
            .filter(party_point_entry::Column::MemberId.eq(member_id)),
        range,
    )
    .order_by_desc(party_point_entry::Column::AwardedOn)
    .order_by_desc(party_point_entry::Column::CreatedAt)
    .all(conn)
    .await?)
}

/// A member's points and service hours over a period: sums of the ledger.
#[derive(Debug, Clone, Default, FromQueryResult)]
pub struct Balance {
    pub member_id: Uuid,
    pub points: i64,
    pub service_hours: f64,
}

#[derive(FromQueryResult)]
struct BalanceRow {
    member_id: Uuid,
    points: Option<i64>,
    service_hours: Option<f64>,
}

async fn balances_where(
    conn: &TenantTx,
    query: sea_orm::Select<party_point_entry::Entity>,
    range: DateRange,
) -> AppResult<Vec<Balance>> {
    let rows: Vec<BalanceRow> = in_range(query, range)
        .select_only()
        .column(party_point_entry::Column::MemberId)
        .column_as(Expr::col(party_point_entry::Column::Points).sum(), "points")
        .column_as(
            Expr::col(party_point_entry::Column::ServiceHours).sum(),
            "service_hours",
        )
        .group_by(party_point_entry::Column::MemberId)
        .into_model()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Balance {
            member_id: r.member_id,
            points: r.points.unwrap_or(0),
            service_hours: r.service_hours.unwrap_or(0.0),
        })
        .collect())
}

pub async fn balance(conn: &TenantTx, member_id: Uuid, range: DateRange) -> AppResult<Balance> {
    let rows = balances_where(
        conn,
        conn.find::<party_point_entry::Entity>()
            .filter(party_point_entry::Column::MemberId.eq(member_id)),
        range,
    )
    .await?;
    Ok(rows.into_iter().next().unwrap_or(Balance {
        member_id,
        ..Default::default()
    }))
}

/// A place in a ranking: 1, 2, 2, 4… (members with equal points share a rank).
#[derive(Debug, Clone)]
pub struct Ranked {
    pub rank: i64,
    pub member: party_member::Model,
    pub balance: Balance,
}

/// The current members of an organisation's subtree ranked by points over a period (members
/// without points rank last, with 0). Needs `party:read`.
pub async fn ranking(
    conn: &TenantTx,
    access: &Access,
    organisation_id: Uuid,
    range: DateRange,
    limit: u64,
) -> AppResult<Vec<Ranked>> {
    let org = scope::organisation(conn, access, READ, organisation_id).await?;
    let members = conn
        .find::<party_member::Entity>()
        .filter(party_member::Column::OrganisationId.in_subquery(scope::subtree_of(&org)))
        .filter(party_member::Column::LeftOn.is_null())
        .all(conn)
        .await?;
    let balances = balances_where(
        conn,
        conn.find::<party_point_entry::Entity>().filter(
            party_point_entry::Column::MemberId.in_subquery(
                conn.find::<party_member::Entity>()
                    .filter(
                        party_member::Column::OrganisationId.in_subquery(scope::subtree_of(&org)),
                    )
                    .select_only()
                    .column(party_member::Column::Id)
                    .into_query(),
            ),
        ),
        range,
    )
    .await?;
    let mut rows: Vec<(party_member::Model, Balance)> = members
        .into_iter()
        .map(|m| {
            let b = balances
                .iter()
                .find(|b| b.member_id == m.id)
                .cloned()
                .unwrap_or(Balance {
                    member_id: m.id,
                    ..Default::default()
                });
            (m, b)
        })
        .collect();
    rows.sort_by(|a, b| {
        b.1.points
            .cmp(&a.1.points)
            .then_with(|| a.0.name.cmp(&b.0.name))
    });
    let mut ranked = Vec::with_capacity(rows.len());
    let mut rank = 0;
    let mut previous = None;
    for (i, (member, balance)) in rows.into_iter().enumerate() {
        if previous != Some(balance.points) {
            rank = i as i64 + 1;
            previous = Some(balance.points);
        }
        ranked.push(Ranked {
            rank,
            member,
            balance,
        });
    }
    ranked.truncate(limit as usize);
    Ok(ranked)
}

// ---- Democratic evaluation ----

/// Records (or corrects) a member's grade for a year. Needs `party:write`.
pub async fn record_evaluation(
    conn: &TenantTx,
    access: &Access,
    member_id: Uuid,
    year: i32,
    grade: EvaluationGrade,
    decision: Option<&str>,
    decided_on: Option<NaiveDate>,
) -> AppResult<party_evaluation::Model> {
    let member = writable_member(conn, access, member_id).await?;
    let mut errors = Vec::new();
    if !(2000..=today().year()).contains(&year) {
        errors.push(UserError::new(
            "year",
            UserErrorCode::InvalidValue,
            "a year from 2000 to this one",
        ));
    }
    let decision = optional_text("decision", decision, 1000, &mut errors);
    let decided_on = decided_on.unwrap_or_else(today);
    not_in_future("decidedOn", decided_on, &mut errors);
    reject_if_any(errors)?;
    let now = Utc::now();
    conn.insert_one(party_evaluation::ActiveModel {
        tenant_id: Set(access.tenant_id),
        id: Set(Uuid::now_v7()),
        member_id: Set(member.id),
        organisation_id: Set(member.organisation_id),
        year: Set(year),
        grade: Set(grade),
        decision: Set(decision),
        decided_on: Set(decided_on),
        recorded_by: Set(Some(access.user_id)),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            party_evaluation::Column::TenantId,
            party_evaluation::Column::MemberId,
            party_evaluation::Column::Year,
        ])
        .update_columns([
            party_evaluation::Column::Grade,
            party_evaluation::Column::Decision,
            party_evaluation::Column::DecidedOn,
            party_evaluation::Column::RecordedBy,
            party_evaluation::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_evaluation.record",
            "PartyMember",
            member.id,
            serde_json::json!({ "year": year, "grade": grade }),
        ),
    )
    .await?;
    conn.find::<party_evaluation::Entity>()
        .filter(party_evaluation::Column::MemberId.eq(member.id))
        .filter(party_evaluation::Column::Year.eq(year))
        .one(conn)
        .await?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("evaluation vanished after upsert")))
}

pub async fn evaluations(
    conn: &TenantTx,
    member_id: Uuid,
) -> AppResult<Vec<party_evaluation::Model>> {
    Ok(conn
        .find::<party_evaluation::Entity>()
        .filter(party_evaluation::Column::MemberId.eq(member_id))
        .order_by_desc(party_evaluation::Column::Year)
        .all(conn)
        .await?)
}
