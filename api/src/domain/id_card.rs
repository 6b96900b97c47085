//! 公民身份号码 — the 18-character resident ID number of GB 11643: a six-digit area code, the
//! birth date `YYYYMMDD`, a three-digit sequence (odd for men, even for women) and a check
//! character (ISO 7064 MOD 11-2, `0`–`9` or `X`).

use super::{UserError, UserErrorCode};
use chrono::{Datelike, NaiveDate, Utc};
use entities::enums::Gender;

/// A valid ID number, upper-case. Its `Debug` shows only the masked form, so a log line never
/// carries the full number.
#[derive(Clone, PartialEq, Eq)]
pub struct IdCardNo(String);

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

impl IdCardNo {
    /// Parses `raw` for the input field `field`; each way of being wrong has its own code.
    pub fn parse(field: &str, raw: &str) -> Result<Self, UserError> {
        let number: String = raw.trim().to_ascii_uppercase();
        if number.chars().count() != 18 {
            return Err(UserError::new(
                field,
                UserErrorCode::IdCardWrongLength,
                "an ID number has 18 characters",
            ));
        }
        let bytes = number.as_bytes();
        let digits_ok = bytes[..17].iter().all(u8::is_ascii_digit)
            && (bytes[17].is_ascii_digit() || bytes[17] == b'X');
        if !digits_ok {
            return Err(UserError::new(
                field,
                UserErrorCode::IdCardBadCharacters,
                "an ID number is 17 digits and a final digit or X",
            ));
        }
        if Self::birth_date_of(&number).is_none() {
            return Err(UserError::new(
                field,
                UserErrorCode::IdCardBadBirthDate,
                "the birth date in the ID number (characters 7–14) is not a real past date",
            ));
        }
        let sum: u32 = bytes[..17]
            .iter()
            .zip(WEIGHTS)
            .map(|(b, w)| u32::from(b - b'0') * w)
            .sum();
        if CHECK[(sum % 11) as usize] != char::from(bytes[17]) {
            return Err(UserError::new(
                field,
                UserErrorCode::IdCardBadChecksum,
                "the ID number's check character is wrong; look for a mistyped digit",
            ));
        }
        Ok(Self(number))
    }

    fn birth_date_of(number: &str) -> Option<NaiveDate> {
        let year = number.get(6..10)?.parse().ok()?;
        let month = number.get(10..12)?.parse().ok()?;
        let day = number.get(12..14)?.parse().ok()?;
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        let today = Utc::now().date_naive();
        (date.year() >= 1880 && date <= today).then_some(date)
    }

    pub fn birth_date(&self) -> NaiveDate {
        // Checked by `parse`; the fallback is unreachable.
        Self::birth_date_of(&self.0).unwrap_or_default()
    }

    /// The 17th character: odd for men, even for women.
    pub fn gender(&self) -> Gender {
        let sequence = self.0.as_bytes()[16] - b'0';
        if sequence % 2 == 1 {
            Gender::Male
        } else {
            Gender::Female
        }
    }

    /// `3715**********1234`: the province and city, and the last four characters.
    pub fn masked(&self) -> String {
        format!("{}**********{}", &self.0[..4], &self.0[14..])
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for IdCardNo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IdCardNo({})", self.masked())
    }
}

/// Appends a valid check character to 17 digits (demo data and tests build numbers with it).
pub fn with_check_character(first17: &str) -> Option<String> {
    let bytes = first17.as_bytes();
    if bytes.len() != 17 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = bytes
        .iter()
        .zip(WEIGHTS)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    Some(format!("{first17}{}", CHECK[(sum % 11) as usize]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(raw: &str) -> &'static str {
        IdCardNo::parse("idCardNo", raw)
            .err()
            .map(|e| e.code.as_str())
            .unwrap_or("OK")
    }

    #[test]
    fn a_valid_number_gives_birth_date_gender_and_mask() {
        // GB 11643's own example.
        let id = IdCardNo::parse("idCardNo", "11010519491231002x").expect("valid");
        assert_eq!(id.as_str(), "11010519491231002X");
        assert_eq!(
            id.birth_date(),
            NaiveDate::from_ymd_opt(1949, 12, 31).expect("date")
        );
        assert_eq!(id.gender(), Gender::Female);
        assert_eq!(id.masked(), "1101**********002X");
        assert!(!format!("{id:?}").contains("19491231"));
    }

    #[test]
    fn each_fault_has_its_code() {
        assert_eq!(code("110105194912310021"), "ID_CARD_BAD_CHECKSUM");
        assert_eq!(code("11010519491331002X"), "ID_CARD_BAD_BIRTH_DATE");
        assert_eq!(code("11010519490230002X"), "ID_CARD_BAD_BIRTH_DATE");
        assert_eq!(code("1101051949123100"), "ID_CARD_WRONG_LENGTH");
        assert_eq!(code("11010519491231002XX"), "ID_CARD_WRONG_LENGTH");
        assert_eq!(code("1101051949123100AX"), "ID_CARD_BAD_CHARACTERS");
        assert_eq!(
            code("１１０１０５１９４９１２３１００２X"),
            "ID_CARD_BAD_CHARACTERS"
        );
    }

    #[test]
    fn check_characters_are_computed_as_the_standard_says() {
        assert_eq!(
            with_check_character("11010519491231002").as_deref(),
            Some("11010519491231002X")
        );
        assert!(
            IdCardNo::parse(
                "x",
                &with_check_character("37159919900101001").unwrap_or_default()
            )
            .is_ok()
        );
    }
}
