//! 上报: reporting an event, with its photos, links and dispute record.

use super::*;
use crate::domain::{GlobalId, NodeType, UserErrorCode as Code};
use crate::error::{AppError, AppResult};
use crate::graphql::common::{UserError, into_payload};
use crate::graphql::context::request;
use crate::graphql::events::category_id;
use crate::graphql::events::enums::*;
use crate::graphql::events::types::*;
use crate::graphql::regions::region_id;
use crate::service::events::intake;
use crate::service::events::intake::ReportInput;
use async_graphql::{Context, ID, InputObject, Object, SimpleObject, Upload};

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

#[derive(Default)]
pub struct IntakeMutation;

#[Object]
impl IntakeMutation {
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
}
