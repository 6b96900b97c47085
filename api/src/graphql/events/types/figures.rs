//! Event and dispute figures.

use super::*;
use crate::service::events::figures;
use async_graphql::{ComplexObject, SimpleObject};
use entities::event;

/// A count under a key (an enum value or a category / dispute-type code) and its label.
#[derive(SimpleObject)]
pub struct FigureCount {
    pub key: String,
    pub label: String,
    pub count: i64,
}

impl From<figures::Count> for FigureCount {
    fn from(c: figures::Count) -> Self {
        Self {
            key: c.key,
            label: c.label,
            count: c.count,
        }
    }
}

fn counts(list: Vec<figures::Count>) -> Vec<FigureCount> {
    list.into_iter().map(Into::into).collect()
}

/// Event figures of a subtree, department and period. Counts group the events reported in
/// the period; rates count what happened in the period, from the history; 0–1, null when
/// there is nothing to divide by.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct EventFigures {
    pub reported: i64,
    pub by_status: Vec<FigureCount>,
    /// By top-level category.
    pub by_category: Vec<FigureCount>,
    pub by_source: Vec<FigureCount>,
    pub by_closed_level: Vec<FigureCount>,
    /// The open events' colours now.
    pub by_colour: Vec<FigureCount>,
    /// Sign-fors by their deadline ÷ sign-fors.
    pub on_time_sign_for_rate: Option<f64>,
    /// 按期结案率: closures whose every step met its deadline ÷ closures.
    pub on_time_closure_rate: Option<f64>,
    /// 返工率: reworks ÷ completions.
    pub rework_rate: Option<f64>,
    /// Returns ÷ dispatches.
    pub return_rate: Option<f64>,
    /// 满意率: satisfied or basically satisfied ÷ revisits.
    pub satisfaction_rate: Option<f64>,
    /// From report to closure, for the events closed in the period.
    pub average_handling_hours: Option<f64>,
    #[graphql(skip)]
    pub overdue_events: Vec<event::Model>,
}

#[ComplexObject]
impl EventFigures {
    /// Open events past their phase deadline now, most overdue first (at most 100).
    async fn overdue(&self) -> Vec<Event> {
        self.overdue_events.iter().cloned().map(Event).collect()
    }
}

impl From<figures::EventFigures> for EventFigures {
    fn from(f: figures::EventFigures) -> Self {
        Self {
            reported: f.reported,
            by_status: counts(f.by_status),
            by_category: counts(f.by_category),
            by_source: counts(f.by_source),
            by_closed_level: counts(f.by_closed_level),
            by_colour: counts(f.by_colour),
            on_time_sign_for_rate: f.on_time_sign_for_rate,
            on_time_closure_rate: f.on_time_closure_rate,
            rework_rate: f.rework_rate,
            return_rate: f.return_rate,
            satisfaction_rate: f.satisfaction_rate,
            average_handling_hours: f.average_handling_hours,
            overdue_events: f.overdue,
        }
    }
}

/// Disputes reported in a period, and the resolution rate (化解率 = resolved ÷ all).
#[derive(SimpleObject)]
pub struct DisputeFigures {
    pub total: i64,
    pub resolved: i64,
    pub failed: i64,
    pub sent_to_court: i64,
    /// No outcome yet.
    pub open: i64,
    pub resolution_rate: Option<f64>,
    pub by_risk: Vec<FigureCount>,
    pub by_type: Vec<FigureCount>,
}

impl From<figures::DisputeFigures> for DisputeFigures {
    fn from(f: figures::DisputeFigures) -> Self {
        Self {
            total: f.total,
            resolved: f.resolved,
            failed: f.failed,
            sent_to_court: f.sent_to_court,
            open: f.open,
            resolution_rate: f.resolution_rate,
            by_risk: counts(f.by_risk),
            by_type: counts(f.by_type),
        }
    }
}
