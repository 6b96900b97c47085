//! Event objects. Each resolver only maps a service result; what the caller may see was
//! decided when the event was loaded.

use super::enums::*;
use crate::domain::event_deadlines::{PerUrgency, TimeLimits};
use crate::domain::event_machine::actions_from;
use crate::domain::{GlobalId, NodeType};
use crate::graphql::common::RegionKind;
use crate::graphql::context::request;
use crate::graphql::departments::Department;
use crate::graphql::regions::{Region, load_region};
use crate::service;
use crate::service::events::{catalogue, disputes, figures, listing, live, place_of, supervision};
use async_graphql::{ComplexObject, Context, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use entities::{
    dispute_party, dispute_type, event, event_attachment, event_category, event_extension,
    event_history, mediation_session, notification, supervision_order,
};

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

/// 事件 — one problem or request found in a grid. Needs `event:read` on its grid or its
/// department.
pub struct Event(pub event::Model);

#[Object]
impl Event {
    pub async fn id(&self) -> ID {
        gid(NodeType::Event, self.0.id)
    }
    /// The human number, e.g. `SJ20261122-0007`.
    async fn number(&self) -> &str {
        &self.0.number
    }
    async fn category(&self, ctx: &Context<'_>) -> async_graphql::Result<EventCategory> {
        crate::graphql::loaders::row::<entities::event_category::Entity>(ctx, self.0.category_id)
            .await?
            .map(EventCategory)
            .ok_or_else(|| crate::error::AppError::NotFound("event category").into())
    }
    async fn family(&self) -> EventFamily {
        self.0.family.into()
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn urgency(&self) -> Urgency {
        self.0.urgency.into()
    }
    async fn source(&self) -> EventSource {
        self.0.source.into()
    }
    async fn status(&self) -> EventStatus {
        self.0.status.into()
    }
    /// The level responsible now: GRID, COMMUNITY, STREET or COUNTY.
    async fn level(&self) -> RegionKind {
        self.0.level.into()
    }
    /// The grid (or micro-grid) it happened in.
    async fn grid(&self, ctx: &Context<'_>) -> async_graphql::Result<Region> {
        load_region(ctx, self.0.region_id).await
    }
    async fn lng(&self) -> Option<f64> {
        self.0.lng
    }
    async fn lat(&self) -> Option<f64> {
        self.0.lat
    }
    async fn address(&self) -> Option<&str> {
        self.0.address.as_deref()
    }
    async fn reporter_name(&self) -> Option<&str> {
        self.0.reporter_name.as_deref()
    }
    /// The reporter's phone, masked (protected like ID numbers).
    async fn reporter_phone(&self) -> Option<&str> {
        self.0.reporter_phone_masked.as_deref()
    }
    /// The integrator's own reference (a hotline ticket number).
    async fn external_ref(&self) -> Option<&str> {
        self.0.external_ref.as_deref()
    }
    async fn reported_at(&self) -> DateTime<Utc> {
        self.0.reported_at
    }
    /// The department it is dispatched to or handled by.
    async fn department(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Department>> {
        department(ctx, self.0.department_id).await
    }
    async fn phase(&self) -> Option<EventPhase> {
        self.0
            .phase
            .filter(|_| crate::domain::event_machine::is_open(self.0.status))
            .map(Into::into)
    }
    async fn phase_started_at(&self) -> Option<DateTime<Utc>> {
        self.0
            .phase_started_at
            .filter(|_| crate::domain::event_machine::is_open(self.0.status))
    }
    /// The current phase's deadline (open events only).
    async fn phase_deadline(&self) -> Option<DateTime<Utc>> {
        self.0
            .phase_deadline
            .filter(|_| crate::domain::event_machine::is_open(self.0.status))
    }
    /// The warning colour now (open events only).
    async fn colour(&self, ctx: &Context<'_>) -> Option<WarningColour> {
        listing::colour(&self.0, request(ctx).state.clock.now()).map(Into::into)
    }
    async fn extension_pending(&self) -> bool {
        self.0.extension_pending
    }
    /// The handler's report when done.
    async fn result(&self) -> Option<&str> {
        self.0.result.as_deref()
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.closed_at
    }
    /// The level at which it was closed ("小事不出网格").
    async fn closed_level(&self) -> Option<RegionKind> {
        self.0.closed_level.map(Into::into)
    }
    async fn satisfaction(&self) -> Option<Satisfaction> {
        self.0.satisfaction.map(Into::into)
    }
    async fn merged_into(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Event>> {
        let Some(id) = self.0.merged_into_id else {
            return Ok(None);
        };
        let rc = request(ctx);
        Ok(
            service::events::visible(rc.conn().await?, rc.access().await?, id)
                .await
                .ok()
                .map(Event),
        )
    }
    /// Send it back with every transition (optimistic concurrency).
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// What the caller may do now: the state machine's edges from here that its role and scope
    /// allow.
    async fn available_actions(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<EventAction>> {
        let access = request(ctx).access().await?;
        let place = place_of(&self.0);
        Ok(actions_from(self.0.status)
            .into_iter()
            .filter(|a| match a {
                entities::enums::EventAction::Reopen => false,
                entities::enums::EventAction::ReplySupervision => false,
                entities::enums::EventAction::RequestExtension => !self.0.extension_pending,
                entities::enums::EventAction::ApproveExtension
                | entities::enums::EventAction::RefuseExtension => self.0.extension_pending,
                _ => true,
            })
            .filter(|a| access.event_action_allowed(*a, &place).1)
            .map(Into::into)
            .collect())
    }
    /// Every transition, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<EventHistoryEntry>> {
        let rc = request(ctx);
        let conn = rc.conn().await?;
        let entries = listing::history(conn, self.0.id).await?;
        let photos = service::events::attachments::of_event(conn, self.0.id).await?;
        Ok(entries
            .into_iter()
            .map(|h| {
                let attached = photos
                    .iter()
                    .filter(|p| p.history_id == Some(h.id))
                    .cloned()
                    .map(EventAttachment)
                    .collect();
                EventHistoryEntry(h, attached)
            })
            .collect())
    }
    async fn attachments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<EventAttachment>> {
        let rc = request(ctx);
        Ok(
            service::events::attachments::of_event(rc.conn().await?, self.0.id)
                .await?
                .into_iter()
                .map(EventAttachment)
                .collect(),
        )
    }
    /// Archive records it concerns; residents' names masked without `resident:read`.
    async fn links(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<EventLink>> {
        let rc = request(ctx);
        Ok(
            listing::links(rc.conn().await?, rc.access().await?, self.0.id)
                .await?
                .into_iter()
                .map(|l| EventLink {
                    kind: l.kind.into(),
                    target_id: gid(
                        match l.kind {
                            entities::enums::EventLinkKind::Resident => NodeType::Resident,
                            entities::enums::EventLinkKind::House => NodeType::House,
                            entities::enums::EventLinkKind::Organisation => NodeType::Organisation,
                        },
                        l.target_id,
                    ),
                    label: l.label,
                })
                .collect(),
        )
    }
    async fn extensions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<EventExtension>> {
        let rc = request(ctx);
        Ok(listing::extensions(rc.conn().await?, self.0.id)
            .await?
            .into_iter()
            .map(EventExtension)
            .collect())
    }
    async fn supervision_orders(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<SupervisionOrder>> {
        let rc = request(ctx);
        Ok(supervision::of_event(rc.conn().await?, self.0.id)
            .await?
            .into_iter()
            .map(SupervisionOrder)
            .collect())
    }
    /// The dispute record (disputes family only).
    async fn dispute(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Dispute>> {
        let rc = request(ctx);
        Ok(disputes::of_event(rc.conn().await?, self.0.id)
            .await?
            .map(Dispute))
    }
}

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

/// One transition: who, when, from, to, comment, and the deadline then in force.
pub struct EventHistoryEntry(pub event_history::Model, pub Vec<EventAttachment>);

#[Object]
impl EventHistoryEntry {
    async fn id(&self) -> ID {
        gid(NodeType::EventHistoryEntry, self.0.id)
    }
    async fn action(&self) -> EventAction {
        self.0.action.into()
    }
    async fn from_status(&self) -> Option<EventStatus> {
        self.0.from_status.map(Into::into)
    }
    async fn to_status(&self) -> EventStatus {
        self.0.to_status.into()
    }
    /// "系统" for the scheduler.
    async fn actor_name(&self) -> &str {
        &self.0.actor_name
    }
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
    async fn comment(&self) -> Option<&str> {
        self.0.comment.as_deref()
    }
    /// The level responsible after it.
    async fn level(&self) -> RegionKind {
        self.0.level.into()
    }
    async fn department(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Department>> {
        department(ctx, self.0.department_id).await
    }
    /// The phase deadline in force when it happened.
    async fn deadline(&self) -> Option<DateTime<Utc>> {
        self.0.deadline
    }
    /// Whether it happened by that deadline.
    async fn on_time(&self) -> Option<bool> {
        self.0.deadline.map(|d| self.0.at <= d)
    }
    /// Facts of the action as JSON: the department dispatched to, the new level, the old and
    /// new deadlines of an approved extension, the satisfaction…
    async fn details(&self) -> Option<async_graphql::Json<serde_json::Value>> {
        self.0.details.clone().map(async_graphql::Json)
    }
    async fn attachments(&self) -> &[EventAttachment] {
        &self.1
    }
}

/// A photo. `url` serves it to callers who may see the event (bearer token required).
#[derive(Clone)]
pub struct EventAttachment(pub event_attachment::Model);

#[Object]
impl EventAttachment {
    async fn id(&self) -> ID {
        gid(NodeType::EventAttachment, self.0.id)
    }
    async fn file_name(&self) -> &str {
        &self.0.file_name
    }
    async fn content_type(&self) -> &str {
        &self.0.content_type
    }
    async fn size_bytes(&self) -> i64 {
        self.0.size_bytes
    }
    /// `GET` it with the bearer token.
    async fn url(&self) -> String {
        format!(
            "/attachments/{}",
            GlobalId::encode(NodeType::EventAttachment, self.0.id)
        )
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(SimpleObject)]
pub struct EventLink {
    pub kind: EventLinkKind,
    pub target_id: ID,
    /// A name or an address; residents' names masked without `resident:read`.
    pub label: String,
}

/// 延期申请
pub struct EventExtension(pub event_extension::Model);

#[Object]
impl EventExtension {
    async fn id(&self) -> ID {
        gid(NodeType::EventExtension, self.0.id)
    }
    async fn extra_hours(&self) -> f64 {
        f64::from(self.0.extra_minutes) / 60.0
    }
    async fn reason(&self) -> &str {
        &self.0.reason
    }
    async fn status(&self) -> ExtensionStatus {
        self.0.status.into()
    }
    async fn requested_at(&self) -> DateTime<Utc> {
        self.0.requested_at
    }
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
    async fn decision_comment(&self) -> Option<&str> {
        self.0.decision_comment.as_deref()
    }
    async fn old_deadline(&self) -> Option<DateTime<Utc>> {
        self.0.old_deadline
    }
    async fn new_deadline(&self) -> Option<DateTime<Utc>> {
        self.0.new_deadline
    }
}

/// 督办单
pub struct SupervisionOrder(pub supervision_order::Model);

#[Object]
impl SupervisionOrder {
    pub async fn id(&self) -> ID {
        gid(NodeType::SupervisionOrder, self.0.id)
    }
    async fn event(&self, ctx: &Context<'_>) -> async_graphql::Result<Event> {
        let rc = request(ctx);
        Ok(Event(
            service::events::visible(rc.conn().await?, rc.access().await?, self.0.event_id).await?,
        ))
    }
    async fn kind(&self) -> SupervisionKind {
        self.0.kind.into()
    }
    async fn card(&self) -> SupervisionCard {
        self.0.card.into()
    }
    async fn message(&self) -> &str {
        &self.0.message
    }
    async fn raised_at(&self) -> DateTime<Utc> {
        self.0.raised_at
    }
    /// Who raised it; null for the scheduler.
    async fn raised_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        let Some(id) = self.0.raised_by else {
            return Ok(None);
        };
        use sea_orm::{ColumnTrait, QueryFilter};
        let conn = request(ctx).conn().await?;
        Ok(conn
            .find::<entities::user::Entity>()
            .filter(entities::user::Column::Id.eq(id))
            .one(conn)
            .await
            .map_err(crate::error::AppError::from)?
            .map(|u| u.display_name))
    }
    async fn reply_deadline(&self) -> DateTime<Utc> {
        self.0.reply_deadline
    }
    async fn reply(&self) -> Option<&str> {
        self.0.reply.as_deref()
    }
    async fn replied_at(&self) -> Option<DateTime<Utc>> {
        self.0.replied_at
    }
    /// Not replied and past its reply deadline.
    async fn overdue(&self, ctx: &Context<'_>) -> bool {
        self.0.reply.is_none() && request(ctx).state.clock.now() > self.0.reply_deadline
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}

/// 矛盾纠纷 — the dispute record of an event.
pub struct Dispute(pub entities::event_dispute::Model);

#[Object]
impl Dispute {
    #[graphql(name = "type")]
    async fn dispute_type(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<DisputeType>> {
        let Some(id) = self.0.dispute_type_id else {
            return Ok(None);
        };
        let rc = request(ctx);
        Ok(disputes::dispute_type(rc.conn().await?, id)
            .await?
            .map(DisputeType))
    }
    async fn scale(&self) -> DisputeScale {
        self.0.scale.into()
    }
    /// Yuan, two decimals.
    async fn amount_involved(&self) -> Option<String> {
        self.0.amount_fen.map(disputes::format_yuan)
    }
    /// 黄/橙/红 by the tenant's rules on type and scale; red notifies the street leader.
    async fn risk(&self) -> RiskColour {
        self.0.risk.into()
    }
    async fn parties(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<DisputeParty>> {
        let rc = request(ctx);
        Ok(disputes::parties(rc.conn().await?, self.0.id)
            .await?
            .into_iter()
            .map(DisputeParty)
            .collect())
    }
    async fn sessions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MediationSession>> {
        let rc = request(ctx);
        Ok(disputes::sessions(rc.conn().await?, self.0.id)
            .await?
            .into_iter()
            .map(MediationSession)
            .collect())
    }
    async fn agreement(&self) -> Option<&str> {
        self.0.agreement.as_deref()
    }
    async fn outcome(&self) -> Option<DisputeOutcome> {
        self.0.outcome.map(Into::into)
    }
    async fn outcome_on(&self) -> Option<NaiveDate> {
        self.0.outcome_on
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}

pub struct DisputeParty(pub dispute_party::Model);

#[Object]
impl DisputeParty {
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn kind(&self) -> DisputePartyKind {
        self.0.kind.into()
    }
    /// Masked.
    async fn phone(&self) -> Option<&str> {
        self.0.phone_masked.as_deref()
    }
}

pub struct MediationSession(pub mediation_session::Model);

#[Object]
impl MediationSession {
    async fn id(&self) -> ID {
        gid(NodeType::MediationSession, self.0.id)
    }
    async fn mediator(&self) -> &str {
        &self.0.mediator
    }
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }
    async fn method(&self) -> MediationMethod {
        self.0.method.into()
    }
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }
}

/// A dispute type (GB/T 31000 class or subclass).
pub struct DisputeType(pub dispute_type::Model);

#[Object]
impl DisputeType {
    async fn id(&self) -> ID {
        gid(NodeType::DisputeType, self.0.id)
    }
    async fn parent_id(&self) -> Option<ID> {
        self.0.parent_id.map(|p| gid(NodeType::DisputeType, p))
    }
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
}

/// An in-app notice to the caller.
pub struct Notification(pub notification::Model);

#[Object]
impl Notification {
    async fn id(&self) -> ID {
        gid(NodeType::Notification, self.0.id)
    }
    /// `red_dispute` today.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    async fn message(&self) -> &str {
        &self.0.message
    }
    async fn event(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Event>> {
        let Some(id) = self.0.event_id else {
            return Ok(None);
        };
        let rc = request(ctx);
        Ok(
            service::events::visible(rc.conn().await?, rc.access().await?, id)
                .await
                .ok()
                .map(Event),
        )
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }
}

/// A count under a key (an enum value or a category / dispute-type code) and its label.
#[derive(SimpleObject)]
pub struct FigureCount {
    pub key: String,
    pub label: String,
    pub count: i64,
}

impl From<figures::Count> for FigureCount {
    fn from(c: figures::Count) -> Self {
        Self {
            key: c.key,
            label: c.label,
            count: c.count,
        }
    }
}

fn counts(list: Vec<figures::Count>) -> Vec<FigureCount> {
    list.into_iter().map(Into::into).collect()
}

/// Event figures of a subtree, department and period. Counts group the events reported in
/// the period; rates count what happened in the period, from the history; 0–1, null when
/// there is nothing to divide by.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct EventFigures {
    pub reported: i64,
    pub by_status: Vec<FigureCount>,
    /// By top-level category.
    pub by_category: Vec<FigureCount>,
    pub by_source: Vec<FigureCount>,
    pub by_closed_level: Vec<FigureCount>,
    /// The open events' colours now.
    pub by_colour: Vec<FigureCount>,
    /// Sign-fors by their deadline ÷ sign-fors.
    pub on_time_sign_for_rate: Option<f64>,
    /// 按期结案率: closures whose every step met its deadline ÷ closures.
    pub on_time_closure_rate: Option<f64>,
    /// 返工率: reworks ÷ completions.
    pub rework_rate: Option<f64>,
    /// Returns ÷ dispatches.
    pub return_rate: Option<f64>,
    /// 满意率: satisfied or basically satisfied ÷ revisits.
    pub satisfaction_rate: Option<f64>,
    /// From report to closure, for the events closed in the period.
    pub average_handling_hours: Option<f64>,
    #[graphql(skip)]
    pub overdue_events: Vec<event::Model>,
}

#[ComplexObject]
impl EventFigures {
    /// Open events past their phase deadline now, most overdue first (at most 100).
    async fn overdue(&self) -> Vec<Event> {
        self.overdue_events.iter().cloned().map(Event).collect()
    }
}

impl From<figures::EventFigures> for EventFigures {
    fn from(f: figures::EventFigures) -> Self {
        Self {
            reported: f.reported,
            by_status: counts(f.by_status),
            by_category: counts(f.by_category),
            by_source: counts(f.by_source),
            by_closed_level: counts(f.by_closed_level),
            by_colour: counts(f.by_colour),
            on_time_sign_for_rate: f.on_time_sign_for_rate,
            on_time_closure_rate: f.on_time_closure_rate,
            rework_rate: f.rework_rate,
            return_rate: f.return_rate,
            satisfaction_rate: f.satisfaction_rate,
            average_handling_hours: f.average_handling_hours,
            overdue_events: f.overdue,
        }
    }
}

/// Disputes reported in a period, and the resolution rate (化解率 = resolved ÷ all).
#[derive(SimpleObject)]
pub struct DisputeFigures {
    pub total: i64,
    pub resolved: i64,
    pub failed: i64,
    pub sent_to_court: i64,
    /// No outcome yet.
    pub open: i64,
    pub resolution_rate: Option<f64>,
    pub by_risk: Vec<FigureCount>,
    pub by_type: Vec<FigureCount>,
}

impl From<figures::DisputeFigures> for DisputeFigures {
    fn from(f: figures::DisputeFigures) -> Self {
        Self {
            total: f.total,
            resolved: f.resolved,
            failed: f.failed,
            sent_to_court: f.sent_to_court,
            open: f.open,
            resolution_rate: f.resolution_rate,
            by_risk: counts(f.by_risk),
            by_type: counts(f.by_type),
        }
    }
}

/// A change of an event, as the live feed delivers it. Refetch the event for its details.
pub struct EventChange(pub live::EventChange);

#[Object]
impl EventChange {
    async fn event_id(&self) -> ID {
        gid(NodeType::Event, self.0.event_id)
    }
    async fn number(&self) -> &str {
        &self.0.number
    }
    async fn action(&self) -> EventAction {
        self.0.action.into()
    }
    async fn status(&self) -> EventStatus {
        self.0.status.into()
    }
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
    async fn department_id(&self) -> Option<ID> {
        self.0.department_id.map(|d| gid(NodeType::Department, d))
    }
}
