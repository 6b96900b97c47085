//! Buildings, houses and households.

use super::archive_enums::HouseUse;
use super::common::{GeoPoint, GeoPointInput, connection};
use super::context::{caller, request};
use super::regions::{Region, load_region, region_id};
use super::residents::Resident;
use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use crate::graphql::payload::payload;
use crate::service::archives::places::{self as service, BuildingInput, HouseInput};
use crate::service::archives::resident_search::{self, ResidentFilter};
use crate::service::common::page::PageRequest;
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, InputObject, Object};
use entities::{building, house, household};
use uuid::Uuid;

pub(super) fn building_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::Building, "building").map_err(AppError::from)
}

pub(super) fn house_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::House, "house").map_err(AppError::from)
}

/// 楼栋 — a building in a grid or micro-grid. Needs `place:read`.
#[derive(Clone)]
pub struct Building(pub building::Model);

#[Object]
impl Building {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::Building, self.0.id).into()
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn address(&self) -> Option<&str> {
        self.0.address.as_deref()
    }

    async fn floors(&self) -> Option<i32> {
        self.0.floors
    }

    async fn unit_count(&self) -> Option<i32> {
        self.0.unit_count
    }

    async fn center(&self) -> Option<GeoPoint> {
        Some(GeoPoint {
            lng: self.0.center_lng?,
            lat: self.0.center_lat?,
        })
    }

    async fn version(&self) -> i32 {
        self.0.version
    }

    async fn region(&self, ctx: &Context<'_>) -> async_graphql::Result<Region> {
        load_region(ctx, self.0.region_id).await
    }

    /// Its houses, by unit, floor and room.
    async fn houses(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<House>> {
        let (access, conn) = caller(ctx).await?;
        Ok(service::houses_of_building(conn, access, self.0.id)
            .await?
            .into_iter()
            .map(House)
            .collect())
    }
}

/// 房屋 — a dwelling or shop. Needs `place:read`.
#[derive(Clone)]
pub struct House(pub house::Model);

#[Object]
impl House {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::House, self.0.id).into()
    }

    /// 单元; empty when the building has none.
    async fn unit(&self) -> &str {
        &self.0.unit
    }

    async fn floor(&self) -> Option<i32> {
        self.0.floor
    }

    async fn room(&self) -> &str {
        &self.0.room
    }

    /// Owner-occupied, rented (tracked), vacant or commercial.
    async fn house_use(&self) -> HouseUse {
        self.0.house_use.into()
    }

    /// m²
    async fn area(&self) -> Option<f64> {
        self.0.area
    }

    async fn version(&self) -> i32 {
        self.0.version
    }

    async fn building(&self, ctx: &Context<'_>) -> async_graphql::Result<Building> {
        let (access, conn) = caller(ctx).await?;
        Ok(Building(
            service::building(conn, access, self.0.building_id).await?,
        ))
    }

    /// The households living here. Needs `resident:read`.
    async fn households(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Household>> {
        let (access, conn) = caller(ctx).await?;
        Ok(service::households_of_house(conn, access, self.0.id)
            .await?
            .into_iter()
            .map(Household)
            .collect())
    }
}

/// 户 — a household. Needs `resident:read`.
#[derive(Clone)]
pub struct Household(pub household::Model);

#[Object]
impl Household {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::Household, self.0.id).into()
    }

    /// 户号, unique in the county.
    async fn number(&self) -> &str {
        &self.0.number
    }

    async fn version(&self) -> i32 {
        self.0.version
    }

    /// Needs `place:read`.
    async fn house(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<House>> {
        let Some(id) = self.0.house_id else {
            return Ok(None);
        };
        let (access, conn) = caller(ctx).await?;
        Ok(Some(House(service::house(conn, access, id).await?)))
    }

    async fn region(&self, ctx: &Context<'_>) -> async_graphql::Result<Region> {
        load_region(ctx, self.0.region_id).await
    }

    /// The people of the household (at most 100), by name.
    async fn members(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Resident>> {
        let (access, conn) = caller(ctx).await?;
        let filter = ResidentFilter {
            household_id: Some(self.0.id),
            ..Default::default()
        };
        let page = PageRequest::parse(Some(100), None)?;
        Ok(
            resident_search::search(conn, &request(ctx).state.vault, access, &filter, &page)
                .await?
                .items
                .into_iter()
                .map(|(_, r)| Resident(r))
                .collect(),
        )
    }
}

#[derive(Default)]
pub struct PlaceQuery;

#[Object]
impl PlaceQuery {
    /// Buildings in a subtree (or the caller's reach), by name. Needs `place:read`.
    async fn buildings(
        &self,
        ctx: &Context<'_>,
        region_id: Option<ID>,
        search: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, Building>> {
        let page = PageRequest::parse(first, after)?;
        let under = region_id.as_ref().map(self::region_id_of).transpose()?;
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            service::buildings(conn, access, under, search.as_deref(), &page).await?,
            Building,
        ))
    }

    async fn building(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Building> {
        let id = building_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(Building(service::building(conn, access, id).await?))
    }

    async fn house(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<House> {
        let id = house_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(House(service::house(conn, access, id).await?))
    }

    /// Needs `resident:read`.
    async fn household(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Household> {
        let id = GlobalId::decode_as(&id, NodeType::Household, "household")?;
        let (access, conn) = caller(ctx).await?;
        Ok(Household(service::household(conn, access, id).await?))
    }
}

fn region_id_of(raw: &ID) -> Result<Uuid, AppError> {
    region_id(raw)
}

#[derive(InputObject)]
pub struct BuildingFieldsInput {
    pub name: Option<String>,
    pub address: Option<String>,
    pub floors: Option<i32>,
    pub unit_count: Option<i32>,
    pub center: Option<GeoPointInput>,
}

impl From<BuildingFieldsInput> for BuildingInput {
    fn from(i: BuildingFieldsInput) -> Self {
        Self {
            name: i.name,
            address: i.address,
            floors: i.floors,
            unit_count: i.unit_count,
            center: i.center.map(|c| (c.lng, c.lat)),
        }
    }
}

#[derive(InputObject)]
pub struct CreateBuildingInput {
    /// A grid or micro-grid.
    pub region_id: ID,
    pub fields: BuildingFieldsInput,
}

#[derive(InputObject)]
pub struct UpdateBuildingInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub fields: BuildingFieldsInput,
}

payload! {
    pub struct BuildingPayload {
        building: Building,
    }
}

#[derive(InputObject)]
pub struct HouseFieldsInput {
    pub unit: Option<String>,
    pub floor: Option<i32>,
    pub room: Option<String>,
    pub house_use: Option<HouseUse>,
    pub area: Option<f64>,
}

impl From<HouseFieldsInput> for HouseInput {
    fn from(i: HouseFieldsInput) -> Self {
        Self {
            unit: i.unit,
            floor: i.floor,
            room: i.room,
            house_use: i.house_use.map(Into::into),
            area: i.area,
        }
    }
}

#[derive(InputObject)]
pub struct CreateHouseInput {
    pub building_id: ID,
    pub fields: HouseFieldsInput,
}

#[derive(InputObject)]
pub struct UpdateHouseInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub fields: HouseFieldsInput,
}

payload! {
    pub struct HousePayload {
        house: House,
    }
}

#[derive(InputObject)]
pub struct CreateHouseholdInput {
    /// 户号, unique in the county.
    pub number: String,
    pub house_id: Option<ID>,
    /// A grid or micro-grid, when the house is not recorded.
    pub region_id: Option<ID>,
}

payload! {
    pub struct HouseholdPayload {
        household: Household,
    }
}

#[derive(Default)]
pub struct PlaceMutation;

#[Object]
impl PlaceMutation {
    /// Needs `place:write` on the grid.
    async fn create_building(
        &self,
        ctx: &Context<'_>,
        input: CreateBuildingInput,
    ) -> async_graphql::Result<BuildingPayload> {
        let region = region_id(&input.region_id)?;
        let (access, conn) = caller(ctx).await?;
        BuildingPayload::of(
            service::create_building(conn, access, region, input.fields.into()).await,
            Building,
        )
    }

    /// Needs `place:write`.
    async fn update_building(
        &self,
        ctx: &Context<'_>,
        input: UpdateBuildingInput,
    ) -> async_graphql::Result<BuildingPayload> {
        let id = building_id(&input.id)?;
        let (access, conn) = caller(ctx).await?;
        BuildingPayload::of(
            service::update_building(
                conn,
                access,
                id,
                input.expected_version,
                input.fields.into(),
            )
            .await,
            Building,
        )
    }

    /// Needs `place:write`.
    async fn create_house(
        &self,
        ctx: &Context<'_>,
        input: CreateHouseInput,
    ) -> async_graphql::Result<HousePayload> {
        let building = building_id(&input.building_id)?;
        let (access, conn) = caller(ctx).await?;
        HousePayload::of(
            service::create_house(conn, access, building, input.fields.into()).await,
            House,
        )
    }

    /// Needs `place:write`.
    async fn update_house(
        &self,
        ctx: &Context<'_>,
        input: UpdateHouseInput,
    ) -> async_graphql::Result<HousePayload> {
        let id = house_id(&input.id)?;
        let (access, conn) = caller(ctx).await?;
        HousePayload::of(
            service::update_house(
                conn,
                access,
                id,
                input.expected_version,
                input.fields.into(),
            )
            .await,
            House,
        )
    }

    /// Needs `resident:write`.
    async fn create_household(
        &self,
        ctx: &Context<'_>,
        input: CreateHouseholdInput,
    ) -> async_graphql::Result<HouseholdPayload> {
        let house = input.house_id.as_ref().map(house_id).transpose()?;
        let region = input.region_id.as_ref().map(region_id).transpose()?;
        let (access, conn) = caller(ctx).await?;
        HouseholdPayload::of(
            service::create_household(conn, access, &input.number, house, region).await,
            Household,
        )
    }
}
