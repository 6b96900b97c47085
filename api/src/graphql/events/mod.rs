//! The events API: the closed loop, supervision, disputes, figures and the live feed.

pub mod enums;
pub mod mutation;
pub mod query;
pub mod subscription;
pub mod types;

use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use async_graphql::ID;
use uuid::Uuid;

pub use mutation::EventMutation;
pub use query::EventQuery;
pub use subscription::EventSubscription;

pub(crate) fn event_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::Event, "event").map_err(AppError::from)
}

pub(crate) fn category_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::EventCategory, "event category").map_err(AppError::from)
}
