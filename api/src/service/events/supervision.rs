//! Supervision (督办): orders raised by hand by leaders and admins, and by the scheduler when
//! an event goes red; the scheduler also escalates an event one level after the tenant's grace.
//! Both are recorded in the event's history. Automatic orders carry a unique key per event
//! phase, so however many server processes sweep at once, each red phase gets one order.

use super::live::EventChange;
use super::transitions::{self, Actor, Ctx, Entry};
use super::{catalogue, load, place_of, reach_filter, visible};
use crate::access::{Permission, level_above};
use crate::domain::UserErrorCode;
use crate::domain::event_machine::{OPEN_STATUSES, is_open};
use crate::error::{AppError, AppResult};
use crate::service::common::page::PageRequest;
use crate::service::common::versioned;
use crate::state::AppState;
use crate::tenancy::TenantTx;
use chrono::{DateTime, Duration, Utc};
use entities::enums::{EventAction, SupervisionCard, SupervisionKind, TenantKind, TenantStatus};
use entities::{event, supervision_order, tenant};
use sea_orm::ActiveValue::Set;
use sea_orm::QueryTrait;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

/// How long the handler has to reply, by card.
fn reply_hours(card: SupervisionCard) -> i64 {
    match card {
        SupervisionCard::Normal => 72,
        SupervisionCard::Yellow => 48,
        SupervisionCard::Red => 24,
    }
}

pub async fn raise(
    ctx: &Ctx<'_>,
    event_id: Uuid,
    card: SupervisionCard,
    message: String,
    reply_deadline: Option<DateTime<Utc>>,
) -> AppResult<supervision_order::Model> {
    let (access, conn) = (ctx.access, ctx.conn);
    let now = ctx.state.clock.now();
    let event = load(conn, event_id).await?;
    access.check_event_transition(EventAction::Supervise, &place_of(&event))?;
    if !is_open(event.status) {
        return Err(AppError::InvalidTransition(
            "only open events are supervised".into(),
        ));
    }
    let message = message.trim().to_string();
    if message.is_empty() || message.chars().count() > 2000 {
        return Err(AppError::invalid(
            "message",
            UserErrorCode::Required,
            "请填写 1–2000 字的督办意见",
        ));
    }
    let deadline = reply_deadline.unwrap_or(now + Duration::hours(reply_hours(card)));
    if deadline <= now {
        return Err(AppError::invalid(
            "replyDeadline",
            UserErrorCode::InvalidValue,
            "回复期限须晚于现在",
        ));
    }
    let id = Uuid::now_v7();
    conn.insert_one(order_row(
        &event,
        id,
        SupervisionKind::Manual,
        card,
        message.clone(),
        Some(access.user_id),
        now,
        deadline,
        None,
    ))
    .exec_without_returning(conn)
    .await?;
    let actor = Actor::of(conn, access).await?;
    transitions::record(
        conn,
        Entry {
            before: Some(&event),
            after: &event,
            action: EventAction::Supervise,
            actor: &actor,
            at: now,
            comment: Some(message),
            details: Some(serde_json::json!({ "card": card, "kind": SupervisionKind::Manual })),
        },
    )
    .await?;
    super::live::publish_after_commit(
        ctx.db,
        &ctx.state.cache,
        EventChange::of(&event, EventAction::Supervise, now),
    );
    order(conn, id).await
}

#[allow(clippy::too_many_arguments)]
fn order_row(
    event: &event::Model,
    id: Uuid,
    kind: SupervisionKind,
    card: SupervisionCard,
    message: String,
    raised_by: Option<Uuid>,
    now: DateTime<Utc>,
    reply_deadline: DateTime<Utc>,
    auto_key: Option<String>,
) -> supervision_order::ActiveModel {
    supervision_order::ActiveModel {
        tenant_id: Set(event.tenant_id),
        id: Set(id),
        event_id: Set(event.id),
        kind: Set(kind),
        card: Set(card),
        message: Set(message),
        raised_by: Set(raised_by),
        raised_at: Set(now),
        reply_deadline: Set(reply_deadline),
        reply: Set(None),
        replied_by: Set(None),
        replied_at: Set(None),
        auto_key: Set(auto_key),
        version: Set(1),
    }
}

pub async fn order(conn: &TenantTx, id: Uuid) -> AppResult<supervision_order::Model> {
    conn.find::<supervision_order::Entity>()
        .filter(supervision_order::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("supervision order"))
}

/// An order the caller may see (its event visible).
pub async fn visible_order(ctx: &Ctx<'_>, id: Uuid) -> AppResult<supervision_order::Model> {
    let found = order(ctx.conn, id).await?;
    visible(ctx.conn, ctx.access, found.event_id)
        .await
        .map_err(|e| match e {
            AppError::NotFound(_) => AppError::NotFound("supervision order"),
            other => other,
        })?;
    Ok(found)
}

pub async fn reply(
    ctx: &Ctx<'_>,
    id: Uuid,
    version: Option<i32>,
    reply: String,
) -> AppResult<supervision_order::Model> {
    let (access, conn) = (ctx.access, ctx.conn);
    let now = ctx.state.clock.now();
    let current = visible_order(ctx, id).await?;
    let event = load(conn, current.event_id).await?;
    let (permission, allowed) =
        access.event_action_allowed(EventAction::ReplySupervision, &place_of(&event));
    access.check_event_action(permission, &place_of(&event), allowed)?;
    versioned::check_expected(version, current.version, "supervision order")?;
    if current.reply.is_some() {
        return Err(AppError::InvalidTransition(
            "this supervision order has been replied to".into(),
        ));
    }
    let reply = reply.trim().to_string();
    if reply.is_empty() || reply.chars().count() > 2000 {
        return Err(AppError::invalid(
            "reply",
            UserErrorCode::Required,
            "请填写 1–2000 字的回复",
        ));
    }
    let mut model: supervision_order::ActiveModel = current.clone().into();
    model.reply = Set(Some(reply.clone()));
    model.replied_by = Set(Some(access.user_id));
    model.replied_at = Set(Some(now));
    model.version = Set(current.version + 1);
    let saved = versioned::save::<supervision_order::Entity>(
        conn,
        model,
        id,
        current.version,
        "supervision order",
        None,
    )
    .await?;
    let actor = Actor::of(conn, access).await?;
    transitions::record(
        conn,
        Entry {
            before: Some(&event),
            after: &event,
            action: EventAction::ReplySupervision,
            actor: &actor,
            at: now,
            comment: Some(reply),
            details: None,
        },
    )
    .await?;
    Ok(saved)
}

pub async fn of_event(conn: &TenantTx, event_id: Uuid) -> AppResult<Vec<supervision_order::Model>> {
    Ok(conn
        .find::<supervision_order::Entity>()
        .filter(supervision_order::Column::EventId.eq(event_id))
        .order_by_asc(supervision_order::Column::RaisedAt)
        .all(conn)
        .await?)
}

/// The display name of who raised an order; `None` for the scheduler's orders (and for a user
/// no longer on record).
pub async fn raised_by_name(
    conn: &TenantTx,
    order: &supervision_order::Model,
) -> AppResult<Option<String>> {
    let Some(user_id) = order.raised_by else {
        return Ok(None);
    };
    Ok(conn
        .find::<entities::user::Entity>()
        .filter(entities::user::Column::Id.eq(user_id))
        .one(conn)
        .await?
        .map(|u| u.display_name))
}

/// Orders on events the caller sees, newest first; `open` = not yet replied.
pub async fn list(
    ctx: &Ctx<'_>,
    open: Option<bool>,
    event_id: Option<Uuid>,
    page: &PageRequest,
) -> AppResult<(Vec<(String, supervision_order::Model)>, bool, bool)> {
    let reach = ctx.access.event_reach(Permission::EventRead)?;
    let visible_events = ctx
        .conn
        .find::<event::Entity>()
        .filter(reach_filter(&reach))
        .select_only()
        .column(event::Column::Id)
        .into_query();
    let mut query = ctx
        .conn
        .find::<supervision_order::Entity>()
        .filter(supervision_order::Column::EventId.in_subquery(visible_events));
    match open {
        Some(true) => query = query.filter(supervision_order::Column::Reply.is_null()),
        Some(false) => query = query.filter(supervision_order::Column::Reply.is_not_null()),
        None => {}
    }
    if let Some(id) = event_id {
        visible(ctx.conn, ctx.access, id).await?;
        query = query.filter(supervision_order::Column::EventId.eq(id));
    }
    let offset: u64 = match &page.after {
        Some(a) => a
            .parse()
            .map_err(|_| AppError::BadUserInput("`after` is not a cursor of this list".into()))?,
        None => 0,
    };
    let rows = query
        .order_by_desc(supervision_order::Column::RaisedAt)
        .order_by_desc(supervision_order::Column::Id)
        .offset(offset)
        .limit(page.fetch_limit())
        .all(ctx.conn)
        .await?;
    let has_next = rows.len() as u64 > page.first;
    let items = rows
        .into_iter()
        .take(page.first as usize)
        .enumerate()
        .map(|(i, o)| {
            (
                crate::service::common::page::encode_cursor(&(offset + i as u64 + 1).to_string()),
                o,
            )
        })
        .collect();
    Ok((items, has_next, offset > 0))
}

/// What one sweep did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sweep {
    pub supervised: usize,
    pub escalated: usize,
}

/// Raises the automatic orders and escalations due at `now` in every active county.
pub async fn sweep_all(state: &AppState, now: DateTime<Utc>) -> AppResult<Sweep> {
    let counties = crate::tenancy::platform::tenants()
        .filter(tenant::Column::Kind.eq(TenantKind::County))
        .filter(tenant::Column::Status.eq(TenantStatus::Active))
        .all(&state.db)
        .await?;
    let mut total = Sweep::default();
    for county in counties {
        let done = crate::tenancy::with_tenant(&state.db, Some(county.id), async |db| {
            sweep_tenant(state, db, county.id, now).await
        })
        .await?;
        total.supervised += done.supervised;
        total.escalated += done.escalated;
    }
    Ok(total)
}

async fn sweep_tenant(
    state: &AppState,
    db: &crate::tenancy::RequestDb,
    tenant_id: Uuid,
    now: DateTime<Utc>,
) -> AppResult<Sweep> {
    let conn = db.conn().await?;
    let rules = catalogue::rules(conn, tenant_id).await?;
    let mut sweep = Sweep::default();
    let system = Actor::system();
    let red = conn
        .find::<event::Entity>()
        .filter(event::Column::Status.is_in(OPEN_STATUSES))
        .filter(event::Column::PhaseDeadline.lte(now))
        .all(conn)
        .await?;
    for event in red {
        let seq = event.phase_seq;
        if event.supervised_seq != Some(seq) {
            let inserted = conn
                .insert_one(order_row(
                    &event,
                    Uuid::now_v7(),
                    SupervisionKind::Automatic,
                    SupervisionCard::Normal,
                    format!("事件 {} 已超过办理时限，请尽快办理并回复", event.number),
                    None,
                    now,
                    now + Duration::hours(24),
                    Some(format!("{}:{seq}", event.id)),
                ))
                .on_conflict(
                    OnConflict::columns([
                        supervision_order::Column::TenantId,
                        supervision_order::Column::AutoKey,
                    ])
                    .do_nothing()
                    .to_owned(),
                )
                .exec_without_returning(conn)
                .await?;
            // Bookkeeping, not a change a user acts on: the version stays.
            conn.update_many::<event::Entity>()
                .col_expr(
                    event::Column::SupervisedSeq,
                    sea_orm::sea_query::Expr::value(seq),
                )
                .filter(event::Column::Id.eq(event.id))
                .exec(conn)
                .await?;
            if inserted > 0 {
                transitions::record(
                    conn,
                    Entry {
                        before: Some(&event),
                        after: &event,
                        action: EventAction::Supervise,
                        actor: &system,
                        at: now,
                        comment: Some("超时自动督办".into()),
                        details: Some(serde_json::json!({ "card": SupervisionCard::Normal, "kind": SupervisionKind::Automatic })),
                    },
                )
                .await?;
                publish(state, db, &event, EventAction::Supervise, now);
                sweep.supervised += 1;
            }
        }
        let grace = Duration::hours(i64::from(rules.escalation_grace_hours));
        let due = event.phase_deadline.is_some_and(|d| d + grace <= now);
        if due && event.escalated_seq != Some(seq) {
            let Some(above) = level_above(event.level) else {
                continue;
            };
            let mut model: event::ActiveModel = event.clone().into();
            model.level = Set(above);
            model.escalated_seq = Set(Some(seq));
            // Another process may have escalated it, or a user moved it: then skip.
            let Ok(saved) = transitions::save(conn, &event, model, now).await else {
                continue;
            };
            transitions::record(
                conn,
                Entry {
                    before: Some(&event),
                    after: &saved,
                    action: EventAction::AutoEscalate,
                    actor: &system,
                    at: now,
                    comment: Some(format!(
                        "超时 {} 小时未办结，自动升级",
                        rules.escalation_grace_hours
                    )),
                    details: Some(serde_json::json!({ "toLevel": above })),
                },
            )
            .await?;
            publish(state, db, &saved, EventAction::AutoEscalate, now);
            sweep.escalated += 1;
        }
    }
    Ok(sweep)
}

fn publish(
    state: &AppState,
    db: &crate::tenancy::RequestDb,
    event: &event::Model,
    action: EventAction,
    now: DateTime<Utc>,
) {
    super::live::publish_after_commit(db, &state.cache, EventChange::of(event, action, now));
}
