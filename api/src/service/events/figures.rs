//! Event figures for a region subtree, a department and a period — the inputs of the
//! assessments to come. Counts group the events; every rate is computed from the history
//! (what happened, when, against which deadline), never from counters that could drift.

use super::listing::{colour, day_start};
use super::reach_filter;
use crate::access::{Access, Permission};
use crate::domain::event_deadlines::WarningColour;
use crate::error::{AppError, AppResult};
use crate::service::common::region_scope::{place_of, subtree_condition};
use crate::tenancy::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use entities::enums::{DisputeOutcome, EventAction, EventFamily, Satisfaction};
use entities::{dispute_type, event, event_category, event_dispute, event_history, region};
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{BTreeMap, HashMap, HashSet};
use uuid::Uuid;

/// A count under a key (an enum value, a category code).
#[derive(Debug, Clone, PartialEq)]
pub struct Count {
    pub key: String,
    pub label: String,
    pub count: i64,
}

#[derive(Debug, Default)]
pub struct EventFigures {
    pub reported: i64,
    pub by_status: Vec<Count>,
    pub by_category: Vec<Count>,
    pub by_source: Vec<Count>,
    pub by_closed_level: Vec<Count>,
    pub by_colour: Vec<Count>,
    pub on_time_sign_for_rate: Option<f64>,
    pub on_time_closure_rate: Option<f64>,
    pub rework_rate: Option<f64>,
    pub return_rate: Option<f64>,
    pub satisfaction_rate: Option<f64>,
    pub average_handling_hours: Option<f64>,
    pub overdue: Vec<event::Model>,
}

pub struct Scope {
    pub region_id: Option<Uuid>,
    pub department_id: Option<Uuid>,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

fn key_of<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_uppercase))
        .unwrap_or_default()
}

fn counts<T: serde::Serialize>(values: impl Iterator<Item = T>) -> Vec<Count> {
    let mut map: BTreeMap<String, i64> = BTreeMap::new();
    for v in values {
        *map.entry(key_of(&v)).or_default() += 1;
    }
    map.into_iter()
        .map(|(key, count)| Count {
            label: key.clone(),
            key,
            count,
        })
        .collect()
}

/// The events in the caller's reach, the region subtree and the department (any period).
async fn scope_condition(conn: &TenantTx, access: &Access, scope: &Scope) -> AppResult<Condition> {
    let reach = access.event_reach(Permission::EventRead)?;
    let mut condition = Condition::all().add(reach_filter(&reach));
    if let Some(region_id) = scope.region_id {
        let region = conn
            .find::<region::Entity>()
            .filter(region::Column::Id.eq(region_id))
            .one(conn)
            .await?
            .ok_or(AppError::NotFound("region"))?;
        access.check_read(Permission::RegionRead, &place_of(&region), "region")?;
        condition = condition.add(subtree_condition::<event::Entity>(region.kind, region.id));
    }
    if let Some(department) = scope.department_id {
        crate::service::departments::get(conn, access, department).await?;
    }
    if scope.to < scope.from || (scope.to - scope.from).num_days() > 366 * 3 {
        return Err(AppError::BadUserInput(
            "the period runs from `from` to `to`, at most three years".into(),
        ));
    }
    Ok(condition)
}

fn ids_of(condition: Condition) -> SelectStatement {
    Query::select()
        .column(event::Column::Id)
        .from(event::Entity)
        .cond_where(condition)
        .to_owned()
}

pub async fn event_figures(
    conn: &TenantTx,
    access: &Access,
    scope: Scope,
    now: DateTime<Utc>,
) -> AppResult<EventFigures> {
    let mut base = scope_condition(conn, access, &scope).await?;
    if let Some(department) = scope.department_id {
        base = base.add(event::Column::DepartmentId.eq(department));
    }
    let (start, end) = (
        day_start(scope.from),
        day_start(scope.to) + chrono::Duration::days(1),
    );
    // Events reported in the period.
    let reported: Vec<event::Model> = conn
        .find::<event::Entity>()
        .filter(base.clone())
        .filter(event::Column::ReportedAt.gte(start))
        .filter(event::Column::ReportedAt.lt(end))
        .all(conn)
        .await?;
    let categories: HashMap<Uuid, event_category::Model> = conn
        .find::<event_category::Entity>()
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let top = |id: Uuid| {
        let c = categories.get(&id)?;
        match c.parent_id {
            Some(p) => categories.get(&p),
            None => Some(c),
        }
    };
    let mut by_category: BTreeMap<String, (String, i64)> = BTreeMap::new();
    for e in &reported {
        if let Some(c) = top(e.category_id) {
            by_category
                .entry(c.code.clone())
                .or_insert((c.name.clone(), 0))
                .1 += 1;
        }
    }
    let colours = |e: &event::Model| colour(e, now);
    let mut figures = EventFigures {
        reported: reported.len() as i64,
        by_status: counts(reported.iter().map(|e| e.status)),
        by_category: by_category
            .into_iter()
            .map(|(key, (label, count))| Count { key, label, count })
            .collect(),
        by_source: counts(reported.iter().map(|e| e.source)),
        by_closed_level: counts(reported.iter().filter_map(|e| e.closed_level)),
        by_colour: Vec::new(),
        ..Default::default()
    };
    for (colour, key) in [
        (WarningColour::Green, "GREEN"),
        (WarningColour::Yellow, "YELLOW"),
        (WarningColour::Orange, "ORANGE"),
        (WarningColour::Red, "RED"),
    ] {
        let n = reported
            .iter()
            .filter(|e| colours(e) == Some(colour))
            .count() as i64;
        figures.by_colour.push(Count {
            key: key.into(),
            label: key.into(),
            count: n,
        });
    }

    // Rates: what happened in the period, from history.
    let mut history_query = conn
        .find::<event_history::Entity>()
        .filter(event_history::Column::EventId.in_subquery(ids_of(base.clone())))
        .filter(event_history::Column::At.gte(start))
        .filter(event_history::Column::At.lt(end))
        .filter(event_history::Column::Action.is_in([
            EventAction::Dispatch,
            EventAction::SignFor,
            EventAction::Return,
            EventAction::Complete,
            EventAction::Rework,
            EventAction::Close,
            EventAction::Revisit,
        ]));
    if let Some(department) = scope.department_id {
        history_query = history_query.filter(event_history::Column::DepartmentId.eq(department));
    }
    let entries = history_query.all(conn).await?;
    let of = |action: EventAction| entries.iter().filter(move |h| h.action == action);
    let on_time = |h: &&event_history::Model| h.deadline.is_none_or(|d| h.at <= d);
    let sign_fors = of(EventAction::SignFor).count();
    figures.on_time_sign_for_rate =
        ratio(of(EventAction::SignFor).filter(on_time).count(), sign_fors);
    figures.return_rate = ratio(
        of(EventAction::Return).count(),
        of(EventAction::Dispatch).count(),
    );
    figures.rework_rate = ratio(
        of(EventAction::Rework).count(),
        of(EventAction::Complete).count(),
    );
    let revisits: Vec<Option<Satisfaction>> = of(EventAction::Revisit)
        .map(|h| {
            h.details
                .as_ref()
                .and_then(|d| d.get("satisfaction").cloned())
                .and_then(|s| serde_json::from_value(s).ok())
        })
        .collect();
    figures.satisfaction_rate = ratio(
        revisits
            .iter()
            .filter(|s| {
                matches!(
                    s,
                    Some(Satisfaction::Satisfied | Satisfaction::BasicallySatisfied)
                )
            })
            .count(),
        revisits.len(),
    );
    // 按期结案: closed with no step of its loop past the deadline then in force.
    let closes: Vec<&event_history::Model> = of(EventAction::Close).collect();
    let closed_ids: Vec<Uuid> = closes.iter().map(|h| h.event_id).collect();
    if !closed_ids.is_empty() {
        let mut late: HashSet<Uuid> = HashSet::new();
        let mut reported_at: HashMap<Uuid, DateTime<Utc>> = HashMap::new();
        for chunk in closed_ids.chunks(500) {
            let rows: Vec<Uuid> = conn
                .find::<event_history::Entity>()
                .filter(event_history::Column::EventId.is_in(chunk.to_vec()))
                .filter(event_history::Column::Deadline.is_not_null())
                .filter(
                    Expr::col(event_history::Column::At)
                        .gt(Expr::col(event_history::Column::Deadline)),
                )
                .select_only()
                .column(event_history::Column::EventId)
                .into_tuple()
                .all(conn)
                .await?;
            late.extend(rows);
            let times: Vec<(Uuid, DateTime<Utc>)> = conn
                .find::<event::Entity>()
                .filter(event::Column::Id.is_in(chunk.to_vec()))
                .select_only()
                .column(event::Column::Id)
                .column(event::Column::ReportedAt)
                .into_tuple()
                .all(conn)
                .await?;
            reported_at.extend(times);
        }
        figures.on_time_closure_rate = ratio(
            closes
                .iter()
                .filter(|h| !late.contains(&h.event_id))
                .count(),
            closes.len(),
        );
        let hours: Vec<f64> = closes
            .iter()
            .filter_map(|h| {
                reported_at
                    .get(&h.event_id)
                    .map(|r| (h.at - *r).num_seconds() as f64 / 3600.0)
            })
            .collect();
        if !hours.is_empty() {
            figures.average_handling_hours = Some(hours.iter().sum::<f64>() / hours.len() as f64);
        }
    }
    figures.overdue = conn
        .find::<event::Entity>()
        .filter(base)
        .filter(event::Column::Status.is_in(crate::domain::event_machine::OPEN_STATUSES))
        .filter(event::Column::PhaseDeadline.lte(now))
        .order_by_asc(event::Column::PhaseDeadline)
        .limit(100)
        .all(conn)
        .await?;
    Ok(figures)
}

#[derive(Debug, Default)]
pub struct DisputeFigures {
    pub total: i64,
    pub resolved: i64,
    pub failed: i64,
    pub sent_to_court: i64,
    pub open: i64,
    pub resolution_rate: Option<f64>,
    pub by_risk: Vec<Count>,
    pub by_type: Vec<Count>,
}

/// 化解率: disputes reported in the period that were resolved, over all of them.
pub async fn dispute_figures(
    conn: &TenantTx,
    access: &Access,
    scope: Scope,
) -> AppResult<DisputeFigures> {
    let base = scope_condition(conn, access, &scope)
        .await?
        .add(event::Column::Family.eq(EventFamily::Dispute))
        .add(event::Column::ReportedAt.gte(day_start(scope.from)))
        .add(event::Column::ReportedAt.lt(day_start(scope.to) + chrono::Duration::days(1)));
    let disputes = conn
        .find::<event_dispute::Entity>()
        .filter(event_dispute::Column::Id.in_subquery(ids_of(base)))
        .all(conn)
        .await?;
    let types: HashMap<Uuid, dispute_type::Model> = conn
        .find::<dispute_type::Entity>()
        .all(conn)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let outcome =
        |o: DisputeOutcome| disputes.iter().filter(|d| d.outcome == Some(o)).count() as i64;
    let total = disputes.len() as i64;
    let mut by_type: BTreeMap<String, (String, i64)> = BTreeMap::new();
    for d in &disputes {
        let class = d.dispute_type_id.and_then(|id| types.get(&id)).map(|t| {
            match t.parent_id.and_then(|p| types.get(&p)) {
                Some(parent) => parent,
                None => t,
            }
        });
        let (code, name) = class
            .map(|t| (t.code.clone(), t.name.clone()))
            .unwrap_or(("".into(), "未分类".into()));
        by_type.entry(code).or_insert((name, 0)).1 += 1;
    }
    Ok(DisputeFigures {
        total,
        resolved: outcome(DisputeOutcome::Resolved),
        failed: outcome(DisputeOutcome::Failed),
        sent_to_court: outcome(DisputeOutcome::SentToCourt),
        open: disputes.iter().filter(|d| d.outcome.is_none()).count() as i64,
        resolution_rate: ratio(outcome(DisputeOutcome::Resolved) as usize, total as usize),
        by_risk: counts(disputes.iter().map(|d| d.risk)),
        by_type: by_type
            .into_iter()
            .map(|(key, (label, count))| Count { key, label, count })
            .collect(),
    })
}
