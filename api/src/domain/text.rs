//! Names and usernames.

use super::{UserError, UserErrorCode};

/// Whether `raw` holds a control character (tab, line feed and carriage return included): such
/// text cannot be a code, a username or a name.
pub fn has_control_character(raw: &str) -> bool {
    raw.chars().any(char::is_control)
}

/// A display name: trimmed, 1–100 characters.
pub fn parse_name(field: &str, raw: &str) -> Result<String, UserError> {
    let name = raw.trim();
    let length = name.chars().count();
    if length == 0 || length > 100 || has_control_character(name) {
        return Err(UserError::new(
            field,
            UserErrorCode::InvalidName,
            "a name has 1 to 100 characters",
        ));
    }
    Ok(name.to_string())
}

/// A username: 3–64 ASCII letters, digits, `.`, `_` or `-`; compared case-insensitively, so
/// stored in lower case.
pub fn parse_username(raw: &str) -> Result<String, UserError> {
    let name = raw.trim().to_ascii_lowercase();
    let ok = (3..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if !ok {
        return Err(UserError::new(
            "username",
            UserErrorCode::InvalidUsername,
            "a username has 3 to 64 letters, digits, '.', '_' or '-'",
        ));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            parse_name("name", "  北关街道 ").ok(),
            Some("北关街道".into())
        );
        assert!(parse_name("name", "   ").is_err());
        assert!(parse_name("name", &"格".repeat(101)).is_err());
    }

    #[test]
    fn usernames_are_lowercased_ascii() {
        assert_eq!(parse_username("Admin.Li").ok(), Some("admin.li".into()));
        assert!(parse_username("ab").is_err());
        assert!(parse_username("张三").is_err());
    }
}
