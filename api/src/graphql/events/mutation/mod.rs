//! Moving events along the loop, and keeping supervision orders, disputes and the catalogue.
//! Each transition sends the `version` it was based on: of two people acting at once the
//! second gets `CONFLICT`. `NOT_FOUND`: the caller cannot see the event; `FORBIDDEN`: its role
//! or scope may not take this step; `INVALID_TRANSITION`: the event's status has no such step.

mod configuration;
mod disputes;
mod intake;
mod notifications;
mod supervision;
mod workflow;

pub use configuration::*;
pub use disputes::*;
pub use intake::*;
pub use notifications::*;
pub use supervision::*;
pub use workflow::*;

use super::types::*;
use crate::domain::{UserError as DomainUserError, UserErrorCode as Code};
use crate::error::{AppError, AppResult};
use crate::graphql::context::{RequestCtx, request};
use crate::graphql::payload::payload;
use crate::service::events::attachments::Photo;
use crate::service::events::transitions::Ctx;
use async_graphql::MergedObject;
use async_graphql::{Context, Upload};
use std::io::Read;

/// Every event mutation, in the schema's order.
#[derive(MergedObject, Default)]
pub struct EventMutation(
    IntakeMutation,
    WorkflowMutation,
    SupervisionMutation,
    DisputeMutation,
    ConfigurationMutation,
    NotificationMutation,
);

async fn ctx_of(rc: &RequestCtx) -> AppResult<Ctx<'_>> {
    rc.db.expect_writes();
    let access = rc.access().await?;
    let conn = rc.conn().await?;
    Ok(Ctx {
        db: &rc.db,
        conn,
        access,
        state: &rc.state,
    })
}

/// Reads uploaded photos, refusing one larger than the limit before reading it whole.
fn read_photos(ctx: &Context<'_>, uploads: Option<Vec<Upload>>) -> AppResult<Vec<Photo>> {
    let max = request(ctx).state.settings.events.max_photo_bytes;
    let mut photos = Vec::new();
    for (i, upload) in uploads.unwrap_or_default().into_iter().enumerate() {
        let value = upload
            .value(ctx)
            .map_err(|_| AppError::BadUserInput("a photo of the request is missing".into()))?;
        let name = value.filename.clone();
        let mut bytes = Vec::new();
        value
            .into_read()
            .take(max as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(AppError::internal)?;
        if bytes.len() > max {
            let mut e = DomainUserError::new(
                "photos",
                Code::UnsupportedFile,
                format!("照片不能超过 {} MB", max / 1_048_576),
            );
            e.field.push(i.to_string());
            return Err(AppError::Invalid(vec![e]));
        }
        photos.push(Photo {
            file_name: name,
            bytes,
        });
    }
    Ok(photos)
}

payload! {
    pub struct EventPayload {
        event: Event,
    }
}
