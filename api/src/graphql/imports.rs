//! Imports (jobs with progress and a per-row error report), templates and exports.

use super::archive_enums::{ImportKind, ImportStatus};
use super::context::{caller, request};
use super::residents::ResidentFilterInput;
use crate::domain::{GlobalId, NodeType};
use crate::graphql::payload::payload;
use crate::service::archives::exports::{self, ExportFormat as ServiceFormat};
use crate::service::archives::imports::{self as service, RowError, RowWarning, templates};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entities::import_job;

/// An import: its progress, counts and the first errors and warnings (row, column, message).
pub struct ImportJob(import_job::Model);

/// A problem with one cell of an imported file.
#[derive(SimpleObject)]
pub struct ImportRowError {
    /// The row number as the spreadsheet shows it (the header is row 1).
    pub row: i32,
    /// The column's header; empty when the whole row is meant.
    pub column: String,
    /// What is wrong; clients show their own sentence for it.
    pub code: ImportRowIssueCode,
    /// What is wrong, in Chinese, for integrators; the web app shows its own text for `code`.
    pub message: String,
}

/// A cell of an imported file that was taken as it is but deserves a look: it starts with
/// `=`, `+`, `-` or `@`, so a spreadsheet opening it from a CSV file could run it as a formula.
#[derive(SimpleObject)]
pub struct ImportRowWarning {
    /// The row number as the spreadsheet shows it (the header is row 1).
    pub row: i32,
    /// The column's header.
    pub column: String,
    /// Why the cell deserves a look (today always `FORMULA_LIKE`).
    pub code: ImportRowIssueCode,
    /// What to look at, in Chinese, for integrators; the web app shows its own text for `code`.
    pub message: String,
}

/// Stable codes of an import's row errors and warnings; each names what is wrong with a cell.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "service::RowIssueCode")]
pub enum ImportRowIssueCode {
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
    /// Any other broken rule (and the errors of jobs stored before codes existed).
    InvalidValue,
    /// A warning: the cell would run as a spreadsheet formula.
    FormulaLike,
}

/// Why a file as a whole could not be imported.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "service::FailureCode")]
pub enum ImportFailureCode {
    /// Neither an .xlsx workbook nor a UTF-8 CSV file.
    UnreadableFile,
    /// The file has no header row.
    EmptyFile,
    /// Columns of the template are missing from the header row.
    MissingHeaders,
    /// The import stopped on an internal error; rows after the last finished batch were not
    /// written.
    Internal,
}

/// The stored report entries of a job (`[]` if unreadable).
fn report(stored: &serde_json::Value) -> Vec<RowError> {
    serde_json::from_value(stored.clone()).unwrap_or_default()
}

#[Object]
impl ImportJob {
    async fn id(&self) -> ID {
        GlobalId::encode(NodeType::ImportJob, self.0.id).into()
    }
    async fn kind(&self) -> ImportKind {
        self.0.kind.into()
    }
    async fn status(&self) -> ImportStatus {
        self.0.status.into()
    }
    /// Validated only; nothing written.
    async fn dry_run(&self) -> bool {
        self.0.dry_run
    }
    async fn file_name(&self) -> &str {
        &self.0.file_name
    }
    /// Data rows in the file.
    async fn total_rows(&self) -> i32 {
        self.0.total_rows
    }
    /// Rows written so far (all rows once finished).
    async fn processed_rows(&self) -> i32 {
        self.0.processed_rows
    }
    /// Rows that are (or, in a dry run, would be) new records.
    async fn created_count(&self) -> i32 {
        self.0.created_count
    }
    /// Rows that matched (or would match) an existing record.
    async fn updated_count(&self) -> i32 {
        self.0.updated_count
    }
    /// All errors found; `errors` lists the first of them.
    async fn error_count(&self) -> i32 {
        self.0.error_count
    }
    /// In row order; nothing was written when there are any.
    async fn errors(&self) -> Vec<ImportRowError> {
        report(&self.0.errors)
            .into_iter()
            .map(|e| ImportRowError {
                row: e.row as i32,
                column: e.column,
                code: e.code.into(),
                message: e.message,
            })
            .collect()
    }
    /// All warnings found; `warnings` lists the first of them.
    async fn warning_count(&self) -> i32 {
        self.0.warning_count
    }
    /// In row order; warnings do not stop an import (formula-like cells are imported as they
    /// are, and a CSV export puts a `'` before them).
    async fn warnings(&self) -> Vec<ImportRowWarning> {
        let warnings: Vec<RowWarning> = report(&self.0.warnings);
        warnings
            .into_iter()
            .map(|w| ImportRowWarning {
                row: w.row as i32,
                column: w.column,
                code: w.code.into(),
                message: w.message,
            })
            .collect()
    }
    /// Why the file as a whole could not be imported, in Chinese, for integrators; the web app
    /// shows its own text for `failureCode`.
    async fn failure(&self) -> Option<&str> {
        self.0.failure.as_deref()
    }
    /// Why the file as a whole could not be imported; null unless `failure` is set.
    async fn failure_code(&self) -> Option<ImportFailureCode> {
        self.0
            .failure
            .as_deref()
            .map(|f| service::FailureCode::of(f).into())
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.finished_at
    }
}

/// A downloadable template.
#[derive(SimpleObject)]
pub struct ImportTemplate {
    pub kind: ImportKind,
    pub file_name: String,
    /// `.xlsx` with an instructions sheet; `csvUrl` for CSV.
    pub url: String,
    pub csv_url: String,
    /// The header row, in order.
    pub headers: Vec<String>,
}

#[derive(Default)]
pub struct ImportQuery;

#[Object]
impl ImportQuery {
    /// An import job started by the caller (or visible to roles that may run that import).
    async fn import_job(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<ImportJob> {
        let id = GlobalId::decode_as(&id, NodeType::ImportJob, "import job")?;
        let (access, conn) = caller(ctx).await?;
        Ok(ImportJob(service::get(conn, access, id).await?))
    }

    /// The caller's 20 most recent imports.
    async fn my_import_jobs(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ImportJob>> {
        let (access, conn) = caller(ctx).await?;
        Ok(service::recent(conn, access)
            .await?
            .into_iter()
            .map(ImportJob)
            .collect())
    }

    /// The import templates (no sign-in needed to download them).
    async fn import_templates(&self) -> Vec<ImportTemplate> {
        use entities::enums::ImportKind as K;
        [K::Residents, K::Houses, K::Staff, K::PartyMembers]
            .into_iter()
            .map(|kind| {
                let stem = templates::file_stem(kind);
                ImportTemplate {
                    kind: kind.into(),
                    file_name: format!("{stem}.xlsx"),
                    url: format!("/templates/{stem}.xlsx"),
                    csv_url: format!("/templates/{stem}.csv"),
                    headers: templates::headers(kind)
                        .into_iter()
                        .map(str::to_string)
                        .collect(),
                }
            })
            .collect()
    }
}

#[derive(InputObject)]
pub struct StartImportInput {
    pub kind: ImportKind,
    /// From `POST /uploads`.
    pub upload_id: String,
    /// Validate only; write nothing. Default true.
    #[graphql(default = true)]
    pub dry_run: bool,
}

payload! {
    pub struct StartImportPayload {
        job: ImportJob,
    }
}

/// The file type of an export.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ExportFormat {
    /// An Excel workbook whose values are all text cells.
    Xlsx,
    /// UTF-8 CSV with a BOM. A value that a spreadsheet would run as a formula (starting with
    /// `=`, `+`, `-`, `@`, tab or carriage return) gets a `'` before it; an import takes it off.
    Csv,
}

#[derive(InputObject)]
pub struct ExportResidentsInput {
    pub filter: Option<ResidentFilterInput>,
    #[graphql(default_with = "ExportFormat::Xlsx")]
    pub format: ExportFormat,
    /// Full identifiers where the caller's `resident:reveal` reaches (FORBIDDEN without it).
    #[graphql(default = false)]
    pub reveal: bool,
}

/// A prepared file: fetch `url` (no token needed; it expires).
#[derive(SimpleObject)]
pub struct Download {
    pub url: String,
    pub file_name: String,
    pub row_count: i32,
    pub expires_at: DateTime<Utc>,
}

impl From<ExportFormat> for ServiceFormat {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Xlsx => Self::Xlsx,
            ExportFormat::Csv => Self::Csv,
        }
    }
}

impl From<exports::Download> for Download {
    fn from(d: exports::Download) -> Self {
        Self {
            url: d.url,
            file_name: d.file_name,
            row_count: d.row_count as i32,
            expires_at: d.expires_at,
        }
    }
}

payload! {
    pub struct ExportPayload {
        download: Download,
    }
}

#[derive(Default)]
pub struct ImportMutation;

#[Object]
impl ImportMutation {
    /// Starts importing an uploaded file; poll `importJob` for progress and the error report.
    /// Needs `resident:write` (residents), `place:write` (houses) or `team:write` (staff).
    async fn start_import(
        &self,
        ctx: &Context<'_>,
        input: StartImportInput,
    ) -> async_graphql::Result<StartImportPayload> {
        let rc = request(ctx);
        let access = rc.access().await?;
        StartImportPayload::of(
            service::start(
                &rc.state,
                &rc.db,
                access,
                input.kind.into(),
                &input.upload_id,
                input.dry_run,
            )
            .await,
            ImportJob,
        )
    }

    /// Exports the residents matching `filter` (at most 200,000). Needs `resident:read`;
    /// audited.
    async fn export_residents(
        &self,
        ctx: &Context<'_>,
        input: ExportResidentsInput,
    ) -> async_graphql::Result<ExportPayload> {
        let filter = input.filter.unwrap_or_default().parse()?;
        let format = input.format.into();
        let (access, conn) = caller(ctx).await?;
        ExportPayload::of(
            exports::residents(
                conn,
                &request(ctx).state,
                access,
                &filter,
                format,
                input.reveal,
            )
            .await,
            Into::into,
        )
    }
}
