//! Input helpers every service shares: collecting user errors, optional text, unique keys.

use crate::domain::{UserError, UserErrorCode};
use crate::error::AppError;
use sea_orm::{DbErr, SqlErr};

/// Maps a unique-key violation to the user error it means; other database errors stay internal.
pub(crate) fn unique_violation_as(
    error: DbErr,
    field: &str,
    code: UserErrorCode,
    message: &str,
) -> AppError {
    match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            AppError::Invalid(vec![UserError::new(field, code, message)])
        }
        _ => AppError::from(error),
    }
}

/// Turns collected user errors into an `Invalid` error, or `Ok` when there are none.
pub(crate) fn reject_if_any(errors: Vec<UserError>) -> Result<(), AppError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errors))
    }
}

/// Keeps a parsed value, or records its error and gives `None` (to report every error at once).
pub(crate) fn keep<T>(errors: &mut Vec<UserError>, result: Result<T, UserError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

/// An optional free-text field: trimmed, empty as `None`, at most `max` characters without
/// control characters (else a user error on `field`).
pub(crate) fn optional_text(
    field: &str,
    raw: Option<&str>,
    max: usize,
    errors: &mut Vec<UserError>,
) -> Option<String> {
    let value = raw.map(str::trim).filter(|s| !s.is_empty())?;
    if value.chars().count() > max || value.chars().any(char::is_control) {
        errors.push(UserError::new(
            field,
            UserErrorCode::InvalidValue,
            format!("at most {max} characters"),
        ));
        return None;
    }
    Some(value.to_string())
}
