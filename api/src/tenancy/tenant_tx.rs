//! The tenant-bound transaction: the only way the product reads or writes a tenant's rows.
//!
//! Every query starts from [`TenantTx::find`] (filtered by the transaction's tenant), every
//! insert goes through [`TenantTx::insert`] (which stamps the tenant), every update and delete
//! through [`TenantTx::update`], [`TenantTx::update_many`] or [`TenantTx::delete_many`]
//! (filtered again). sea-orm's own `find`/`insert`/`update_many`/`delete_many`/raw SQL are
//! refused outside `tenancy/` by clippy's `disallowed-methods` (`api/clippy.toml`), so a new
//! module cannot forget the tenant filter. Without a tenant (a request before sign-in), a
//! tenant table has no rows: the filter is `tenant_id IS NULL`, which no row matches.

use crate::error::{AppError, AppResult};
use entities::capabilities::TenantOwned;
use sea_orm::sea_query::SimpleExpr;
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    DbBackend, DbErr, DeleteMany, EntityTrait, ExecResult, Insert, InsertMany, IntoActiveModel,
    QueryFilter, QueryResult, Select, Statement, TransactionTrait, UpdateMany, Value,
};
use std::sync::RwLock;
use uuid::Uuid;

/// A database transaction bound to one tenant.
pub struct TenantTx {
    tx: DatabaseTransaction,
    tenant: RwLock<Option<Uuid>>,
}

impl TenantTx {
    pub(super) fn new(tx: DatabaseTransaction, tenant: Option<Uuid>) -> Self {
        Self {
            tx,
            tenant: RwLock::new(tenant),
        }
    }

    pub(super) fn set_tenant(&self, tenant: Uuid) {
        *self.tenant.write().unwrap_or_else(|p| p.into_inner()) = Some(tenant);
    }

    pub(super) fn into_inner(self) -> DatabaseTransaction {
        self.tx
    }

    /// The tenant the transaction runs for, if it has one yet.
    pub fn tenant(&self) -> Option<Uuid> {
        *self.tenant.read().unwrap_or_else(|p| p.into_inner())
    }

    /// The tenant, or `UNAUTHENTICATED` for a transaction that has none (no one signed in).
    pub fn tenant_id(&self) -> AppResult<Uuid> {
        self.tenant()
            .ok_or(AppError::Unauthenticated("sign in first"))
    }

    fn owns<E: TenantOwned>(&self) -> SimpleExpr {
        match self.tenant() {
            Some(tenant) => E::tenant_column().eq(tenant),
            None => E::tenant_column().is_null(),
        }
    }

    fn stamp<A>(&self, mut model: A) -> A
    where
        A: ActiveModelTrait,
        A::Entity: TenantOwned,
    {
        model.set(
            <A::Entity as TenantOwned>::tenant_column(),
            Value::Uuid(self.tenant()),
        );
        model
    }

    /// `SELECT … FROM <table> WHERE tenant_id = <this tenant>`: where every query starts.
    pub fn find<E: TenantOwned>(&self) -> Select<E> {
        E::find().filter(self.owns::<E>())
    }

    /// Inserts `model` as a row of this tenant (its `tenant_id` is set here, whatever it held).
    pub async fn insert<A>(&self, model: A) -> Result<<A::Entity as EntityTrait>::Model, DbErr>
    where
        A: ActiveModelTrait + ActiveModelBehavior + Send,
        A::Entity: TenantOwned,
        <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
    {
        self.stamp(model).insert(&self.tx).await
    }

    /// An insert of one row of this tenant, for an `ON CONFLICT` clause before it runs.
    pub fn insert_one<A>(&self, model: A) -> Insert<A>
    where
        A: ActiveModelTrait,
        A::Entity: TenantOwned,
    {
        <A::Entity as EntityTrait>::insert(self.stamp(model))
    }

    /// An insert of many rows of this tenant (each stamped), to run with `exec…(tx)`.
    pub fn insert_many<A, I>(&self, models: I) -> InsertMany<A>
    where
        A: ActiveModelTrait,
        A::Entity: TenantOwned,
        I: IntoIterator<Item = A>,
    {
        <A::Entity as EntityTrait>::insert_many(models.into_iter().map(|m| self.stamp(m)))
    }

    /// Updates one row of this tenant by its key `(tenant_id, id)`; the tenant is stamped, so
    /// another tenant's row with the same id is never touched (`RecordNotUpdated`).
    pub async fn update<A>(&self, model: A) -> Result<<A::Entity as EntityTrait>::Model, DbErr>
    where
        A: ActiveModelTrait + ActiveModelBehavior + Send,
        A::Entity: TenantOwned,
        <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
    {
        self.stamp(model).update(&self.tx).await
    }

    /// `UPDATE <table> … WHERE tenant_id = <this tenant>`, to narrow further and run.
    pub fn update_many<E: TenantOwned>(&self) -> UpdateMany<E> {
        E::update_many().filter(self.owns::<E>())
    }

    /// `DELETE FROM <table> WHERE tenant_id = <this tenant>`, to narrow further and run.
    pub fn delete_many<E: TenantOwned>(&self) -> DeleteMany<E> {
        E::delete_many().filter(self.owns::<E>())
    }

    /// A nested transaction (a savepoint) for the same tenant: a step that must be all or
    /// nothing inside the request's transaction. Dropped without [`TenantTx::commit`], it rolls
    /// back.
    pub async fn savepoint(&self) -> AppResult<TenantTx> {
        Ok(TenantTx::new(self.tx.begin().await?, self.tenant()))
    }

    /// Commits a savepoint (or a transaction of its own).
    pub async fn commit(self) -> AppResult<()> {
        Ok(self.tx.commit().await?)
    }

    /// Runs a SQL statement written by hand, bound to this tenant: `sql` must compare
    /// `tenant_id` with `$1` wherever it reads a tenant table, and `$1` is this tenant; the
    /// other values follow as `$2`, `$3`…
    pub async fn query_all_in_tenant(
        &self,
        sql: &str,
        values: impl IntoIterator<Item = Value>,
    ) -> AppResult<Vec<QueryResult>> {
        let tenant = self.tenant_id()?;
        let backend = self.tx.get_database_backend();
        let sql = match backend {
            DbBackend::Postgres => sql.to_string(),
            _ => dollar_to_question(sql),
        };
        let values = std::iter::once(Value::from(tenant)).chain(values);
        Ok(self
            .tx
            .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?)
    }
}

/// `$1`, `$2`… as SQLite's positional `?1`, `?2`….
fn dollar_to_question(sql: &str) -> String {
    sql.replace('$', "?")
}

/// The transaction runs sea-orm's queries (`.all(tx)`, `.exec(tx)`): the builders it hands out
/// already carry the tenant filter.
#[async_trait::async_trait]
impl ConnectionTrait for TenantTx {
    fn get_database_backend(&self) -> DbBackend {
        self.tx.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.tx.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.tx.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.tx.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.tx.query_all_raw(stmt).await
    }
}
