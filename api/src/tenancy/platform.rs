//! The platform's own table, `tenants`: the one table that belongs to no tenant. Sign-in finds
//! a county by its code here, the platform administrator lists and creates counties, and the
//! scheduler's jobs walk the active counties. It is the explicit exception to [`super::TenantTx`].

use entities::tenant;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Select,
};
use uuid::Uuid;

/// `SELECT … FROM tenants`, to narrow and run.
pub fn tenants() -> Select<tenant::Entity> {
    tenant::Entity::find()
}

/// The tenant with `id`.
pub fn tenant(id: Uuid) -> Select<tenant::Entity> {
    tenant::Entity::find().filter(tenant::Column::Id.eq(id))
}

/// Adds a tenant (the platform administrator's "create county").
pub async fn insert_tenant(
    conn: &impl ConnectionTrait,
    model: tenant::ActiveModel,
) -> Result<tenant::Model, DbErr> {
    model.insert(conn).await
}

/// Changes a tenant's row (name, status).
pub async fn update_tenant(
    conn: &impl ConnectionTrait,
    model: tenant::ActiveModel,
) -> Result<tenant::Model, DbErr> {
    model.update(conn).await
}
