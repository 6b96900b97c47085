//! An event — its facts, available actions and history — with its photos, links and
//! extension requests.

use super::*;
use crate::domain::event_machine::actions_from;
use crate::domain::{GlobalId, NodeType};
use crate::graphql::common::RegionKind;
use crate::graphql::context::request;
use crate::graphql::departments::Department;
use crate::graphql::events::enums::*;
use crate::graphql::regions::{Region, load_region};
use crate::service;
use crate::service::events::{disputes, listing, place_of, supervision};
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entities::{event, event_attachment, event_extension, event_history};

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
