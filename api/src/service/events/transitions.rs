//! Moving an event along the loop: one function applies any client action in one
//! transaction — access, version, the state machine's edge, the action's own rules, the new
//! phase clock, the history entry, photos, and the live message after commit.

use super::attachments::{self, Photo};
use super::catalogue;
use super::live::{EventChange, publish_after_commit};
use super::{load, place_of};
use crate::access::{Access, level_above};
use crate::domain::event_deadlines::PhaseClock;
use crate::domain::event_machine::{self, phase_of};
use crate::domain::{UserError, UserErrorCode};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::versioned;
use crate::state::AppState;
use crate::tenancy::RequestDb;
use crate::tenancy::TenantTx;
use chrono::{DateTime, Utc};
use entities::enums::{EventAction, EventStatus, ExtensionStatus, Satisfaction};
use entities::{department, event, event_extension, event_history, user};
use sea_orm::ActiveEnum;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// What a write on events needs: the request's database, the caller, the shared state.
pub struct Ctx<'a> {
    pub db: &'a RequestDb,
    pub conn: &'a TenantTx,
    pub access: &'a Access,
    pub state: &'a AppState,
}

/// Who did it, as kept in history.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Option<Uuid>,
    pub name: String,
}

impl Actor {
    pub fn system() -> Self {
        Self {
            id: None,
            name: "系统".into(),
        }
    }

    pub async fn of(conn: &TenantTx, access: &Access) -> AppResult<Self> {
        let name = conn
            .find::<user::Entity>()
            .filter(user::Column::Id.eq(access.user_id))
            .one(conn)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default();
        Ok(Self {
            id: Some(access.user_id),
            name,
        })
    }
}

/// A client's request to move an event; the fields an action does not use are ignored.
#[derive(Debug, Default)]
pub struct Request {
    pub id: Uuid,
    pub version: i32,
    pub comment: Option<String>,
    pub department_id: Option<Uuid>,
    pub merge_into: Option<Uuid>,
    pub extra_minutes: Option<i32>,
    pub result: Option<String>,
    pub satisfaction: Option<Satisfaction>,
    pub photos: Vec<Photo>,
}

/// Actions whose phase starts again although the status's phase is the same.
fn restarts_phase(action: EventAction) -> bool {
    matches!(
        action,
        EventAction::Escalate | EventAction::Return | EventAction::Rework | EventAction::Reopen
    )
}

fn required(field: &str, value: Option<&str>, what: &str) -> AppResult<String> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) if v.chars().count() <= 2000 => Ok(v.to_string()),
        Some(_) => Err(AppError::invalid(
            field,
            UserErrorCode::InvalidValue,
            "至多 2000 个字符",
        )),
        None => Err(AppError::invalid(
            field,
            UserErrorCode::Required,
            format!("请填写{what}"),
        )),
    }
}

fn invalid_transition(status: EventStatus, action: EventAction) -> AppError {
    AppError::InvalidTransition(format!(
        "an event that is {status:?} cannot take the action {action:?}"
    ))
}

/// The phase clock of `phase` starting `now` for `event`.
pub async fn start_phase(
    conn: &TenantTx,
    event: &event::Model,
    phase: entities::enums::EventPhase,
    now: DateTime<Utc>,
) -> AppResult<PhaseClock> {
    let category = catalogue::category(conn, event.category_id).await?;
    let limits = catalogue::effective_limits(conn, &category).await?;
    let rules = catalogue::rules(conn, event.tenant_id).await?;
    Ok(PhaseClock::start(
        now,
        limits.minutes(phase, event.urgency),
        category.time_basis,
        &rules.calendar,
        rules.thresholds,
    ))
}

/// Puts a phase clock on the model.
pub fn set_clock(model: &mut event::ActiveModel, clock: Option<&PhaseClock>) {
    model.phase_started_at = Set(clock.map(|c| c.started_at));
    model.phase_yellow_at = Set(clock.map(|c| c.yellow_at));
    model.phase_orange_at = Set(clock.map(|c| c.orange_at));
    model.phase_deadline = Set(clock.map(|c| c.deadline));
}

/// One history entry.
pub struct Entry<'a> {
    pub before: Option<&'a event::Model>,
    pub after: &'a event::Model,
    pub action: EventAction,
    pub actor: &'a Actor,
    pub at: DateTime<Utc>,
    pub comment: Option<String>,
    pub details: Option<serde_json::Value>,
}

/// Keeps one step of an event: its history entry, and the same step in the audit log (who did
/// what to which event), so the county's audit trail holds every state change of every event.
pub async fn record(conn: &TenantTx, entry: Entry<'_>) -> AppResult<Uuid> {
    let id = Uuid::now_v7();
    audit::record(
        conn,
        AuditEntry {
            tenant_id: entry.after.tenant_id,
            actor_id: entry.actor.id,
            action: &format!("event.{}", entry.action.to_value()),
            object_type: Some("Event"),
            object_id: Some(entry.after.id),
            detail: serde_json::json!({
                "number": entry.after.number,
                "from": entry.before.map(|b| b.status.to_value()),
                "to": entry.after.status.to_value(),
                "historyId": id,
                "system": entry.actor.id.is_none(),
            }),
        },
    )
    .await?;
    conn.insert_one(event_history::ActiveModel {
        tenant_id: Set(entry.after.tenant_id),
        id: Set(id),
        event_id: Set(entry.after.id),
        action: Set(entry.action),
        from_status: Set(entry.before.map(|b| b.status)),
        to_status: Set(entry.after.status),
        actor_id: Set(entry.actor.id),
        actor_name: Set(entry.actor.name.clone()),
        at: Set(entry.at),
        comment: Set(entry.comment),
        level: Set(entry.after.level),
        // The department concerned: the one it was dispatched to, or the one that had it.
        department_id: Set(entry
            .before
            .and_then(|b| b.department_id)
            .or(entry.after.department_id)),
        deadline: Set(entry.before.and_then(|b| b.phase_deadline)),
        details: Set(entry.details),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(id)
}

/// Writes `model` over `event` if it still has its version; `CONFLICT` otherwise.
pub async fn save(
    conn: &TenantTx,
    event: &event::Model,
    mut model: event::ActiveModel,
    now: DateTime<Utc>,
) -> AppResult<event::Model> {
    model.version = Set(event.version + 1);
    model.updated_at = Set(now);
    versioned::save::<event::Entity>(conn, model, event.id, event.version, "event", None).await
}

/// Applies `action` as the caller asks.
#[tracing::instrument(skip_all, fields(event_id = %request.id, action = %action.to_value()))]
pub async fn apply(
    ctx: &Ctx<'_>,
    action: EventAction,
    request: Request,
) -> AppResult<event::Model> {
    let access = ctx.access;
    let conn = ctx.conn;
    let now = ctx.state.clock.now();
    let event = load(conn, request.id).await?;
    access.check_event_transition(action, &place_of(&event))?;
    versioned::check_expected(Some(request.version), event.version, "event")?;
    let to = event_machine::transition(event.status, action)
        .ok_or_else(|| invalid_transition(event.status, action))?;

    let mut model: event::ActiveModel = event.clone().into();
    model.status = Set(to);
    let mut details = serde_json::Map::new();
    let mut comment = request
        .comment
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string);
    if comment.as_ref().is_some_and(|c| c.chars().count() > 2000) {
        return Err(AppError::invalid(
            "comment",
            UserErrorCode::InvalidValue,
            "至多 2000 个字符",
        ));
    }
    let mut clock_override = None;
    match action {
        EventAction::Reject | EventAction::Return | EventAction::Rework => {
            comment = Some(required("reason", request.comment.as_deref(), "理由")?);
            if action == EventAction::Return {
                // Back to the dispatcher, at the level that dispatched it.
                model.department_id = Set(None);
                model.level = Set(event.dispatch_level.unwrap_or(event.level));
                model.dispatch_level = Set(None);
            }
        }
        EventAction::Merge => {
            let into = request.merge_into.ok_or_else(|| {
                AppError::invalid("intoId", UserErrorCode::Required, "请选择要合并到的事件")
            })?;
            let target = super::visible(conn, access, into).await?;
            if target.id == event.id
                || !event_machine::is_open(target.status)
                || target.family != event.family
            {
                return Err(AppError::invalid(
                    "intoId",
                    UserErrorCode::InvalidMergeTarget,
                    "只能合并到另一件同类、未结案的事件",
                ));
            }
            model.merged_into_id = Set(Some(target.id));
            details.insert("mergedInto".into(), target.number.into());
        }
        EventAction::Dispatch => {
            let category = catalogue::category(conn, event.category_id).await?;
            let department = match request.department_id {
                Some(id) => Some(id),
                None => catalogue::default_department(conn, &category).await?,
            }
            .ok_or_else(|| {
                AppError::invalid("departmentId", UserErrorCode::Required, "请选择处置部门")
            })?;
            let found = conn
                .find::<department::Entity>()
                .filter(department::Column::Id.eq(department))
                .one(conn)
                .await?
                .ok_or_else(|| {
                    AppError::invalid("departmentId", UserErrorCode::InvalidTarget, "没有这个部门")
                })?;
            model.department_id = Set(Some(found.id));
            model.dispatch_level = Set(Some(event.level));
            details.insert("department".into(), found.name.into());
        }
        EventAction::Escalate => {
            let above = level_above(event.level).ok_or_else(|| {
                AppError::invalid("id", UserErrorCode::InvalidTarget, "已在区县级，无法再上报")
            })?;
            model.level = Set(above);
            details.insert(
                "toLevel".into(),
                serde_json::to_value(above).unwrap_or_default(),
            );
        }
        EventAction::RequestExtension => {
            if event.extension_pending {
                return Err(AppError::InvalidTransition(
                    "an extension request is already pending".into(),
                ));
            }
            let minutes = request.extra_minutes.unwrap_or(0);
            if !(1..=30 * 24 * 60).contains(&minutes) {
                return Err(AppError::invalid(
                    "extraHours",
                    UserErrorCode::InvalidValue,
                    "延期时长须在 1 分钟到 30 天之间",
                ));
            }
            comment = Some(required("reason", request.comment.as_deref(), "延期理由")?);
            model.extension_pending = Set(true);
            conn.insert_one(event_extension::ActiveModel {
                tenant_id: Set(event.tenant_id),
                id: Set(Uuid::now_v7()),
                event_id: Set(event.id),
                phase_seq: Set(event.phase_seq),
                extra_minutes: Set(minutes),
                reason: Set(comment.clone().unwrap_or_default()),
                status: Set(ExtensionStatus::Pending),
                requested_by: Set(Some(access.user_id)),
                requested_at: Set(now),
                decided_by: Set(None),
                decided_at: Set(None),
                decision_comment: Set(None),
                old_deadline: Set(event.phase_deadline),
                new_deadline: Set(None),
            })
            .exec_without_returning(conn)
            .await?;
            details.insert("extraMinutes".into(), minutes.into());
        }
        EventAction::ApproveExtension | EventAction::RefuseExtension => {
            let pending = conn
                .find::<event_extension::Entity>()
                .filter(event_extension::Column::EventId.eq(event.id))
                .filter(event_extension::Column::Status.eq(ExtensionStatus::Pending))
                .order_by_desc(event_extension::Column::RequestedAt)
                .one(conn)
                .await?
                .ok_or_else(|| {
                    AppError::InvalidTransition("no extension request is pending".into())
                })?;
            model.extension_pending = Set(false);
            let mut decided: event_extension::ActiveModel = pending.clone().into();
            decided.decided_by = Set(Some(access.user_id));
            decided.decided_at = Set(Some(now));
            decided.decision_comment = Set(comment.clone());
            if action == EventAction::ApproveExtension {
                let category = catalogue::category(conn, event.category_id).await?;
                let rules = catalogue::rules(conn, event.tenant_id).await?;
                let current = PhaseClock {
                    started_at: event.phase_started_at.unwrap_or(now),
                    yellow_at: event.phase_yellow_at.unwrap_or(now),
                    orange_at: event.phase_orange_at.unwrap_or(now),
                    deadline: event.phase_deadline.unwrap_or(now),
                };
                let longer = current.extended(
                    pending.extra_minutes,
                    category.time_basis,
                    &rules.calendar,
                    rules.thresholds,
                );
                decided.status = Set(ExtensionStatus::Approved);
                decided.new_deadline = Set(Some(longer.deadline));
                // The deadline change is kept in history: from and to.
                details.insert("oldDeadline".into(), current.deadline.to_rfc3339().into());
                details.insert("newDeadline".into(), longer.deadline.to_rfc3339().into());
                clock_override = Some(longer);
            } else {
                decided.status = Set(ExtensionStatus::Refused);
            }
            conn.update(decided).await?;
        }
        EventAction::Complete => {
            model.result = Set(Some(required(
                "result",
                request.result.as_deref(),
                "处置结果",
            )?));
        }
        EventAction::Close => {
            model.closed_at = Set(Some(now));
            // "小事不出网格": the level that held it when it was closed.
            model.closed_level = Set(Some(event.level));
        }
        EventAction::Revisit => {
            let satisfaction = request.satisfaction.ok_or_else(|| {
                AppError::invalid("satisfaction", UserErrorCode::Required, "请选择满意度")
            })?;
            model.satisfaction = Set(Some(satisfaction));
            details.insert(
                "satisfaction".into(),
                serde_json::to_value(satisfaction).unwrap_or_default(),
            );
        }
        EventAction::Reopen => {
            model.closed_at = Set(None);
            model.closed_level = Set(None);
        }
        _ => {}
    }
    if action == EventAction::Reject {
        model.phase = Set(None);
    }

    // The phase clock.
    let new_phase = phase_of(to);
    if let Some(clock) = clock_override {
        set_clock(&mut model, Some(&clock));
    } else if new_phase != event.phase || restarts_phase(action) {
        model.phase = Set(new_phase);
        match new_phase {
            Some(phase) => {
                let clock = start_phase(conn, &event, phase, now).await?;
                set_clock(&mut model, Some(&clock));
                model.phase_seq = Set(event.phase_seq + 1);
                model.extension_pending = Set(false);
            }
            None => set_clock(&mut model, None),
        }
    }

    let saved = save(conn, &event, model, now).await?;
    let actor = Actor::of(conn, access).await?;
    let history = record(
        conn,
        Entry {
            before: Some(&event),
            after: &saved,
            action,
            actor: &actor,
            at: now,
            comment,
            details: (!details.is_empty()).then_some(serde_json::Value::Object(details)),
        },
    )
    .await?;
    if !request.photos.is_empty() {
        attachments::store(
            ctx.state,
            conn,
            &saved,
            Some(history),
            Some(access.user_id),
            request.photos,
            now,
        )
        .await?;
    }
    publish_after_commit(
        ctx.db,
        &ctx.state.cache,
        EventChange::of(&saved, action, now),
    );
    Ok(saved)
}

/// A revisit that reopens the event: recorded as the revisit, then the reopening.
pub async fn revisit_and_reopen(ctx: &Ctx<'_>, request: Request) -> AppResult<event::Model> {
    if request.satisfaction != Some(Satisfaction::Dissatisfied) {
        return Err(AppError::Invalid(vec![UserError::new(
            "reopen",
            UserErrorCode::InvalidValue,
            "只有不满意的回访才能重新办理",
        )]));
    }
    let id = request.id;
    let comment = request.comment.clone();
    let revisited = apply(ctx, EventAction::Revisit, request).await?;
    apply(
        ctx,
        EventAction::Reopen,
        Request {
            id,
            version: revisited.version,
            comment,
            ..Default::default()
        },
    )
    .await
}
