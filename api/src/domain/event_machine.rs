//! The closed loop of an event as one explicit state machine (domain.md §7):
//!
//! ```text
//! reported ─accept─► accepted ─handle locally─► handling ─complete─► done ─close─► closed
//!    │                 │  ▲  └─dispatch─► dispatched ─sign for─┘  ▲      │ rework    │ revisit
//!    └─reject/merge    │  └──escalate / return──┘                 └──────┘           ▼
//!                      └─merge                                   reopen ◄─ revisited ─archive─► archived
//! ```
//!
//! Who may take an edge is `crate::access::event_actors`' business; this module only knows
//! which edges exist. Actions that do not move the status (extensions, supervision, the
//! scheduler's escalation) are allowed on open events only.

use entities::enums::{EventAction, EventPhase, EventStatus};

/// The status after `action` from `from`, or `None` when the machine has no such edge.
pub fn transition(from: EventStatus, action: EventAction) -> Option<EventStatus> {
    use EventAction as A;
    use EventStatus as S;
    match (from, action) {
        (S::Reported, A::Accept) => Some(S::Accepted),
        (S::Reported, A::Reject) => Some(S::Rejected),
        (S::Reported | S::Accepted, A::Merge) => Some(S::Merged),
        (S::Accepted, A::HandleLocally) => Some(S::Handling),
        (S::Accepted, A::Dispatch) => Some(S::Dispatched),
        // Escalating hands the event to the level above, which decides again.
        (S::Accepted | S::Handling, A::Escalate) => Some(S::Accepted),
        (S::Dispatched, A::SignFor) => Some(S::Handling),
        // A returned event goes back to its dispatcher.
        (S::Dispatched, A::Return) => Some(S::Accepted),
        (S::Handling, A::RequestExtension | A::ApproveExtension | A::RefuseExtension) => {
            Some(S::Handling)
        }
        (S::Handling, A::Complete) => Some(S::Done),
        (S::Done, A::Close) => Some(S::Closed),
        (S::Done, A::Rework) => Some(S::Handling),
        (S::Closed, A::Revisit) => Some(S::Revisited),
        (S::Closed | S::Revisited, A::Reopen) => Some(S::Handling),
        (S::Closed | S::Revisited, A::Archive) => Some(S::Archived),
        (status, A::Supervise | A::ReplySupervision | A::AutoEscalate) if is_open(status) => {
            Some(status)
        }
        _ => None,
    }
}

/// The open statuses: not yet closed (a closed event waits only for its revisit, without a
/// deadline).
pub const OPEN_STATUSES: [EventStatus; 5] = [
    EventStatus::Reported,
    EventStatus::Accepted,
    EventStatus::Dispatched,
    EventStatus::Handling,
    EventStatus::Done,
];

pub fn is_open(status: EventStatus) -> bool {
    OPEN_STATUSES.contains(&status)
}

/// The timed phase an event in `status` is in.
pub fn phase_of(status: EventStatus) -> Option<EventPhase> {
    match status {
        EventStatus::Reported | EventStatus::Accepted => Some(EventPhase::Accept),
        EventStatus::Dispatched => Some(EventPhase::SignFor),
        EventStatus::Handling => Some(EventPhase::Handle),
        EventStatus::Done => Some(EventPhase::Verify),
        _ => None,
    }
}

/// The actions a client may ask for in `status` (the scheduler's own excluded).
pub fn actions_from(status: EventStatus) -> Vec<EventAction> {
    use sea_orm::Iterable;
    EventAction::iter()
        .filter(|a| !matches!(a, EventAction::Report | EventAction::AutoEscalate))
        .filter(|a| transition(status, *a).is_some())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use EventAction as A;
    use EventStatus as S;
    use sea_orm::Iterable;

    #[test]
    fn accept_reject_merge_leave_reported() {
        assert_eq!(transition(S::Reported, A::Accept), Some(S::Accepted));
        assert_eq!(transition(S::Reported, A::Reject), Some(S::Rejected));
        assert_eq!(transition(S::Reported, A::Merge), Some(S::Merged));
        assert_eq!(transition(S::Accepted, A::Merge), Some(S::Merged));
    }

    #[test]
    fn an_accepted_event_is_handled_locally_dispatched_or_escalated() {
        assert_eq!(transition(S::Accepted, A::HandleLocally), Some(S::Handling));
        assert_eq!(transition(S::Accepted, A::Dispatch), Some(S::Dispatched));
        assert_eq!(transition(S::Accepted, A::Escalate), Some(S::Accepted));
        assert_eq!(transition(S::Handling, A::Escalate), Some(S::Accepted));
    }

    #[test]
    fn a_department_signs_for_or_returns() {
        assert_eq!(transition(S::Dispatched, A::SignFor), Some(S::Handling));
        assert_eq!(transition(S::Dispatched, A::Return), Some(S::Accepted));
    }

    #[test]
    fn extensions_keep_the_event_handling() {
        for action in [A::RequestExtension, A::ApproveExtension, A::RefuseExtension] {
            assert_eq!(transition(S::Handling, action), Some(S::Handling));
            assert_eq!(transition(S::Dispatched, action), None);
        }
    }

    #[test]
    fn done_is_verified_closed_or_reworked() {
        assert_eq!(transition(S::Handling, A::Complete), Some(S::Done));
        assert_eq!(transition(S::Done, A::Close), Some(S::Closed));
        assert_eq!(transition(S::Done, A::Rework), Some(S::Handling));
    }

    #[test]
    fn closed_is_revisited_reopened_or_archived() {
        assert_eq!(transition(S::Closed, A::Revisit), Some(S::Revisited));
        assert_eq!(transition(S::Closed, A::Reopen), Some(S::Handling));
        assert_eq!(transition(S::Revisited, A::Reopen), Some(S::Handling));
        assert_eq!(transition(S::Closed, A::Archive), Some(S::Archived));
        assert_eq!(transition(S::Revisited, A::Archive), Some(S::Archived));
    }

    #[test]
    fn supervision_applies_to_open_events_only() {
        for status in S::iter() {
            assert_eq!(
                transition(status, A::Supervise).is_some(),
                is_open(status),
                "{status:?}"
            );
        }
    }

    #[test]
    fn terminal_states_have_no_way_out() {
        for status in [S::Archived, S::Rejected, S::Merged] {
            assert!(actions_from(status).is_empty(), "{status:?}");
        }
    }

    #[test]
    fn edges_that_skip_a_step_do_not_exist() {
        assert_eq!(transition(S::Reported, A::Dispatch), None);
        assert_eq!(transition(S::Reported, A::Close), None);
        assert_eq!(transition(S::Accepted, A::SignFor), None);
        assert_eq!(transition(S::Dispatched, A::Complete), None);
        assert_eq!(transition(S::Handling, A::Close), None);
        assert_eq!(transition(S::Done, A::Archive), None);
        assert_eq!(transition(S::Closed, A::Rework), None);
        // Nothing reports an event that exists.
        for status in S::iter() {
            assert_eq!(transition(status, A::Report), None);
        }
    }

    #[test]
    fn open_events_have_a_phase_and_closed_ones_none() {
        for status in S::iter() {
            assert_eq!(phase_of(status).is_some(), is_open(status), "{status:?}");
        }
    }
}
