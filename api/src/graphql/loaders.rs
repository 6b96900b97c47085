//! Per-request batch loaders for what list rows point at: a page of 20 events names its
//! categories and departments, a page of residents asks for their party membership — each one
//! query for the page, not one per row. Created per request (a shared loader would batch two
//! tenants' keys); [`register`] adds them all.

use super::context::RequestCtx;
use crate::service::party::members as party_members;
use crate::tenancy::TenantOwned;
use async_graphql::dataloader::{DataLoader, Loader};
use async_graphql::{Context, Request};
use entities::{department, event_category, party_member};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::{Arc, Weak};
use uuid::Uuid;

/// A row that has a UUID primary key within its tenant.
pub trait Keyed {
    fn key(&self) -> Uuid;
}

macro_rules! keyed {
    ($($model:path),* $(,)?) => {
        $(impl Keyed for $model {
            fn key(&self) -> Uuid {
                self.id
            }
        })*
    };
}

keyed!(department::Model, event_category::Model);

/// Rows of a tenant table by id; what the caller may see is the resolver's business (these are
/// lookups whose names are no secret to whoever sees the row pointing at them).
pub struct RowLoader<E: EntityTrait> {
    request: Weak<RequestCtx>,
    id: E::Column,
    entity: PhantomData<E>,
}

impl<E: EntityTrait> RowLoader<E> {
    pub fn new(request: &Arc<RequestCtx>, id: E::Column) -> Self {
        Self {
            request: Arc::downgrade(request),
            id,
            entity: PhantomData,
        }
    }
}

fn request_of(request: &Weak<RequestCtx>) -> async_graphql::Result<Arc<RequestCtx>> {
    request
        .upgrade()
        .ok_or_else(|| async_graphql::Error::new("the request has ended"))
}

impl<E> Loader<Uuid> for RowLoader<E>
where
    E: TenantOwned + Send + Sync + 'static,
    E::Model: Keyed + Clone + Send + Sync + 'static,
    E::Column: Send + Sync,
{
    type Value = E::Model;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, E::Model>, Self::Error> {
        let request = request_of(&self.request)?;
        let conn = request.conn().await?;
        let rows = conn
            .find::<E>()
            .filter(self.id.is_in(keys.iter().copied()))
            .all(conn)
            .await
            .map_err(crate::error::AppError::from)?;
        Ok(rows.into_iter().map(|r| (r.key(), r)).collect())
    }
}

/// The current party membership of residents, within the caller's `party:read` reach.
pub struct PartyMemberOfResident {
    request: Weak<RequestCtx>,
}

impl Loader<Uuid> for PartyMemberOfResident {
    type Value = party_member::Model;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, party_member::Model>, Self::Error> {
        let request = request_of(&self.request)?;
        let access = request.access().await?;
        Ok(
            party_members::current_of_residents(request.conn().await?, access, keys)
                .await?
                .into_iter()
                .filter_map(|m| m.resident_id.map(|r| (r, m)))
                .collect(),
        )
    }
}

/// Adds this request's loaders to the GraphQL request.
pub fn register(request: Request, rc: &Arc<RequestCtx>) -> Request {
    request
        .data(DataLoader::new(
            RowLoader::<department::Entity>::new(rc, department::Column::Id),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            RowLoader::<event_category::Entity>::new(rc, event_category::Column::Id),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            PartyMemberOfResident {
                request: Arc::downgrade(rc),
            },
            tokio::spawn,
        ))
}

/// A row through this request's loader (`None`: no such row in the tenant).
pub async fn row<E>(ctx: &Context<'_>, id: Uuid) -> async_graphql::Result<Option<E::Model>>
where
    E: TenantOwned + Send + Sync + 'static,
    E::Model: Keyed + Clone + Send + Sync + 'static,
    E::Column: Send + Sync,
{
    ctx.data_unchecked::<DataLoader<RowLoader<E>>>()
        .load_one(id)
        .await
}

/// The resident's current party membership, if the caller may read it.
pub async fn party_member_of(
    ctx: &Context<'_>,
    resident_id: Uuid,
) -> async_graphql::Result<Option<party_member::Model>> {
    ctx.data_unchecked::<DataLoader<PartyMemberOfResident>>()
        .load_one(resident_id)
        .await
}
