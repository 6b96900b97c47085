//! The deadline scheduler, running inside every server process. With Redis, a lock taken for
//! one interval lets one process sweep at a time; the sweep itself is idempotent (one order
//! per red phase, escalation under a version check), so a lost lock costs work, not
//! correctness.

use crate::service::events::supervision;
use crate::state::AppState;
use std::time::Duration;

const LOCK: &str = "scheduler:event-deadlines";

/// Sweeps once if this process gets the lock; returns whether it swept.
pub async fn tick(state: &AppState, lock_for: Duration) -> bool {
    let holder = uuid::Uuid::now_v7().to_string();
    match state.cache.set_if_absent(LOCK, &holder, lock_for).await {
        Ok(true) => {}
        Ok(false) => return false,
        Err(error) => {
            tracing::warn!(%error, "the scheduler lock is unavailable; skipping this sweep");
            return false;
        }
    }
    match supervision::sweep_all(state, state.clock.now()).await {
        Ok(done) if done.supervised + done.escalated > 0 => {
            tracing::info!(
                supervised = done.supervised,
                escalated = done.escalated,
                "deadline sweep"
            );
        }
        Ok(_) => {}
        Err(error) => tracing::error!(?error, "the deadline sweep failed"),
    }
    true
}

/// Starts the loop, unless the interval is 0 (tests drive [`tick`] themselves).
pub fn spawn(state: AppState) {
    let seconds = state.settings.events.scheduler_interval_seconds;
    if seconds == 0 {
        return;
    }
    let interval = Duration::from_secs(seconds);
    tokio::spawn(async move {
        let mut timer = tokio::time::interval(interval);
        timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            timer.tick().await;
            // Held a little less than the interval, so the next tick can take it again.
            tick(&state, interval.mul_f32(0.9)).await;
        }
    });
}
