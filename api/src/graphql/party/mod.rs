//! The party archives (domain.md §5): the organisation tree, members, officers, commitments,
//! points, meetings, evaluations and figures.

mod enums;
mod mutation;
mod query;
pub mod types;

pub use mutation::PartyMutation;
pub use query::PartyQuery;

use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use async_graphql::ID;
use uuid::Uuid;

fn organisation_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::PartyOrganisation, "party organisation")
        .map_err(AppError::from)
}

fn member_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::PartyMember, "party member").map_err(AppError::from)
}
