//! Region codes (each extends its parent's) and tenant codes (GB/T 2260 county codes).

use super::{UserError, UserErrorCode};

/// A region code: 1–32 ASCII digits or capital letters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionCode(String);

impl RegionCode {
    pub fn parse(raw: &str) -> Result<Self, UserError> {
        let code = raw.trim().to_ascii_uppercase();
        let ok = (1..=32).contains(&code.len())
            && code
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
        if !ok {
            return Err(UserError::new(
                "code",
                UserErrorCode::InvalidCode,
                "a code has 1 to 32 digits or capital letters",
            ));
        }
        Ok(Self(code))
    }

    /// The code of a child of `parent`: longer than the parent's and starting with it.
    pub fn parse_child(raw: &str, parent: &str) -> Result<Self, UserError> {
        let code = Self::parse(raw)?;
        if !code.extends(parent) {
            return Err(UserError::new(
                "code",
                UserErrorCode::CodeNotExtendingParent,
                format!("a child's code must extend its parent's code {parent}"),
            ));
        }
        Ok(code)
    }

    pub fn extends(&self, parent: &str) -> bool {
        self.0.len() > parent.len() && self.0.starts_with(parent)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A tenant (county) code: six digits of GB/T 2260, not ending in `00` (that would be a city
/// or province). The platform's own tenant is [`TenantCode::PLATFORM`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantCode(String);

impl TenantCode {
    pub const PLATFORM: &'static str = "000000";

    pub fn parse(raw: &str) -> Result<Self, UserError> {
        let code = raw.trim();
        let ok = code.len() == 6
            && code.chars().all(|c| c.is_ascii_digit())
            && !code.ends_with("00")
            && !code.starts_with('0');
        if !ok {
            return Err(UserError::new(
                "code",
                UserErrorCode::InvalidTenantCode,
                "a county code is six GB/T 2260 digits, e.g. 371502",
            ));
        }
        Ok(Self(code.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn child_codes_extend_their_parent() {
        assert!(RegionCode::parse_child("371502001", "371502").is_ok());
        assert_eq!(
            RegionCode::parse_child("371503001", "371502")
                .err()
                .map(|e| e.code),
            Some(UserErrorCode::CodeNotExtendingParent)
        );
        assert_eq!(
            RegionCode::parse_child("371502", "371502")
                .err()
                .map(|e| e.code),
            Some(UserErrorCode::CodeNotExtendingParent)
        );
        assert_eq!(
            RegionCode::parse("37-15").err().map(|e| e.code),
            Some(UserErrorCode::InvalidCode)
        );
    }

    #[test]
    fn tenant_codes_are_county_codes() {
        assert!(TenantCode::parse("371502").is_ok());
        assert!(TenantCode::parse("371500").is_err());
        assert!(TenantCode::parse("37150").is_err());
        assert!(TenantCode::parse(TenantCode::PLATFORM).is_err());
    }
}
