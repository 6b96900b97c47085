//! The benchmark county: `gridgov-bench` loads synthetic counties of any size through the
//! product's own schema, entities and public functions (tooling, not part of the product binary) — multi-row inserts in batched transactions, the
//! tenant set as for any request, so row-level security checks every row on PostgreSQL.
//!
//! Everything is drawn from a seeded generator, so one seed gives the same county. The ids that
//! a benchmark picks at random are derived, not drawn: grid `n` of county `C` has the id
//! `md5("C:grid:n")` read as a UUID (also `street`, `community`, `resident`, `event`), which SQL
//! computes as `md5('C:grid:' || n)::uuid` — so a pgbench script can pick a random grid too.
//!
//! A county's shape: 20 streets × 10 communities × 10 grids (rectangles tiling the county),
//! buildings, houses, households of 1–5, residents, ~8 % in key groups, ~6 % party members in
//! one branch per grid, a team of three per grid, and events over the past 12 months with their
//! histories, supervision orders and disputes. Small counties carry canaries: strings
//! `CANARY-<code>` in grid names, residents' names and events, that must never appear in another
//! county's responses.

mod county;
mod events;
mod people;

use gridgov_api::error::AppResult;
use gridgov_api::state::AppState;
use md5::{Digest, Md5};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseBackend, EntityTrait, IntoActiveModel, Iterable,
};
use uuid::Uuid;

pub const STREETS: u32 = 20;
pub const COMMUNITIES_PER_STREET: u32 = 10;
pub const GRIDS_PER_COMMUNITY: u32 = 10;
pub const GRIDS: u32 = STREETS * COMMUNITIES_PER_STREET * GRIDS_PER_COMMUNITY;
/// The password of every generated user.
pub const PASSWORD: &str = "GridGov#2026";

/// One county to generate.
#[derive(Debug, Clone)]
pub struct Plan {
    pub code: String,
    pub name: String,
    pub residents: u32,
    pub events: u32,
    pub seed: u64,
    /// Mark the county's rows with `CANARY-<code>`.
    pub canary: bool,
}

impl Plan {
    pub fn canary(&self) -> Option<String> {
        self.canary.then(|| canary_of(&self.code))
    }
}

/// The three benchmark counties, their sizes multiplied by `scale` (at least one resident per
/// grid and one event per street).
pub fn plans(seed: u64, scale: f64) -> Vec<Plan> {
    [
        ("371601", "泰山县", 1_000_000.0, 400_000.0, false),
        ("371602", "徂徕县", 200_000.0, 80_000.0, true),
        ("371603", "汶阳县", 50_000.0, 20_000.0, true),
    ]
    .into_iter()
    .map(|(code, name, residents, events, canary)| Plan {
        code: code.into(),
        name: name.into(),
        residents: ((residents * scale) as u32).max(GRIDS),
        events: ((events * scale) as u32).max(STREETS),
        seed,
        canary,
    })
    .collect()
}

pub fn canary_of(code: &str) -> String {
    format!("CANARY-{code}")
}

/// The derived id of the `n`-th object of a kind (`grid`, `street`, `community`, `resident`,
/// `event`; `n` from 1): `md5("<code>:<kind>:<n>")` as a UUID.
pub fn derived_id(code: &str, kind: &str, n: u32) -> Uuid {
    let digest = Md5::digest(format!("{code}:{kind}:{n}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest);
    Uuid::from_bytes(bytes)
}

/// What was loaded.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub tenant_id: Uuid,
    pub rows: u64,
    pub seconds: f64,
    pub skipped: bool,
}

/// Loads the county of `plan`, unless a county with its code exists (then it is left alone).
pub async fn generate(
    state: &AppState,
    plan: &Plan,
    progress: &(dyn Fn(&str) + Sync),
) -> AppResult<Summary> {
    let started = std::time::Instant::now();
    let Some(mut loader) = county::Loader::start(state, plan, progress).await? else {
        return Ok(Summary {
            skipped: true,
            ..Summary::default()
        });
    };
    loader.places_and_people().await?;
    events::load(&mut loader).await?;
    loader.finish().await?;
    Ok(Summary {
        tenant_id: loader.tenant_id,
        rows: loader.rows,
        seconds: started.elapsed().as_secs_f64(),
        skipped: false,
    })
}

/// Inserts `rows` with as many rows per statement as the back end takes parameters.
pub(crate) async fn insert_all<E, C>(conn: &C, rows: Vec<E::Model>) -> AppResult<u64>
where
    E: EntityTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
    C: ConnectionTrait,
{
    let columns = E::Column::iter().count().max(1);
    let parameters = match conn.get_database_backend() {
        DatabaseBackend::Postgres => 65_000,
        _ => 32_000,
    };
    let per_statement = (parameters / columns).clamp(1, 5_000);
    let total = rows.len() as u64;
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<E::ActiveModel> = rows
            .by_ref()
            .take(per_statement)
            .map(IntoActiveModel::into_active_model)
            .collect();
        E::insert_many(chunk).exec_without_returning(conn).await?;
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_match_what_sql_computes() {
        // psql: SELECT md5('371601:grid:1')::uuid
        assert_eq!(
            derived_id("371601", "grid", 1).to_string(),
            "28455334-3df9-007e-ab28-7547c19b5b98"
        );
        assert_ne!(
            derived_id("371601", "grid", 1),
            derived_id("371602", "grid", 1)
        );
    }
}
