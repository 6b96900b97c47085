//! The steps of the loop — accept, dispatch, sign for, complete, close, revisit, archive… —
//! and photos added on the way.

use super::*;
use crate::error::AppResult;
use crate::graphql::context::request;
use crate::graphql::departments::department_id;
use crate::graphql::events::enums::*;
use crate::graphql::events::event_id;
use crate::graphql::events::types::*;
use crate::service::events::transitions::{self, Request};
use async_graphql::{Context, ID, InputObject, Object, Upload};
use entities::enums::EventAction as Action;

/// A step that takes only an optional comment.
#[derive(InputObject)]
pub struct EventStepInput {
    pub id: ID,
    pub version: i32,
    pub comment: Option<String>,
}

/// A step that needs a reason.
#[derive(InputObject)]
pub struct EventReasonInput {
    pub id: ID,
    pub version: i32,
    pub reason: String,
}

#[derive(InputObject)]
pub struct MergeEventInput {
    pub id: ID,
    pub version: i32,
    /// The open event of the same family it duplicates.
    pub into_id: ID,
    pub comment: Option<String>,
}

#[derive(InputObject)]
pub struct DispatchEventInput {
    pub id: ID,
    pub version: i32,
    /// The category's default department when absent.
    pub department_id: Option<ID>,
    pub comment: Option<String>,
}

#[derive(InputObject)]
pub struct RequestEventExtensionInput {
    pub id: ID,
    pub version: i32,
    pub extra_hours: f64,
    pub reason: String,
}

#[derive(InputObject)]
pub struct DecideEventExtensionInput {
    pub id: ID,
    pub version: i32,
    pub approve: bool,
    pub comment: Option<String>,
}

#[derive(InputObject)]
pub struct CompleteEventInput {
    pub id: ID,
    pub version: i32,
    pub result: String,
    pub photos: Option<Vec<Upload>>,
}

#[derive(InputObject)]
pub struct RevisitEventInput {
    pub id: ID,
    pub version: i32,
    pub satisfaction: Satisfaction,
    pub comment: Option<String>,
    /// Dissatisfied only: back to handling.
    #[graphql(default = false)]
    pub reopen: bool,
}

#[derive(InputObject)]
pub struct AttachEventPhotosInput {
    pub id: ID,
    pub photos: Vec<Upload>,
}

#[derive(Default)]
pub struct WorkflowMutation;

impl WorkflowMutation {
    async fn step(
        ctx: &Context<'_>,
        action: Action,
        id: &ID,
        request_fields: impl FnOnce(uuid::Uuid) -> AppResult<Request>,
    ) -> async_graphql::Result<EventPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match event_id(id).and_then(request_fields) {
            Ok(r) => transitions::apply(&c, action, r).await,
            Err(e) => Err(e),
        };
        EventPayload::of(result, Event)
    }
}

fn simple(version: i32, comment: Option<String>) -> impl FnOnce(uuid::Uuid) -> AppResult<Request> {
    move |id| {
        Ok(Request {
            id,
            version,
            comment,
            ..Default::default()
        })
    }
}

#[Object]
impl WorkflowMutation {
    /// 受理 (`event:handle` at the event's level).
    async fn accept_event(
        &self,
        ctx: &Context<'_>,
        input: EventStepInput,
    ) -> async_graphql::Result<EventPayload> {
        Self::step(
            ctx,
            Action::Accept,
            &input.id,
            simple(input.version, input.comment),
        )
        .await
    }

    /// 不予受理, with the reason (`event:handle` at the event's level).
    async fn reject_event(
        &self,
        ctx: &Context<'_>,
        input: EventReasonInput,
    ) -> async_graphql::Result<EventPayload> {
        Self::step(
            ctx,
            Action::Reject,
            &input.id,
            simple(input.version, Some(input.reason)),
        )
        .await
    }

    /// Merges a duplicate into an open event of the same family (`event:handle`).
    async fn merge_event(
        &self,
        ctx: &Context<'_>,
        input: MergeEventInput,
    ) -> async_graphql::Result<EventPayload> {
        let into = input.into_id.clone();
        Self::step(ctx, Action::Merge, &input.id, move |id| {
            Ok(Request {
                id,
                version: input.version,
                comment: input.comment,
                merge_into: Some(event_id(&into)?),
                ..Default::default()
            })
        })
        .await
    }

    /// 网格自办 — handled by the level holding it (`event:handle` there).
    async fn handle_event_locally(
        &self,
        ctx: &Context<'_>,
        input: EventStepInput,
    ) -> async_graphql::Result<EventPayload> {
        Self::step(
            ctx,
            Action::HandleLocally,
            &input.id,
            simple(input.version, input.comment),
        )
        .await
    }

    /// 派遣 to a department (`event:dispatch` at the event's level; not grid workers).
    async fn dispatch_event(
        &self,
        ctx: &Context<'_>,
        input: DispatchEventInput,
    ) -> async_graphql::Result<EventPayload> {
        let department = input.department_id.clone();
        Self::step(ctx, Action::Dispatch, &input.id, move |id| {
            Ok(Request {
                id,
                version: input.version,
                comment: input.comment,
                department_id: department.as_ref().map(department_id).transpose()?,
                ..Default::default()
            })
        })
        .await
    }

    /// 上报 one level up: grid → community → street → county (`event:handle` at its level).
    async fn escalate_event(
        &self,
        ctx: &Context<'_>,
        input: EventStepInput,
    ) -> async_graphql::Result<EventPayload> {
        Self::step(
            ctx,
            Action::Escalate,
            &input.id,
            simple(input.version, input.comment),
        )
        .await
    }

    /// 签收 ("报到") by the department it is dispatched to.
    async fn sign_for_event(
        &self,
        ctx: &Context<'_>,
        input: EventStepInput,
    ) -> async_graphql::Result<EventPayload> {
        Self::step(
            ctx,
            Action::SignFor,
            &input.id,
            simple(input.version, input.comment),
        )
        .await
    }

    /// 退回 — not the department's remit; back to the dispatcher.
    async fn return_event(
        &self,
        ctx: &Context<'_>,
        input: EventReasonInput,
    ) -> async_graphql::Result<EventPayload> {
        Self::step(
            ctx,
            Action::Return,
            &input.id,
            simple(input.version, Some(input.reason)),
        )
        .await
    }

    /// 延期申请 by the handler; the dispatcher decides.
    async fn request_event_extension(
        &self,
        ctx: &Context<'_>,
        input: RequestEventExtensionInput,
    ) -> async_graphql::Result<EventPayload> {
        let minutes = (input.extra_hours * 60.0).round();
        Self::step(ctx, Action::RequestExtension, &input.id, move |id| {
            Ok(Request {
                id,
                version: input.version,
                comment: Some(input.reason),
                extra_minutes: Some(if minutes.is_finite() && minutes.abs() < 1e9 {
                    minutes as i32
                } else {
                    0
                }),
                ..Default::default()
            })
        })
        .await
    }

    /// Approves (the deadline moves; old and new are kept in history) or refuses a pending
    /// extension (`event:dispatch` at the dispatching level).
    async fn decide_event_extension(
        &self,
        ctx: &Context<'_>,
        input: DecideEventExtensionInput,
    ) -> async_graphql::Result<EventPayload> {
        let action = if input.approve {
            Action::ApproveExtension
        } else {
            Action::RefuseExtension
        };
        Self::step(ctx, action, &input.id, simple(input.version, input.comment)).await
    }

    /// 处置完成, with the result and photos (the handler: its department or level).
    async fn complete_event(
        &self,
        ctx: &Context<'_>,
        input: CompleteEventInput,
    ) -> async_graphql::Result<EventPayload> {
        let photos = match read_photos(ctx, input.photos) {
            Ok(p) => p,
            Err(e) => return EventPayload::of(Err(e), Event),
        };
        Self::step(ctx, Action::Complete, &input.id, move |id| {
            Ok(Request {
                id,
                version: input.version,
                result: Some(input.result),
                photos,
                ..Default::default()
            })
        })
        .await
    }

    /// 核查通过 → 结案; the level holding it is recorded (`event:handle` covering the grid).
    async fn close_event(
        &self,
        ctx: &Context<'_>,
        input: EventStepInput,
    ) -> async_graphql::Result<EventPayload> {
        Self::step(
            ctx,
            Action::Close,
            &input.id,
            simple(input.version, input.comment),
        )
        .await
    }

    /// 返工 — verification failed; back to handling with a new deadline.
    async fn rework_event(
        &self,
        ctx: &Context<'_>,
        input: EventReasonInput,
    ) -> async_graphql::Result<EventPayload> {
        Self::step(
            ctx,
            Action::Rework,
            &input.id,
            simple(input.version, Some(input.reason)),
        )
        .await
    }

    /// 回访 with the reporter's satisfaction; a dissatisfied revisit may reopen the event.
    async fn revisit_event(
        &self,
        ctx: &Context<'_>,
        input: RevisitEventInput,
    ) -> async_graphql::Result<EventPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match event_id(&input.id) {
            Ok(id) => {
                let r = Request {
                    id,
                    version: input.version,
                    comment: input.comment,
                    satisfaction: Some(input.satisfaction.into()),
                    ..Default::default()
                };
                if input.reopen {
                    transitions::revisit_and_reopen(&c, r).await
                } else {
                    transitions::apply(&c, Action::Revisit, r).await
                }
            }
            Err(e) => Err(e),
        };
        EventPayload::of(result, Event)
    }

    /// 归档销号.
    async fn archive_event(
        &self,
        ctx: &Context<'_>,
        input: EventStepInput,
    ) -> async_graphql::Result<EventPayload> {
        Self::step(
            ctx,
            Action::Archive,
            &input.id,
            simple(input.version, input.comment),
        )
        .await
    }

    /// Adds photos to an event the caller may act on (its handler or any level covering it).
    async fn attach_event_photos(
        &self,
        ctx: &Context<'_>,
        input: AttachEventPhotosInput,
    ) -> async_graphql::Result<EventPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = async {
            let id = event_id(&input.id)?;
            let photos = read_photos(ctx, Some(input.photos))?;
            let event = crate::service::events::visible(c.conn, c.access, id).await?;
            let place = crate::service::events::place_of(&event);
            let handler = c.access.event_action_allowed(Action::Complete, &place).1;
            let level = c
                .access
                .acts_on_grid(crate::access::Permission::EventHandle, &place);
            c.access.check_event_action(
                crate::access::Permission::EventRead,
                &place,
                handler || level,
            )?;
            crate::service::events::attachments::store(
                c.state,
                c.conn,
                &event,
                None,
                Some(c.access.user_id),
                photos,
                c.state.clock.now(),
            )
            .await?;
            Ok(event)
        }
        .await;
        EventPayload::of(result, Event)
    }
}
