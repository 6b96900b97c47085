//! Phone numbers: mainland mobiles (`1[3-9]` and nine more digits) and landlines with an area
//! code (`0` and 2–3 digits, an optional `-`, 7–8 digits).

use super::{UserError, UserErrorCode};

/// A valid phone number, digits only (a landline keeps its `-`). `Debug` shows it masked.
#[derive(Clone, PartialEq, Eq)]
pub struct PhoneNo(String);

impl PhoneNo {
    pub fn parse(field: &str, raw: &str) -> Result<Self, UserError> {
        let compact: String = raw
            .trim()
            .trim_start_matches("+86")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let mobile = compact.len() == 11
            && digits(&compact)
            && compact.starts_with('1')
            && matches!(compact.as_bytes()[1], b'3'..=b'9');
        let landline = {
            let (area, local) = match compact.split_once('-') {
                Some((area, local)) => (area.to_string(), local.to_string()),
                None if compact.is_ascii() && compact.starts_with('0') && compact.len() >= 10 => {
                    let cut = if compact.len() >= 12 { 4 } else { 3 };
                    (compact[..cut].to_string(), compact[cut..].to_string())
                }
                None => (String::new(), String::new()),
            };
            digits(&area)
                && area.starts_with('0')
                && (3..=4).contains(&area.len())
                && digits(&local)
                && (7..=8).contains(&local.len())
        };
        if mobile || landline {
            Ok(Self(compact))
        } else {
            Err(UserError::new(
                field,
                UserErrorCode::InvalidPhone,
                "a phone is an 11-digit mobile number or a landline with its area code",
            ))
        }
    }

    /// `138****5678`: the first three and the last four digits.
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        let head: String = chars.iter().take(3).collect();
        let tail: String = chars[chars.len().saturating_sub(4)..].iter().collect();
        format!("{head}****{tail}")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for PhoneNo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PhoneNo({})", self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobiles_and_landlines_parse_and_mask() {
        let mobile = PhoneNo::parse("phone", " 138 1234 5678 ").expect("mobile");
        assert_eq!(mobile.as_str(), "13812345678");
        assert_eq!(mobile.masked(), "138****5678");
        assert_eq!(
            PhoneNo::parse("phone", "+8613812345678").map(|p| p.masked()),
            Ok("138****5678".into())
        );
        assert!(PhoneNo::parse("phone", "0531-88886666").is_ok());
        assert!(PhoneNo::parse("phone", "053188886666").is_ok());
    }

    #[test]
    fn other_strings_are_refused() {
        for bad in [
            "",
            "12345678901",
            "1381234567",
            "138123456789",
            "abc",
            "0531-12",
        ] {
            assert!(PhoneNo::parse("phone", bad).is_err(), "{bad}");
        }
    }
}
