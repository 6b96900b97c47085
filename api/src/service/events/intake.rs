//! Intake (上报): a grid worker, community staff or an integrator reports an event. The grid is
//! named or found from a point by the grids' boundaries; an open event of the same category in
//! the same grid within 24 hours is offered as a possible duplicate.

use super::attachments::{self, Photo};
use super::catalogue;
use super::disputes::{self, DisputeInput};
use super::live::{EventChange, publish_after_commit};
use super::reach_filter;
use super::transitions::{self, Actor, Ctx, Entry, set_clock};
use crate::access::{Access, Permission, RegionPlace};
use crate::domain::event_machine::OPEN_STATUSES;
use crate::domain::geo_boundary::stored_contains;
use crate::domain::{GeoPoint, PhoneNo, UserError, UserErrorCode};
use crate::error::{AppError, AppResult};
use crate::service::archives::placement;
use crate::service::archives::residents;
use crate::service::common::input::keep;
use crate::service::common::input::optional_text;
use crate::service::common::input::reject_if_any;
use crate::service::common::region_scope::{Placed, place_of};
use crate::service::common::versioned::Versioned;
use crate::tenancy::TenantTx;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use entities::enums::{
    EventAction, EventFamily, EventLinkKind, EventPhase, EventSource, EventStatus, RegionKind,
    Urgency,
};
use entities::{event, event_link, house, organisation, region, resident, tenant_counter};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

#[derive(Debug, Default)]
pub struct ReportInput {
    pub category_id: Uuid,
    pub description: String,
    pub grid_id: Option<Uuid>,
    pub point: Option<(f64, f64)>,
    pub address: Option<String>,
    pub urgency: Option<Urgency>,
    pub source: Option<EventSource>,
    pub reporter_name: Option<String>,
    pub reporter_phone: Option<String>,
    pub external_ref: Option<String>,
    pub links: Vec<(EventLinkKind, Uuid)>,
    pub photos: Vec<Photo>,
    pub dispute: Option<DisputeInput>,
}

pub struct Reported {
    pub event: event::Model,
    pub possible_duplicates: Vec<event::Model>,
}

/// The grid whose boundary contains the point, if any (grids first, then micro-grids).
pub async fn grid_at(conn: &TenantTx, point: GeoPoint) -> AppResult<Option<region::Model>> {
    let grids = conn
        .find::<region::Entity>()
        .filter(region::Column::Kind.eq(RegionKind::Grid))
        .filter(region::Column::Boundary.is_not_null())
        .all(conn)
        .await?;
    Ok(grids.into_iter().find(|g| {
        g.boundary
            .as_ref()
            .is_some_and(|b| stored_contains(b, point))
    }))
}

/// The next number of the day: `SJ20261122-0007`. The counter row's lock serialises
/// concurrent reports.
async fn next_number(conn: &TenantTx, tenant_id: Uuid, day: NaiveDate) -> AppResult<String> {
    let name = format!("event:{}", day.format("%Y%m%d"));
    conn.insert_one(tenant_counter::ActiveModel {
        tenant_id: Set(tenant_id),
        name: Set(name.clone()),
        value: Set(0),
    })
    .on_conflict(
        OnConflict::columns([
            tenant_counter::Column::TenantId,
            tenant_counter::Column::Name,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    conn.update_many::<tenant_counter::Entity>()
        .col_expr(
            tenant_counter::Column::Value,
            Expr::col(tenant_counter::Column::Value).add(1),
        )
        .filter(tenant_counter::Column::Name.eq(name.clone()))
        .exec(conn)
        .await?;
    let value = conn
        .find::<tenant_counter::Entity>()
        .filter(tenant_counter::Column::Name.eq(name))
        .one(conn)
        .await?
        .map(|c| c.value)
        .unwrap_or(1);
    Ok(format!("SJ{}-{value:04}", day.format("%Y%m%d")))
}

/// Each link must name a resident, house or organisation the caller could report about: one
/// placed within the reach of its `event:report` grants. Another community's resident is
/// refused like an unknown one — a link would put its name on the event (`links.label`).
async fn check_links(
    conn: &TenantTx,
    access: &Access,
    links: &[(EventLinkKind, Uuid)],
    errors: &mut Vec<UserError>,
) -> AppResult<()> {
    for (i, (kind, id)) in links.iter().enumerate() {
        let place = match kind {
            EventLinkKind::Resident => place_of_row::<resident::Entity>(conn, *id).await?,
            EventLinkKind::House => place_of_row::<house::Entity>(conn, *id).await?,
            EventLinkKind::Organisation => place_of_row::<organisation::Entity>(conn, *id).await?,
        };
        if !place.is_some_and(|p| access.reaches(Permission::EventReport, &p)) {
            let mut e = UserError::new("links", UserErrorCode::InvalidTarget, "关联的档案不存在");
            e.field.push(i.to_string());
            errors.push(e);
        }
    }
    Ok(())
}

/// Where a placed row of the tenant lies, if it exists.
async fn place_of_row<E>(conn: &TenantTx, id: Uuid) -> AppResult<Option<RegionPlace>>
where
    E: Versioned,
    E::Model: Placed,
{
    Ok(conn
        .find::<E>()
        .filter(E::id_column().eq(id))
        .one(conn)
        .await?
        .map(|row| row.place()))
}

/// What a reporter is offered before reporting: open events of the category in the grid from
/// the last 24 hours. A category or grid the caller cannot see is `NOT_FOUND`.
pub async fn possible_duplicates(
    conn: &TenantTx,
    access: &Access,
    category_id: Uuid,
    grid_id: Uuid,
    at: DateTime<Utc>,
) -> AppResult<Vec<event::Model>> {
    catalogue::category(conn, category_id).await?;
    placement::readable_region(conn, access, Permission::RegionRead, grid_id).await?;
    open_duplicates(conn, access, category_id, grid_id, at, None).await
}

/// Open events of the same category in the same grid reported in the 24 hours before `at`.
async fn open_duplicates(
    conn: &TenantTx,
    access: &Access,
    category_id: Uuid,
    grid_id: Uuid,
    at: DateTime<Utc>,
    except: Option<Uuid>,
) -> AppResult<Vec<event::Model>> {
    let reach = access.event_reach(Permission::EventRead)?;
    let mut query = conn
        .find::<event::Entity>()
        .filter(event::Column::CategoryId.eq(category_id))
        .filter(event::Column::GridId.eq(grid_id))
        .filter(event::Column::ReportedAt.gte(at - Duration::hours(24)))
        .filter(event::Column::Status.is_in(OPEN_STATUSES))
        .filter(reach_filter(&reach));
    if let Some(id) = except {
        query = query.filter(event::Column::Id.ne(id));
    }
    let rows = query
        .order_by_desc(event::Column::ReportedAt)
        .limit(20)
        .all(conn)
        .await?;
    Ok(rows)
}

#[tracing::instrument(skip_all, fields(category_id = %input.category_id, event_id = tracing::field::Empty))]
pub async fn report(ctx: &Ctx<'_>, input: ReportInput) -> AppResult<Reported> {
    let (access, conn) = (ctx.access, ctx.conn);
    access.require(Permission::EventReport)?;
    let now = ctx.state.clock.now();
    let mut errors = Vec::new();

    let category = match catalogue::category(conn, input.category_id).await {
        Ok(c) if c.active => Some(c),
        Ok(_) | Err(AppError::NotFound(_)) => {
            errors.push(UserError::new(
                "categoryId",
                UserErrorCode::InvalidValue,
                "请选择有效的事件类别",
            ));
            None
        }
        Err(e) => return Err(e),
    };
    let description = input.description.trim().to_string();
    if description.is_empty() || description.chars().count() > 2000 {
        errors.push(UserError::new(
            "description",
            UserErrorCode::Required,
            "请填写 1–2000 字的事件描述",
        ));
    }
    let point = match input.point {
        Some((lng, lat)) => keep(
            &mut errors,
            GeoPoint::parse(lng, lat).map_err(|mut e| {
                e.field = vec!["input".into(), "point".into()];
                e
            }),
        ),
        None => None,
    };
    let grid = match (input.grid_id, point) {
        (Some(id), _) => {
            let region = conn
                .find::<region::Entity>()
                .filter(region::Column::Id.eq(id))
                .one(conn)
                .await?
                .ok_or(AppError::NotFound("region"))?;
            if matches!(region.kind, RegionKind::Grid | RegionKind::MicroGrid) {
                Some(region)
            } else {
                errors.push(UserError::new(
                    "gridId",
                    UserErrorCode::NotAGrid,
                    "事件须发生在网格内",
                ));
                None
            }
        }
        (None, Some(point)) => {
            let found = grid_at(conn, point).await?;
            if found.is_none() {
                errors.push(UserError::new(
                    "point",
                    UserErrorCode::PointOutsideGrids,
                    "该位置不在任何网格内",
                ));
            }
            found
        }
        (None, None) => {
            errors.push(UserError::new(
                "gridId",
                UserErrorCode::Required,
                "请选择网格或在地图上定位",
            ));
            None
        }
    };
    let address = optional_text("address", input.address.as_deref(), 200, &mut errors);
    let reporter_name = optional_text(
        "reporterName",
        input.reporter_name.as_deref(),
        50,
        &mut errors,
    );
    let external_ref = optional_text(
        "externalRef",
        input.external_ref.as_deref(),
        100,
        &mut errors,
    );
    let phone = match input
        .reporter_phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        Some(raw) => match PhoneNo::parse("reporterPhone", raw) {
            Ok(p) => Some(residents::seal_phone(
                &ctx.state.vault,
                access.tenant_id,
                &p,
            )?),
            Err(e) => {
                errors.push(e);
                None
            }
        },
        None => None,
    };
    check_links(conn, access, &input.links, &mut errors).await?;
    if input.links.len() > 20 {
        errors.push(UserError::new(
            "links",
            UserErrorCode::InvalidValue,
            "至多关联 20 份档案",
        ));
    }
    if let Err(AppError::Invalid(mut photo_errors)) =
        attachments::check(&input.photos, ctx.state.settings.events.max_photo_bytes)
    {
        errors.append(&mut photo_errors);
    }
    let dispute = match (&category, input.dispute) {
        (Some(c), dispute) if c.family == EventFamily::Dispute => Some(
            disputes::parse(
                conn,
                ctx.state,
                access.tenant_id,
                dispute.unwrap_or_default(),
                &mut errors,
            )
            .await?,
        ),
        _ => None,
    };
    reject_if_any(errors)?;
    let (Some(category), Some(grid)) = (category, grid) else {
        return Err(AppError::internal(anyhow::anyhow!(
            "validated intake lost its category or grid"
        )));
    };
    // A reporter acts inside its scope (an integrator: the whole county).
    access.check_action(
        Permission::RegionRead,
        Permission::EventReport,
        &place_of(&grid),
        "region",
    )?;

    let number = next_number(conn, access.tenant_id, crate::domain::today_at(now)).await?;
    let id = Uuid::now_v7();
    let urgency = input.urgency.unwrap_or(Urgency::Routine);
    let mut model = event::ActiveModel {
        tenant_id: Set(access.tenant_id),
        id: Set(id),
        number: Set(number),
        category_id: Set(category.id),
        family: Set(category.family),
        description: Set(description),
        urgency: Set(urgency),
        source: Set(input.source.unwrap_or(EventSource::Patrol)),
        status: Set(EventStatus::Reported),
        level: Set(RegionKind::Grid),
        region_id: Set(grid.id),
        street_id: Set(grid.street_id),
        community_id: Set(grid.community_id),
        grid_id: Set(grid.grid_id),
        micro_grid_id: Set(grid.micro_grid_id),
        lng: Set(point.map(|p| p.lng)),
        lat: Set(point.map(|p| p.lat)),
        address: Set(address),
        reporter_name: Set(reporter_name),
        reporter_phone_cipher: Set(phone.as_ref().map(|p| p.cipher.clone())),
        reporter_phone_masked: Set(phone.as_ref().map(|p| p.masked.clone())),
        reported_by: Set(Some(access.user_id)),
        external_ref: Set(external_ref),
        reported_at: Set(now),
        department_id: Set(None),
        dispatch_level: Set(None),
        phase: Set(Some(EventPhase::Accept)),
        phase_seq: Set(1),
        phase_started_at: Set(None),
        phase_yellow_at: Set(None),
        phase_orange_at: Set(None),
        phase_deadline: Set(None),
        extension_pending: Set(false),
        supervised_seq: Set(None),
        escalated_seq: Set(None),
        result: Set(None),
        closed_at: Set(None),
        closed_level: Set(None),
        satisfaction: Set(None),
        merged_into_id: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let limits = catalogue::effective_limits(conn, &category).await?;
    let rules = catalogue::rules(conn, access.tenant_id).await?;
    let clock = crate::domain::event_deadlines::PhaseClock::start(
        now,
        limits.minutes(EventPhase::Accept, urgency),
        category.time_basis,
        &rules.calendar,
        rules.thresholds,
    );
    set_clock(&mut model, Some(&clock));
    conn.insert_one(model).exec_without_returning(conn).await?;
    let saved = super::load(conn, id).await?;
    if !input.links.is_empty() {
        conn.insert_many(
            input
                .links
                .iter()
                .map(|(kind, target)| event_link::ActiveModel {
                    tenant_id: Set(access.tenant_id),
                    id: Set(Uuid::now_v7()),
                    event_id: Set(id),
                    target_kind: Set(*kind),
                    target_id: Set(*target),
                }),
        )
        .exec_without_returning(conn)
        .await?;
    }
    let actor = Actor::of(conn, access).await?;
    let history = transitions::record(
        conn,
        Entry {
            before: None,
            after: &saved,
            action: EventAction::Report,
            actor: &actor,
            at: now,
            comment: None,
            details: None,
        },
    )
    .await?;
    if let Some(dispute) = dispute {
        disputes::create(ctx, &saved, dispute, now).await?;
    }
    attachments::store(
        ctx.state,
        conn,
        &saved,
        Some(history),
        Some(access.user_id),
        input.photos,
        now,
    )
    .await?;
    let duplicates = match saved.grid_id {
        Some(grid_id) => open_duplicates(conn, access, category.id, grid_id, now, Some(id)).await?,
        None => Vec::new(),
    };
    tracing::Span::current().record("event_id", tracing::field::display(saved.id));
    publish_after_commit(
        ctx.db,
        &ctx.state.cache,
        EventChange::of(&saved, EventAction::Report, now),
    );
    Ok(Reported {
        event: saved,
        possible_duplicates: duplicates,
    })
}
