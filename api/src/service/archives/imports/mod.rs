//! Excel/CSV imports as jobs: `start` checks the upload and records a queued job in the
//! request's transaction; after commit the job runs in the background: it reads the table,
//! validates every row (all errors, with row and column), and — unless a dry run or any row is
//! wrong — writes in batches, each batch one transaction that also advances the job's progress.
//! Rows are matched by ID number (residents), by phone (staff) or by their natural keys
//! (houses), so importing the same file twice updates rather than duplicates. Cells that a
//! spreadsheet would run as formulas are reported as warnings, which do not stop the import.

mod formula_warnings;
mod houses;
pub mod labels;
mod party_members;
mod residents;
pub mod sheet;
mod staff;
pub mod templates;

use crate::access::{Access, Permission};
use crate::domain::UserErrorCode;
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::files;
use crate::state::AppState;
use crate::tenancy::TenantTx;
use crate::tenancy::{RequestDb, with_tenant};
use chrono::Utc;
use entities::enums::{ImportKind, ImportStatus};
use entities::import_job;
use sea_orm::Iterable;
use sea_orm::{ActiveValue::Set, ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use tracing::Instrument;
use uuid::Uuid;

/// A problem with one cell (or a whole row when `column` is empty). `message` is a Chinese
/// sentence for integrators reading the API; the web app shows its own sentence for `code`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowError {
    pub row: usize,
    pub column: String,
    /// Jobs stored before codes existed read as `InvalidValue`.
    #[serde(default)]
    pub code: RowIssueCode,
    pub message: String,
}

impl RowError {
    pub fn new(row: usize, column: &str, code: RowIssueCode, message: impl Into<String>) -> Self {
        Self {
            row,
            column: column.to_string(),
            code,
            message: message.into(),
        }
    }

    /// A domain rule's error at a cell: its code carried over, its message kept.
    pub fn of(row: usize, column: &str, error: &crate::domain::UserError) -> Self {
        Self::new(row, column, error.code.into(), error.message.clone())
    }
}

/// Stable codes of an import's row errors and warnings; each names what is wrong with a cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RowIssueCode {
    /// A cell that is needed is empty.
    Required,
    /// Not one of the template's choices for the column.
    NotAChoice,
    /// A date is not written as YYYY-MM-DD.
    InvalidDate,
    /// A year is not a number such as 1985.
    InvalidYear,
    /// A number is not a number in the column's range.
    OutOfRange,
    /// The text is longer than the column allows.
    TooLong,
    /// A name is empty or longer than 100 characters.
    InvalidName,
    /// An ID number does not have 18 characters.
    IdCardWrongLength,
    /// An ID number is not 17 digits and a digit or X.
    IdCardBadCharacters,
    /// The birth date inside the ID number is not a real past date.
    IdCardBadBirthDate,
    /// The ID number's check character does not match.
    IdCardBadChecksum,
    /// Not a mobile number or a landline with its area code.
    InvalidPhone,
    /// The gender does not match the ID number.
    GenderMismatch,
    /// A household number is not 1–32 letters, digits or `-`.
    InvalidHouseholdNumber,
    /// The same person (ID number or phone) is in an earlier row of the file.
    DuplicateInFile,
    /// No grid (or micro-grid) with this code in the importer's area.
    UnknownGrid,
    /// No street, community or grid with this code in the importer's area.
    UnknownRegion,
    /// No community with this code.
    UnknownCommunity,
    /// No household with this number in the importer's area.
    UnknownHousehold,
    /// The household lies in another grid than the one given.
    HouseholdInOtherGrid,
    /// Neither a grid code nor a household number was given.
    GridOrHouseholdRequired,
    /// No key group with this name.
    UnknownKeyGroup,
    /// The person is registered in another area of the county.
    RegisteredElsewhere,
    /// Several party organisations have this name.
    AmbiguousOrganisation,
    /// No party organisation with this name among those the importer keeps.
    UnknownOrganisation,
    /// The joining date is in the future.
    JoinedInFuture,
    /// The confirmation date is given for a probationary member, or is out of order.
    InvalidConfirmationDate,
    /// A working member's work unit is missing.
    WorkUnitRequired,
    /// Any other broken rule.
    #[default]
    InvalidValue,
    /// A warning: the cell would run as a spreadsheet formula.
    FormulaLike,
}

impl From<UserErrorCode> for RowIssueCode {
    fn from(code: UserErrorCode) -> Self {
        match code {
            UserErrorCode::Required => Self::Required,
            UserErrorCode::InvalidName => Self::InvalidName,
            UserErrorCode::IdCardWrongLength => Self::IdCardWrongLength,
            UserErrorCode::IdCardBadCharacters => Self::IdCardBadCharacters,
            UserErrorCode::IdCardBadBirthDate => Self::IdCardBadBirthDate,
            UserErrorCode::IdCardBadChecksum => Self::IdCardBadChecksum,
            UserErrorCode::InvalidPhone => Self::InvalidPhone,
            _ => Self::InvalidValue,
        }
    }
}

/// Why a file as a whole could not be imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureCode {
    /// Neither an .xlsx workbook nor a UTF-8 CSV file.
    UnreadableFile,
    /// The file has no header row.
    EmptyFile,
    /// Columns of the template are missing from the header row.
    MissingHeaders,
    /// The import stopped on an internal error.
    Internal,
}

/// What a job stopped by an internal error says.
const INTERNAL_FAILURE: &str = "导入因内部错误中止；最后一个完成的批次之后的行均未写入";
/// How the failure of missing headers begins.
const MISSING_HEADERS_FAILURE: &str = "表头缺少";

impl FailureCode {
    /// The code of a stored `failure`: every failure text is written by `run` or `start` below
    /// from these constants, so jobs stored before the code existed get theirs too.
    pub fn of(failure: &str) -> Self {
        if failure == sheet::SheetError::Unreadable.to_string() {
            Self::UnreadableFile
        } else if failure == sheet::SheetError::Empty.to_string() {
            Self::EmptyFile
        } else if failure.starts_with(MISSING_HEADERS_FAILURE) {
            Self::MissingHeaders
        } else {
            Self::Internal
        }
    }
}

/// Who may upload a file for an import: one who may run an import of that kind, or of some
/// kind when the upload does not say which (`FORBIDDEN` otherwise: no upload without a use).
pub fn may_upload(access: &Access, purpose: Option<ImportKind>) -> AppResult<()> {
    let allowed = match purpose {
        Some(kind) => access.has(permission(kind)),
        None => ImportKind::iter().any(|kind| access.has(permission(kind))),
    };
    if allowed {
        Ok(())
    } else {
        Err(AppError::Forbidden("your role does not allow this import"))
    }
}

/// A cell that was imported but deserves a look (it would run as a spreadsheet formula); the same
/// shape as an error (code `FormulaLike`), and reported alongside the errors.
pub type RowWarning = RowError;

/// What a kind of import needs to be allowed.
fn permission(kind: ImportKind) -> Permission {
    match kind {
        ImportKind::Residents => Permission::ResidentWrite,
        ImportKind::Houses => Permission::PlaceWrite,
        ImportKind::Staff => Permission::TeamWrite,
        ImportKind::PartyMembers => Permission::PartyWrite,
    }
}

/// Records a queued job for an upload and starts it once the request commits.
#[tracing::instrument(skip_all, fields(kind = ?kind, dry_run, job_id = tracing::field::Empty))]
pub async fn start(
    state: &AppState,
    db: &RequestDb,
    access: &Access,
    kind: ImportKind,
    upload_id: &str,
    dry_run: bool,
) -> AppResult<import_job::Model> {
    access.require(permission(kind))?;
    let upload = files::upload(state.cache.as_ref(), access.tenant_id, upload_id)
        .await?
        .ok_or_else(|| {
            AppError::invalid(
                "uploadId",
                UserErrorCode::UploadNotFound,
                "no such upload; it may have expired — upload the file again",
            )
        })?;
    if upload.purpose.is_some_and(|purpose| purpose != kind) {
        return Err(AppError::invalid(
            "uploadId",
            UserErrorCode::UploadNotFound,
            "this file was uploaded for another kind of import",
        ));
    }
    let conn = db.conn().await?;
    let job = conn
        .insert(import_job::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            kind: Set(kind),
            status: Set(ImportStatus::Queued),
            dry_run: Set(dry_run),
            file_name: Set(upload.file_name.clone()),
            total_rows: Set(0),
            processed_rows: Set(0),
            created_count: Set(0),
            updated_count: Set(0),
            error_count: Set(0),
            errors: Set(serde_json::json!([])),
            warning_count: Set(0),
            warnings: Set(serde_json::json!([])),
            failure: Set(None),
            created_by: Set(access.user_id),
            created_at: Set(Utc::now()),
            finished_at: Set(None),
        })
        .await?;
    tracing::Span::current().record("job_id", tracing::field::display(job.id));
    let (state, access, job_id, bytes) = (state.clone(), access.clone(), job.id, upload.bytes);
    // The job's lines carry the request's span (its id, county and user) and this one's.
    let span = tracing::Span::current();
    db.after_commit(Box::new(move || {
        tokio::spawn(
            async move {
                if let Err(error) = run(&state, &access, job_id, kind, dry_run, bytes).await {
                    tracing::error!(?error, "import job failed");
                    let _ = finish_failed(&state, access.tenant_id, job_id, INTERNAL_FAILURE).await;
                }
            }
            .instrument(span),
        );
    }));
    Ok(job)
}

pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<import_job::Model> {
    let job = conn
        .find::<import_job::Entity>()
        .filter(import_job::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("import job"))?;
    // A job is its starter's, or visible to whoever could have started it.
    if job.created_by != access.user_id && !access.has(permission(job.kind)) {
        return Err(AppError::NotFound("import job"));
    }
    Ok(job)
}

/// The caller's own recent jobs, newest first.
pub async fn recent(conn: &TenantTx, access: &Access) -> AppResult<Vec<import_job::Model>> {
    Ok(conn
        .find::<import_job::Entity>()
        .filter(import_job::Column::CreatedBy.eq(access.user_id))
        .order_by_desc(import_job::Column::CreatedAt)
        .limit(20)
        .all(conn)
        .await?)
}

/// The outcome of validating (and maybe writing) a table.
#[derive(Debug, Default)]
pub struct Outcome {
    pub total: usize,
    pub created: usize,
    pub updated: usize,
    pub errors: Vec<RowError>,
}

/// Advances the job's progress inside a batch's transaction.
pub(crate) async fn progress(conn: &TenantTx, job_id: Uuid, processed: usize) -> AppResult<()> {
    conn.update_many::<import_job::Entity>()
        .col_expr(
            import_job::Column::ProcessedRows,
            sea_orm::sea_query::Expr::value(processed as i32),
        )
        .filter(import_job::Column::Id.eq(job_id))
        .exec(conn)
        .await?;
    Ok(())
}

async fn set_running(
    state: &AppState,
    tenant_id: Uuid,
    job_id: Uuid,
    total: usize,
) -> AppResult<()> {
    with_tenant(&state.db, Some(tenant_id), async |db| {
        db.conn()
            .await?
            .update_many::<import_job::Entity>()
            .col_expr(
                import_job::Column::Status,
                sea_orm::sea_query::Expr::value(ImportStatus::Running),
            )
            .col_expr(
                import_job::Column::TotalRows,
                sea_orm::sea_query::Expr::value(total as i32),
            )
            .filter(import_job::Column::Id.eq(job_id))
            .exec(db.conn().await?)
            .await?;
        Ok(())
    })
    .await
}

async fn finish_failed(
    state: &AppState,
    tenant_id: Uuid,
    job_id: Uuid,
    failure: &str,
) -> AppResult<()> {
    with_tenant(&state.db, Some(tenant_id), async |db| {
        db.conn()
            .await?
            .update_many::<import_job::Entity>()
            .col_expr(
                import_job::Column::Status,
                sea_orm::sea_query::Expr::value(ImportStatus::Failed),
            )
            .col_expr(
                import_job::Column::Failure,
                sea_orm::sea_query::Expr::value(failure.to_string()),
            )
            .col_expr(
                import_job::Column::FinishedAt,
                sea_orm::sea_query::Expr::value(Utc::now()),
            )
            .filter(import_job::Column::Id.eq(job_id))
            .exec(db.conn().await?)
            .await?;
        Ok(())
    })
    .await
}

async fn run(
    state: &AppState,
    access: &Access,
    job_id: Uuid,
    kind: ImportKind,
    dry_run: bool,
    bytes: Vec<u8>,
) -> AppResult<()> {
    let table = tokio::task::spawn_blocking(move || sheet::read(&bytes))
        .await
        .map_err(AppError::internal)?;
    let table = match table {
        Ok(table) => table,
        Err(e) => return finish_failed(state, access.tenant_id, job_id, &e.to_string()).await,
    };
    let expected = templates::headers(kind);
    let columns = match table.columns(&expected) {
        Ok(columns) => columns,
        Err(missing) => {
            let message = format!(
                "{MISSING_HEADERS_FAILURE} {}；请下载模板，按模板的表头填写",
                missing.join("、")
            );
            return finish_failed(state, access.tenant_id, job_id, &message).await;
        }
    };
    let warnings = formula_warnings::formula_warnings(&table, &columns, templates::columns(kind));
    set_running(state, access.tenant_id, job_id, table.rows.len()).await?;
    let outcome = match kind {
        ImportKind::Residents => {
            residents::import(state, access, job_id, &table, &columns, dry_run).await?
        }
        ImportKind::Houses => {
            houses::import(state, access, job_id, &table, &columns, dry_run).await?
        }
        ImportKind::Staff => {
            staff::import(state, access, job_id, &table, &columns, dry_run).await?
        }
        ImportKind::PartyMembers => {
            party_members::import(state, access, job_id, &table, &columns, dry_run).await?
        }
    };
    let max = state.settings.archives.max_reported_errors;
    let status = if outcome.errors.is_empty() {
        ImportStatus::Succeeded
    } else {
        ImportStatus::Failed
    };
    let written = status == ImportStatus::Succeeded && !dry_run;
    if written {
        with_tenant(&state.db, Some(access.tenant_id), async |db| {
            crate::tenancy::maintenance::refresh_statistics(db.conn().await?, written_tables(kind))
                .await
        })
        .await?;
    }
    with_tenant(&state.db, Some(access.tenant_id), async |db| {
        let conn = db.conn().await?;
        let reported: Vec<&RowError> = outcome.errors.iter().take(max).collect();
        let reported_warnings: Vec<&RowWarning> = warnings.iter().take(max).collect();
        conn.update_many::<import_job::Entity>()
            .col_expr(
                import_job::Column::Status,
                sea_orm::sea_query::Expr::value(status),
            )
            .col_expr(
                import_job::Column::ProcessedRows,
                sea_orm::sea_query::Expr::value(outcome.total as i32),
            )
            .col_expr(
                import_job::Column::CreatedCount,
                sea_orm::sea_query::Expr::value(outcome.created as i32),
            )
            .col_expr(
                import_job::Column::UpdatedCount,
                sea_orm::sea_query::Expr::value(outcome.updated as i32),
            )
            .col_expr(
                import_job::Column::ErrorCount,
                sea_orm::sea_query::Expr::value(outcome.errors.len() as i32),
            )
            .col_expr(
                import_job::Column::Errors,
                sea_orm::sea_query::Expr::value(serde_json::json!(reported)),
            )
            .col_expr(
                import_job::Column::WarningCount,
                sea_orm::sea_query::Expr::value(warnings.len() as i32),
            )
            .col_expr(
                import_job::Column::Warnings,
                sea_orm::sea_query::Expr::value(serde_json::json!(reported_warnings)),
            )
            .col_expr(
                import_job::Column::FinishedAt,
                sea_orm::sea_query::Expr::value(Utc::now()),
            )
            .filter(import_job::Column::Id.eq(job_id))
            .exec(conn)
            .await?;
        audit::record(
            conn,
            AuditEntry {
                tenant_id: access.tenant_id,
                actor_id: Some(access.user_id),
                action: "import.finish",
                object_type: Some("ImportJob"),
                object_id: Some(job_id),
                detail: serde_json::json!({
                    "kind": templates::file_stem(kind),
                    "dryRun": dry_run,
                    "written": written,
                    "rows": outcome.total,
                    "created": outcome.created,
                    "updated": outcome.updated,
                    "errors": outcome.errors.len(),
                    "warnings": warnings.len(),
                }),
            },
        )
        .await
    })
    .await
}

/// The tables a kind of import writes.
fn written_tables(kind: ImportKind) -> &'static [&'static str] {
    match kind {
        ImportKind::Residents => &["residents", "resident_moves", "resident_key_groups"],
        ImportKind::Houses => &["buildings", "houses", "households"],
        ImportKind::Staff => &["staff", "staff_assignments"],
        ImportKind::PartyMembers => &["party_members", "party_member_transfers"],
    }
}

/// Splits a list cell (`、`, `,`, `，`, `;` or `；` between items).
pub(crate) fn list_cell(cell: &str) -> Vec<String> {
    cell.split(['、', ',', '，', ';', '；'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The cell of `row` at template column `index` (resolved to the file's column by `columns`).
pub(crate) fn cell<'a>(row: &'a [String], columns: &[usize], index: usize) -> &'a str {
    columns
        .get(index)
        .and_then(|c| row.get(*c))
        .map(String::as_str)
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_failure_the_importer_writes_has_its_code() {
        let missing = format!("{MISSING_HEADERS_FAILURE} 姓名；请下载模板，按模板的表头填写");
        let cases = [
            (
                sheet::SheetError::Unreadable.to_string(),
                FailureCode::UnreadableFile,
            ),
            (sheet::SheetError::Empty.to_string(), FailureCode::EmptyFile),
            (missing, FailureCode::MissingHeaders),
            (INTERNAL_FAILURE.to_string(), FailureCode::Internal),
        ];
        for (failure, code) in cases {
            assert_eq!(FailureCode::of(&failure), code, "{failure}");
        }
    }

    #[test]
    fn a_stored_row_error_without_a_code_reads_as_an_invalid_value() {
        let stored = serde_json::json!([{ "row": 2, "column": "姓名", "message": "必填" }]);
        let errors: Vec<RowError> = serde_json::from_value(stored).expect("old report");
        assert_eq!(errors[0].code, RowIssueCode::InvalidValue);
        let coded = serde_json::to_value(RowError::new(3, "", RowIssueCode::DuplicateInFile, ""))
            .expect("json");
        assert_eq!(coded["code"], "DUPLICATE_IN_FILE");
    }
}
