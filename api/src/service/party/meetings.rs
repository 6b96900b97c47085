//! "三会一课" and theme party days: meetings with attendance, the tenant's required meetings,
//! and the organisations that have not held them in the current month or quarter.

use super::organisations;
use super::scope::{self, FIGURES, READ, WRITE, place_of};
use crate::access::{Access, Permission};
use crate::domain::party_meetings::{MeetingRule, MeetingRules, Period};
use crate::domain::{UserError, UserErrorCode, today};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::input::optional_text;
use crate::service::common::input::reject_if_any;
use crate::service::tenant_settings;
use crate::tenancy::TenantTx;
use chrono::{NaiveDate, Utc};
use entities::enums::{Attendance, PartyMeetingKind};
use entities::{party_meeting, party_meeting_attendance, party_member, party_organisation};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, FromQueryResult, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashSet;
use uuid::Uuid;

/// The tenant setting holding [`MeetingRules`].
pub const MEETING_RULES: &str = "party_meeting_rules";

pub struct MeetingInput {
    pub organisation_id: Uuid,
    pub kind: PartyMeetingKind,
    pub held_on: NaiveDate,
    pub topic: String,
    pub notes: Option<String>,
    pub attendance: Vec<(Uuid, Attendance)>,
}

/// Records a meeting held by an organisation, with each member's attendance. Attendees are
/// current members of the organisation's subtree. Needs `party:write`.
pub async fn record(
    conn: &TenantTx,
    access: &Access,
    input: MeetingInput,
) -> AppResult<party_meeting::Model> {
    let org = scope::organisation(conn, access, READ, input.organisation_id).await?;
    access.check_party_action(READ, WRITE, &place_of(&org), "party organisation")?;
    let mut errors = Vec::new();
    let topic = optional_text("topic", Some(&input.topic), 200, &mut errors);
    if topic.is_none() && errors.is_empty() {
        errors.push(UserError::new(
            "topic",
            UserErrorCode::Required,
            "a meeting has a topic",
        ));
    }
    let notes = optional_text("notes", input.notes.as_deref(), 2000, &mut errors);
    if input.held_on > today() {
        errors.push(UserError::new(
            "heldOn",
            UserErrorCode::InvalidValue,
            "record a meeting once it was held",
        ));
    }
    let ids: Vec<Uuid> = input.attendance.iter().map(|(id, _)| *id).collect();
    let distinct: HashSet<Uuid> = ids.iter().copied().collect();
    if distinct.len() != ids.len() {
        errors.push(UserError::new(
            "attendance",
            UserErrorCode::InvalidValue,
            "each member once",
        ));
    }
    if ids.len() > 1_000 {
        errors.push(UserError::new(
            "attendance",
            UserErrorCode::InvalidValue,
            "at most 1,000 attendees",
        ));
    }
    let members: HashSet<Uuid> = conn
        .find::<party_member::Entity>()
        .filter(party_member::Column::Id.is_in(ids.clone()))
        .filter(party_member::Column::OrganisationId.in_subquery(scope::subtree_of(&org)))
        .filter(party_member::Column::LeftOn.is_null())
        .select_only()
        .column(party_member::Column::Id)
        .into_tuple::<Uuid>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    for (i, id) in ids.iter().enumerate() {
        if !members.contains(id) {
            errors.push(UserError {
                field: vec![
                    "input".into(),
                    "attendance".into(),
                    i.to_string(),
                    "memberId".into(),
                ],
                message: "not a current member of this organisation".into(),
                code: UserErrorCode::InvalidValue,
            });
        }
    }
    reject_if_any(errors)?;
    let meeting = conn
        .insert(party_meeting::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            organisation_id: Set(org.id),
            kind: Set(input.kind),
            held_on: Set(input.held_on),
            topic: Set(topic.unwrap_or_default()),
            notes: Set(notes),
            recorded_by: Set(Some(access.user_id)),
            created_at: Set(Utc::now()),
        })
        .await?;
    if !input.attendance.is_empty() {
        conn.insert_many(input.attendance.iter().map(|(member, attendance)| {
            party_meeting_attendance::ActiveModel {
                tenant_id: Set(access.tenant_id),
                id: Set(Uuid::now_v7()),
                meeting_id: Set(meeting.id),
                member_id: Set(*member),
                attendance: Set(*attendance),
            }
        }))
        .exec_without_returning(conn)
        .await?;
    }
    audit::record(
        conn,
        AuditEntry::by(
            access,
            "party_meeting.record",
            "PartyOrganisation",
            org.id,
            serde_json::json!({ "meeting": meeting.id, "kind": meeting.kind }),
        ),
    )
    .await?;
    Ok(meeting)
}

/// Meetings of an organisation's subtree (or of the caller's reach), newest first. Needs
/// `party:read`.
pub async fn list(
    conn: &TenantTx,
    access: &Access,
    organisation_id: Option<Uuid>,
    kind: Option<PartyMeetingKind>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> AppResult<Vec<party_meeting::Model>> {
    let reach = access.party_reach(READ)?;
    let mut query = conn.find::<party_meeting::Entity>().filter(
        party_meeting::Column::OrganisationId
            .in_subquery(scope::organisations_in(access.tenant_id, &reach)),
    );
    if let Some(id) = organisation_id {
        let org = scope::organisation(conn, access, READ, id).await?;
        query = query
            .filter(party_meeting::Column::OrganisationId.in_subquery(scope::subtree_of(&org)));
    }
    if let Some(kind) = kind {
        query = query.filter(party_meeting::Column::Kind.eq(kind));
    }
    if let Some(from) = from {
        query = query.filter(party_meeting::Column::HeldOn.gte(from));
    }
    if let Some(to) = to {
        query = query.filter(party_meeting::Column::HeldOn.lte(to));
    }
    Ok(query
        .order_by_desc(party_meeting::Column::HeldOn)
        .order_by_desc(party_meeting::Column::CreatedAt)
        .limit(500)
        .all(conn)
        .await?)
}

pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<party_meeting::Model> {
    access.require(READ)?;
    let meeting = conn
        .find::<party_meeting::Entity>()
        .filter(party_meeting::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("party meeting"))?;
    scope::organisation(conn, access, READ, meeting.organisation_id)
        .await
        .map_err(|_| AppError::NotFound("party meeting"))?;
    Ok(meeting)
}

pub async fn attendance(
    conn: &TenantTx,
    meeting_id: Uuid,
) -> AppResult<Vec<(party_meeting_attendance::Model, Option<party_member::Model>)>> {
    let rows = conn
        .find::<party_meeting_attendance::Entity>()
        .filter(party_meeting_attendance::Column::MeetingId.eq(meeting_id))
        .all(conn)
        .await?;
    let members = conn
        .find::<party_member::Entity>()
        .filter(party_member::Column::Id.is_in(rows.iter().map(|r| r.member_id)))
        .all(conn)
        .await?;
    let mut out: Vec<_> = rows
        .into_iter()
        .map(|r| {
            let member = members.iter().find(|m| m.id == r.member_id).cloned();
            (r, member)
        })
        .collect();
    out.sort_by(|a, b| {
        let name = |x: &Option<party_member::Model>| x.as_ref().map(|m| m.name.clone());
        name(&a.1).cmp(&name(&b.1))
    });
    Ok(out)
}

// ---- Required meetings ----

pub async fn rules(conn: &TenantTx, access: &Access) -> AppResult<MeetingRules> {
    access.require(FIGURES)?;
    tenant_settings::get(conn, MEETING_RULES).await
}

/// Replaces the tenant's required meetings. Needs `party:configure`.
pub async fn set_rules(
    conn: &TenantTx,
    access: &Access,
    rules: MeetingRules,
) -> AppResult<MeetingRules> {
    access.require(Permission::PartyConfigure)?;
    let mut errors = Vec::new();
    for (i, rule) in rules.rules.iter().enumerate() {
        if !(1..=31).contains(&rule.times) || rule.organisation_kinds.is_empty() {
            errors.push(UserError {
                field: vec!["input".into(), "rules".into(), i.to_string()],
                message: "1 to 31 times, for at least one kind of organisation".into(),
                code: UserErrorCode::InvalidValue,
            });
        }
    }
    if rules.rules.len() > 50 {
        errors.push(UserError::new(
            "rules",
            UserErrorCode::InvalidValue,
            "at most 50 rules",
        ));
    }
    reject_if_any(errors)?;
    tenant_settings::set(conn, access.tenant_id, MEETING_RULES, &rules).await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "party_meeting_rules.update",
            object_type: None,
            object_id: None,
            detail: serde_json::json!({ "rules": rules.rules.len() }),
        },
    )
    .await?;
    Ok(rules)
}

/// One required meeting of one organisation in the current period.
#[derive(Debug, Clone)]
pub struct MeetingDue {
    pub organisation: party_organisation::Model,
    pub rule: MeetingRule,
    pub period: Period,
    pub held: i64,
}

impl MeetingDue {
    pub fn is_met(&self) -> bool {
        self.held >= i64::from(self.rule.times)
    }
}

#[derive(FromQueryResult)]
struct HeldCount {
    organisation_id: Uuid,
    kind: PartyMeetingKind,
    held_on: NaiveDate,
}

/// Every required meeting of `orgs` in the periods containing `on`, with how many were held.
pub async fn due(
    conn: &TenantTx,
    _tenant_id: Uuid,
    orgs: Vec<party_organisation::Model>,
    on: NaiveDate,
) -> AppResult<Vec<MeetingDue>> {
    let rules: MeetingRules = tenant_settings::get(conn, MEETING_RULES).await?;
    let facts = organisations::facts(conn, &orgs).await?;
    let ids: Vec<Uuid> = orgs.iter().map(|o| o.id).collect();
    let held: Vec<HeldCount> = conn
        .find::<party_meeting::Entity>()
        .filter(party_meeting::Column::OrganisationId.is_in(ids))
        .filter(party_meeting::Column::HeldOn.gte(rules.earliest_start(on)))
        .filter(party_meeting::Column::HeldOn.lte(on))
        .select_only()
        .column(party_meeting::Column::OrganisationId)
        .column(party_meeting::Column::Kind)
        .column(party_meeting::Column::HeldOn)
        .into_model()
        .all(conn)
        .await?;
    let mut out = Vec::new();
    for org in orgs {
        let has_committee = facts.get(&org.id).is_some_and(|f| f.committee >= 3);
        for rule in rules.for_organisation(org.kind, has_committee) {
            let period = rule.period.containing(on);
            let n = held
                .iter()
                .filter(|h| {
                    h.organisation_id == org.id
                        && h.kind == rule.kind
                        && h.held_on >= period.start
                        && h.held_on <= period.end
                })
                .count() as i64;
            out.push(MeetingDue {
                organisation: org.clone(),
                rule: rule.clone(),
                period,
                held: n,
            });
        }
    }
    Ok(out)
}

/// Organisations in the caller's reach that have not yet held a required meeting this month or
/// quarter (as of `on`, today by default). Needs `party:figures`.
pub async fn overdue(
    conn: &TenantTx,
    access: &Access,
    under: Option<Uuid>,
    on: Option<NaiveDate>,
) -> AppResult<Vec<MeetingDue>> {
    let orgs = organisations::list(conn, access, under).await?;
    let on = on.unwrap_or_else(today);
    Ok(due(conn, access.tenant_id, orgs, on)
        .await?
        .into_iter()
        .filter(|d| !d.is_met())
        .collect())
}
