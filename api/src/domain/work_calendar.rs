//! A tenant's work calendar (工作日历): working weekdays, daily working periods, public holidays
//! and the weekend days that are worked instead (调休). Time limits that count working hours
//! are added on this calendar, in China Standard Time.

use super::{UserError, UserErrorCode};
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Serialised as the tenant setting `event_calendar`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkCalendar {
    /// ISO weekdays (1 = Monday … 7 = Sunday) that are working days.
    pub workdays: Vec<u32>,
    /// Working periods of a working day, local time, in order and not overlapping.
    pub periods: Vec<(NaiveTime, NaiveTime)>,
    pub holidays: BTreeSet<NaiveDate>,
    /// Days worked although their weekday is not a working day (调休上班).
    pub extra_workdays: BTreeSet<NaiveDate>,
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

impl Default for WorkCalendar {
    /// Monday to Friday, 08:30–12:00 and 13:30–17:30.
    fn default() -> Self {
        Self {
            workdays: vec![1, 2, 3, 4, 5],
            periods: vec![(hm(8, 30), hm(12, 0)), (hm(13, 30), hm(17, 30))],
            holidays: BTreeSet::new(),
            extra_workdays: BTreeSet::new(),
        }
    }
}

/// China Standard Time.
pub fn china() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).expect("UTC+8 is a valid offset")
}

/// A search for working time gives up after this many days (a calendar with no working day at
/// all is refused when it is set, so this is only a guard).
const MAX_DAYS: i64 = 3 * 366;

impl WorkCalendar {
    /// Checks the calendar can be worked with.
    pub fn validate(&self) -> Result<(), UserError> {
        let bad = |m: &str| UserError::new("calendar", UserErrorCode::InvalidValue, m);
        if self.workdays.is_empty() || self.workdays.iter().any(|d| !(1..=7).contains(d)) {
            return Err(bad("workdays are ISO weekdays 1–7, at least one"));
        }
        if self.periods.is_empty() {
            return Err(bad("a working day needs at least one working period"));
        }
        let mut previous_end = NaiveTime::MIN;
        for (i, (start, end)) in self.periods.iter().enumerate() {
            if start >= end || (i > 0 && *start < previous_end) {
                return Err(bad("working periods must be in order and must not overlap"));
            }
            previous_end = *end;
        }
        Ok(())
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        if self.holidays.contains(&day) {
            return false;
        }
        self.extra_workdays.contains(&day)
            || self.workdays.contains(&day.weekday().number_from_monday())
    }

    /// The instant `seconds` of working time after `start`. Time outside working periods does
    /// not count; a start outside them counts from the next period.
    pub fn add_working_seconds(&self, start: DateTime<Utc>, seconds: i64) -> DateTime<Utc> {
        let zone = china();
        let local = start.with_timezone(&zone);
        let mut left = seconds.max(0);
        let mut day = local.date_naive();
        for _ in 0..MAX_DAYS {
            if self.is_working_day(day) {
                for (from, to) in &self.periods {
                    let Some(period_start) =
                        zone.from_local_datetime(&day.and_time(*from)).single()
                    else {
                        continue;
                    };
                    let Some(period_end) = zone.from_local_datetime(&day.and_time(*to)).single()
                    else {
                        continue;
                    };
                    let begin = period_start.max(local);
                    if begin >= period_end {
                        continue;
                    }
                    let available = (period_end - begin).num_seconds();
                    if left <= available {
                        return (begin + Duration::seconds(left)).with_timezone(&Utc);
                    }
                    left -= available;
                }
            }
            day = match day.succ_opt() {
                Some(next) => next,
                None => break,
            };
        }
        start + Duration::seconds(seconds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: &str, time: &str) -> DateTime<Utc> {
        let naive =
            chrono::NaiveDateTime::parse_from_str(&format!("{day} {time}"), "%Y-%m-%d %H:%M")
                .expect("test instant");
        china()
            .from_local_datetime(&naive)
            .single()
            .expect("unambiguous")
            .with_timezone(&Utc)
    }

    const HOUR: i64 = 3600;

    #[test]
    fn within_one_period() {
        let calendar = WorkCalendar::default();
        // Monday 2026-11-23 09:00 + 2 h
        assert_eq!(
            calendar.add_working_seconds(at("2026-11-23", "09:00"), 2 * HOUR),
            at("2026-11-23", "11:00")
        );
    }

    #[test]
    fn across_the_lunch_break() {
        let calendar = WorkCalendar::default();
        assert_eq!(
            calendar.add_working_seconds(at("2026-11-23", "11:00"), 2 * HOUR),
            at("2026-11-23", "14:30")
        );
    }

    #[test]
    fn outside_working_hours_counts_from_the_next_period() {
        let calendar = WorkCalendar::default();
        assert_eq!(
            calendar.add_working_seconds(at("2026-11-23", "20:00"), HOUR),
            at("2026-11-24", "09:30")
        );
    }

    #[test]
    fn across_a_weekend() {
        let calendar = WorkCalendar::default();
        // Friday 2026-11-27 16:30 + 2 h: 1 h on Friday, 1 h on Monday.
        assert_eq!(
            calendar.add_working_seconds(at("2026-11-27", "16:30"), 2 * HOUR),
            at("2026-11-30", "09:30")
        );
    }

    #[test]
    fn across_a_weekend_and_a_holiday() {
        let mut calendar = WorkCalendar::default();
        calendar
            .holidays
            .insert(NaiveDate::from_ymd_opt(2026, 11, 30).expect("date"));
        assert_eq!(
            calendar.add_working_seconds(at("2026-11-27", "16:30"), 2 * HOUR),
            at("2026-12-01", "09:30")
        );
    }

    #[test]
    fn a_worked_weekend_day_counts() {
        let mut calendar = WorkCalendar::default();
        calendar
            .extra_workdays
            .insert(NaiveDate::from_ymd_opt(2026, 11, 28).expect("date"));
        assert_eq!(
            calendar.add_working_seconds(at("2026-11-27", "16:30"), 2 * HOUR),
            at("2026-11-28", "09:30")
        );
    }

    #[test]
    fn a_working_day_holds_seven_and_a_half_hours() {
        let calendar = WorkCalendar::default();
        assert_eq!(
            calendar.add_working_seconds(at("2026-11-23", "08:30"), 15 * HOUR / 2),
            at("2026-11-23", "17:30")
        );
    }

    #[test]
    fn bad_calendars_are_refused() {
        let calendar = WorkCalendar {
            workdays: vec![],
            ..Default::default()
        };
        assert!(calendar.validate().is_err());
        let calendar = WorkCalendar {
            periods: vec![(hm(9, 0), hm(8, 0))],
            ..Default::default()
        };
        assert!(calendar.validate().is_err());
        let calendar = WorkCalendar {
            periods: vec![(hm(8, 0), hm(12, 0)), (hm(11, 0), hm(13, 0))],
            ..Default::default()
        };
        assert!(calendar.validate().is_err());
        assert!(WorkCalendar::default().validate().is_ok());
    }
}
