//! Organisations in the area and public facilities.

use super::archive_enums::OrganisationKind;
use super::common::{GeoPoint, GeoPointInput, connection};
use super::context::caller;
use super::regions::{Region, load_region, region_id};
use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use crate::graphql::payload::payload;
use crate::service::archives::organisations::{self as service, FacilityInput, OrganisationInput};
use crate::service::common::page::PageRequest;
use crate::service::departments;
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, InputObject, Object};
use entities::{facility, organisation};
use uuid::Uuid;

fn organisation_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::Organisation, "organisation").map_err(AppError::from)
}

/// An organisation in the area: 驻区单位, enterprise, school, key place… Needs `place:read`.
#[derive(Clone)]
pub struct Organisation(pub organisation::Model);

#[Object]
impl Organisation {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::Organisation, self.0.id).into()
    }
    async fn kind(&self) -> OrganisationKind {
        self.0.kind.into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// 统一社会信用代码
    async fn credit_code(&self) -> Option<&str> {
        self.0.credit_code.as_deref()
    }
    async fn address(&self) -> Option<&str> {
        self.0.address.as_deref()
    }
    async fn contact_name(&self) -> Option<&str> {
        self.0.contact_name.as_deref()
    }
    /// The organisation's public office phone.
    async fn office_phone(&self) -> Option<&str> {
        self.0.office_phone.as_deref()
    }
    /// For key places: fire, crowds, hazardous goods…
    async fn risk_category(&self) -> Option<&str> {
        self.0.risk_category.as_deref()
    }
    /// What a co-building unit pledged.
    async fn pledged_resources(&self) -> Option<&str> {
        self.0.pledged_resources.as_deref()
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn region(&self, ctx: &Context<'_>) -> async_graphql::Result<Region> {
        load_region(ctx, self.0.region_id).await
    }
}

/// 市政设施/部件 — a public facility. Needs `facility:read`: one of the caller's regions, or
/// owned by the caller's department.
#[derive(Clone)]
pub struct Facility(pub facility::Model);

#[Object]
impl Facility {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::Facility, self.0.id).into()
    }
    /// E.g. 井盖, 路灯, 消防栓.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn code(&self) -> Option<&str> {
        self.0.code.as_deref()
    }
    async fn location(&self) -> GeoPoint {
        GeoPoint {
            lng: self.0.lng,
            lat: self.0.lat,
        }
    }
    /// The department that owns it, if the caller may read departments.
    async fn owner_department(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<super::departments::Department>> {
        let Some(id) = self.0.owner_department_id else {
            return Ok(None);
        };
        let (access, conn) = caller(ctx).await?;
        Ok(Some(super::departments::Department(
            departments::get(conn, access, id).await?,
        )))
    }
    async fn region(&self, ctx: &Context<'_>) -> async_graphql::Result<Region> {
        load_region(ctx, self.0.region_id).await
    }
}

#[derive(Default)]
pub struct OrganisationQuery;

#[Object]
impl OrganisationQuery {
    /// Organisations of a subtree (or the caller's reach), by name. Needs `place:read`.
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        region_id: Option<ID>,
        kind: Option<OrganisationKind>,
        search: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, Organisation>> {
        let page = PageRequest::parse(first, after)?;
        let under = region_id
            .as_ref()
            .map(super::regions::region_id)
            .transpose()?;
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            service::organisations(
                conn,
                access,
                under,
                kind.map(Into::into),
                search.as_deref(),
                &page,
            )
            .await?,
            Organisation,
        ))
    }

    async fn organisation(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Organisation> {
        let id = organisation_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(Organisation(service::organisation(conn, access, id).await?))
    }

    /// Public facilities the caller reads (those of its regions, or those its department owns),
    /// optionally under a region, by name. Needs `facility:read`.
    async fn facilities(
        &self,
        ctx: &Context<'_>,
        region_id: Option<ID>,
        search: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, Facility>> {
        let page = PageRequest::parse(first, after)?;
        let under = region_id
            .as_ref()
            .map(super::regions::region_id)
            .transpose()?;
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            service::facilities(conn, access, under, search.as_deref(), &page).await?,
            Facility,
        ))
    }
}

#[derive(InputObject, Default)]
pub struct OrganisationFieldsInput {
    pub kind: Option<OrganisationKind>,
    pub name: Option<String>,
    pub credit_code: Option<String>,
    pub address: Option<String>,
    pub contact_name: Option<String>,
    pub office_phone: Option<String>,
    pub risk_category: Option<String>,
    pub pledged_resources: Option<String>,
}

impl From<OrganisationFieldsInput> for OrganisationInput {
    fn from(i: OrganisationFieldsInput) -> Self {
        Self {
            kind: i.kind.map(Into::into),
            name: i.name,
            credit_code: i.credit_code,
            address: i.address,
            contact_name: i.contact_name,
            office_phone: i.office_phone,
            risk_category: i.risk_category,
            pledged_resources: i.pledged_resources,
        }
    }
}

#[derive(InputObject)]
pub struct CreateOrganisationInput {
    /// A grid or micro-grid.
    pub region_id: ID,
    pub fields: OrganisationFieldsInput,
}

#[derive(InputObject)]
pub struct UpdateOrganisationInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub fields: OrganisationFieldsInput,
}

payload! {
    pub struct OrganisationPayload {
        organisation: Organisation,
    }
}

#[derive(InputObject)]
pub struct CreateFacilityInput {
    pub region_id: ID,
    pub kind: String,
    pub name: String,
    pub code: Option<String>,
    pub location: GeoPointInput,
    pub owner_department_id: Option<ID>,
}

payload! {
    pub struct FacilityPayload {
        facility: Facility,
    }
}

#[derive(Default)]
pub struct OrganisationMutation;

#[Object]
impl OrganisationMutation {
    /// Needs `place:write` on the grid.
    async fn create_organisation(
        &self,
        ctx: &Context<'_>,
        input: CreateOrganisationInput,
    ) -> async_graphql::Result<OrganisationPayload> {
        let region = region_id(&input.region_id)?;
        let (access, conn) = caller(ctx).await?;
        OrganisationPayload::of(
            service::create_organisation(conn, access, region, input.fields.into()).await,
            Organisation,
        )
    }

    /// Needs `place:write`.
    async fn update_organisation(
        &self,
        ctx: &Context<'_>,
        input: UpdateOrganisationInput,
    ) -> async_graphql::Result<OrganisationPayload> {
        let id = organisation_id(&input.id)?;
        let (access, conn) = caller(ctx).await?;
        OrganisationPayload::of(
            service::update_organisation(
                conn,
                access,
                id,
                input.expected_version,
                input.fields.into(),
            )
            .await,
            Organisation,
        )
    }

    /// Needs `place:write` on the grid.
    async fn create_facility(
        &self,
        ctx: &Context<'_>,
        input: CreateFacilityInput,
    ) -> async_graphql::Result<FacilityPayload> {
        let region = region_id(&input.region_id)?;
        let owner = input
            .owner_department_id
            .as_ref()
            .map(|id| GlobalId::decode_as(id, NodeType::Department, "department"))
            .transpose()?;
        let (access, conn) = caller(ctx).await?;
        FacilityPayload::of(
            service::create_facility(
                conn,
                access,
                region,
                FacilityInput {
                    kind: Some(input.kind),
                    name: Some(input.name),
                    code: input.code,
                    location: Some((input.location.lng, input.location.lat)),
                    owner_department_id: owner,
                },
            )
            .await,
            Facility,
        )
    }
}
