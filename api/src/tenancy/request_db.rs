//! The request's database: one lazily begun [`TenantTx`] that knows its tenant.
//!
//! The transaction begins on the first query (a request refused before execution runs no SQL
//! at all). On PostgreSQL it sets `app.tenant_id` with `set_config(.., true)` so that row-level
//! security admits only that tenant's rows — the second wall; the first is the filter
//! [`TenantTx`] puts on every query.

use super::TenantTx;
use crate::error::{AppError, AppResult};
use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionTrait,
};
use std::sync::Mutex;
use tokio::sync::OnceCell;
use uuid::Uuid;

/// The request's database: one lazily begun transaction, with the tenant it runs for.
pub struct RequestDb {
    pool: DatabaseConnection,
    tx: OnceCell<TenantTx>,
    tenant: Mutex<Option<Uuid>>,
    writes: Mutex<bool>,
    after_commit: Mutex<Vec<AfterCommit>>,
}

/// Work to start once the request's transaction has committed (a background job that must see
/// the rows the request wrote). Dropped, unrun, when the transaction rolls back.
pub type AfterCommit = Box<dyn FnOnce() + Send>;

impl RequestDb {
    pub fn new(pool: DatabaseConnection, tenant: Option<Uuid>) -> Self {
        Self {
            pool,
            tx: OnceCell::new(),
            tenant: Mutex::new(tenant),
            writes: Mutex::new(false),
            after_commit: Mutex::new(Vec::new()),
        }
    }

    /// Marks the request as one that writes (a mutation): on SQLite the transaction then takes
    /// the write lock when it begins, so two writers queue instead of failing mid-way.
    pub fn expect_writes(&self) {
        *self.writes.lock().unwrap_or_else(|p| p.into_inner()) = true;
    }

    fn current_tenant(&self) -> Option<Uuid> {
        *self.tenant.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The transaction, begun on first use.
    pub async fn conn(&self) -> AppResult<&TenantTx> {
        self.tx
            .get_or_try_init(|| async {
                let writes = *self.writes.lock().unwrap_or_else(|p| p.into_inner());
                let options = TransactionOptions {
                    sqlite_transaction_mode: Some(if writes {
                        SqliteTransactionMode::Immediate
                    } else {
                        SqliteTransactionMode::Deferred
                    }),
                    ..Default::default()
                };
                let tx = self.pool.begin_with_options(options).await?;
                let tenant = self.current_tenant();
                if let Some(tenant) = tenant {
                    set_tenant(&tx, tenant).await?;
                }
                Ok::<_, AppError>(TenantTx::new(tx, tenant))
            })
            .await
    }

    /// Switches the tenant the transaction runs for. Only sign-in (which learns the tenant
    /// from its input) and tenant creation (which writes the new tenant's first rows) do this.
    pub async fn enter_tenant(&self, tenant_id: Uuid) -> AppResult<()> {
        *self.tenant.lock().unwrap_or_else(|p| p.into_inner()) = Some(tenant_id);
        if let Some(tx) = self.tx.get() {
            tx.set_tenant(tenant_id);
            set_tenant(tx, tenant_id).await?;
        }
        Ok(())
    }

    pub fn tenant(&self) -> Option<Uuid> {
        self.current_tenant()
    }

    /// Runs `work` after a successful commit.
    pub fn after_commit(&self, work: AfterCommit) {
        self.after_commit
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(work);
    }

    /// Commits the transaction, if one was begun, then starts the after-commit work.
    pub async fn commit(self) -> AppResult<()> {
        if let Some(tx) = self.tx.into_inner() {
            tx.into_inner().commit().await?;
        }
        let work =
            std::mem::take(&mut *self.after_commit.lock().unwrap_or_else(|p| p.into_inner()));
        for job in work {
            job();
        }
        Ok(())
    }
}

/// Sets `app.tenant_id` for the rest of the transaction (PostgreSQL; a no-op on SQLite).
pub async fn set_tenant(conn: &impl ConnectionTrait, tenant_id: Uuid) -> AppResult<()> {
    if conn.get_database_backend() == DatabaseBackend::Postgres {
        conn.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT set_config('app.tenant_id', $1, true)",
            [tenant_id.to_string().into()],
        ))
        .await?;
    }
    Ok(())
}

/// Runs `work` in its own writing transaction for `tenant_id` (CLI commands and background jobs, which
/// have no request).
pub async fn with_tenant<T, F>(
    pool: &DatabaseConnection,
    tenant_id: Option<Uuid>,
    work: F,
) -> AppResult<T>
where
    F: AsyncFnOnce(&RequestDb) -> AppResult<T>,
{
    let db = RequestDb::new(pool.clone(), tenant_id);
    db.expect_writes();
    let result = work(&db).await?;
    db.commit().await?;
    Ok(result)
}

/// Runs `work` in a short reading transaction of its own, apart from the request's: sign-in
/// reads the password hash here, so that no transaction (on SQLite: no write lock) is held
/// while the hash is verified.
pub async fn read_apart<T, F>(pool: &DatabaseConnection, work: F) -> AppResult<T>
where
    F: AsyncFnOnce(&RequestDb) -> AppResult<T>,
{
    let db = RequestDb::new(pool.clone(), None);
    let result = work(&db).await?;
    db.commit().await?;
    Ok(result)
}
