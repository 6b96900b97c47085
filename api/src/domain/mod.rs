//! Newtypes and pure rules of the domain — no I/O. Parsing returns a type that cannot hold a
//! bad value; the rest of the code trusts the type.

pub mod dispute_risk;
pub mod event_deadlines;
pub mod event_machine;
pub mod geo_boundary;
pub mod global_id;
pub mod grid_sizing;
pub mod grid_team;
pub mod id_card;
pub mod party_meetings;
pub mod party_rules;
pub mod password_policy;
pub mod phone;
pub mod region_code;
pub mod region_rules;
pub mod spreadsheet_formula;
pub mod text;
pub mod work_calendar;

pub use geo_boundary::{GeoBoundary, GeoPoint};
pub use global_id::{GlobalId, IdError, NodeType};
pub use id_card::IdCardNo;
pub use phone::PhoneNo;
pub use region_code::{RegionCode, TenantCode};

/// Today in China Standard Time (UTC+8), the calendar county staff live by.
pub fn today() -> chrono::NaiveDate {
    today_at(chrono::Utc::now())
}

/// The China Standard Time date of an instant.
pub fn today_at(at: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
    (at + chrono::Duration::hours(8)).date_naive()
}

/// A problem with one input field of a mutation, returned in the payload's `userErrors`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserError {
    /// Path to the input field, e.g. `["input", "code"]`.
    pub field: Vec<String>,
    pub message: String,
    pub code: UserErrorCode,
}

impl UserError {
    pub fn new(field: &str, code: UserErrorCode, message: impl Into<String>) -> Self {
        Self {
            field: vec!["input".to_string(), field.to_string()],
            message: message.into(),
            code,
        }
    }
}

/// Stable codes of `userErrors`; each names the rule that the input broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserErrorCode {
    /// A region code is not 1–32 characters of digits and capital letters.
    InvalidCode,
    /// A child's code must extend its parent's code.
    CodeNotExtendingParent,
    /// The code is already used in this tenant.
    CodeTaken,
    /// The kind cannot sit under the parent's kind (county › street › community › grid › micro-grid).
    InvalidKindNesting,
    /// Grid kind given for a node that is not a grid.
    GridKindNotAllowed,
    /// The boundary is not a valid GeoJSON polygon (closed rings, lng/lat range, no self-intersection).
    InvalidBoundary,
    /// The centre point is outside lng/lat range.
    InvalidCenter,
    /// A name is empty or longer than 100 characters.
    InvalidName,
    /// The region still has children and cannot be deleted.
    RegionNotEmpty,
    /// The region cannot be moved there (into itself, its subtree, or a parent of another kind).
    InvalidMove,
    /// The password breaks the policy (at least 8 characters from 3 classes).
    WeakPassword,
    /// The current password given is wrong.
    WrongPassword,
    /// A username is not 3–64 letters, digits, `.`, `_` or `-`.
    InvalidUsername,
    UsernameTaken,
    /// The role cannot be granted on that scope node.
    InvalidScope,
    RoleAlreadyAssigned,
    /// A tenant code is not a GB/T 2260 six-digit county code.
    InvalidTenantCode,
    TenantCodeTaken,
    /// Something still refers to the object (users hold roles on it).
    InUse,
    /// An ID number does not have 18 characters.
    IdCardWrongLength,
    /// An ID number is not 17 digits and a digit or X.
    IdCardBadCharacters,
    /// The birth date inside the ID number is not a real past date.
    IdCardBadBirthDate,
    /// The ID number's check character does not match (GB 11643).
    IdCardBadChecksum,
    /// Another resident of this county has this ID number.
    IdCardTaken,
    /// Not a mobile number or a landline with its area code.
    InvalidPhone,
    /// A value is out of its range or not one of the allowed values.
    InvalidValue,
    /// A value that is needed is missing.
    Required,
    /// The region must be a grid or micro-grid (or a community for staff records).
    NotAGrid,
    /// Someone changed the object since you read it (see `expectedVersion`).
    VersionConflict,
    /// The resident is already in this key group.
    AlreadyMember,
    /// An uploaded file is not an .xlsx or UTF-8 CSV file with the template's headers.
    UnreadableFile,
    /// No upload with that id (it may have expired).
    UploadNotFound,
    /// The point lies outside every grid's boundary.
    PointOutsideGrids,
    /// A photo is not a JPEG, PNG or WebP image, or is larger than the limit.
    UnsupportedFile,
    /// The event cannot merge into that one (itself, closed, or another category family).
    InvalidMergeTarget,
    /// The department or level named cannot take the event (escalating above the county).
    InvalidTarget,
}

impl UserErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidCode => "INVALID_CODE",
            Self::CodeNotExtendingParent => "CODE_NOT_EXTENDING_PARENT",
            Self::CodeTaken => "CODE_TAKEN",
            Self::InvalidKindNesting => "INVALID_KIND_NESTING",
            Self::GridKindNotAllowed => "GRID_KIND_NOT_ALLOWED",
            Self::InvalidBoundary => "INVALID_BOUNDARY",
            Self::InvalidCenter => "INVALID_CENTER",
            Self::InvalidName => "INVALID_NAME",
            Self::RegionNotEmpty => "REGION_NOT_EMPTY",
            Self::InvalidMove => "INVALID_MOVE",
            Self::WeakPassword => "WEAK_PASSWORD",
            Self::WrongPassword => "WRONG_PASSWORD",
            Self::InvalidUsername => "INVALID_USERNAME",
            Self::UsernameTaken => "USERNAME_TAKEN",
            Self::InvalidScope => "INVALID_SCOPE",
            Self::RoleAlreadyAssigned => "ROLE_ALREADY_ASSIGNED",
            Self::InvalidTenantCode => "INVALID_TENANT_CODE",
            Self::TenantCodeTaken => "TENANT_CODE_TAKEN",
            Self::InUse => "IN_USE",
            Self::IdCardWrongLength => "ID_CARD_WRONG_LENGTH",
            Self::IdCardBadCharacters => "ID_CARD_BAD_CHARACTERS",
            Self::IdCardBadBirthDate => "ID_CARD_BAD_BIRTH_DATE",
            Self::IdCardBadChecksum => "ID_CARD_BAD_CHECKSUM",
            Self::IdCardTaken => "ID_CARD_TAKEN",
            Self::InvalidPhone => "INVALID_PHONE",
            Self::InvalidValue => "INVALID_VALUE",
            Self::Required => "REQUIRED",
            Self::NotAGrid => "NOT_A_GRID",
            Self::VersionConflict => "VERSION_CONFLICT",
            Self::AlreadyMember => "ALREADY_MEMBER",
            Self::UnreadableFile => "UNREADABLE_FILE",
            Self::UploadNotFound => "UPLOAD_NOT_FOUND",
            Self::PointOutsideGrids => "POINT_OUTSIDE_GRIDS",
            Self::UnsupportedFile => "UNSUPPORTED_FILE",
            Self::InvalidMergeTarget => "INVALID_MERGE_TARGET",
            Self::InvalidTarget => "INVALID_TARGET",
        }
    }
}
