//! The region tree: `Region`, its queries and mutations.

use super::common::{DeletePayload, GeoPoint, GeoPointInput, GridKind, RegionKind, connection};
use super::context::{RequestCtx, caller, request};
use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use crate::graphql::payload::payload;
use crate::service::common::page::PageRequest;
use crate::service::regions::{self as service, NewRegion, RegionChanges, RegionFilter};
use async_graphql::connection::Connection;
use async_graphql::dataloader::{DataLoader, Loader};
use async_graphql::{Context, ID, InputObject, Json, MaybeUndefined, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entities::region;
use std::collections::HashMap;
use std::sync::{Arc, Weak};
use uuid::Uuid;

pub(super) fn region_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::Region, "region").map_err(AppError::from)
}

/// A node of the region tree: county, street, community, grid or micro-grid. Needs
/// `region:read` in a scope that covers it.
#[derive(Clone)]
pub struct Region(pub region::Model);

#[Object]
impl Region {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::Region, self.0.id).into()
    }

    /// Extends the parent's code; unique in the county.
    async fn code(&self) -> &str {
        &self.0.code
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn kind(&self) -> RegionKind {
        self.0.kind.into()
    }

    /// Only for grids.
    async fn grid_kind(&self) -> Option<GridKind> {
        self.0.grid_kind.map(Into::into)
    }

    /// Increases with every change; pass it as `expectedVersion` to update safely.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// The parent, if the caller may read it.
    async fn parent(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Region>> {
        let Some(parent) = self.0.parent_id else {
            return Ok(None);
        };
        let (access, conn) = caller(ctx).await?;
        match service::get(conn, access, parent).await {
            Ok(found) => Ok(Some(Region(found))),
            Err(AppError::NotFound(_)) => Ok(None),
            Err(other) => Err(other.into()),
        }
    }

    /// Ancestors the caller may read, the county first.
    async fn ancestors(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Region>> {
        let (access, conn) = caller(ctx).await?;
        Ok(service::ancestors(conn, access, &self.0)
            .await?
            .into_iter()
            .map(Region)
            .collect())
    }

    /// Children by code, at most 100 a page.
    async fn children(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, Region>> {
        let page = PageRequest::parse(first, after)?;
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            service::children(conn, access, &self.0, &page).await?,
            Region,
        ))
    }

    /// How many children the caller may read.
    async fn child_count(&self, ctx: &Context<'_>) -> async_graphql::Result<i64> {
        let loader = ctx.data_unchecked::<DataLoader<ChildCountLoader>>();
        Ok(loader.load_one(self.0.id).await?.unwrap_or(0))
    }

    /// GeoJSON Polygon or MultiPolygon geometry in lng/lat.
    async fn boundary(&self) -> Option<Json<serde_json::Value>> {
        self.0.boundary.clone().map(Json)
    }

    async fn center(&self) -> Option<GeoPoint> {
        match (self.0.center_lng, self.0.center_lat) {
            (Some(lng), Some(lat)) => Some(GeoPoint { lng, lat }),
            _ => None,
        }
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// Batches `childCount` of many regions into one query, per request.
pub struct ChildCountLoader {
    request: Weak<RequestCtx>,
}

impl ChildCountLoader {
    pub fn new(request: &Arc<RequestCtx>) -> Self {
        Self {
            request: Arc::downgrade(request),
        }
    }
}

impl Loader<Uuid> for ChildCountLoader {
    type Value = i64;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, i64>, Self::Error> {
        let request = self
            .request
            .upgrade()
            .ok_or_else(|| async_graphql::Error::new("the request has ended"))?;
        let access = request.access().await?;
        let conn = request.conn().await?;
        Ok(service::child_counts(conn, access, keys).await?)
    }
}

/// Batches the regions that archive rows point at (a page of residents names 20 grids) into one
/// query, per request.
pub struct RegionLoader {
    request: Weak<RequestCtx>,
}

impl RegionLoader {
    pub fn new(request: &Arc<RequestCtx>) -> Self {
        Self {
            request: Arc::downgrade(request),
        }
    }
}

impl Loader<Uuid> for RegionLoader {
    type Value = region::Model;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, region::Model>, Self::Error> {
        let request = self
            .request
            .upgrade()
            .ok_or_else(|| async_graphql::Error::new("the request has ended"))?;
        let access = request.access().await?;
        let conn = request.conn().await?;
        Ok(service::get_many(conn, access, keys)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect())
    }
}

/// The region `id` through the request's loader; `NOT_FOUND` outside the caller's reach.
pub async fn load_region(ctx: &Context<'_>, id: Uuid) -> async_graphql::Result<Region> {
    let loader = ctx.data_unchecked::<DataLoader<RegionLoader>>();
    loader
        .load_one(id)
        .await?
        .map(Region)
        .ok_or_else(|| AppError::NotFound("region").into())
}

/// The grid map: every grid with a boundary in the caller's reach.
#[derive(SimpleObject)]
pub struct GridMap {
    /// A GeoJSON FeatureCollection; each feature's properties: `id` (global id), `code`,
    /// `name`, `kind`, `gridKind`, `parentName`.
    pub feature_collection: Json<serde_json::Value>,
    pub grid_count: i32,
}

#[derive(Default)]
pub struct RegionQuery;

#[Object]
impl RegionQuery {
    /// A region by id. Needs `region:read` covering it; else `NOT_FOUND`.
    async fn region(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Region> {
        let id = region_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(Region(service::get(conn, access, id).await?))
    }

    /// The tops of the caller's tree: the county for county-wide roles, else the scope nodes.
    /// Needs `region:read`.
    async fn region_roots(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Region>> {
        let (access, conn) = caller(ctx).await?;
        Ok(service::roots(conn, access)
            .await?
            .into_iter()
            .map(Region)
            .collect())
    }

    /// Regions in the caller's reach by code: `search` matches part of the name or the start
    /// of the code; `under` limits to a subtree. Needs `region:read`.
    async fn regions(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
        kind: Option<RegionKind>,
        under: Option<ID>,
    ) -> async_graphql::Result<Connection<String, Region>> {
        let page = PageRequest::parse(first, after)?;
        let filter = RegionFilter {
            search,
            kind: kind.map(Into::into),
            under: under.as_ref().map(region_id).transpose()?,
        };
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            service::search(conn, access, &filter, &page).await?,
            Region,
        ))
    }

    /// The grids of the caller's reach (or of `under`) as GeoJSON, for the map. Needs
    /// `region:read`.
    async fn grid_map(
        &self,
        ctx: &Context<'_>,
        under: Option<ID>,
    ) -> async_graphql::Result<GridMap> {
        let under = under.as_ref().map(region_id).transpose()?;
        let (access, conn) = caller(ctx).await?;
        let (grids, parent_names) = service::grid_map(conn, access, under).await?;
        let features: Vec<serde_json::Value> = grids
            .iter()
            .map(|g| {
                serde_json::json!({
                    "type": "Feature",
                    "id": GlobalId::encode(NodeType::Region, g.id),
                    "geometry": g.boundary,
                    "properties": {
                        "id": GlobalId::encode(NodeType::Region, g.id),
                        "code": g.code,
                        "name": g.name,
                        "kind": "GRID",
                        "gridKind": g.grid_kind.map(|k| match k { entities::enums::GridKind::Basic => "BASIC", entities::enums::GridKind::Exclusive => "EXCLUSIVE" }),
                        "parentName": g.parent_id.and_then(|p| parent_names.get(&p)),
                        "center": match (g.center_lng, g.center_lat) { (Some(lng), Some(lat)) => Some([lng, lat]), _ => None },
                    }
                })
            })
            .collect();
        Ok(GridMap {
            grid_count: i32::try_from(features.len()).unwrap_or(i32::MAX),
            feature_collection: Json(
                serde_json::json!({ "type": "FeatureCollection", "features": features }),
            ),
        })
    }
}

#[derive(InputObject)]
pub struct CreateRegionInput {
    /// The parent region; the new region's kind must be the level below it.
    pub parent_id: ID,
    pub kind: RegionKind,
    /// For grids only; defaults to BASIC.
    pub grid_kind: Option<GridKind>,
    /// Must extend the parent's code; unique in the county.
    pub code: String,
    pub name: String,
    /// GeoJSON Polygon or MultiPolygon (lng/lat), valid and not self-intersecting.
    pub boundary: Option<Json<serde_json::Value>>,
    pub center: Option<GeoPointInput>,
}

#[derive(InputObject)]
pub struct UpdateRegionInput {
    pub id: ID,
    /// When given, the update fails with `CONFLICT` if the region changed since.
    pub expected_version: Option<i32>,
    pub name: Option<String>,
    /// A new code (descendants' codes follow).
    pub code: Option<String>,
    pub grid_kind: Option<GridKind>,
    /// null clears the boundary.
    pub boundary: MaybeUndefined<Json<serde_json::Value>>,
    /// null clears the centre.
    pub center: MaybeUndefined<GeoPointInput>,
}

#[derive(InputObject)]
pub struct MoveRegionInput {
    pub id: ID,
    /// A region of the level above.
    pub new_parent_id: ID,
    /// The region's code under its new parent (descendants' codes follow).
    pub new_code: String,
}

#[derive(InputObject)]
pub struct DeleteRegionInput {
    pub id: ID,
}

payload! {
    pub struct RegionPayload {
        /// The region as it is now; null when `userErrors` says why not.
        region: Region,
    }
}

fn maybe<T, U>(value: MaybeUndefined<T>, map: impl FnOnce(T) -> U) -> Option<Option<U>> {
    match value {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(v) => Some(Some(map(v))),
    }
}

#[derive(Default)]
pub struct RegionMutation;

#[Object]
impl RegionMutation {
    /// Adds a region under a parent. Needs `region:write` covering the parent (county admin;
    /// street admin within the street).
    async fn create_region(
        &self,
        ctx: &Context<'_>,
        input: CreateRegionInput,
    ) -> async_graphql::Result<RegionPayload> {
        let parent_id = region_id(&input.parent_id)?;
        let (access, conn) = caller(ctx).await?;
        RegionPayload::of(
            service::create(
                conn,
                access,
                NewRegion {
                    parent_id,
                    kind: input.kind.into(),
                    grid_kind: input.grid_kind.map(Into::into),
                    code: input.code,
                    name: input.name,
                    boundary: input.boundary.map(|b| b.0),
                    center: input.center.map(|c| (c.lng, c.lat)),
                },
            )
            .await,
            Region,
        )
    }

    /// Changes a region's name, code, grid kind, boundary or centre. Needs `region:write`
    /// covering it.
    async fn update_region(
        &self,
        ctx: &Context<'_>,
        input: UpdateRegionInput,
    ) -> async_graphql::Result<RegionPayload> {
        let id = region_id(&input.id)?;
        let (access, conn) = caller(ctx).await?;
        RegionPayload::of(
            service::update(
                conn,
                access,
                RegionChanges {
                    id,
                    expected_version: input.expected_version,
                    name: input.name,
                    code: input.code,
                    grid_kind: input.grid_kind.map(Into::into),
                    boundary: maybe(input.boundary, |b| b.0),
                    center: maybe(input.center, |c| (c.lng, c.lat)),
                },
            )
            .await,
            Region,
        )
    }

    /// Moves a region (and its subtree) under another parent of the level above. Needs
    /// `region:write` below the caller's scope node at both ends.
    async fn move_region(
        &self,
        ctx: &Context<'_>,
        input: MoveRegionInput,
    ) -> async_graphql::Result<RegionPayload> {
        let id = region_id(&input.id)?;
        let new_parent = region_id(&input.new_parent_id)?;
        let (access, conn) = caller(ctx).await?;
        RegionPayload::of(
            service::move_to(conn, access, id, new_parent, &input.new_code).await,
            Region,
        )
    }

    /// Deletes a region with no children that no role or party organisation refers to. Needs
    /// `region:write` below the caller's scope node.
    async fn delete_region(
        &self,
        ctx: &Context<'_>,
        input: DeleteRegionInput,
    ) -> async_graphql::Result<DeletePayload> {
        let id = region_id(&input.id)?;
        let rc = request(ctx);
        let access = rc.access().await?;
        DeletePayload::of(service::delete(rc.conn().await?, access, id).await, |id| {
            GlobalId::encode(NodeType::Region, id).into()
        })
    }
}
