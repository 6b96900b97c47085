//! Importing residents: every row validated (the same parsing as `createResident`), matched by
//! ID number, then written in batches with multi-row inserts.

use super::labels::{self, GENDERS, POLITICAL_STATUSES, RELATIONSHIPS, RESIDENCE_TYPES};
use super::templates::RESIDENT_COLUMNS;
use super::{Outcome, RowError, RowIssueCode, cell, list_cell, progress};
use crate::access::{Access, Permission, RegionPlace};
use crate::error::AppResult;
use crate::service::archives::key_groups::{self, sees_sensitive_at};
use crate::service::archives::places::parse_household_number;
use crate::service::archives::residents::{
    self, ResidentFields, ResidentInput, SealedValue, seal_id_card, seal_phone,
};
use crate::service::common::region_scope::{Placed, place_of, reach_condition};
use crate::state::AppState;
use crate::tenancy::TenantTx;
use crate::tenancy::with_tenant;
use chrono::Utc;
use entities::enums::{MoveKind, RegionKind, ResidentStatus};
use entities::{household, key_group, region, resident, resident_key_group, resident_move};
use sea_orm::sea_query::ExprTrait;
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, QueryFilter,
};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

// Template column indexes (see RESIDENT_COLUMNS).
const NAME: usize = 0;
const ID_CARD: usize = 1;
const GENDER: usize = 2;
const ETHNICITY: usize = 3;
const PHONE: usize = 4;
const RESIDENCE: usize = 5;
const RELATIONSHIP: usize = 6;
const POLITICAL: usize = 7;
const GRID: usize = 8;
const HOUSEHOLD: usize = 9;
const GROUPS: usize = 10;
const TAGS: usize = 11;
const NOTE: usize = 12;

fn header(index: usize) -> &'static str {
    RESIDENT_COLUMNS.get(index).map_or("", |c| c.header)
}

/// The column of a field of `createResident`.
fn column_of_field(field: &str) -> &'static str {
    header(match field {
        "name" => NAME,
        "idCardNo" | "birthDate" => ID_CARD,
        "gender" => GENDER,
        "ethnicity" => ETHNICITY,
        "phone" => PHONE,
        "tags" => TAGS,
        _ => NOTE,
    })
}

/// The report is read by county staff: the field rules' messages in Chinese.
/// The row issue a resident rule's error is; a gender that contradicts the ID number has its own.
fn issue_code(e: &crate::domain::UserError) -> RowIssueCode {
    match e.code {
        crate::domain::UserErrorCode::InvalidValue
            if e.field.last().is_some_and(|f| f == "gender") =>
        {
            RowIssueCode::GenderMismatch
        }
        code => code.into(),
    }
}

fn in_chinese(e: &crate::domain::UserError) -> String {
    use crate::domain::UserErrorCode as C;
    match e.code {
        C::IdCardWrongLength => "公民身份号码应为 18 位".into(),
        C::IdCardBadCharacters => "公民身份号码应为 17 位数字加 1 位数字或 X".into(),
        C::IdCardBadBirthDate => "公民身份号码中的出生日期（第 7–14 位）不是真实的过去日期".into(),
        C::IdCardBadChecksum => "公民身份号码校验位不符，请检查是否输错".into(),
        C::InvalidPhone => "应为 11 位手机号或带区号的固定电话".into(),
        C::InvalidName => "应为 1 到 100 个字符".into(),
        C::InvalidValue if e.field.last().is_some_and(|f| f == "gender") => {
            "性别与公民身份号码不符".into()
        }
        _ => e.message.clone(),
    }
}

/// A row ready to write.
struct ValidRow {
    fields: ResidentFields,
    id_card: SealedValue,
    phone: Option<SealedValue>,
    place: RegionPlace,
    house_id: Option<Uuid>,
    household_id: Option<Uuid>,
    groups: Vec<Uuid>,
    existing: Option<Uuid>,
}

/// What validation looks rows up in.
struct Lookups {
    grids: HashMap<String, region::Model>,
    households: HashMap<String, household::Model>,
    groups: Vec<key_group::Model>,
    existing: HashMap<String, resident::Model>,
}

fn choice<T: Copy>(
    table: &[(&str, T)],
    raw: &str,
    row: usize,
    column: usize,
    errors: &mut Vec<RowError>,
) -> Option<T> {
    if raw.is_empty() {
        return None;
    }
    let value = labels::parse(table, raw);
    if value.is_none() {
        errors.push(RowError::new(
            row,
            header(column),
            RowIssueCode::NotAChoice,
            format!("「{raw}」不在可选值中：{}", labels::choices(table)),
        ));
    }
    value
}

async fn load_lookups(
    conn: &TenantTx,
    vault: &crate::pii::Vault,
    access: &Access,
    table: &super::sheet::Table,
    columns: &[usize],
) -> AppResult<Lookups> {
    let reach = access.region_reach(Permission::ResidentWrite)?;
    let grids = conn
        .find::<region::Entity>()
        .filter(region::Column::Kind.is_in([RegionKind::Grid, RegionKind::MicroGrid]))
        .filter(reach_condition::<region::Entity>(&reach))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.code.clone(), r))
        .collect();
    let numbers: HashSet<String> = table
        .rows
        .iter()
        .filter_map(|(_, r)| parse_household_number("", cell(r, columns, HOUSEHOLD)).ok())
        .collect();
    let mut households = HashMap::new();
    let numbers: Vec<String> = numbers.into_iter().collect();
    for chunk in numbers.chunks(500) {
        for h in conn
            .find::<household::Entity>()
            .filter(household::Column::Number.is_in(chunk.to_vec()))
            .all(conn)
            .await?
        {
            households.insert(h.number.clone(), h);
        }
    }
    let hashes: Vec<String> = table
        .rows
        .iter()
        .filter_map(|(_, r)| crate::domain::IdCardNo::parse("", cell(r, columns, ID_CARD)).ok())
        .map(|id| {
            vault.index(
                access.tenant_id,
                crate::pii::PiiField::IdCardNo,
                id.as_str(),
            )
        })
        .collect();
    let mut existing = HashMap::new();
    for chunk in hashes.chunks(500) {
        for r in conn
            .find::<resident::Entity>()
            .filter(resident::Column::IdCardHash.is_in(chunk.to_vec()))
            .all(conn)
            .await?
        {
            if let Some(hash) = r.id_card_hash.clone() {
                existing.insert(hash, r);
            }
        }
    }
    let groups = key_groups::catalogue(conn, access).await?;
    Ok(Lookups {
        grids,
        households,
        groups,
        existing,
    })
}

fn validate_row(
    vault: &crate::pii::Vault,
    access: &Access,
    lookups: &Lookups,
    row_number: usize,
    row: &[String],
    columns: &[usize],
    errors: &mut Vec<RowError>,
) -> Option<ValidRow> {
    let before = errors.len();
    let text = |i: usize| cell(row, columns, i);
    let optional = |i: usize| Some(text(i).to_string()).filter(|s| !s.is_empty());
    let mut field_errors = Vec::new();
    let input = ResidentInput {
        name: Some(text(NAME).to_string()),
        id_card_no: Some(text(ID_CARD).to_string()),
        gender: choice(GENDERS, text(GENDER), row_number, GENDER, errors),
        birth_date: None,
        ethnicity: optional(ETHNICITY),
        phone: optional(PHONE),
        residence_type: choice(
            RESIDENCE_TYPES,
            text(RESIDENCE),
            row_number,
            RESIDENCE,
            errors,
        ),
        political_status: choice(
            POLITICAL_STATUSES,
            text(POLITICAL),
            row_number,
            POLITICAL,
            errors,
        ),
        relationship: choice(
            RELATIONSHIPS,
            text(RELATIONSHIP),
            row_number,
            RELATIONSHIP,
            errors,
        ),
        tags: Some(list_cell(text(TAGS))),
        note: optional(NOTE),
    };
    let fields = residents::parse_fields(&input, &mut field_errors);
    for e in field_errors {
        let field = e.field.last().map(String::as_str).unwrap_or("");
        errors.push(RowError::new(
            row_number,
            column_of_field(field),
            issue_code(&e),
            in_chinese(&e),
        ));
    }
    if text(ID_CARD).is_empty() {
        errors.push(RowError::new(
            row_number,
            header(ID_CARD),
            RowIssueCode::Required,
            "必填：按公民身份号码匹配已有居民",
        ));
    }
    if text(RESIDENCE).is_empty() {
        errors.push(RowError::new(
            row_number,
            header(RESIDENCE),
            RowIssueCode::Required,
            format!("必填，应为以下之一：{}", labels::choices(RESIDENCE_TYPES)),
        ));
    }
    // Where the person lives: the household decides; else the grid.
    let mut place = None;
    let (mut house_id, mut household_id) = (None, None);
    if !text(HOUSEHOLD).is_empty() {
        match lookups
            .households
            .get(&text(HOUSEHOLD).trim().to_ascii_uppercase())
        {
            Some(h) if access.reaches(Permission::ResidentWrite, &h.place()) => {
                place = Some(h.place());
                house_id = h.house_id;
                household_id = Some(h.id);
            }
            _ => errors.push(RowError::new(
                row_number,
                header(HOUSEHOLD),
                RowIssueCode::UnknownHousehold,
                "您的辖区内没有此户号；请先导入房屋与户",
            )),
        }
    }
    if !text(GRID).is_empty() {
        match lookups.grids.get(&text(GRID).trim().to_ascii_uppercase()) {
            Some(grid) if place.is_none() => place = Some(place_of(grid)),
            Some(grid) => {
                if place
                    .as_ref()
                    .is_some_and(|p| p.at_level(grid.kind) != Some(grid.id))
                {
                    errors.push(RowError::new(
                        row_number,
                        header(GRID),
                        RowIssueCode::HouseholdInOtherGrid,
                        "该户位于另一个网格",
                    ));
                }
            }
            None => errors.push(RowError::new(
                row_number,
                header(GRID),
                RowIssueCode::UnknownGrid,
                "您的辖区内没有此编码的网格或微网格",
            )),
        }
    }
    if place.is_none() && text(GRID).is_empty() && text(HOUSEHOLD).is_empty() {
        errors.push(RowError::new(
            row_number,
            header(GRID),
            RowIssueCode::GridOrHouseholdRequired,
            "请填写网格编码或户号",
        ));
    }
    let mut groups = Vec::new();
    for name in list_cell(text(GROUPS)) {
        let group = lookups
            .groups
            .iter()
            .find(|g| g.name == name || g.code.eq_ignore_ascii_case(&name))
            .filter(|g| {
                !g.sensitive || place.as_ref().is_some_and(|p| sees_sensitive_at(access, p))
            });
        match group {
            Some(g) => groups.push(g.id),
            None => errors.push(RowError::new(
                row_number,
                header(GROUPS),
                RowIssueCode::UnknownKeyGroup,
                format!("没有名为「{name}」的重点人群"),
            )),
        }
    }
    if errors.len() > before {
        return None;
    }
    let id = fields.id_card.as_ref()?;
    let hash = vault.index(
        access.tenant_id,
        crate::pii::PiiField::IdCardNo,
        id.as_str(),
    );
    let existing = lookups.existing.get(&hash);
    if let Some(found) = existing
        && !access.reaches(Permission::ResidentWrite, &found.place())
    {
        errors.push(RowError::new(
            row_number,
            header(ID_CARD),
            RowIssueCode::RegisteredElsewhere,
            "此人已登记在县内其他辖区；请由该辖区办理迁入",
        ));
        return None;
    }
    let id_card = seal_id_card(vault, access.tenant_id, id).ok()?;
    let phone = fields
        .phone
        .as_ref()
        .and_then(|p| seal_phone(vault, access.tenant_id, p).ok());
    Some(ValidRow {
        id_card,
        phone,
        place: place?,
        house_id,
        household_id,
        groups,
        existing: existing.map(|r| r.id),
        fields,
    })
}

pub(super) async fn import(
    state: &AppState,
    access: &Access,
    job_id: Uuid,
    table: &super::sheet::Table,
    columns: &[usize],
    dry_run: bool,
) -> AppResult<Outcome> {
    let vault = &state.vault;
    let lookups = with_tenant(&state.db, Some(access.tenant_id), async |db| {
        load_lookups(db.conn().await?, vault, access, table, columns).await
    })
    .await?;
    let mut outcome = Outcome {
        total: table.rows.len(),
        ..Default::default()
    };
    let mut valid = Vec::with_capacity(table.rows.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (row_number, row) in &table.rows {
        if let Some(v) = validate_row(
            vault,
            access,
            &lookups,
            *row_number,
            row,
            columns,
            &mut outcome.errors,
        ) {
            if let Some(first) = seen.insert(v.id_card.hash.clone(), *row_number) {
                outcome.errors.push(RowError::new(
                    *row_number,
                    header(ID_CARD),
                    RowIssueCode::DuplicateInFile,
                    format!("与第 {first} 行的公民身份号码重复"),
                ));
                continue;
            }
            valid.push(v);
        }
    }
    outcome.created = valid.iter().filter(|v| v.existing.is_none()).count();
    outcome.updated = valid.len() - outcome.created;
    if dry_run || !outcome.errors.is_empty() {
        return Ok(outcome);
    }
    let batch = state.settings.archives.import_batch_rows.max(1);
    let mut done = 0;
    for (index, rows) in valid.chunks(batch).enumerate() {
        let number = index + 1;
        with_tenant(&state.db, Some(access.tenant_id), async |db| {
            let conn = db.conn().await?;
            write_batch(conn, access, rows).await?;
            // While the tables grow by orders of magnitude (after 1, 2, 4, 8… batches).
            if number.is_power_of_two() {
                crate::tenancy::maintenance::refresh_statistics(
                    conn,
                    &["residents", "resident_moves", "resident_key_groups"],
                )
                .await?;
            }
            progress(conn, job_id, done + rows.len()).await
        })
        .await?;
        done += rows.len();
    }
    Ok(outcome)
}

fn new_model(access: &Access, v: &ValidRow, id: Uuid) -> resident::ActiveModel {
    let now = Utc::now();
    let f = &v.fields;
    resident::ActiveModel {
        tenant_id: Set(access.tenant_id),
        id: Set(id),
        region_id: Set(v.place.id),
        street_id: Set(v.place.street_id),
        community_id: Set(v.place.community_id),
        grid_id: Set(v.place.grid_id),
        micro_grid_id: Set(v.place.micro_grid_id),
        name: Set(f.name.clone().unwrap_or_default()),
        gender: Set(f.gender.unwrap_or(entities::enums::Gender::Male)),
        birth_date: Set(f.birth_date),
        id_card_cipher: Set(Some(v.id_card.cipher.clone())),
        id_card_hash: Set(Some(v.id_card.hash.clone())),
        id_card_masked: Set(Some(v.id_card.masked.clone())),
        phone_cipher: Set(v.phone.as_ref().map(|p| p.cipher.clone())),
        phone_hash: Set(v.phone.as_ref().map(|p| p.hash.clone())),
        phone_masked: Set(v.phone.as_ref().map(|p| p.masked.clone())),
        ethnicity: Set(f.ethnicity.clone()),
        residence_type: Set(f
            .residence_type
            .unwrap_or(entities::enums::ResidenceType::Registered)),
        political_status: Set(f.political_status),
        house_id: Set(v.house_id),
        household_id: Set(v.household_id),
        relationship: Set(f.relationship),
        status: Set(ResidentStatus::Living),
        tags: Set(serde_json::json!(f.tags.clone().unwrap_or_default())),
        note: Set(f.note.clone()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

async fn write_batch(conn: &TenantTx, access: &Access, rows: &[ValidRow]) -> AppResult<()> {
    let now = Utc::now();
    let today = now.date_naive();
    let mut inserts = Vec::new();
    let mut moves = Vec::new();
    let mut resident_ids = Vec::with_capacity(rows.len());
    for v in rows {
        match v.existing {
            Some(id) => {
                // An update keeps the person's place (a move is its own action) and history.
                let mut model = new_model(access, v, id);
                model.region_id = NotSet;
                model.street_id = NotSet;
                model.community_id = NotSet;
                model.grid_id = NotSet;
                model.micro_grid_id = NotSet;
                model.house_id = NotSet;
                model.household_id = NotSet;
                model.status = NotSet;
                model.created_at = NotSet;
                model.version = NotSet;
                model.tenant_id = NotSet;
                model.id = NotSet;
                conn.update_many::<resident::Entity>()
                    .set(model)
                    .col_expr(
                        resident::Column::Version,
                        sea_orm::sea_query::Expr::col(resident::Column::Version).add(1),
                    )
                    .filter(resident::Column::Id.eq(id))
                    .exec(conn)
                    .await?;
                resident_ids.push(id);
            }
            None => {
                let id = Uuid::now_v7();
                inserts.push(new_model(access, v, id));
                moves.push(resident_move::ActiveModel {
                    tenant_id: Set(access.tenant_id),
                    id: Set(Uuid::now_v7()),
                    resident_id: Set(id),
                    kind: Set(MoveKind::Registered),
                    occurred_on: Set(today),
                    from_region_id: Set(None),
                    from_house_id: Set(None),
                    to_region_id: Set(Some(v.place.id)),
                    to_house_id: Set(v.house_id),
                    place: Set(None),
                    note: Set(Some("imported".into())),
                    recorded_by: Set(Some(access.user_id)),
                    created_at: Set(now),
                });
                resident_ids.push(id);
            }
        }
    }
    // SQLite takes at most 32,766 bound values per statement: 30 columns × 500 rows fits.
    for chunk in inserts.chunks(500) {
        conn.insert_many(chunk.to_vec())
            .exec_without_returning(conn)
            .await?;
    }
    for chunk in moves.chunks(1_000) {
        conn.insert_many(chunk.to_vec())
            .exec_without_returning(conn)
            .await?;
    }
    let existing_ids: Vec<Uuid> = rows.iter().filter_map(|v| v.existing).collect();
    let mut current: HashSet<(Uuid, Uuid)> = HashSet::new();
    for chunk in existing_ids.chunks(500) {
        for m in conn
            .find::<resident_key_group::Entity>()
            .filter(resident_key_group::Column::ResidentId.is_in(chunk.to_vec()))
            .filter(resident_key_group::Column::EndedOn.is_null())
            .all(conn)
            .await?
        {
            current.insert((m.resident_id, m.key_group_id));
        }
    }
    let memberships: Vec<resident_key_group::ActiveModel> = rows
        .iter()
        .zip(&resident_ids)
        .flat_map(|(v, rid)| v.groups.iter().map(move |g| (*rid, *g)))
        .filter(|pair| current.insert(*pair))
        .map(
            |(resident_id, key_group_id)| resident_key_group::ActiveModel {
                tenant_id: Set(access.tenant_id),
                id: Set(Uuid::now_v7()),
                resident_id: Set(resident_id),
                key_group_id: Set(key_group_id),
                started_on: Set(today),
                ended_on: Set(None),
                risk_level: Set(None),
                note: Set(None),
                created_at: Set(now),
            },
        )
        .collect();
    for chunk in memberships.chunks(1_000) {
        conn.insert_many(chunk.to_vec())
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}
