//! Event objects. Each resolver only maps a service result; what the caller may see was
//! decided when the event was loaded.

mod catalogue;
mod disputes;
mod event;
mod figures;
mod notices;
mod supervision;

pub use catalogue::*;
pub use disputes::*;
pub use event::*;
pub use figures::*;
pub use notices::*;
pub use supervision::*;

use crate::domain::{GlobalId, NodeType};
use crate::graphql::departments::Department;
use async_graphql::{Context, ID};

fn gid(node: NodeType, id: uuid::Uuid) -> ID {
    GlobalId::encode(node, id).into()
}

async fn department(
    ctx: &Context<'_>,
    id: Option<uuid::Uuid>,
) -> async_graphql::Result<Option<Department>> {
    let Some(id) = id else { return Ok(None) };
    // The department's name is no secret to anyone who sees the event.
    Ok(
        crate::graphql::loaders::row::<entities::department::Entity>(ctx, id)
            .await?
            .map(Department),
    )
}
