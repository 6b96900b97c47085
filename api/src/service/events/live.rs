//! The live feed: every change of an event is published on the bus after its transaction
//! commits; each subscription filters the feed by the subscriber's tenant and reach.

use crate::access::{Access, Permission};
use crate::cache::SharedCache;
use crate::tenancy::RequestDb;
use chrono::{DateTime, Utc};
use entities::enums::{EventAction, EventStatus};
use entities::event;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The bus topic of event changes.
pub const TOPIC: &str = "events";

/// One change, as published; carries what a subscription needs to decide who may see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventChange {
    pub tenant_id: Uuid,
    pub event_id: Uuid,
    pub number: String,
    pub action: EventAction,
    pub status: EventStatus,
    pub at: DateTime<Utc>,
    pub region_id: Uuid,
    pub street_id: Option<Uuid>,
    pub community_id: Option<Uuid>,
    pub grid_id: Option<Uuid>,
    pub micro_grid_id: Option<Uuid>,
    pub department_id: Option<Uuid>,
    pub level: entities::enums::RegionKind,
}

impl EventChange {
    pub fn of(event: &event::Model, action: EventAction, at: DateTime<Utc>) -> Self {
        Self {
            tenant_id: event.tenant_id,
            event_id: event.id,
            number: event.number.clone(),
            action,
            status: event.status,
            at,
            region_id: event.region_id,
            street_id: event.street_id,
            community_id: event.community_id,
            grid_id: event.grid_id,
            micro_grid_id: event.micro_grid_id,
            department_id: event.department_id,
            level: event.level,
        }
    }

    /// Whether `access` may see this change: the same tenant, and the event in its reach.
    pub fn visible_to(&self, access: &Access) -> bool {
        if self.tenant_id != access.tenant_id {
            return false;
        }
        let place = crate::access::EventPlace {
            place: crate::service::common::region_scope::place_from_columns(
                self.region_id,
                self.street_id,
                self.community_id,
                self.grid_id,
                self.micro_grid_id,
            ),
            department_id: self.department_id,
            level: self.level,
            dispatch_level: None,
        };
        access
            .event_reach(Permission::EventRead)
            .is_ok_and(|reach| reach.covers(&place))
    }
}

/// Publishes `change` once the request's transaction has committed (never a change that
/// rolled back).
pub fn publish_after_commit(db: &RequestDb, cache: &SharedCache, change: EventChange) {
    let cache = cache.clone();
    db.after_commit(Box::new(move || {
        let Ok(body) = serde_json::to_string(&change) else {
            return;
        };
        tokio::spawn(async move {
            if let Err(error) = cache.publish(TOPIC, &body).await {
                tracing::warn!(%error, "an event change could not be published");
            }
        });
    }));
}
