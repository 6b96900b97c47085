//! What a resolver gets from its request: the caller, the transaction, the shared state.

use crate::access::Access;
use crate::auth::{AccessClaims, Principal};
use crate::error::AppResult;
use crate::service::identity;
use crate::state::AppState;
use crate::tenancy::RequestDb;
use crate::tenancy::TenantTx;
use async_graphql::Context;
use std::sync::Arc;
use tokio::sync::OnceCell;

pub struct RequestCtx {
    pub state: AppState,
    pub db: RequestDb,
    /// Who presented the request (from the one extractor, [`Principal`]).
    pub principal: Principal,
    access: OnceCell<Access>,
}

impl RequestCtx {
    pub fn new(state: AppState, principal: Principal) -> Self {
        let db = RequestDb::new(state.db.clone(), principal.tenant_id());
        Self {
            state,
            db,
            principal,
            access: OnceCell::new(),
        }
    }

    /// A signed-in user's claims, if one presented the request.
    pub fn claims(&self) -> Option<&AccessClaims> {
        self.principal.claims()
    }

    /// The verified caller, loaded on first use; `UNAUTHENTICATED` without credentials.
    pub async fn access(&self) -> AppResult<&Access> {
        let claims = self.principal.require()?;
        self.access
            .get_or_try_init(|| async {
                let conn = self.db.conn().await?;
                identity::load(conn, self.state.cache.as_ref(), claims).await
            })
            .await
    }

    pub async fn conn(&self) -> AppResult<&TenantTx> {
        self.db.conn().await
    }
}

/// The request's context, which the HTTP handler always puts on the request.
pub fn request<'a>(ctx: &Context<'a>) -> &'a RequestCtx {
    ctx.data_unchecked::<Arc<RequestCtx>>()
}

/// The caller and the transaction at once, the start of most resolvers.
pub async fn caller<'a>(ctx: &Context<'a>) -> AppResult<(&'a Access, &'a TenantTx)> {
    let rc = request(ctx);
    let access = rc.access().await?;
    Ok((access, rc.conn().await?))
}
