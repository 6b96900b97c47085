//! Functional departments.

use super::common::{DeletePayload, connection};
use super::context::caller;
use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use crate::graphql::payload::payload;
use crate::service::common::page::PageRequest;
use crate::service::departments as service;
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, InputObject, Object};
use entities::department;
use uuid::Uuid;

pub(super) fn department_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::Department, "department").map_err(AppError::from)
}

/// 职能部门 — receives dispatched events. Needs `department:read`.
#[derive(Clone)]
pub struct Department(pub department::Model);

#[Object]
impl Department {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::Department, self.0.id).into()
    }

    /// Unique in the county.
    async fn code(&self) -> &str {
        &self.0.code
    }

    async fn name(&self) -> &str {
        &self.0.name
    }
}

#[derive(Default)]
pub struct DepartmentQuery;

#[Object]
impl DepartmentQuery {
    /// Departments by code; `search` matches part of the name or the start of the code.
    /// Needs `department:read`.
    async fn departments(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
    ) -> async_graphql::Result<Connection<String, Department>> {
        let page = PageRequest::parse(first, after)?;
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            service::list(conn, access, search.as_deref(), &page).await?,
            Department,
        ))
    }

    /// Needs `department:read`.
    async fn department(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Department> {
        let id = department_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(Department(service::get(conn, access, id).await?))
    }
}

#[derive(InputObject)]
pub struct CreateDepartmentInput {
    pub code: String,
    pub name: String,
}

#[derive(InputObject)]
pub struct UpdateDepartmentInput {
    pub id: ID,
    pub code: Option<String>,
    pub name: Option<String>,
}

#[derive(InputObject)]
pub struct DeleteDepartmentInput {
    pub id: ID,
}

payload! {
    pub struct DepartmentPayload {
        department: Department,
    }
}

#[derive(Default)]
pub struct DepartmentMutation;

#[Object]
impl DepartmentMutation {
    /// Needs `department:write` (county admin).
    async fn create_department(
        &self,
        ctx: &Context<'_>,
        input: CreateDepartmentInput,
    ) -> async_graphql::Result<DepartmentPayload> {
        let (access, conn) = caller(ctx).await?;
        DepartmentPayload::of(
            service::create(conn, access, &input.code, &input.name).await,
            Department,
        )
    }

    /// Needs `department:write` (county admin).
    async fn update_department(
        &self,
        ctx: &Context<'_>,
        input: UpdateDepartmentInput,
    ) -> async_graphql::Result<DepartmentPayload> {
        let id = department_id(&input.id)?;
        let (access, conn) = caller(ctx).await?;
        DepartmentPayload::of(
            service::update(
                conn,
                access,
                id,
                input.code.as_deref(),
                input.name.as_deref(),
            )
            .await,
            Department,
        )
    }

    /// Deletes a department no user holds a role on. Needs `department:write`.
    async fn delete_department(
        &self,
        ctx: &Context<'_>,
        input: DeleteDepartmentInput,
    ) -> async_graphql::Result<DeletePayload> {
        let id = department_id(&input.id)?;
        let (access, conn) = caller(ctx).await?;
        DeletePayload::of(service::delete(conn, access, id).await, |id| {
            GlobalId::encode(NodeType::Department, id).into()
        })
    }
}
