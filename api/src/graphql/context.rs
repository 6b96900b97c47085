//! What a resolver gets from its request: the caller, the transaction, the shared state.

use crate::access::Access;
use crate::auth::AccessClaims;
use crate::error::{AppError, AppResult};
use crate::service::identity;
use crate::state::AppState;
use crate::tenancy::RequestDb;
use async_graphql::Context;
use sea_orm::DatabaseTransaction;
use std::sync::Arc;
use tokio::sync::OnceCell;

pub struct RequestCtx {
    pub state: AppState,
    pub db: RequestDb,
    /// From a verified bearer token, if one was sent.
    pub claims: Option<AccessClaims>,
    access: OnceCell<Access>,
}

impl RequestCtx {
    pub fn new(state: AppState, claims: Option<AccessClaims>) -> Self {
        let db = RequestDb::new(state.db.clone(), claims.as_ref().map(|c| c.tid));
        Self {
            state,
            db,
            claims,
            access: OnceCell::new(),
        }
    }

    /// The verified caller, loaded on first use; `UNAUTHENTICATED` without a token.
    pub async fn access(&self) -> AppResult<&Access> {
        let claims = self
            .claims
            .as_ref()
            .ok_or(AppError::Unauthenticated("sign in first"))?;
        self.access
            .get_or_try_init(|| async {
                let conn = self.db.conn().await?;
                identity::load(conn, self.state.cache.as_ref(), claims).await
            })
            .await
    }

    pub async fn conn(&self) -> AppResult<&DatabaseTransaction> {
        self.db.conn().await
    }
}

/// The request's context, which the HTTP handler always puts on the request.
pub fn request<'a>(ctx: &Context<'a>) -> &'a RequestCtx {
    ctx.data_unchecked::<Arc<RequestCtx>>()
}

/// The caller and the transaction at once, the start of most resolvers.
pub async fn caller<'a>(ctx: &Context<'a>) -> AppResult<(&'a Access, &'a DatabaseTransaction)> {
    let rc = request(ctx);
    let access = rc.access().await?;
    Ok((access, rc.conn().await?))
}
