//! The password policy: at least 8 characters drawn from at least 3 of the classes lower case,
//! upper case, digits and others.

use super::{UserError, UserErrorCode};

pub const MIN_LENGTH: usize = 8;
const MAX_LENGTH: usize = 128;

pub fn check(field: &str, password: &str) -> Result<(), UserError> {
    let classes = [
        password.chars().any(|c| c.is_lowercase()),
        password.chars().any(|c| c.is_uppercase()),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(|c| !c.is_alphanumeric()),
    ]
    .into_iter()
    .filter(|present| *present)
    .count();
    let length = password.chars().count();
    if !(MIN_LENGTH..=MAX_LENGTH).contains(&length) || classes < 3 {
        return Err(UserError::new(
            field,
            UserErrorCode::WeakPassword,
            "a password has at least 8 characters from 3 of: lower case, upper case, digits, symbols",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_length_and_three_classes() {
        assert!(check("password", "Grid2026!").is_ok());
        assert!(check("password", "grid2026!").is_ok());
        assert!(check("password", "Gr1d!").is_err());
        assert!(check("password", "gridgovgrid").is_err());
        assert!(check("password", "gridgov2026").is_err());
    }
}
