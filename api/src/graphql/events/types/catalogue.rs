//! The event categories and their time limits.

use super::*;
use crate::domain::NodeType;
use crate::domain::event_deadlines::{PerUrgency, TimeLimits};
use crate::graphql::context::request;
use crate::graphql::departments::Department;
use crate::graphql::events::enums::*;
use crate::service::events::catalogue;
use async_graphql::{Context, ID, Object, SimpleObject};
use entities::event_category;

/// A node of the category tree, with its effective time limits.
pub struct EventCategory(pub event_category::Model);

#[Object]
impl EventCategory {
    pub async fn id(&self) -> ID {
        gid(NodeType::EventCategory, self.0.id)
    }
    async fn parent_id(&self) -> Option<ID> {
        self.0.parent_id.map(|p| gid(NodeType::EventCategory, p))
    }
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn family(&self) -> EventFamily {
        self.0.family.into()
    }
    async fn active(&self) -> bool {
        self.0.active
    }
    async fn time_basis(&self) -> TimeBasis {
        self.0.time_basis.into()
    }
    /// The department events of this category are dispatched to by default (its own or its
    /// parent's).
    async fn default_department(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Department>> {
        let rc = request(ctx);
        let id = catalogue::default_department(rc.conn().await?, &self.0).await?;
        department(ctx, id).await
    }
    /// Limits in force: its own, else its parent's, else the default.
    async fn time_limits(&self, ctx: &Context<'_>) -> async_graphql::Result<TimeLimitsObject> {
        let rc = request(ctx);
        Ok(catalogue::effective_limits(rc.conn().await?, &self.0)
            .await?
            .into())
    }
    /// Its own limits; null when it inherits.
    async fn own_time_limits(&self) -> Option<TimeLimitsObject> {
        self.0
            .time_limits
            .clone()
            .and_then(|v| serde_json::from_value::<TimeLimits>(v).ok())
            .map(Into::into)
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}

/// Minutes per urgency.
#[derive(SimpleObject, async_graphql::InputObject, Clone, Copy)]
#[graphql(input_name = "PhaseLimitsInput")]
pub struct PhaseLimits {
    pub routine: i32,
    pub urgent: i32,
    pub emergency: i32,
}

/// Minutes per phase and urgency.
#[derive(SimpleObject, async_graphql::InputObject, Clone, Copy)]
#[graphql(name = "TimeLimits", input_name = "TimeLimitsInput")]
pub struct TimeLimitsObject {
    pub accept: PhaseLimits,
    pub sign_for: PhaseLimits,
    pub handle: PhaseLimits,
    pub verify: PhaseLimits,
}

impl From<PerUrgency> for PhaseLimits {
    fn from(p: PerUrgency) -> Self {
        Self {
            routine: p.routine,
            urgent: p.urgent,
            emergency: p.emergency,
        }
    }
}
impl From<PhaseLimits> for PerUrgency {
    fn from(p: PhaseLimits) -> Self {
        Self {
            routine: p.routine,
            urgent: p.urgent,
            emergency: p.emergency,
        }
    }
}
impl From<TimeLimits> for TimeLimitsObject {
    fn from(l: TimeLimits) -> Self {
        Self {
            accept: l.accept.into(),
            sign_for: l.sign_for.into(),
            handle: l.handle.into(),
            verify: l.verify.into(),
        }
    }
}
impl From<TimeLimitsObject> for TimeLimits {
    fn from(l: TimeLimitsObject) -> Self {
        Self {
            accept: l.accept.into(),
            sign_for: l.sign_for.into(),
            handle: l.handle.into(),
            verify: l.verify.into(),
        }
    }
}
