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

/// The table of `userErrors` codes, handed to a macro that declares a type from it:
/// [`code_enum!`](crate::codes::code_enum) makes [`UserErrorCode`] here, and `graphql::common`
/// makes its GraphQL mirror from the same list, so a code is written once.
macro_rules! user_error_codes {
    ($($declare:ident)::+) => {
        $($declare)::+! {
            /// Stable codes of `userErrors`; each names the rule that the input broke.
            pub enum UserErrorCode {
                /// A region code is not 1–32 characters of digits and capital letters.
                InvalidCode = "INVALID_CODE",
                /// A child's code must extend its parent's code.
                CodeNotExtendingParent = "CODE_NOT_EXTENDING_PARENT",
                /// The code is already used in this tenant.
                CodeTaken = "CODE_TAKEN",
                /// The kind cannot sit under the parent's kind (county › street › community › grid › micro-grid).
                InvalidKindNesting = "INVALID_KIND_NESTING",
                /// Grid kind given for a node that is not a grid.
                GridKindNotAllowed = "GRID_KIND_NOT_ALLOWED",
                /// The boundary is not a valid GeoJSON polygon (closed rings, lng/lat range, no self-intersection).
                InvalidBoundary = "INVALID_BOUNDARY",
                /// The centre point is outside lng/lat range.
                InvalidCenter = "INVALID_CENTER",
                /// A name is empty or longer than 100 characters.
                InvalidName = "INVALID_NAME",
                /// The region still has children and cannot be deleted.
                RegionNotEmpty = "REGION_NOT_EMPTY",
                /// The region cannot be moved there (into itself, its subtree, or a parent of another kind).
                InvalidMove = "INVALID_MOVE",
                /// The password breaks the policy (at least 8 characters from 3 classes).
                WeakPassword = "WEAK_PASSWORD",
                /// The current password given is wrong.
                WrongPassword = "WRONG_PASSWORD",
                /// A username is not 3–64 letters, digits, `.`, `_` or `-`.
                InvalidUsername = "INVALID_USERNAME",
                UsernameTaken = "USERNAME_TAKEN",
                /// The role cannot be granted on that scope node.
                InvalidScope = "INVALID_SCOPE",
                RoleAlreadyAssigned = "ROLE_ALREADY_ASSIGNED",
                /// A tenant code is not a GB/T 2260 six-digit county code.
                InvalidTenantCode = "INVALID_TENANT_CODE",
                TenantCodeTaken = "TENANT_CODE_TAKEN",
                /// Something still refers to the object (users hold roles on it).
                InUse = "IN_USE",
                /// An ID number does not have 18 characters.
                IdCardWrongLength = "ID_CARD_WRONG_LENGTH",
                /// An ID number is not 17 digits and a digit or X.
                IdCardBadCharacters = "ID_CARD_BAD_CHARACTERS",
                /// The birth date inside the ID number is not a real past date.
                IdCardBadBirthDate = "ID_CARD_BAD_BIRTH_DATE",
                /// The ID number's check character does not match (GB 11643).
                IdCardBadChecksum = "ID_CARD_BAD_CHECKSUM",
                /// Another resident of this county has this ID number.
                IdCardTaken = "ID_CARD_TAKEN",
                /// Not a mobile number or a landline with its area code.
                InvalidPhone = "INVALID_PHONE",
                /// A value is out of its range or not one of the allowed values.
                InvalidValue = "INVALID_VALUE",
                /// A value that is needed is missing.
                Required = "REQUIRED",
                /// The region must be a grid or micro-grid (or a community for staff records).
                NotAGrid = "NOT_A_GRID",
                /// Someone changed the object since you read it (see `expectedVersion`).
                VersionConflict = "VERSION_CONFLICT",
                /// The resident is already in this key group.
                AlreadyMember = "ALREADY_MEMBER",
                /// An uploaded file is not an .xlsx or UTF-8 CSV file with the template's headers.
                UnreadableFile = "UNREADABLE_FILE",
                /// No upload with that id (it may have expired).
                UploadNotFound = "UPLOAD_NOT_FOUND",
                /// The point lies outside every grid's boundary.
                PointOutsideGrids = "POINT_OUTSIDE_GRIDS",
                /// A photo is not a JPEG, PNG or WebP image, or is larger than the limit.
                UnsupportedFile = "UNSUPPORTED_FILE",
                /// The event cannot merge into that one (itself, closed, or another category family).
                InvalidMergeTarget = "INVALID_MERGE_TARGET",
                /// The department or level named cannot take the event (escalating above the county).
                InvalidTarget = "INVALID_TARGET",
            }
        }
    };
}
pub(crate) use user_error_codes;

user_error_codes!(crate::codes::code_enum);
