//! Sign-in, token refresh, sign-out, password change, and `me`.

use super::common::UserError;
use super::common::into_payload;
use super::context::request;
use super::tenants::Tenant;
use super::users::{RoleAssignment, User};
use crate::access::Permission;
use crate::service::{self, auth::IssuedTokens};
use async_graphql::{Context, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};

#[derive(InputObject)]
pub struct LoginInput {
    /// The county's six-digit code (the platform operator's is `000000`).
    pub tenant_code: String,
    pub username: String,
    pub password: String,
}

#[derive(InputObject)]
pub struct RefreshTokenInput {
    pub refresh_token: String,
}

#[derive(InputObject)]
pub struct ChangePasswordInput {
    pub current_password: String,
    /// At least 8 characters from 3 classes.
    pub new_password: String,
}

/// A signed-in session's tokens.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Send as `Authorization: Bearer …`; valid for 15 minutes.
    pub access_token: String,
    /// Exchange once with `refreshToken` for a new pair; using it twice ends the sign-in.
    pub refresh_token: String,
    pub access_token_expires_at: DateTime<Utc>,
}

impl From<IssuedTokens> for AuthPayload {
    fn from(t: IssuedTokens) -> Self {
        Self {
            access_token: t.access_token,
            refresh_token: t.refresh_token,
            access_token_expires_at: t.access_token_expires_at,
        }
    }
}

#[derive(SimpleObject)]
pub struct LogoutPayload {
    pub ok: bool,
}

#[derive(SimpleObject)]
pub struct ChangePasswordPayload {
    pub ok: bool,
    pub user_errors: Vec<UserError>,
}

/// The signed-in caller.
pub struct Viewer;

#[Object]
impl Viewer {
    async fn user(&self, ctx: &Context<'_>) -> async_graphql::Result<User> {
        let rc = request(ctx);
        let access = rc.access().await?;
        Ok(User(
            service::users::find(rc.conn().await?, access.user_id).await?,
        ))
    }

    async fn tenant(&self, ctx: &Context<'_>) -> async_graphql::Result<Tenant> {
        let rc = request(ctx);
        let access = rc.access().await?;
        Ok(Tenant(
            service::tenants::own(rc.conn().await?, access).await?,
        ))
    }

    async fn role_assignments(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<RoleAssignment>> {
        let rc = request(ctx);
        let access = rc.access().await?;
        let mut by_user =
            service::users::assignments_of(rc.conn().await?, access.tenant_id, &[access.user_id])
                .await?;
        Ok(by_user
            .remove(&access.user_id)
            .unwrap_or_default()
            .into_iter()
            .map(|(model, scope_name)| RoleAssignment { model, scope_name })
            .collect())
    }

    /// The permissions the caller holds somewhere (e.g. `region:write`), for showing actions.
    async fn permissions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        let access = request(ctx).access().await?;
        Ok(Permission::ALL
            .iter()
            .filter(|p| access.has(**p))
            .map(|p| p.as_str().to_string())
            .collect())
    }
}

#[derive(Default)]
pub struct AuthQuery;

#[Object]
impl AuthQuery {
    /// The signed-in caller; `UNAUTHENTICATED` without a valid token.
    async fn me(&self, ctx: &Context<'_>) -> async_graphql::Result<Viewer> {
        request(ctx).access().await?;
        Ok(Viewer)
    }
}

#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Signs in. Errors: `UNAUTHENTICATED` (wrong tenant code, username or password),
    /// `ACCOUNT_LOCKED` (5 failures lock the account for 15 minutes), `TENANT_SUSPENDED`,
    /// `RATE_LIMITED` (too many sign-ins at once).
    async fn login(
        &self,
        ctx: &Context<'_>,
        input: LoginInput,
    ) -> async_graphql::Result<AuthPayload> {
        let rc = request(ctx);
        Ok(service::auth::login(
            &rc.state,
            &rc.db,
            &input.tenant_code,
            &input.username,
            &input.password,
        )
        .await?
        .into())
    }

    /// Exchanges a refresh token for a new pair. A token used twice ends its whole sign-in.
    async fn refresh_token(
        &self,
        ctx: &Context<'_>,
        input: RefreshTokenInput,
    ) -> async_graphql::Result<AuthPayload> {
        let rc = request(ctx);
        Ok(
            service::auth::refresh(&rc.state, &rc.db, &input.refresh_token)
                .await?
                .into(),
        )
    }

    /// Ends the caller's sign-in: its refresh token and access tokens stop working.
    async fn logout(&self, ctx: &Context<'_>) -> async_graphql::Result<LogoutPayload> {
        let rc = request(ctx);
        rc.access().await?;
        let claims = rc.principal.require()?;
        service::auth::logout(&rc.state, rc.conn().await?, claims).await?;
        Ok(LogoutPayload { ok: true })
    }

    /// Changes the caller's own password.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        input: ChangePasswordInput,
    ) -> async_graphql::Result<ChangePasswordPayload> {
        let rc = request(ctx);
        let access = rc.access().await?;
        let result = service::auth::change_password(
            &rc.state,
            rc.conn().await?,
            access.tenant_id,
            access.user_id,
            &input.current_password,
            &input.new_password,
        )
        .await;
        let (done, user_errors) = into_payload(result)?;
        Ok(ChangePasswordPayload {
            ok: done.is_some(),
            user_errors,
        })
    }
}
