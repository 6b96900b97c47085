//! Events, the closed loop (domain.md §7–8). One module per part: the catalogue and rules,
//! intake, the transitions, reading and listing, supervision and the scheduler's sweep,
//! disputes, photos, figures, and the live feed.

pub mod attachments;
pub mod catalogue;
pub mod disputes;
pub mod figures;
pub mod intake;
pub mod listing;
pub mod live;
pub mod supervision;
pub mod transitions;

use crate::access::{Access, EventPlace, EventReach, Permission};
use crate::error::{AppError, AppResult};
use crate::service::common::region_scope::{place_from_columns, reach_condition};
use crate::tenancy::TenantTx;
use entities::event;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, QueryFilter};
use uuid::Uuid;

/// Where an event stands, for the access rules.
pub fn place_of(event: &event::Model) -> EventPlace {
    EventPlace {
        place: place_from_columns(
            event.region_id,
            event.street_id,
            event.community_id,
            event.grid_id,
            event.micro_grid_id,
        ),
        department_id: event.department_id,
        level: event.level,
        dispatch_level: event.dispatch_level,
    }
}

/// The event reach as SQL: the one translation of [`EventReach`] into a filter.
pub fn reach_filter(reach: &EventReach) -> Condition {
    match reach {
        EventReach::All => Condition::all(),
        EventReach::Within {
            subtrees,
            departments,
        } => {
            let mut any = Condition::any();
            if !subtrees.is_empty() {
                any = any.add(reach_condition::<event::Entity>(
                    &crate::access::RegionReach::Subtrees(subtrees.clone()),
                ));
            }
            if !departments.is_empty() {
                any = any.add(event::Column::DepartmentId.is_in(departments.clone()));
            }
            if subtrees.is_empty() && departments.is_empty() {
                any = any.add(Expr::val(1).eq(0));
            }
            any
        }
    }
}

/// An event of the tenant by id, whoever may see it or not (the caller checks).
pub async fn load(conn: &TenantTx, id: Uuid) -> AppResult<event::Model> {
    conn.find::<event::Entity>()
        .filter(event::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("event"))
}

/// An event the caller may read; `NOT_FOUND` otherwise.
pub async fn visible(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<event::Model> {
    access.require(Permission::EventRead)?;
    let event = load(conn, id).await?;
    access.check_event_read(&place_of(&event))?;
    Ok(event)
}
