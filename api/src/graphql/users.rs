//! Users and role assignments (county admin).

use super::common::{Role, ScopeKind, UserStatus, connection};
use super::context::{caller, request};
use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use crate::graphql::payload::payload;
use crate::service::common::page::PageRequest;
use crate::service::users::{self as service, ScopeRef};
use async_graphql::connection::Connection;
use async_graphql::{Context, ID, InputObject, Object};
use entities::{role_assignment, user};
use uuid::Uuid;

fn user_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::User, "user").map_err(AppError::from)
}

/// A person who signs in. Other users are visible with `user:manage`; `me` shows oneself.
#[derive(Clone)]
pub struct User(pub user::Model);

#[Object]
impl User {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::User, self.0.id).into()
    }

    async fn username(&self) -> &str {
        &self.0.username
    }

    async fn display_name(&self) -> &str {
        &self.0.display_name
    }

    async fn status(&self) -> UserStatus {
        self.0.status.into()
    }

    /// The user's roles, each on its scope node.
    async fn role_assignments(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<RoleAssignment>> {
        let conn = request(ctx).conn().await?;
        let mut by_user = service::assignments_of(conn, self.0.tenant_id, &[self.0.id]).await?;
        Ok(by_user
            .remove(&self.0.id)
            .unwrap_or_default()
            .into_iter()
            .map(|(model, scope_name)| RoleAssignment { model, scope_name })
            .collect())
    }
}

/// A role held on a scope node; it covers the node's subtree.
pub struct RoleAssignment {
    pub model: role_assignment::Model,
    pub scope_name: Option<String>,
}

#[Object]
impl RoleAssignment {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::RoleAssignment, self.model.id).into()
    }

    async fn role(&self) -> Role {
        self.model.role.into()
    }

    async fn scope_kind(&self) -> ScopeKind {
        self.model.scope_kind.into()
    }

    /// The global id of the scope node (a region, department or party organisation); null
    /// for tenant-wide roles.
    async fn scope_id(&self) -> Option<ID> {
        let node_type = match self.model.scope_kind {
            entities::enums::ScopeKind::Tenant => return None,
            entities::enums::ScopeKind::Region => NodeType::Region,
            entities::enums::ScopeKind::Department => NodeType::Department,
            entities::enums::ScopeKind::PartyOrganisation => NodeType::PartyOrganisation,
        };
        Some(GlobalId::encode(node_type, self.model.scope_id).into())
    }

    /// The scope node's name; the county's name for tenant-wide roles.
    async fn scope_name(&self) -> Option<&str> {
        self.scope_name.as_deref()
    }
}

#[derive(Default)]
pub struct UserQuery;

#[Object]
impl UserQuery {
    /// Users of the county by username; `search` matches the start of the username or part
    /// of the display name. Needs `user:manage`.
    async fn users(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
    ) -> async_graphql::Result<Connection<String, User>> {
        let page = PageRequest::parse(first, after)?;
        let (access, conn) = caller(ctx).await?;
        Ok(connection(
            service::list(conn, access, search.as_deref(), &page).await?,
            User,
        ))
    }

    /// Needs `user:manage`.
    async fn user(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<User> {
        let id = user_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(User(service::get(conn, access, id).await?))
    }
}

#[derive(InputObject)]
pub struct CreateUserInput {
    /// 3–64 letters, digits, `.`, `_`, `-`; unique in the county (case-insensitive).
    pub username: String,
    pub display_name: String,
    /// At least 8 characters from 3 classes.
    pub password: String,
}

#[derive(InputObject)]
pub struct SetUserStatusInput {
    pub id: ID,
    pub status: UserStatus,
}

#[derive(InputObject)]
pub struct AssignRoleInput {
    pub user_id: ID,
    pub role: Role,
    /// The scope node: a street for STREET_ADMIN, a community for COMMUNITY_STAFF, a grid or
    /// micro-grid for GRID_WORKER, any region for LEADER, a department for DEPARTMENT, a party
    /// organisation for PARTY_BRANCH; none for COUNTY_ADMIN and INTEGRATOR.
    pub scope_id: Option<ID>,
}

#[derive(InputObject)]
pub struct RevokeRoleInput {
    pub id: ID,
}

payload! {
    pub struct UserPayload {
        user: User,
    }
}

payload! {
    pub struct RoleAssignmentPayload {
        role_assignment: RoleAssignment,
    }
}

payload! {
    pub struct RevokeRolePayload {
        revoked_id: ID,
    }
}

fn scope_ref(raw: Option<&ID>) -> Result<ScopeRef, AppError> {
    let Some(raw) = raw else {
        return Ok(ScopeRef::Tenant);
    };
    let global = GlobalId::decode(raw)?;
    Ok(match global.node_type {
        NodeType::Region => ScopeRef::Region(global.id),
        NodeType::Department => ScopeRef::Department(global.id),
        NodeType::PartyOrganisation => ScopeRef::PartyOrganisation(global.id),
        _ => return Err(AppError::NotFound("scope node")),
    })
}

#[derive(Default)]
pub struct UserMutation;

#[Object]
impl UserMutation {
    /// Creates a user with no roles. Needs `user:manage`.
    async fn create_user(
        &self,
        ctx: &Context<'_>,
        input: CreateUserInput,
    ) -> async_graphql::Result<UserPayload> {
        let rc = request(ctx);
        let access = rc.access().await?;
        UserPayload::of(
            service::create(
                &rc.state,
                rc.conn().await?,
                access,
                &input.username,
                &input.display_name,
                &input.password,
            )
            .await,
            User,
        )
    }

    /// Enables or disables an account; a disabled user's tokens stop working at once. Needs
    /// `user:manage`.
    async fn set_user_status(
        &self,
        ctx: &Context<'_>,
        input: SetUserStatusInput,
    ) -> async_graphql::Result<UserPayload> {
        let id = user_id(&input.id)?;
        let rc = request(ctx);
        let access = rc.access().await?;
        UserPayload::of(
            service::set_status(&rc.db, &rc.state.cache, access, id, input.status.into()).await,
            User,
        )
    }

    /// Grants a role on a scope node. Needs `user:manage`.
    async fn assign_role(
        &self,
        ctx: &Context<'_>,
        input: AssignRoleInput,
    ) -> async_graphql::Result<RoleAssignmentPayload> {
        let user = user_id(&input.user_id)?;
        let scope = scope_ref(input.scope_id.as_ref())?;
        let (access, conn) = caller(ctx).await?;
        RoleAssignmentPayload::of(
            service::assign_role(conn, access, user, input.role.into(), scope).await,
            |model| RoleAssignment {
                model,
                scope_name: None,
            },
        )
    }

    /// Takes a role away. Needs `user:manage`.
    async fn revoke_role(
        &self,
        ctx: &Context<'_>,
        input: RevokeRoleInput,
    ) -> async_graphql::Result<RevokeRolePayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::RoleAssignment, "role assignment")?;
        let rc = request(ctx);
        let access = rc.access().await?;
        RevokeRolePayload::of(
            service::revoke_role(&rc.db, &rc.state.cache, access, id).await,
            |id| GlobalId::encode(NodeType::RoleAssignment, id).into(),
        )
    }
}
