//! Optimistic concurrency for archive rows: a change names the version it was based on, and
//! the write happens only if the row still has it — otherwise `CONFLICT`.

use crate::error::{AppError, AppResult};
use crate::tenancy::TenantOwned;
use crate::tenancy::TenantTx;
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter};
use uuid::Uuid;

pub trait Versioned: TenantOwned {
    fn id_column() -> Self::Column;
    fn version_column() -> Self::Column;
}

macro_rules! versioned {
    ($($module:ident),* $(,)?) => {
        $(impl Versioned for entities::$module::Entity {
            fn id_column() -> Self::Column {
                entities::$module::Column::Id
            }
            fn version_column() -> Self::Column {
                entities::$module::Column::Version
            }
        })*
    };
}

versioned!(
    building,
    house,
    household,
    resident,
    organisation,
    facility,
    staff,
    party_organisation,
    party_member,
    party_commitment,
    event,
    event_category,
    supervision_order,
    event_dispute
);

/// `CONFLICT` when the caller based its change on another version than the stored one.
pub fn check_expected(expected: Option<i32>, stored: i32, what: &str) -> AppResult<()> {
    match expected {
        Some(v) if v != stored => Err(AppError::Conflict(format!(
            "the {what} was changed by someone else; reload it"
        ))),
        _ => Ok(()),
    }
}

/// Writes `model` (whose version the caller has bumped) only if row `id` still has `version`.
/// `taken`: the field and message a unique-key violation means.
pub async fn save<E>(
    conn: &TenantTx,
    model: E::ActiveModel,
    id: Uuid,
    version: i32,
    what: &str,
    taken: Option<(&str, crate::domain::UserErrorCode, &str)>,
) -> AppResult<E::Model>
where
    E: Versioned,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    let result = conn
        .update_many::<E>()
        .set(model)
        .filter(E::id_column().eq(id))
        .filter(E::version_column().eq(version))
        .exec(conn)
        .await
        .map_err(|e| match taken {
            Some((field, code, message)) => {
                crate::service::common::input::unique_violation_as(e, field, code, message)
            }
            None => e.into(),
        })?;
    if result.rows_affected == 0 {
        return Err(AppError::Conflict(format!(
            "the {what} was changed by someone else; reload it"
        )));
    }
    conn.find::<E>()
        .filter(E::id_column().eq(id))
        .one(conn)
        .await?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("{what} vanished after its update")))
}
