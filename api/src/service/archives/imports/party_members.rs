//! Importing party members: matched by ID number (its blind index), created or updated through
//! the party member service; a different organisation is a transfer, kept in the history.

use super::labels::{self, GENDERS, PARTY_MEMBER_STATUSES, PARTY_MEMBER_TYPES, YES_NO};
use super::templates::PARTY_MEMBER_COLUMNS;
use super::{Outcome, RowError, RowIssueCode, cell, progress};
use crate::access::Access;
use crate::domain::{IdCardNo, PhoneNo};
use crate::error::AppResult;
use crate::pii::PiiField;
use crate::service::party::members::{self, MemberInput, TransferTarget, check_membership};
use crate::service::party::scope::{WRITE, organisation_condition};
use crate::state::AppState;
use crate::tenancy::TenantTx;
use crate::tenancy::with_tenant;
use chrono::NaiveDate;
use entities::enums::{PartyMemberStatus, PartyMemberType, RegionKind};
use entities::{party_member, party_organisation, region};
use sea_orm::{ColumnTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

const NAME: usize = 0;
const ID_CARD: usize = 1;
const GENDER: usize = 2;
const PHONE: usize = 3;
const ORGANISATION: usize = 4;
const STATUS: usize = 5;
const JOINED: usize = 6;
const CONFIRMED: usize = 7;
const TYPE: usize = 8;
const FLOATING_FROM: usize = 9;
const FLOATING_TO: usize = 10;
const WORK_UNIT: usize = 11;
const COMMUNITY: usize = 12;
const CENTRE: usize = 13;

fn header(i: usize) -> &'static str {
    PARTY_MEMBER_COLUMNS.get(i).map_or("", |c| c.header)
}

/// The column of a service input field and the message for it, to report the error where the
/// user typed it, in Chinese.
fn column_of(field: &str) -> (usize, RowIssueCode, &'static str) {
    match field {
        "joinedOn" => (JOINED, RowIssueCode::JoinedInFuture, "入党日期不能晚于今天"),
        "confirmedOn" => (
            CONFIRMED,
            RowIssueCode::InvalidConfirmationDate,
            "预备党员不填转正日期；转正日期不早于入党日期、不晚于今天",
        ),
        "floatingFrom" => (FLOATING_FROM, RowIssueCode::TooLong, "至多 100 个字符"),
        "floatingTo" => (FLOATING_TO, RowIssueCode::TooLong, "至多 100 个字符"),
        "workUnit" => (
            WORK_UNIT,
            RowIssueCode::WorkUnitRequired,
            "在职党员须填写工作单位（至多 100 个字符）",
        ),
        _ => (NAME, RowIssueCode::InvalidValue, "请检查此行"),
    }
}

struct ValidRow {
    input: MemberInput,
    id_hash: String,
    organisation: Uuid,
}

fn date(text: &str, n: usize, column: usize, errors: &mut Vec<RowError>) -> Option<NaiveDate> {
    match text {
        "" => None,
        d => NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| {
                errors.push(RowError::new(
                    n,
                    header(column),
                    RowIssueCode::InvalidDate,
                    "日期格式为 YYYY-MM-DD",
                ))
            })
            .ok(),
    }
}

fn label<T: Copy>(
    table: &[(&str, T)],
    text: &str,
    n: usize,
    column: usize,
    errors: &mut Vec<RowError>,
) -> Option<T> {
    if text.is_empty() {
        return None;
    }
    let value = labels::parse(table, text);
    if value.is_none() {
        errors.push(RowError::new(
            n,
            header(column),
            RowIssueCode::NotAChoice,
            format!("应为以下之一：{}", labels::choices(table)),
        ));
    }
    value
}

pub(super) async fn import(
    state: &AppState,
    access: &Access,
    job_id: Uuid,
    table: &super::sheet::Table,
    columns: &[usize],
    dry_run: bool,
) -> AppResult<Outcome> {
    let reach = access.party_reach(WRITE)?;
    let (organisations, communities) = with_tenant(&state.db, Some(access.tenant_id), async |db| {
        let conn = db.conn().await?;
        let mut by_name: HashMap<String, Vec<Uuid>> = HashMap::new();
        for org in conn
            .find::<party_organisation::Entity>()
            .filter(organisation_condition(&reach))
            .all(conn)
            .await?
        {
            by_name.entry(org.name).or_default().push(org.id);
        }
        let communities: HashMap<String, Uuid> = conn
            .find::<region::Entity>()
            .filter(region::Column::Kind.eq(RegionKind::Community))
            .all(conn)
            .await?
            .into_iter()
            .map(|r| (r.code, r.id))
            .collect();
        Ok((by_name, communities))
    })
    .await?;
    let mut outcome = Outcome {
        total: table.rows.len(),
        ..Default::default()
    };
    let mut valid = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, row) in &table.rows {
        let n = *n;
        let text = |i: usize| cell(row, columns, i);
        let optional = |i: usize| Some(text(i).to_string()).filter(|s| !s.is_empty());
        let errors = &mut outcome.errors;
        let before = errors.len();
        if crate::domain::text::parse_name("name", text(NAME)).is_err() {
            errors.push(RowError::new(
                n,
                header(NAME),
                RowIssueCode::InvalidName,
                "必填，1 到 100 个字符",
            ));
        }
        let id_card = IdCardNo::parse("idCardNo", text(ID_CARD))
            .map_err(|e| errors.push(RowError::of(n, header(ID_CARD), &e)))
            .ok();
        let gender = label(GENDERS, text(GENDER), n, GENDER, errors);
        if !text(PHONE).is_empty()
            && let Err(e) = PhoneNo::parse("phone", text(PHONE))
        {
            errors.push(RowError::of(n, header(PHONE), &e));
        }
        let organisation = match organisations.get(text(ORGANISATION)).map(Vec::as_slice) {
            Some([one]) => Some(*one),
            Some(_) => {
                errors.push(RowError::new(
                    n,
                    header(ORGANISATION),
                    RowIssueCode::AmbiguousOrganisation,
                    "有多个同名党组织，请先在系统中改名以便区分",
                ));
                None
            }
            None => {
                errors.push(RowError::new(
                    n,
                    header(ORGANISATION),
                    RowIssueCode::UnknownOrganisation,
                    "您可管理的党组织中没有此名称",
                ));
                None
            }
        };
        let status = label(PARTY_MEMBER_STATUSES, text(STATUS), n, STATUS, errors);
        if text(STATUS).is_empty() {
            errors.push(RowError::new(
                n,
                header(STATUS),
                RowIssueCode::Required,
                "必填：正式党员 或 预备党员",
            ));
        }
        let joined_on = date(text(JOINED), n, JOINED, errors);
        if text(JOINED).is_empty() {
            errors.push(RowError::new(
                n,
                header(JOINED),
                RowIssueCode::Required,
                "必填，格式 YYYY-MM-DD",
            ));
        }
        let confirmed_on = date(text(CONFIRMED), n, CONFIRMED, errors);
        let member_type = label(PARTY_MEMBER_TYPES, text(TYPE), n, TYPE, errors);
        let centre = label(YES_NO, text(CENTRE), n, CENTRE, errors);
        let community = match text(COMMUNITY) {
            "" => None,
            code => {
                let found = communities.get(&code.to_ascii_uppercase()).copied();
                if found.is_none() {
                    errors.push(RowError::new(
                        n,
                        header(COMMUNITY),
                        RowIssueCode::UnknownCommunity,
                        "没有此编码的社区",
                    ));
                }
                found
            }
        };
        let input = MemberInput {
            name: optional(NAME),
            gender,
            id_card_no: optional(ID_CARD),
            phone: optional(PHONE),
            status,
            joined_on,
            confirmed_on,
            member_type,
            floating_from: optional(FLOATING_FROM),
            floating_to: optional(FLOATING_TO),
            work_unit: optional(WORK_UNIT),
            reported_community_id: community,
            centre_household: centre,
            resident_id: None,
        };
        let mut field_errors = Vec::new();
        check_membership(
            status.unwrap_or(PartyMemberStatus::Full),
            joined_on,
            confirmed_on,
            member_type.unwrap_or(PartyMemberType::Registered),
            &input,
            &mut field_errors,
        );
        for e in field_errors {
            let (column, code, message) =
                column_of(e.field.last().map(String::as_str).unwrap_or_default());
            errors.push(RowError::new(n, header(column), code, message));
        }
        let Some(id_card) = id_card else { continue };
        let hash = state
            .vault
            .index(access.tenant_id, PiiField::IdCardNo, id_card.as_str());
        if let Some(first) = seen.insert(hash.clone(), n) {
            errors.push(RowError::new(
                n,
                header(ID_CARD),
                RowIssueCode::DuplicateInFile,
                format!("与第 {first} 行的身份证号重复"),
            ));
        }
        if let (true, Some(organisation)) = (errors.len() == before, organisation) {
            valid.push(ValidRow {
                input,
                id_hash: hash,
                organisation,
            });
        }
    }
    if dry_run || !outcome.errors.is_empty() {
        outcome.created = valid.len();
        return Ok(outcome);
    }
    let mut done = 0;
    for rows in valid.chunks(200) {
        let (created, updated) = with_tenant(&state.db, Some(access.tenant_id), async |db| {
            let conn = db.conn().await?;
            let mut counts = (0, 0);
            for row in rows {
                if write_row(conn, state, access, row).await? {
                    counts.0 += 1;
                } else {
                    counts.1 += 1;
                }
            }
            progress(conn, job_id, done + rows.len()).await?;
            Ok(counts)
        })
        .await?;
        outcome.created += created;
        outcome.updated += updated;
        done += rows.len();
    }
    Ok(outcome)
}

/// Creates or updates one member; `true` when created.
async fn write_row(
    conn: &TenantTx,
    state: &AppState,
    access: &Access,
    row: &ValidRow,
) -> AppResult<bool> {
    let existing = conn
        .find::<party_member::Entity>()
        .filter(party_member::Column::IdCardHash.eq(row.id_hash.clone()))
        .one(conn)
        .await?;
    let Some(existing) = existing else {
        members::create(
            conn,
            &state.vault,
            access,
            row.organisation,
            row.input.clone(),
            None,
        )
        .await?;
        return Ok(true);
    };
    let updated = members::update(
        conn,
        &state.vault,
        access,
        existing.id,
        None,
        MemberInput {
            // The person's identity is not re-entered by an import.
            name: None,
            id_card_no: None,
            gender: None,
            ..row.input.clone()
        },
    )
    .await?;
    if updated.organisation_id != row.organisation && updated.left_on.is_none() {
        members::transfer(
            conn,
            access,
            updated.id,
            None,
            TransferTarget::Organisation(row.organisation),
            None,
            Some("批量导入".into()),
        )
        .await?;
    }
    Ok(false)
}
