//! Tenants (counties), for the platform operator.

use super::common::{TenantStatus, connection};
use super::context::{caller, request};
use crate::domain::{GlobalId, NodeType};
use crate::graphql::payload::payload;
use crate::service::common::page::PageRequest;
use crate::service::tenants::{self as service, NewCounty};
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use entities::tenant;

/// 租户 — a county. The platform operator sees every county; a county's staff their own.
#[derive(Clone)]
pub struct Tenant(pub tenant::Model);

#[Object]
impl Tenant {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::Tenant, self.0.id).into()
    }

    /// GB/T 2260 county code; the sign-in's tenant code.
    async fn code(&self) -> &str {
        &self.0.code
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn status(&self) -> TenantStatus {
        self.0.status.into()
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(Default)]
pub struct TenantQuery;

#[Object]
impl TenantQuery {
    /// Every county by code. Needs `tenant:manage` (platform operator).
    async fn tenants(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, Tenant>> {
        let page = PageRequest::parse(first, after)?;
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            service::list(conn, access, &page).await?,
            Tenant,
        ))
    }
}

#[derive(InputObject)]
pub struct CreateTenantInput {
    /// GB/T 2260 six-digit county code, e.g. 371502.
    pub code: String,
    pub name: String,
    /// The county's first admin.
    pub admin_username: String,
    pub admin_display_name: String,
    pub admin_password: String,
}

#[derive(InputObject)]
pub struct TenantStatusInput {
    pub id: ID,
}

payload! {
    pub struct TenantPayload {
        tenant: Tenant,
    }
}

#[derive(Default)]
pub struct TenantMutation;

impl TenantMutation {
    async fn set_status(
        ctx: &Context<'_>,
        id: &ID,
        status: entities::enums::TenantStatus,
    ) -> async_graphql::Result<TenantPayload> {
        let id = GlobalId::decode_as(id, NodeType::Tenant, "tenant")?;
        let rc = request(ctx);
        let access = rc.access().await?;
        TenantPayload::of(
            service::set_status(&rc.db, &rc.state.cache, Some(access), id, status).await,
            Tenant,
        )
    }
}

#[Object]
impl TenantMutation {
    /// Creates a county with its root region and first county admin. Needs `tenant:manage`.
    async fn create_tenant(
        &self,
        ctx: &Context<'_>,
        input: CreateTenantInput,
    ) -> async_graphql::Result<TenantPayload> {
        let rc = request(ctx);
        let access = rc.access().await?;
        let result = service::create(
            &rc.state,
            &rc.db,
            access,
            NewCounty {
                code: &input.code,
                name: &input.name,
                admin_username: &input.admin_username,
                admin_display_name: &input.admin_display_name,
                admin_password: &input.admin_password,
            },
        )
        .await;
        TenantPayload::of(result, Tenant)
    }

    /// Suspends a county: its sign-ins and tokens are refused until reactivated. Needs
    /// `tenant:manage`.
    async fn suspend_tenant(
        &self,
        ctx: &Context<'_>,
        input: TenantStatusInput,
    ) -> async_graphql::Result<TenantPayload> {
        Self::set_status(ctx, &input.id, entities::enums::TenantStatus::Suspended).await
    }

    /// Needs `tenant:manage`.
    async fn reactivate_tenant(
        &self,
        ctx: &Context<'_>,
        input: TenantStatusInput,
    ) -> async_graphql::Result<TenantPayload> {
        Self::set_status(ctx, &input.id, entities::enums::TenantStatus::Active).await
    }
}
