//! Exporting a resident search as `.xlsx` or CSV — the import template's columns, so a file can
//! be edited and imported again. Identifiers are masked unless the caller asks to reveal and
//! its `resident:reveal` covers the row. Every export is written to the audit log.

use super::audit::{self, AuditEntry};
use super::files;
use super::imports::labels::{self, GENDERS, POLITICAL_STATUSES, RELATIONSHIPS, RESIDENCE_TYPES};
use super::imports::templates::{RESIDENT_COLUMNS, write_csv, write_xlsx};
use super::key_groups::{self, sees_sensitive_at};
use super::region_scope::Placed;
use super::resident_search::{self, ResidentFilter};
use crate::access::{Access, Permission};
use crate::error::{AppError, AppResult};
use crate::pii::PiiField;
use crate::state::AppState;
use crate::tenancy::scoped;
use chrono::{DateTime, Utc};
use entities::{household, region, resident, resident_key_group};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;
use std::time::Duration;
use uuid::Uuid;

/// At most this many rows per export; a larger one must be narrowed.
pub const MAX_ROWS: usize = 200_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Xlsx,
    Csv,
}

/// A prepared file and where to fetch it.
#[derive(Debug, Clone)]
pub struct Download {
    pub url: String,
    pub file_name: String,
    pub row_count: usize,
    pub expires_at: DateTime<Utc>,
}

pub async fn residents(
    conn: &impl ConnectionTrait,
    state: &AppState,
    access: &Access,
    filter: &ResidentFilter,
    format: ExportFormat,
    reveal: bool,
) -> AppResult<Download> {
    if reveal {
        access.require(Permission::PersonalDataReveal)?;
    }
    let query = resident_search::matching(conn, &state.vault, access, filter).await?;
    let total = sea_orm::PaginatorTrait::count(query.clone(), conn).await? as usize;
    if total > MAX_ROWS {
        return Err(AppError::BadUserInput(format!(
            "{total} residents match; an export holds at most {MAX_ROWS} — narrow the filter"
        )));
    }
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(total);
    let mut revealed = 0usize;
    let groups = key_groups::catalogue(conn, access).await?;
    let mut after: Option<String> = None;
    loop {
        let batch =
            resident_search::sorted(resident_search::after_key(query.clone(), after.as_deref())?)
                .limit(1_000)
                .all(conn)
                .await?;
        let Some(last) = batch.last() else { break };
        after = Some(super::page::name_id_key(&last.name, last.id));
        let (codes, numbers, memberships) = batch_lookups(conn, access.tenant_id, &batch).await?;
        for r in &batch {
            let full = reveal && access.reaches(Permission::PersonalDataReveal, &r.place());
            let identifier = |cipher: &Option<String>,
                              masked: &Option<String>,
                              field: PiiField|
             -> AppResult<String> {
                Ok(match (full, cipher) {
                    (true, Some(c)) => state
                        .vault
                        .open(access.tenant_id, field, c)
                        .map_err(AppError::internal)?,
                    _ => masked.clone().unwrap_or_default(),
                })
            };
            if full {
                revealed += 1;
            }
            let sensitive_ok = sees_sensitive_at(access, &r.place());
            let group_names: Vec<&str> = memberships
                .get(&r.id)
                .into_iter()
                .flatten()
                .filter_map(|g| groups.iter().find(|k| k.id == *g))
                .filter(|g| sensitive_ok || !g.sensitive)
                .map(|g| g.name.as_str())
                .collect();
            let tags: Vec<String> = serde_json::from_value(r.tags.clone()).unwrap_or_default();
            rows.push(vec![
                r.name.clone(),
                identifier(&r.id_card_cipher, &r.id_card_masked, PiiField::IdCardNo)?,
                labels::label(GENDERS, r.gender).into(),
                r.ethnicity.clone().unwrap_or_default(),
                identifier(&r.phone_cipher, &r.phone_masked, PiiField::Phone)?,
                labels::label(RESIDENCE_TYPES, r.residence_type).into(),
                r.relationship
                    .map(|v| labels::label(RELATIONSHIPS, v))
                    .unwrap_or("")
                    .into(),
                r.political_status
                    .map(|v| labels::label(POLITICAL_STATUSES, v))
                    .unwrap_or("")
                    .into(),
                codes.get(&r.region_id).cloned().unwrap_or_default(),
                r.household_id
                    .and_then(|h| numbers.get(&h).cloned())
                    .unwrap_or_default(),
                group_names.join("、"),
                tags.join("、"),
                r.note.clone().unwrap_or_default(),
            ]);
        }
    }
    let row_count = rows.len();
    let stamp = Utc::now().format("%Y%m%d-%H%M%S");
    let (bytes, file_name, content_type) = match format {
        ExportFormat::Xlsx => (
            write_xlsx("居民", RESIDENT_COLUMNS, rows.into_iter(), false)
                .map_err(AppError::internal)?,
            format!("residents-{stamp}.xlsx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        ExportFormat::Csv => (
            write_csv(RESIDENT_COLUMNS, rows.into_iter()).map_err(AppError::internal)?,
            format!("residents-{stamp}.csv"),
            "text/csv; charset=utf-8",
        ),
    };
    let ttl = Duration::from_secs(state.settings.archives.file_ttl_seconds);
    let token = files::store_download(
        state.cache.as_ref(),
        access.tenant_id,
        access.user_id,
        &file_name,
        content_type,
        &bytes,
        ttl,
    )
    .await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "resident.export",
            object_type: None,
            object_id: None,
            detail: serde_json::json!({
                "rows": row_count,
                "revealed": revealed,
                "format": if format == ExportFormat::Xlsx { "xlsx" } else { "csv" },
                "filter": format!("{filter:?}"),
            }),
        },
    )
    .await?;
    Ok(Download {
        url: format!("/downloads/{token}"),
        file_name,
        row_count,
        expires_at: Utc::now() + chrono::Duration::seconds(ttl.as_secs() as i64),
    })
}

type Lookups = (
    HashMap<Uuid, String>,
    HashMap<Uuid, String>,
    HashMap<Uuid, Vec<Uuid>>,
);

/// Grid codes, household numbers and current key groups of a batch of residents.
async fn batch_lookups(
    conn: &impl ConnectionTrait,
    tenant_id: Uuid,
    batch: &[resident::Model],
) -> AppResult<Lookups> {
    let region_ids: Vec<Uuid> = batch.iter().map(|r| r.region_id).collect();
    let codes = scoped::<region::Entity>(tenant_id)
        .filter(region::Column::Id.is_in(region_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r.code))
        .collect();
    let household_ids: Vec<Uuid> = batch.iter().filter_map(|r| r.household_id).collect();
    let numbers = scoped::<household::Entity>(tenant_id)
        .filter(household::Column::Id.is_in(household_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|h| (h.id, h.number))
        .collect();
    let ids: Vec<Uuid> = batch.iter().map(|r| r.id).collect();
    let mut memberships: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for m in scoped::<resident_key_group::Entity>(tenant_id)
        .filter(resident_key_group::Column::ResidentId.is_in(ids))
        .filter(resident_key_group::Column::EndedOn.is_null())
        .all(conn)
        .await?
    {
        memberships
            .entry(m.resident_id)
            .or_default()
            .push(m.key_group_id);
    }
    Ok((codes, numbers, memberships))
}
