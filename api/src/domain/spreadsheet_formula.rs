//! CSV formula injection (OWASP "CSV Injection"): a spreadsheet that opens a CSV file reads a
//! cell starting with `=`, `+`, `-`, `@`, tab or carriage return as a formula, so a resident
//! named `=cmd|' /C calc'!A0` starts a program on the clerk's computer and `=HYPERLINK(…)`
//! leaks data. Exports put a `'` before such a cell, which makes the spreadsheet show it as
//! text; imports take that one `'` off again, so an exported file re-imports to the same values,
//! and warn of cells that a spreadsheet would still run. (An `.xlsx` cell written as a string
//! is never a formula; the rule matters for CSV.)

use std::borrow::Cow;

/// The first characters that make a spreadsheet read a cell as a formula.
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The mark that tells a spreadsheet "this cell is text".
const TEXT_MARK: char = '\'';

/// What a column holds, as far as a spreadsheet's reading of its cells goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    /// Anything typed: names, codes, labels, dates.
    Text,
    /// A number, which may be negative (a basement's floor `-1`): a spreadsheet reads a plain
    /// number as a number, not as a formula, so it is left as it is.
    Number,
}

/// Whether a spreadsheet would run `value` as a formula.
pub fn runs_as_formula(value: &str, kind: CellKind) -> bool {
    value.starts_with(FORMULA_TRIGGERS) && !(kind == CellKind::Number && is_plain_number(value))
}

/// `value` as a CSV cell that a spreadsheet shows as text: with a `'` before it when it would
/// run as a formula. A value that already starts with `'`s before a trigger gets one more, so
/// that [`restore`], which takes exactly one off, gives back exactly `value`.
pub fn neutralise(value: &str, kind: CellKind) -> Cow<'_, str> {
    let bare = value.trim_start_matches(TEXT_MARK);
    let marked = bare.len() != value.len();
    if runs_as_formula(bare, kind) || (marked && bare.starts_with(FORMULA_TRIGGERS)) {
        Cow::Owned(format!("{TEXT_MARK}{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// An imported cell without the `'` that [`neutralise`] put before it: one `'` is taken off a
/// cell whose text after its `'`s starts with a trigger; any other cell is left as it is.
pub fn restore(cell: &str) -> &str {
    let guarded = |rest: &&str| {
        rest.trim_start_matches(TEXT_MARK)
            .starts_with(FORMULA_TRIGGERS)
    };
    cell.strip_prefix(TEXT_MARK).filter(guarded).unwrap_or(cell)
}

/// `-1`, `+2`, `75.5`: digits with an optional sign and decimal part, nothing a spreadsheet
/// could evaluate.
fn is_plain_number(value: &str) -> bool {
    let unsigned = value.strip_prefix(['-', '+']).unwrap_or(value);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;
    use CellKind::{Number, Text};

    const ATTACKS: [&str; 8] = [
        "=cmd|' /C calc'!A0",
        "+1",
        "-2+3",
        "@SUM(A1)",
        "=HYPERLINK(\"http://x\",\"y\")",
        "\t=1+1",
        "\r=1+1",
        "-1",
    ];

    #[test]
    fn every_text_cell_starting_with_a_trigger_gets_a_quote() {
        for value in ATTACKS {
            assert_eq!(neutralise(value, Text), format!("'{value}"), "{value:?}");
            assert!(runs_as_formula(value, Text), "{value:?}");
        }
    }

    #[test]
    fn ordinary_values_are_left_alone() {
        for value in [
            "张三",
            "2024-01-01",
            "13805311234",
            "",
            "a=b",
            "3715**1234",
            "'abc",
        ] {
            assert_eq!(neutralise(value, Text), value, "{value:?}");
            assert!(!runs_as_formula(value, Text), "{value:?}");
        }
    }

    #[test]
    fn a_plain_number_in_a_number_column_stays_a_number() {
        for value in ["-1", "+2", "-0.5", "75.5", "3"] {
            assert_eq!(neutralise(value, Number), value, "{value:?}");
            assert!(!runs_as_formula(value, Number), "{value:?}");
        }
        for value in ["-1+2", "-", "-.5", "-1.", "=1", "@A1", "-1e3"] {
            assert_eq!(neutralise(value, Number), format!("'{value}"), "{value:?}");
            assert!(runs_as_formula(value, Number), "{value:?}");
        }
    }

    #[test]
    fn an_import_takes_off_exactly_the_quote_an_export_added() {
        let values = ATTACKS.into_iter().chain([
            "张三", "'abc", "'=1", "''=1", "'", "''", "-1", "'-1", "it's",
        ]);
        for value in values {
            for kind in [Text, Number] {
                assert_eq!(
                    restore(&neutralise(value, kind)),
                    value,
                    "{value:?} {kind:?}"
                );
            }
        }
    }

    #[test]
    fn an_import_leaves_unquoted_and_ordinary_quoted_cells_alone() {
        assert_eq!(restore("=1+1"), "=1+1");
        assert_eq!(restore("'=1+1"), "=1+1");
        assert_eq!(restore("'abc"), "'abc");
        assert_eq!(restore("'"), "'");
    }
}
