//! Reading events. Every field needs `event:read` unless its description says otherwise; a
//! department user reads the events dispatched to its department only.

use super::enums::*;
use super::types::*;
use super::{category_id, event_id};
use crate::domain::dispute_risk::RiskRule as DomainRiskRule;
use crate::domain::{GeoPoint, GlobalId, NodeType};
use crate::error::AppError;
use crate::graphql::common::connection;
use crate::graphql::context::caller;
use crate::graphql::departments::department_id;
use crate::graphql::regions::{Region, region_id};
use crate::service::common::page::{Page, PageRequest};
use crate::service::events::{self, catalogue, figures, intake, listing, supervision};
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;

#[derive(InputObject, Default)]
pub struct EventFilter {
    pub status: Option<Vec<EventStatus>>,
    /// Open events of these colours now.
    pub colour: Option<Vec<WarningColour>>,
    /// A category; a top-level one includes its subcategories.
    pub category_id: Option<ID>,
    /// A region subtree.
    pub region_id: Option<ID>,
    pub department_id: Option<ID>,
    pub family: Option<EventFamily>,
    /// True: not yet closed; false: closed, archived, rejected or merged.
    pub open: Option<bool>,
    /// Part of the number or the description.
    pub search: Option<String>,
    pub reported_from: Option<NaiveDate>,
    pub reported_to: Option<NaiveDate>,
    /// Disputes of these risk colours.
    pub risk: Option<Vec<RiskColour>>,
}

impl EventFilter {
    fn parse(self) -> Result<listing::EventFilter, AppError> {
        Ok(listing::EventFilter {
            statuses: self
                .status
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            colours: self
                .colour
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            category_id: self.category_id.as_ref().map(category_id).transpose()?,
            region_id: self.region_id.as_ref().map(region_id).transpose()?,
            department_id: self.department_id.as_ref().map(department_id).transpose()?,
            family: self.family.map(Into::into),
            open: self.open,
            search: self.search,
            reported_from: self.reported_from,
            reported_to: self.reported_to,
            risks: self
                .risk
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
        })
    }
}

#[derive(SimpleObject)]
pub struct WorkPeriod {
    /// Local time "08:30".
    pub start: String,
    pub end: String,
}

#[derive(SimpleObject)]
pub struct WorkCalendarObject {
    /// ISO weekdays (1 = Monday … 7 = Sunday).
    pub workdays: Vec<i32>,
    pub periods: Vec<WorkPeriod>,
    pub holidays: Vec<NaiveDate>,
    /// Weekend days worked instead (调休).
    pub extra_workdays: Vec<NaiveDate>,
}

#[derive(SimpleObject)]
pub struct RiskRule {
    /// Dispute type codes starting with this; any type when null.
    pub type_prefix: Option<String>,
    /// Any scale when null.
    pub scale: Option<DisputeScale>,
    pub colour: RiskColour,
}

/// The rules of the tenant's loop.
#[derive(SimpleObject)]
pub struct EventSettings {
    #[graphql(name = "calendar")]
    pub calendar: WorkCalendarObject,
    pub yellow_percent: i32,
    pub orange_percent: i32,
    /// Hours an event stays red before the scheduler escalates it one level.
    pub escalation_grace_hours: i32,
    pub risk_rules: Vec<RiskRule>,
}

impl From<catalogue::EventRules> for EventSettings {
    fn from(r: catalogue::EventRules) -> Self {
        Self {
            calendar: WorkCalendarObject {
                workdays: r.calendar.workdays.iter().map(|d| *d as i32).collect(),
                periods: r
                    .calendar
                    .periods
                    .iter()
                    .map(|(s, e)| WorkPeriod {
                        start: s.format("%H:%M").to_string(),
                        end: e.format("%H:%M").to_string(),
                    })
                    .collect(),
                holidays: r.calendar.holidays.iter().copied().collect(),
                extra_workdays: r.calendar.extra_workdays.iter().copied().collect(),
            },
            yellow_percent: r.thresholds.yellow_percent,
            orange_percent: r.thresholds.orange_percent,
            escalation_grace_hours: r.escalation_grace_hours,
            risk_rules: r
                .risk_rules
                .0
                .into_iter()
                .map(
                    |DomainRiskRule {
                         type_prefix,
                         scale,
                         colour,
                     }| RiskRule {
                        type_prefix,
                        scale: scale.map(Into::into),
                        colour: colour.into(),
                    },
                )
                .collect(),
        }
    }
}

#[derive(SimpleObject)]
pub struct EventConnectionExtra {
    /// All events matching the filter.
    pub total_count: u64,
}

#[derive(Default)]
pub struct EventQuery;

#[Object]
impl EventQuery {
    /// The category tree as a flat list, parents first (`event:read` or `event:report`).
    async fn event_categories(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = false)] include_inactive: bool,
    ) -> async_graphql::Result<Vec<EventCategory>> {
        let (access, conn) = caller(ctx).await?;
        Ok(catalogue::categories(conn, access, include_inactive)
            .await?
            .into_iter()
            .map(EventCategory)
            .collect())
    }

    /// The tenant's work calendar, warning thresholds, escalation grace and dispute risk rules.
    async fn event_settings(&self, ctx: &Context<'_>) -> async_graphql::Result<EventSettings> {
        let (access, conn) = caller(ctx).await?;
        access.require(crate::access::Permission::EventRead)?;
        Ok(catalogue::rules(conn, access.tenant_id).await?.into())
    }

    /// The dispute types (GB/T 31000 classes and subclasses), by code.
    async fn dispute_types(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<DisputeType>> {
        let (access, conn) = caller(ctx).await?;
        Ok(catalogue::dispute_types(conn, access)
            .await?
            .into_iter()
            .map(DisputeType)
            .collect())
    }

    /// Events in the caller's reach, most urgent first by default.
    async fn events(
        &self,
        ctx: &Context<'_>,
        filter: Option<EventFilter>,
        #[graphql(default)] order_by: EventOrder,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, Event, EventConnectionExtra>> {
        let (access, conn) = caller(ctx).await?;
        let filter = filter.unwrap_or_default().parse()?;
        let page = PageRequest::parse(first, after)?;
        let now = crate::graphql::context::request(ctx).state.clock.now();
        let found = listing::list(conn, access, &filter, order_by.into(), &page, now).await?;
        let mut result = Connection::with_additional_fields(
            found.has_previous,
            found.has_next,
            EventConnectionExtra {
                total_count: found.total,
            },
        );
        result.edges.extend(
            found
                .items
                .into_iter()
                .map(|(cursor, e)| async_graphql::connection::Edge::new(cursor, Event(e))),
        );
        Ok(result)
    }

    /// One event; `NOT_FOUND` outside the caller's reach.
    async fn event(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Event> {
        let (access, conn) = caller(ctx).await?;
        Ok(Event(events::visible(conn, access, event_id(&id)?).await?))
    }

    /// The grid whose boundary contains the point; null when none does (`event:report` or
    /// `event:read`).
    async fn grid_at(
        &self,
        ctx: &Context<'_>,
        lng: f64,
        lat: f64,
    ) -> async_graphql::Result<Option<Region>> {
        let (access, conn) = caller(ctx).await?;
        if !access.has(crate::access::Permission::EventReport) {
            access.require(crate::access::Permission::EventRead)?;
        }
        let point = GeoPoint::parse(lng, lat).map_err(|e| AppError::BadUserInput(e.message))?;
        Ok(intake::grid_at(conn, point).await?.map(Region))
    }

    /// Open events of the category in the grid reported in the last 24 hours — to offer before
    /// reporting a duplicate.
    async fn possible_duplicates(
        &self,
        ctx: &Context<'_>,
        category_id: ID,
        grid_id: ID,
    ) -> async_graphql::Result<Vec<Event>> {
        let (access, conn) = caller(ctx).await?;
        let now = crate::graphql::context::request(ctx).state.clock.now();
        Ok(intake::possible_duplicates(
            conn,
            access,
            super::category_id(&category_id)?,
            region_id(&grid_id)?,
            now,
        )
        .await?
        .into_iter()
        .map(Event)
        .collect())
    }

    /// Supervision orders on events the caller sees, newest first; `open`: not yet replied.
    async fn supervision_orders(
        &self,
        ctx: &Context<'_>,
        open: Option<bool>,
        event_id: Option<ID>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, SupervisionOrder>> {
        let rc = crate::graphql::context::request(ctx);
        let access = rc.access().await?;
        let conn = rc.conn().await?;
        let page = PageRequest::parse(first, after)?;
        let ctx2 = crate::service::events::transitions::Ctx {
            db: &rc.db,
            conn,
            access,
            state: &rc.state,
        };
        let (items, has_next, has_previous) = supervision::list(
            &ctx2,
            open,
            event_id.as_ref().map(super::event_id).transpose()?,
            &page,
        )
        .await?;
        Ok(connection(
            Page {
                items,
                has_next,
                has_previous,
            },
            SupervisionOrder,
        ))
    }

    /// Event figures for a region subtree (default: the caller's reach), a department and a
    /// period of report dates.
    async fn event_figures(
        &self,
        ctx: &Context<'_>,
        region_id: Option<ID>,
        department_id: Option<ID>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> async_graphql::Result<EventFigures> {
        let (access, conn) = caller(ctx).await?;
        let now = crate::graphql::context::request(ctx).state.clock.now();
        let scope = figures::Scope {
            region_id: region_id
                .as_ref()
                .map(crate::graphql::regions::region_id)
                .transpose()?,
            department_id: department_id
                .as_ref()
                .map(crate::graphql::departments::department_id)
                .transpose()?,
            from,
            to,
        };
        Ok(figures::event_figures(conn, access, scope, now)
            .await?
            .into())
    }

    /// Disputes reported in a period in a region subtree, and the resolution rate.
    async fn dispute_figures(
        &self,
        ctx: &Context<'_>,
        region_id: Option<ID>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> async_graphql::Result<DisputeFigures> {
        let (access, conn) = caller(ctx).await?;
        let scope = figures::Scope {
            region_id: region_id
                .as_ref()
                .map(crate::graphql::regions::region_id)
                .transpose()?,
            department_id: None,
            from,
            to,
        };
        Ok(figures::dispute_figures(conn, access, scope).await?.into())
    }

    /// The caller's notifications, newest first (at most 100).
    async fn my_notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = false)] unread_only: bool,
    ) -> async_graphql::Result<Vec<Notification>> {
        let (access, conn) = caller(ctx).await?;
        Ok(listing::notifications(conn, access, unread_only)
            .await?
            .into_iter()
            .map(Notification)
            .collect())
    }
}

/// A supervision order id.
pub fn order_id(raw: &ID) -> Result<uuid::Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::SupervisionOrder, "supervision order")
        .map_err(AppError::from)
}
