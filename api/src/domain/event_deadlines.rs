//! Time limits and warning colours — the one place that says how late an event is.
//!
//! When a phase starts, its deadline and the instants at which it turns yellow and orange are
//! computed once (on the working calendar when the category counts working hours) and stored
//! on the event; the colour at any moment is then a comparison, in Rust and in SQL alike.

use super::work_calendar::WorkCalendar;
use super::{UserError, UserErrorCode};
use chrono::{DateTime, Duration, Utc};
use entities::enums::{EventPhase, TimeBasis, Urgency};
use serde::{Deserialize, Serialize};

/// Minutes allowed per urgency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PerUrgency {
    pub routine: i32,
    pub urgent: i32,
    pub emergency: i32,
}

impl PerUrgency {
    pub fn get(&self, urgency: Urgency) -> i32 {
        match urgency {
            Urgency::Routine => self.routine,
            Urgency::Urgent => self.urgent,
            Urgency::Emergency => self.emergency,
        }
    }
}

/// A category's limits per phase, in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeLimits {
    pub accept: PerUrgency,
    pub sign_for: PerUrgency,
    pub handle: PerUrgency,
    pub verify: PerUrgency,
}

const HOUR: i32 = 60;

impl Default for TimeLimits {
    /// A real district's rules: respond within 2 h; a department signs within 1 h ("吹哨报到");
    /// resolve urgent matters within 24 h and routine ones within 72 h; verify within 24 h.
    /// Emergencies get half an hour to respond and four hours to resolve.
    fn default() -> Self {
        Self {
            accept: PerUrgency {
                routine: 2 * HOUR,
                urgent: 2 * HOUR,
                emergency: 30,
            },
            sign_for: PerUrgency {
                routine: 2 * HOUR,
                urgent: HOUR,
                emergency: 30,
            },
            handle: PerUrgency {
                routine: 72 * HOUR,
                urgent: 24 * HOUR,
                emergency: 4 * HOUR,
            },
            verify: PerUrgency {
                routine: 24 * HOUR,
                urgent: 24 * HOUR,
                emergency: 4 * HOUR,
            },
        }
    }
}

/// The longest limit accepted: a year.
const MAX_MINUTES: i32 = 366 * 24 * 60;

impl TimeLimits {
    pub fn minutes(&self, phase: EventPhase, urgency: Urgency) -> i32 {
        match phase {
            EventPhase::Accept => self.accept,
            EventPhase::SignFor => self.sign_for,
            EventPhase::Handle => self.handle,
            EventPhase::Verify => self.verify,
        }
        .get(urgency)
    }

    pub fn validate(&self) -> Result<(), UserError> {
        let all = [self.accept, self.sign_for, self.handle, self.verify];
        if all
            .iter()
            .flat_map(|p| [p.routine, p.urgent, p.emergency])
            .any(|m| !(1..=MAX_MINUTES).contains(&m))
        {
            return Err(UserError::new(
                "timeLimits",
                UserErrorCode::InvalidValue,
                "每个时限须在 1 分钟到 366 天之间",
            ));
        }
        Ok(())
    }
}

/// The share of a phase's time after which it turns yellow and orange (per tenant).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WarningThresholds {
    pub yellow_percent: i32,
    pub orange_percent: i32,
}

impl Default for WarningThresholds {
    fn default() -> Self {
        Self {
            yellow_percent: 50,
            orange_percent: 80,
        }
    }
}

impl WarningThresholds {
    pub fn validate(&self) -> Result<(), UserError> {
        if !(0 < self.yellow_percent
            && self.yellow_percent < self.orange_percent
            && self.orange_percent < 100)
        {
            return Err(UserError::new(
                "warningThresholds",
                UserErrorCode::InvalidValue,
                "须满足 0 < 黄色 < 橙色 < 100",
            ));
        }
        Ok(())
    }
}

/// 绿 | 黄 | 橙 | 红 — how much of its current phase's time an open event has used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningColour {
    Green,
    Yellow,
    Orange,
    Red,
}

/// The instants of one phase: when it started and when it turns yellow, orange and red.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhaseClock {
    pub started_at: DateTime<Utc>,
    pub yellow_at: DateTime<Utc>,
    pub orange_at: DateTime<Utc>,
    pub deadline: DateTime<Utc>,
}

impl PhaseClock {
    /// A phase of `minutes` starting at `start`, counted on `calendar` for working hours.
    pub fn start(
        start: DateTime<Utc>,
        minutes: i32,
        basis: TimeBasis,
        calendar: &WorkCalendar,
        thresholds: WarningThresholds,
    ) -> Self {
        let total = i64::from(minutes) * 60;
        let after = |seconds: i64| match basis {
            TimeBasis::Calendar => start + Duration::seconds(seconds),
            TimeBasis::Working => calendar.add_working_seconds(start, seconds),
        };
        Self {
            started_at: start,
            yellow_at: after(total * i64::from(thresholds.yellow_percent) / 100),
            orange_at: after(total * i64::from(thresholds.orange_percent) / 100),
            deadline: after(total),
        }
    }

    /// The phase moved to a later deadline (an approved extension): the warnings keep their
    /// shares of the longer phase.
    pub fn extended(
        &self,
        extra_minutes: i32,
        basis: TimeBasis,
        calendar: &WorkCalendar,
        thresholds: WarningThresholds,
    ) -> Self {
        let deadline = match basis {
            TimeBasis::Calendar => self.deadline + Duration::minutes(i64::from(extra_minutes)),
            TimeBasis::Working => {
                calendar.add_working_seconds(self.deadline, i64::from(extra_minutes) * 60)
            }
        };
        let total = (deadline - self.started_at).num_seconds();
        let share =
            |percent: i32| self.started_at + Duration::seconds(total * i64::from(percent) / 100);
        Self {
            started_at: self.started_at,
            yellow_at: share(thresholds.yellow_percent),
            orange_at: share(thresholds.orange_percent),
            deadline,
        }
    }

    pub fn colour(&self, now: DateTime<Utc>) -> WarningColour {
        colour_at(now, self.yellow_at, self.orange_at, self.deadline)
    }
}

/// The colour at `now` of a phase with these instants; red from the deadline on.
pub fn colour_at(
    now: DateTime<Utc>,
    yellow_at: DateTime<Utc>,
    orange_at: DateTime<Utc>,
    deadline: DateTime<Utc>,
) -> WarningColour {
    if now >= deadline {
        WarningColour::Red
    } else if now >= orange_at {
        WarningColour::Orange
    } else if now >= yellow_at {
        WarningColour::Yellow
    } else {
        WarningColour::Green
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock(minutes: i32) -> (DateTime<Utc>, PhaseClock) {
        let start = DateTime::parse_from_rfc3339("2026-11-23T01:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        let clock = PhaseClock::start(
            start,
            minutes,
            TimeBasis::Calendar,
            &WorkCalendar::default(),
            WarningThresholds::default(),
        );
        (start, clock)
    }

    #[test]
    fn colours_at_49_50_80_and_100_percent() {
        let (start, clock) = clock(100);
        let at = |m: i64| clock.colour(start + Duration::minutes(m));
        assert_eq!(at(49), WarningColour::Green);
        assert_eq!(at(50), WarningColour::Yellow);
        assert_eq!(at(79), WarningColour::Yellow);
        assert_eq!(at(80), WarningColour::Orange);
        assert_eq!(at(99), WarningColour::Orange);
        assert_eq!(at(100), WarningColour::Red);
    }

    #[test]
    fn working_hour_phases_stop_at_night() {
        // Monday 09:00 local (01:00 UTC) + 8 working hours → Tuesday 09:30 local.
        let start = DateTime::parse_from_rfc3339("2026-11-23T01:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        let clock = PhaseClock::start(
            start,
            8 * 60,
            TimeBasis::Working,
            &WorkCalendar::default(),
            WarningThresholds::default(),
        );
        assert_eq!(clock.deadline.to_rfc3339(), "2026-11-24T01:30:00+00:00");
        // Half of 8 working hours is 4: 09:00–12:00 and 13:30–14:30.
        assert_eq!(clock.yellow_at.to_rfc3339(), "2026-11-23T06:30:00+00:00");
    }

    #[test]
    fn an_extension_moves_the_deadline_and_the_warnings() {
        let (start, clock) = clock(100);
        let longer = clock.extended(
            100,
            TimeBasis::Calendar,
            &WorkCalendar::default(),
            WarningThresholds::default(),
        );
        assert_eq!(longer.deadline, start + Duration::minutes(200));
        assert_eq!(longer.yellow_at, start + Duration::minutes(100));
        assert_eq!(
            longer.colour(start + Duration::minutes(120)),
            WarningColour::Yellow
        );
    }

    #[test]
    fn thresholds_and_limits_are_checked() {
        assert!(
            WarningThresholds {
                yellow_percent: 80,
                orange_percent: 50
            }
            .validate()
            .is_err()
        );
        assert!(
            WarningThresholds {
                yellow_percent: 0,
                orange_percent: 50
            }
            .validate()
            .is_err()
        );
        assert!(WarningThresholds::default().validate().is_ok());
        let mut limits = TimeLimits::default();
        assert!(limits.validate().is_ok());
        limits.handle.routine = 0;
        assert!(limits.validate().is_err());
    }

    #[test]
    fn the_default_limits_are_the_district_rules() {
        let limits = TimeLimits::default();
        assert_eq!(limits.minutes(EventPhase::Accept, Urgency::Routine), 120);
        assert_eq!(limits.minutes(EventPhase::Handle, Urgency::Urgent), 24 * 60);
        assert_eq!(
            limits.minutes(EventPhase::Handle, Urgency::Routine),
            72 * 60
        );
        assert_eq!(
            limits.minutes(EventPhase::Verify, Urgency::Routine),
            24 * 60
        );
    }
}
