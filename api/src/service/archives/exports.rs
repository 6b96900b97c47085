//! Exporting a resident search or a party member list as `.xlsx` or CSV — the import template's columns, so a file can
//! be edited and imported again. Identifiers are masked unless the caller asks to reveal and
//! its `resident:reveal` covers the row. Every export is written to the audit log.

use super::imports::labels::{
    self, GENDERS, PARTY_MEMBER_STATUSES, PARTY_MEMBER_TYPES, POLITICAL_STATUSES, RELATIONSHIPS,
    RESIDENCE_TYPES, YES_NO,
};
use super::imports::templates::{PARTY_MEMBER_COLUMNS, RESIDENT_COLUMNS, write_csv, write_xlsx};
use super::key_groups::{self, sees_sensitive_at};
use super::resident_search::{self, ResidentFilter};
use crate::access::{Access, Permission};
use crate::error::{AppError, AppResult};
use crate::pii::PiiField;
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::files;
use crate::service::common::page::PageRequest;
use crate::service::common::region_scope::Placed;
use crate::service::party::{self, members::MemberFilter};
use crate::state::AppState;
use crate::tenancy::TenantTx;
use chrono::{DateTime, Utc};
use entities::{household, region, resident, resident_key_group};
use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};
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

#[tracing::instrument(skip_all, fields(format = ?format, reveal))]
pub async fn residents(
    conn: &TenantTx,
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
        after = Some(crate::service::common::page::name_id_key(
            &last.name, last.id,
        ));
        let (codes, numbers, memberships) = batch_lookups(conn, &batch).await?;
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
    finish(
        conn,
        state,
        access,
        Prepared {
            rows,
            columns: RESIDENT_COLUMNS,
            sheet: "居民",
            stem: "residents",
            format,
            action: "resident.export",
        },
        serde_json::json!({ "revealed": revealed, "filter": format!("{filter:?}") }),
    )
    .await
}

/// Rows ready to be written as a file.
struct Prepared {
    rows: Vec<Vec<String>>,
    columns: &'static [super::imports::templates::Column],
    sheet: &'static str,
    stem: &'static str,
    format: ExportFormat,
    action: &'static str,
}

/// Writes the file, keeps it for download for a while, and records the export in the audit log.
async fn finish(
    conn: &TenantTx,
    state: &AppState,
    access: &Access,
    file: Prepared,
    mut detail: serde_json::Value,
) -> AppResult<Download> {
    let row_count = file.rows.len();
    let stamp = Utc::now().format("%Y%m%d-%H%M%S");
    let (bytes, file_name, content_type) = match file.format {
        ExportFormat::Xlsx => (
            write_xlsx(file.sheet, file.columns, file.rows.into_iter(), false)
                .map_err(AppError::internal)?,
            format!("{}-{stamp}.xlsx", file.stem),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        ExportFormat::Csv => (
            write_csv(file.columns, file.rows.into_iter()).map_err(AppError::internal)?,
            format!("{}-{stamp}.csv", file.stem),
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
    if let Some(d) = detail.as_object_mut() {
        d.insert("rows".into(), row_count.into());
        d.insert(
            "format".into(),
            if file.format == ExportFormat::Xlsx {
                "xlsx"
            } else {
                "csv"
            }
            .into(),
        );
    }
    audit::record(
        conn,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: file.action,
            object_type: None,
            object_id: None,
            detail,
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

/// Exports the party members matching `filter` in the import template's columns. Identifiers
/// are masked unless `reveal` and the caller holds `resident:reveal` (audited).
#[tracing::instrument(skip_all, fields(format = ?format, reveal))]
pub async fn party_members(
    conn: &TenantTx,
    state: &AppState,
    access: &Access,
    filter: &MemberFilter,
    format: ExportFormat,
    reveal: bool,
) -> AppResult<Download> {
    if reveal {
        access.require(Permission::PersonalDataReveal)?;
    }
    let mut rows = Vec::new();
    let mut page = PageRequest::parse(Some(100), None)?;
    let mut organisations: HashMap<Uuid, String> = HashMap::new();
    let communities: HashMap<Uuid, String> = conn
        .find::<region::Entity>()
        .filter(region::Column::Kind.eq(entities::enums::RegionKind::Community))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r.code))
        .collect();
    loop {
        let batch = party::members::list(conn, access, filter, &page).await?;
        let resident_ids: Vec<Uuid> = batch
            .items
            .iter()
            .filter_map(|(_, m)| m.resident_id)
            .collect();
        let ciphers: HashMap<Uuid, Option<String>> = if reveal {
            conn.find::<resident::Entity>()
                .filter(resident::Column::Id.is_in(resident_ids))
                .all(conn)
                .await?
                .into_iter()
                .map(|r| (r.id, r.id_card_cipher))
                .collect()
        } else {
            HashMap::new()
        };
        for (_, m) in &batch.items {
            if !organisations.contains_key(&m.organisation_id) {
                let org =
                    party::scope::organisation(conn, access, party::scope::READ, m.organisation_id)
                        .await?;
                organisations.insert(org.id, org.name);
            }
            if rows.len() >= MAX_ROWS {
                return Err(AppError::BadUserInput(format!(
                    "an export holds at most {MAX_ROWS} members — narrow the filter"
                )));
            }
            let cipher = match m.resident_id {
                Some(r) => ciphers.get(&r).cloned().flatten(),
                None => m.id_card_cipher.clone(),
            };
            let id_card = match (reveal, cipher) {
                (true, Some(c)) => state
                    .vault
                    .open(access.tenant_id, PiiField::IdCardNo, &c)
                    .map_err(AppError::internal)?,
                _ => m.id_card_masked.clone().unwrap_or_default(),
            };
            let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
            rows.push(vec![
                m.name.clone(),
                id_card,
                labels::label(GENDERS, m.gender).into(),
                m.phone_masked.clone().unwrap_or_default(),
                organisations
                    .get(&m.organisation_id)
                    .cloned()
                    .unwrap_or_default(),
                labels::label(PARTY_MEMBER_STATUSES, m.status).into(),
                m.joined_on.to_string(),
                date(m.confirmed_on),
                labels::label(PARTY_MEMBER_TYPES, m.member_type).into(),
                m.floating_from.clone().unwrap_or_default(),
                m.floating_to.clone().unwrap_or_default(),
                m.work_unit.clone().unwrap_or_default(),
                m.reported_community_id
                    .and_then(|c| communities.get(&c).cloned())
                    .unwrap_or_default(),
                labels::label(YES_NO, m.centre_household).into(),
            ]);
        }
        match batch.items.last() {
            Some((cursor, _)) if batch.has_next => {
                page = PageRequest::parse(Some(100), Some(cursor.clone()))?;
            }
            _ => break,
        }
    }
    finish(
        conn,
        state,
        access,
        Prepared {
            rows,
            columns: PARTY_MEMBER_COLUMNS,
            sheet: "党员",
            stem: "party-members",
            format,
            action: "party_member.export",
        },
        serde_json::json!({ "revealed": reveal, "filter": format!("{filter:?}") }),
    )
    .await
}

type Lookups = (
    HashMap<Uuid, String>,
    HashMap<Uuid, String>,
    HashMap<Uuid, Vec<Uuid>>,
);

/// Grid codes, household numbers and current key groups of a batch of residents.
async fn batch_lookups(conn: &TenantTx, batch: &[resident::Model]) -> AppResult<Lookups> {
    let region_ids: Vec<Uuid> = batch.iter().map(|r| r.region_id).collect();
    let codes = conn
        .find::<region::Entity>()
        .filter(region::Column::Id.is_in(region_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r.code))
        .collect();
    let household_ids: Vec<Uuid> = batch.iter().filter_map(|r| r.household_id).collect();
    let numbers = conn
        .find::<household::Entity>()
        .filter(household::Column::Id.is_in(household_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|h| (h.id, h.number))
        .collect();
    let ids: Vec<Uuid> = batch.iter().map(|r| r.id).collect();
    let mut memberships: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for m in conn
        .find::<resident_key_group::Entity>()
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
