//! A year of events: each with the history of the steps it took, the phase clock of open ones
//! (some running late, so every warning colour occurs), automatic supervision orders for the
//! overdue, and the dispute record of the disputes family.

use super::county::{GridInfo, Loader};
use super::people;
use super::{STREETS, derived_id, insert_all};
use chrono::Duration;
use entities::enums::*;
use entities::{dispute_party, event, event_dispute, event_history, supervision_order};
use gridgov_api::domain::event_deadlines::{PhaseClock, TimeLimits, WarningThresholds};
use gridgov_api::domain::event_machine::phase_of;
use gridgov_api::domain::work_calendar::WorkCalendar;
use gridgov_api::error::AppResult;
use gridgov_api::tenancy::with_tenant;
use rand::Rng;
use uuid::Uuid;

/// The steps from the report to the archive, each with the status it leads to.
const LOOP: [(EventAction, EventStatus); 8] = [
    (EventAction::Report, EventStatus::Reported),
    (EventAction::Accept, EventStatus::Accepted),
    (EventAction::Dispatch, EventStatus::Dispatched),
    (EventAction::SignFor, EventStatus::Handling),
    (EventAction::Complete, EventStatus::Done),
    (EventAction::Close, EventStatus::Closed),
    (EventAction::Revisit, EventStatus::Revisited),
    (EventAction::Archive, EventStatus::Archived),
];

#[derive(Default)]
struct Batch {
    events: Vec<event::Model>,
    history: Vec<event_history::Model>,
    orders: Vec<supervision_order::Model>,
    disputes: Vec<event_dispute::Model>,
    parties: Vec<dispute_party::Model>,
}

pub async fn load(loader: &mut Loader<'_>) -> AppResult<()> {
    let leaves: Vec<entities::event_category::Model> = loader
        .categories
        .iter()
        .filter(|c| c.parent_id.is_some())
        .cloned()
        .collect();
    if leaves.is_empty() || loader.grids.is_empty() {
        return Ok(());
    }
    let per_street = loader.plan.events / STREETS;
    let mut number = 0u32;
    for s in 1..=STREETS {
        let street = derived_id(&loader.plan.code, "street", s);
        let grids: Vec<GridInfo> = loader
            .grids
            .iter()
            .filter(|g| g.street_id == street)
            .cloned()
            .collect();
        let mut batch = Batch::default();
        let count = per_street + u32::from(s <= loader.plan.events % STREETS);
        for _ in 0..count {
            number += 1;
            let grid = &grids[loader.rng.random_range(0..grids.len())];
            let category = &leaves[loader.rng.random_range(0..leaves.len())];
            one_event(loader, &mut batch, number, grid, category);
        }
        let tenant_id = loader.tenant_id;
        let rows = with_tenant(&loader.state.db, Some(tenant_id), async |db| {
            let conn = db.conn().await?;
            let mut rows = insert_all::<event::Entity, _>(conn, batch.events).await?;
            rows += insert_all::<event_history::Entity, _>(conn, batch.history).await?;
            rows += insert_all::<supervision_order::Entity, _>(conn, batch.orders).await?;
            rows += insert_all::<event_dispute::Entity, _>(conn, batch.disputes).await?;
            rows += insert_all::<dispute_party::Entity, _>(conn, batch.parties).await?;
            Ok(rows)
        })
        .await?;
        loader.rows += rows;
        loader.refresh_statistics_now_and_then(s).await?;
        loader.say(&format!(
            "events street {s}/{STREETS}: {number} events, {} rows",
            loader.rows
        ));
    }
    Ok(())
}

/// How many steps of [`LOOP`] an event took, by its age: old events are finished, recent ones
/// are anywhere on the way. `None`: rejected after the report.
fn steps_taken(rng: &mut impl Rng, age_days: i64) -> Option<usize> {
    if rng.random_bool(0.03) {
        return None;
    }
    Some(if age_days > 20 {
        match rng.random_range(0..100) {
            0..40 => 8,
            40..70 => 7,
            _ => 6,
        }
    } else {
        match rng.random_range(0..100) {
            0..10 => 1,
            10..22 => 2,
            22..40 => 3,
            40..72 => 4,
            72..84 => 5,
            84..94 => 6,
            _ => 7,
        }
    })
}

fn one_event(
    loader: &mut Loader<'_>,
    batch: &mut Batch,
    number: u32,
    grid: &GridInfo,
    category: &entities::event_category::Model,
) {
    let (tenant_id, now) = (loader.tenant_id, loader.now);
    let rng = &mut loader.rng;
    let id = derived_id(&loader.plan.code, "event", number);
    let age_minutes = rng.random_range(30..365 * 24 * 60i64);
    let reported_at = now - Duration::minutes(age_minutes);
    let urgency = match rng.random_range(0..100) {
        0..80 => Urgency::Routine,
        80..96 => Urgency::Urgent,
        _ => Urgency::Emergency,
    };
    let source = match rng.random_range(0..10) {
        0..5 => EventSource::Patrol,
        5 | 6 => EventSource::Hotline,
        7 => EventSource::Resident,
        8 => EventSource::Video,
        _ => EventSource::Department,
    };
    let department = category
        .default_department_id
        .unwrap_or_else(|| loader.departments[rng.random_range(0..loader.departments.len())]);
    let mut description = people::event_description(rng, &category.name, &grid.name);
    if let Some(canary) = loader.plan.canary()
        && number.is_multiple_of(10)
    {
        description.push_str(&canary);
    }
    let steps = steps_taken(rng, age_minutes / (24 * 60));
    // The steps' times: spread over the event's age for open events, hours to days otherwise.
    let mut path: Vec<(EventAction, EventStatus)> = match steps {
        None => vec![LOOP[0], (EventAction::Reject, EventStatus::Rejected)],
        Some(n) => LOOP[..n].to_vec(),
    };
    let finished = matches!(
        path.last().map(|p| p.1),
        Some(
            EventStatus::Closed
                | EventStatus::Revisited
                | EventStatus::Archived
                | EventStatus::Rejected
        )
    );
    let mut at = reported_at;
    let mut times = Vec::with_capacity(path.len());
    for (i, _) in path.iter().enumerate() {
        if i > 0 {
            let gap = if finished {
                rng.random_range(20..3 * 24 * 60)
            } else {
                let left = (now - at).num_minutes().max(2);
                rng.random_range(1..left.clamp(2, 3 * 24 * 60))
            };
            at += Duration::minutes(gap);
            if at > now {
                at = now - Duration::minutes(1);
            }
        }
        times.push(at);
    }
    let status = path.last().map_or(EventStatus::Reported, |p| p.1);
    let dispatched = path.iter().any(|p| p.0 == EventAction::Dispatch);
    let phase = phase_of(status);
    let phase_started = times.last().copied().unwrap_or(reported_at);
    // The product's default limits and thresholds, on the calendar (no working hours).
    let clock = phase.map(|phase| {
        let c = PhaseClock::start(
            phase_started,
            TimeLimits::default().minutes(phase, urgency),
            TimeBasis::Calendar,
            &WorkCalendar::default(),
            WarningThresholds::default(),
        );
        (c.yellow_at, c.orange_at, c.deadline)
    });
    let closed_at = path
        .iter()
        .position(|p| p.0 == EventAction::Close)
        .map(|i| times[i]);
    let level = if dispatched {
        RegionKind::Street
    } else {
        RegionKind::Grid
    };
    let satisfaction =
        path.iter()
            .any(|p| p.0 == EventAction::Revisit)
            .then(|| match rng.random_range(0..10) {
                0..7 => Satisfaction::Satisfied,
                7 | 8 => Satisfaction::BasicallySatisfied,
                _ => Satisfaction::Dissatisfied,
            });
    let overdue = clock.is_some_and(|(_, _, deadline)| deadline < now);
    let event_number = format!("SJ{}-{number:06}", reported_at.format("%Y%m%d"));
    batch.events.push(event::Model {
        tenant_id,
        id,
        number: event_number,
        category_id: category.id,
        family: category.family,
        description,
        urgency,
        source,
        status,
        level,
        region_id: grid.id,
        street_id: Some(grid.street_id),
        community_id: Some(grid.community_id),
        grid_id: Some(grid.id),
        micro_grid_id: None,
        lng: Some(grid.center.0 + rng.random_range(-0.001..0.001)),
        lat: Some(grid.center.1 + rng.random_range(-0.001..0.001)),
        address: Some(format!("{}附近", grid.name)),
        reporter_name: (source == EventSource::Hotline)
            .then(|| people::full_name(rng, Gender::Female)),
        reporter_phone_cipher: None,
        reporter_phone_masked: None,
        reported_by: None,
        external_ref: (source == EventSource::Hotline).then(|| format!("12345-{number:08}")),
        reported_at,
        department_id: dispatched.then_some(department),
        dispatch_level: dispatched.then_some(RegionKind::Street),
        phase,
        phase_seq: path.len() as i32,
        phase_started_at: phase.map(|_| phase_started),
        phase_yellow_at: clock.map(|c| c.0),
        phase_orange_at: clock.map(|c| c.1),
        phase_deadline: clock.map(|c| c.2),
        extension_pending: false,
        supervised_seq: overdue.then_some(path.len() as i32),
        escalated_seq: None,
        result: closed_at.map(|_| "已按要求处理完毕，现场已恢复正常，群众认可。".to_string()),
        closed_at,
        closed_level: closed_at.map(|_| level),
        satisfaction,
        merged_into_id: None,
        version: path.len() as i32,
        created_at: reported_at,
        updated_at: times.last().copied().unwrap_or(reported_at),
    });
    let mut from = None;
    for ((action, to), when) in path.drain(..).zip(times.iter()) {
        let step_level = if matches!(action, EventAction::Report | EventAction::Accept) {
            RegionKind::Grid
        } else {
            level
        };
        batch.history.push(event_history::Model {
            tenant_id,
            id: Uuid::from_u128(rng.random()),
            event_id: id,
            action,
            from_status: from,
            to_status: to,
            actor_id: None,
            actor_name: people::full_name(rng, Gender::Male),
            at: *when,
            comment: matches!(action, EventAction::Complete | EventAction::Close)
                .then(|| "已到现场处理，拍照存档。".to_string()),
            level: step_level,
            department_id: matches!(
                action,
                EventAction::Dispatch | EventAction::SignFor | EventAction::Complete
            )
            .then_some(department),
            deadline: None,
            details: None,
        });
        from = Some(to);
    }
    if overdue && let Some((_, _, deadline)) = clock {
        batch.orders.push(supervision_order::Model {
            tenant_id,
            id: Uuid::from_u128(rng.random()),
            event_id: id,
            kind: SupervisionKind::Automatic,
            card: SupervisionCard::Red,
            message: "事件已超期，请尽快办理并回复。".into(),
            raised_by: None,
            raised_at: deadline,
            reply_deadline: deadline + Duration::hours(24),
            reply: None,
            replied_by: None,
            replied_at: None,
            auto_key: Some(format!("{id}:{}", times.len())),
            version: 1,
        });
    }
    if category.family == EventFamily::Dispute && !loader.dispute_types.is_empty() {
        let scale = match rng.random_range(0..20) {
            0..16 => DisputeScale::Individual,
            16..19 => DisputeScale::Group,
            _ => DisputeScale::MajorGroup,
        };
        batch.disputes.push(event_dispute::Model {
            tenant_id,
            id,
            dispute_type_id: Some(
                loader.dispute_types[rng.random_range(0..loader.dispute_types.len())],
            ),
            scale,
            amount_fen: rng
                .random_bool(0.4)
                .then(|| rng.random_range(10_000..50_000_000)),
            risk: match scale {
                DisputeScale::Individual => RiskColour::Yellow,
                DisputeScale::Group => RiskColour::Orange,
                DisputeScale::MajorGroup => RiskColour::Red,
            },
            agreement: closed_at.map(|_| "双方自愿达成调解协议，当场履行。".to_string()),
            outcome: closed_at.map(|_| DisputeOutcome::Resolved),
            outcome_on: closed_at.map(gridgov_api::domain::today_at),
            version: 1,
            created_at: reported_at,
            updated_at: reported_at,
        });
        for _ in 0..2 {
            batch.parties.push(dispute_party::Model {
                tenant_id,
                id: Uuid::from_u128(rng.random()),
                event_id: id,
                name: people::full_name(rng, Gender::Male),
                kind: PartyKind::Person,
                resident_id: None,
                phone_cipher: None,
                phone_masked: None,
            });
        }
    }
}
