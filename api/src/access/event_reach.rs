//! Who may see and act on an event — the one place. An event lies in a grid (its region
//! place) and may be dispatched to a department; the levels grid › community › street ›
//! county hold it in turn.
//!
//! - Region-scoped roles see the events of their subtree; department roles the events
//!   dispatched to their department; tenant-wide roles (county admin, integrator) all.
//! - A level action (accept, handle locally, dispatch, escalate…) needs a role whose scope node
//!   covers the event's grid and sits at the event's level or above: a grid worker acts on
//!   grid-level events of its grid, a street admin on the street's events of any level below.
//! - A department action needs a department-scoped role of the event's department.

use super::{Access, Grant, Permission, RegionPlace, RegionReach, Scope, granted};
use crate::error::{AppError, AppResult};
use entities::enums::{EventAction, RegionKind};
use uuid::Uuid;

/// The events a caller reaches with a permission.
#[derive(Debug, Clone, PartialEq)]
pub enum EventReach {
    All,
    Within {
        /// Region subtrees (`RegionReach::Subtrees` form); empty when none.
        subtrees: Vec<(RegionKind, Uuid)>,
        departments: Vec<Uuid>,
    },
}

/// Where an event stands for access: its grid's place, department, and level.
#[derive(Debug, Clone, PartialEq)]
pub struct EventPlace {
    pub place: RegionPlace,
    /// The department it is dispatched to or handled by.
    pub department_id: Option<Uuid>,
    pub level: RegionKind,
    /// The level that dispatched it (decides extensions).
    pub dispatch_level: Option<RegionKind>,
}

impl EventReach {
    fn of<'a>(grants: impl Iterator<Item = &'a Grant>) -> Self {
        let mut subtrees = Vec::new();
        let mut departments = Vec::new();
        for grant in grants {
            match &grant.scope {
                Scope::Tenant => return Self::All,
                Scope::Region { kind, .. } if *kind == RegionKind::County => return Self::All,
                Scope::Region { id, kind } => subtrees.push((*kind, *id)),
                Scope::Department(id) => departments.push(*id),
                // A party organisation scope reaches no events.
                Scope::PartyOrganisation { .. } => {}
            }
        }
        Self::Within {
            subtrees,
            departments,
        }
    }

    pub fn covers(&self, event: &EventPlace) -> bool {
        match self {
            Self::All => true,
            Self::Within {
                subtrees,
                departments,
            } => {
                RegionReach::Subtrees(subtrees.clone()).covers(&event.place)
                    || event
                        .department_id
                        .is_some_and(|d| departments.contains(&d))
            }
        }
    }
}

/// How high a scope node sits: the county 0 … a grid 3 (a micro-grid acts as its grid).
fn rank(kind: RegionKind) -> u8 {
    match kind {
        RegionKind::County => 0,
        RegionKind::Street => 1,
        RegionKind::Community => 2,
        RegionKind::Grid | RegionKind::MicroGrid => 3,
    }
}

/// The level above `level` (None above the county).
pub fn level_above(level: RegionKind) -> Option<RegionKind> {
    match level {
        RegionKind::MicroGrid | RegionKind::Grid => Some(RegionKind::Community),
        RegionKind::Community => Some(RegionKind::Street),
        RegionKind::Street => Some(RegionKind::County),
        RegionKind::County => None,
    }
}

impl Access {
    /// The events the caller reaches with `permission`; `FORBIDDEN` if no role grants it.
    pub fn event_reach(&self, permission: Permission) -> AppResult<EventReach> {
        self.require(permission)?;
        Ok(EventReach::of(
            self.grants.iter().filter(|g| granted(g.role, permission)),
        ))
    }

    /// `NOT_FOUND` unless the caller may read the event.
    pub fn check_event_read(&self, event: &EventPlace) -> AppResult<()> {
        if self.event_reach(Permission::EventRead)?.covers(event) {
            Ok(())
        } else {
            Err(AppError::NotFound("event"))
        }
    }

    /// Whether some role grants `permission` on a region scope covering the event's grid at
    /// `level` or above.
    pub fn acts_at_level(
        &self,
        permission: Permission,
        event: &EventPlace,
        level: RegionKind,
    ) -> bool {
        self.grants
            .iter()
            .filter(|g| granted(g.role, permission))
            .any(|g| match &g.scope {
                Scope::Tenant => true,
                Scope::Region { id, kind } => {
                    rank(*kind) <= rank(level)
                        && (*kind == RegionKind::County || event.place.at_level(*kind) == Some(*id))
                }
                _ => false,
            })
    }

    /// Whether some role grants `permission` for the event's department.
    pub fn acts_for_department(&self, permission: Permission, event: &EventPlace) -> bool {
        let Some(department) = event.department_id else {
            return false;
        };
        self.grants
            .iter()
            .filter(|g| granted(g.role, permission))
            .any(|g| g.scope == Scope::Department(department))
    }

    /// Whether some role grants `permission` on a region scope covering the event at all.
    pub fn acts_on_grid(&self, permission: Permission, event: &EventPlace) -> bool {
        self.acts_at_level(permission, event, RegionKind::Grid)
    }

    /// For an action: `FORBIDDEN` unless `allowed`, once the caller is known to see the event.
    pub fn check_event_action(
        &self,
        permission: Permission,
        event: &EventPlace,
        allowed: bool,
    ) -> AppResult<()> {
        self.check_event_read(event)?;
        self.require(permission)?;
        if allowed {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "your role or scope does not allow this action on this event",
            ))
        }
    }
}

impl Access {
    /// The permission an event action needs, and whether the caller's roles and scopes allow
    /// it on this event — the one table of who takes which edge of the loop.
    pub fn event_action_allowed(
        &self,
        action: EventAction,
        event: &EventPlace,
    ) -> (Permission, bool) {
        use EventAction as A;
        use Permission::*;
        // The one who handles it now: its department, or the level holding it.
        let handler = || {
            if event.department_id.is_some() {
                (
                    EventDepartment,
                    self.acts_for_department(EventDepartment, event),
                )
            } else {
                (
                    EventHandle,
                    self.acts_at_level(EventHandle, event, event.level),
                )
            }
        };
        match action {
            A::Accept | A::Reject | A::Merge | A::HandleLocally => (
                EventHandle,
                self.acts_at_level(EventHandle, event, event.level),
            ),
            // Escalating is for the level holding it, while no department has it.
            A::Escalate => (
                EventHandle,
                event.department_id.is_none()
                    && level_above(event.level).is_some()
                    && self.acts_at_level(EventHandle, event, event.level),
            ),
            A::Dispatch => (
                EventDispatch,
                self.acts_at_level(EventDispatch, event, event.level),
            ),
            A::SignFor | A::Return => (
                EventDepartment,
                self.acts_for_department(EventDepartment, event),
            ),
            A::RequestExtension | A::Complete | A::ReplySupervision => handler(),
            A::ApproveExtension | A::RefuseExtension => (
                EventDispatch,
                self.acts_at_level(
                    EventDispatch,
                    event,
                    event.dispatch_level.unwrap_or(event.level),
                ),
            ),
            // Verification and the revisit: any level covering the grid (the grid worker checks
            // on site, the platform calls the reporter back).
            A::Close | A::Rework | A::Revisit | A::Reopen | A::Archive => {
                (EventHandle, self.acts_on_grid(EventHandle, event))
            }
            A::Supervise => (EventSupervise, self.acts_on_grid(EventSupervise, event)),
            // The server's own.
            A::Report | A::AutoEscalate => (EventConfigure, false),
        }
    }

    /// For an event action: `NOT_FOUND` unless the caller sees the event, `FORBIDDEN` unless
    /// its role and scope allow the action there.
    pub fn check_event_transition(&self, action: EventAction, event: &EventPlace) -> AppResult<()> {
        let (permission, allowed) = self.event_action_allowed(action, event);
        self.check_event_action(permission, event, allowed)
    }
}
