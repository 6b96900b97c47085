//! A tenant's settings, each a typed JSON value under a key, with a default when unset.

use crate::error::{AppError, AppResult};
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::tenant_setting;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, QueryFilter};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

/// The grid sizing rule (`crate::domain::grid_sizing::GridSizingRule`).
pub const GRID_SIZING: &str = "grid_sizing";

/// The value under `key`, or `T::default()` when the tenant has not set it.
pub async fn get<T: DeserializeOwned + Default>(conn: &TenantTx, key: &str) -> AppResult<T> {
    let row = conn
        .find::<tenant_setting::Entity>()
        .filter(tenant_setting::Column::Key.eq(key))
        .one(conn)
        .await?;
    match row {
        Some(row) => serde_json::from_value(row.value)
            .map_err(|e| AppError::internal(anyhow::anyhow!("setting {key} is damaged: {e}"))),
        None => Ok(T::default()),
    }
}

pub async fn set<T: Serialize>(
    conn: &TenantTx,
    tenant_id: Uuid,
    key: &str,
    value: &T,
) -> AppResult<()> {
    let value = serde_json::to_value(value).map_err(AppError::internal)?;
    conn.insert_one(tenant_setting::ActiveModel {
        tenant_id: Set(tenant_id),
        key: Set(key.to_string()),
        value: Set(value),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            tenant_setting::Column::TenantId,
            tenant_setting::Column::Key,
        ])
        .update_columns([
            tenant_setting::Column::Value,
            tenant_setting::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(())
}
