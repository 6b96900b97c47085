//! Moving events along the loop, and keeping supervision orders, disputes and the catalogue.
//! Each transition sends the `version` it was based on: of two people acting at once the
//! second gets `CONFLICT`. `NOT_FOUND`: the caller cannot see the event; `FORBIDDEN`: its role
//! or scope may not take this step; `INVALID_TRANSITION`: the event's status has no such step.

use super::enums::*;
use super::query::order_id;
use super::types::*;
use super::{category_id, event_id};
use crate::domain::dispute_risk::{RiskRule as DomainRiskRule, RiskRules};
use crate::domain::event_deadlines::WarningThresholds;
use crate::domain::work_calendar::WorkCalendar;
use crate::domain::{GlobalId, NodeType, UserError as DomainUserError, UserErrorCode as Code};
use crate::error::{AppError, AppResult};
use crate::graphql::common::{UserError, into_payload};
use crate::graphql::context::{RequestCtx, request};
use crate::graphql::departments::department_id;
use crate::graphql::payload::payload;
use crate::graphql::regions::region_id;
use crate::service::events::attachments::Photo;
use crate::service::events::disputes::{DisputeInput, PartyInput, SessionInput};
use crate::service::events::intake::ReportInput;
use crate::service::events::transitions::{self, Ctx, Request};
use crate::service::events::{catalogue, disputes, intake, listing, supervision};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject, Upload};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use entities::enums::EventAction as Action;
use std::io::Read;

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

#[derive(InputObject)]
pub struct PointInput {
    pub lng: f64,
    pub lat: f64,
}

#[derive(InputObject)]
pub struct EventLinkInput {
    pub kind: EventLinkKind,
    /// A resident, house or organisation id.
    pub target_id: ID,
}

#[derive(InputObject)]
pub struct DisputePartyInput {
    pub name: String,
    pub kind: Option<DisputePartyKind>,
    pub phone: Option<String>,
}

#[derive(InputObject, Default)]
pub struct DisputeFieldsInput {
    pub type_id: Option<ID>,
    pub scale: Option<DisputeScale>,
    /// Yuan, at most two decimals ("12500.00"); empty clears it.
    pub amount_involved: Option<String>,
    /// Replaces the parties when given.
    pub parties: Option<Vec<DisputePartyInput>>,
    pub agreement: Option<String>,
    pub outcome: Option<DisputeOutcome>,
    /// Today by default when an outcome is given.
    pub outcome_on: Option<NaiveDate>,
}

impl DisputeFieldsInput {
    fn parse(self) -> AppResult<DisputeInput> {
        Ok(DisputeInput {
            type_id: self
                .type_id
                .as_ref()
                .map(|id| GlobalId::decode_as(id, NodeType::DisputeType, "dispute type"))
                .transpose()?,
            scale: self.scale.map(Into::into),
            amount_involved: self.amount_involved,
            parties: self.parties.map(|list| {
                list.into_iter()
                    .map(|p| PartyInput {
                        name: p.name,
                        kind: p.kind.map(Into::into),
                        phone: p.phone,
                    })
                    .collect()
            }),
            agreement: self.agreement,
            outcome: self.outcome.map(Into::into),
            outcome_on: self.outcome_on,
        })
    }
}

#[derive(InputObject)]
pub struct ReportEventInput {
    pub category_id: ID,
    pub description: String,
    /// The grid; or give `point` and the grid is found by its boundary.
    pub grid_id: Option<ID>,
    pub point: Option<PointInput>,
    pub address: Option<String>,
    /// ROUTINE by default.
    pub urgency: Option<Urgency>,
    /// PATROL by default.
    pub source: Option<EventSource>,
    pub reporter_name: Option<String>,
    /// Sealed and shown masked, like ID numbers.
    pub reporter_phone: Option<String>,
    /// The integrator's own reference.
    pub external_ref: Option<String>,
    pub links: Option<Vec<EventLinkInput>>,
    /// JPEG, PNG or WebP (GraphQL multipart request).
    pub photos: Option<Vec<Upload>>,
    /// Disputes family only.
    pub dispute: Option<DisputeFieldsInput>,
}

#[derive(SimpleObject)]
pub struct ReportEventPayload {
    pub event: Option<Event>,
    /// Open events of the same category in the same grid from the last 24 hours.
    pub possible_duplicates: Vec<Event>,
    pub user_errors: Vec<UserError>,
}

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

#[derive(InputObject)]
pub struct RaiseSupervisionOrderInput {
    pub event_id: ID,
    /// NORMAL by default.
    pub card: Option<SupervisionCard>,
    pub message: String,
    /// 72 h (normal), 48 h (yellow) or 24 h (red) from now by default.
    pub reply_deadline: Option<DateTime<Utc>>,
}

#[derive(InputObject)]
pub struct ReplySupervisionOrderInput {
    pub id: ID,
    pub version: Option<i32>,
    pub reply: String,
}

payload! {
    pub struct SupervisionOrderPayload {
        order: SupervisionOrder,
    }
}

#[derive(InputObject)]
pub struct UpdateDisputeInput {
    pub event_id: ID,
    pub version: Option<i32>,
    pub fields: DisputeFieldsInput,
}

#[derive(InputObject)]
pub struct AddMediationSessionInput {
    pub event_id: ID,
    pub mediator: String,
    pub held_on: NaiveDate,
    pub method: MediationMethod,
    pub notes: Option<String>,
}

#[derive(InputObject, Default)]
pub struct EventCategoryFieldsInput {
    pub code: Option<String>,
    pub name: Option<String>,
    /// Top-level categories only; subcategories follow their parent.
    pub family: Option<EventFamily>,
    pub default_department_id: Option<ID>,
    /// Clears the default department.
    #[graphql(default = false)]
    pub clear_default_department: bool,
    pub time_basis: Option<TimeBasis>,
    pub time_limits: Option<TimeLimitsObject>,
    /// Inherit the limits again.
    #[graphql(default = false)]
    pub inherit_time_limits: bool,
    pub active: Option<bool>,
}

impl EventCategoryFieldsInput {
    fn parse(self, parent_id: Option<ID>) -> AppResult<catalogue::CategoryInput> {
        Ok(catalogue::CategoryInput {
            parent_id: parent_id.as_ref().map(category_id).transpose()?,
            code: self.code,
            name: self.name,
            family: self.family.map(Into::into),
            default_department_id: if self.clear_default_department {
                Some(None)
            } else {
                self.default_department_id
                    .as_ref()
                    .map(department_id)
                    .transpose()?
                    .map(Some)
            },
            time_basis: self.time_basis.map(Into::into),
            time_limits: if self.inherit_time_limits {
                Some(None)
            } else {
                self.time_limits.map(|l| Some(l.into()))
            },
            active: self.active,
        })
    }
}

#[derive(InputObject)]
pub struct CreateEventCategoryInput {
    pub parent_id: Option<ID>,
    pub fields: EventCategoryFieldsInput,
}

#[derive(InputObject)]
pub struct UpdateEventCategoryInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub fields: EventCategoryFieldsInput,
}

payload! {
    pub struct EventCategoryPayload {
        category: EventCategory,
    }
}

#[derive(InputObject)]
pub struct WorkPeriodInput {
    /// "08:30"
    pub start: String,
    pub end: String,
}

#[derive(InputObject)]
pub struct WorkCalendarInput {
    pub workdays: Vec<i32>,
    pub periods: Vec<WorkPeriodInput>,
    pub holidays: Vec<NaiveDate>,
    pub extra_workdays: Vec<NaiveDate>,
}

#[derive(InputObject)]
pub struct RiskRuleInput {
    pub type_prefix: Option<String>,
    pub scale: Option<DisputeScale>,
    pub colour: RiskColour,
}

/// Absent parts keep their value.
#[derive(InputObject)]
pub struct UpdateEventSettingsInput {
    pub calendar: Option<WorkCalendarInput>,
    pub yellow_percent: Option<i32>,
    pub orange_percent: Option<i32>,
    pub escalation_grace_hours: Option<i32>,
    pub risk_rules: Option<Vec<RiskRuleInput>>,
}

payload! {
    pub struct EventSettingsPayload {
        settings: super::query::EventSettings,
    }
}

fn parse_time(raw: &str, i: usize) -> AppResult<NaiveTime> {
    NaiveTime::parse_from_str(raw.trim(), "%H:%M").map_err(|_| {
        let mut e =
            DomainUserError::new("calendar.periods", Code::InvalidValue, "时间格式为 HH:MM");
        e.field.push(i.to_string());
        AppError::Invalid(vec![e])
    })
}

#[derive(Default)]
pub struct EventMutation;

impl EventMutation {
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
impl EventMutation {
    /// 上报 (`event:report` within the caller's scope). Photos by the GraphQL multipart request.
    async fn report_event(
        &self,
        ctx: &Context<'_>,
        input: ReportEventInput,
    ) -> async_graphql::Result<ReportEventPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let parsed = (|| -> AppResult<ReportInput> {
            Ok(ReportInput {
                category_id: category_id(&input.category_id).map_err(|_| {
                    AppError::invalid("categoryId", Code::InvalidValue, "请选择有效的事件类别")
                })?,
                description: input.description,
                grid_id: input.grid_id.as_ref().map(region_id).transpose()?,
                point: input.point.map(|p| (p.lng, p.lat)),
                address: input.address,
                urgency: input.urgency.map(Into::into),
                source: input.source.map(Into::into),
                reporter_name: input.reporter_name,
                reporter_phone: input.reporter_phone,
                external_ref: input.external_ref,
                links: input
                    .links
                    .unwrap_or_default()
                    .into_iter()
                    .map(|l| {
                        let node = match l.kind {
                            EventLinkKind::Resident => NodeType::Resident,
                            EventLinkKind::House => NodeType::House,
                            EventLinkKind::Organisation => NodeType::Organisation,
                        };
                        GlobalId::decode_as(&l.target_id, node, "linked record")
                            .map(|id| (l.kind.into(), id))
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                photos: read_photos(ctx, input.photos)?,
                dispute: input.dispute.map(DisputeFieldsInput::parse).transpose()?,
            })
        })();
        let result = match parsed {
            Ok(input) => intake::report(&c, input).await,
            Err(e) => Err(e),
        };
        let (reported, user_errors) = into_payload(result)?;
        Ok(match reported {
            Some(r) => ReportEventPayload {
                event: Some(Event(r.event)),
                possible_duplicates: r.possible_duplicates.into_iter().map(Event).collect(),
                user_errors,
            },
            None => ReportEventPayload {
                event: None,
                possible_duplicates: Vec::new(),
                user_errors,
            },
        })
    }

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

    /// 督办 by hand (`event:supervise`: leaders, street and county admins).
    async fn raise_supervision_order(
        &self,
        ctx: &Context<'_>,
        input: RaiseSupervisionOrderInput,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match event_id(&input.event_id) {
            Ok(id) => {
                supervision::raise(
                    &c,
                    id,
                    input
                        .card
                        .map(Into::into)
                        .unwrap_or(entities::enums::SupervisionCard::Normal),
                    input.message,
                    input.reply_deadline,
                )
                .await
            }
            Err(e) => Err(e),
        };
        SupervisionOrderPayload::of(result, SupervisionOrder)
    }

    /// The handler's reply to a supervision order.
    async fn reply_supervision_order(
        &self,
        ctx: &Context<'_>,
        input: ReplySupervisionOrderInput,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match order_id(&input.id) {
            Ok(id) => supervision::reply(&c, id, input.version, input.reply).await,
            Err(e) => Err(e),
        };
        SupervisionOrderPayload::of(result, SupervisionOrder)
    }

    /// Keeps a dispute's record: type, scale, amount, parties, agreement, outcome; the risk
    /// colour follows the tenant's rules (`event:handle` covering the grid).
    async fn update_dispute(
        &self,
        ctx: &Context<'_>,
        input: UpdateDisputeInput,
    ) -> async_graphql::Result<EventPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match (event_id(&input.event_id), input.fields.parse()) {
            (Ok(id), Ok(fields)) => disputes::update(&c, id, input.version, fields).await,
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
        EventPayload::of(result, Event)
    }

    /// Records a mediation session of a dispute.
    async fn add_mediation_session(
        &self,
        ctx: &Context<'_>,
        input: AddMediationSessionInput,
    ) -> async_graphql::Result<EventPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match event_id(&input.event_id) {
            Ok(id) => {
                disputes::add_session(
                    &c,
                    id,
                    SessionInput {
                        mediator: input.mediator,
                        held_on: input.held_on,
                        method: input.method.into(),
                        notes: input.notes,
                    },
                )
                .await
            }
            Err(e) => Err(e),
        };
        EventPayload::of(result, Event)
    }

    /// A new category (`event:configure`).
    async fn create_event_category(
        &self,
        ctx: &Context<'_>,
        input: CreateEventCategoryInput,
    ) -> async_graphql::Result<EventCategoryPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match input.fields.parse(input.parent_id) {
            Ok(fields) => catalogue::create_category(c.conn, c.access, fields).await,
            Err(e) => Err(e),
        };
        EventCategoryPayload::of(result, EventCategory)
    }

    /// Changes a category: name, default department, time basis and limits, active
    /// (`event:configure`). Running phases keep their deadlines.
    async fn update_event_category(
        &self,
        ctx: &Context<'_>,
        input: UpdateEventCategoryInput,
    ) -> async_graphql::Result<EventCategoryPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match (category_id(&input.id), input.fields.parse(None)) {
            (Ok(id), Ok(fields)) => {
                catalogue::update_category(c.conn, c.access, id, input.expected_version, fields)
                    .await
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
        EventCategoryPayload::of(result, EventCategory)
    }

    /// The work calendar, warning thresholds, escalation grace and dispute risk rules
    /// (`event:configure`).
    async fn update_event_settings(
        &self,
        ctx: &Context<'_>,
        input: UpdateEventSettingsInput,
    ) -> async_graphql::Result<EventSettingsPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = async {
            c.access
                .require(crate::access::Permission::EventConfigure)?;
            let mut rules = catalogue::rules(c.conn, c.access.tenant_id).await?;
            if let Some(calendar) = input.calendar {
                let mut periods = Vec::new();
                for (i, p) in calendar.periods.iter().enumerate() {
                    periods.push((parse_time(&p.start, i)?, parse_time(&p.end, i)?));
                }
                rules.calendar = WorkCalendar {
                    workdays: calendar
                        .workdays
                        .iter()
                        .map(|d| u32::try_from(*d).unwrap_or(0))
                        .collect(),
                    periods,
                    holidays: calendar.holidays.into_iter().collect(),
                    extra_workdays: calendar.extra_workdays.into_iter().collect(),
                };
            }
            rules.thresholds = WarningThresholds {
                yellow_percent: input
                    .yellow_percent
                    .unwrap_or(rules.thresholds.yellow_percent),
                orange_percent: input
                    .orange_percent
                    .unwrap_or(rules.thresholds.orange_percent),
            };
            if let Some(grace) = input.escalation_grace_hours {
                rules.escalation_grace_hours = grace;
            }
            if let Some(list) = input.risk_rules {
                rules.risk_rules = RiskRules(
                    list.into_iter()
                        .map(|r| DomainRiskRule {
                            type_prefix: r.type_prefix,
                            scale: r.scale.map(Into::into),
                            colour: r.colour.into(),
                        })
                        .collect(),
                );
            }
            catalogue::set_rules(c.conn, c.access, rules).await
        }
        .await;
        EventSettingsPayload::of(result, Into::into)
    }

    /// Marks the caller's notifications read; returns how many changed.
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        ids: Vec<ID>,
    ) -> async_graphql::Result<u64> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let ids = ids
            .iter()
            .map(|id| GlobalId::decode_as(id, NodeType::Notification, "notification"))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(listing::mark_read(c.conn, c.access, ids, c.state.clock.now()).await?)
    }
}
