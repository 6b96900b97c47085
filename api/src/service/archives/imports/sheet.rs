//! Reading an uploaded table: `.xlsx` (first worksheet) or UTF-8 CSV, told apart by content
//! (an xlsx file is a zip archive). Every cell becomes trimmed text; Excel numbers lose a
//! trailing `.0` (a phone typed as a number), Excel dates become `YYYY-MM-DD`. A text cell loses
//! the `'` that a CSV export put before a formula-like value (`'=1` reads as `=1`), so an
//! exported file imports as the values it was made from.

use crate::domain::spreadsheet_formula;
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// A table: its header row, and data rows with their 1-based row numbers as Excel shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    /// The index of each expected header, or the headers that are missing.
    pub fn columns(&self, expected: &[&str]) -> Result<Vec<usize>, Vec<String>> {
        let mut found = Vec::new();
        let mut missing = Vec::new();
        for name in expected {
            match self.headers.iter().position(|h| h == name) {
                Some(i) => found.push(i),
                None => missing.push((*name).to_string()),
            }
        }
        if missing.is_empty() {
            Ok(found)
        } else {
            Err(missing)
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SheetError {
    #[error("文件既不是 .xlsx 工作簿，也不是 UTF-8 编码的 CSV 文件")]
    Unreadable,
    #[error("文件没有表头行")]
    Empty,
}

/// A typed cell: trimmed, without an export's formula-guarding `'`.
fn text_cell(raw: &str) -> String {
    spreadsheet_formula::restore(raw.trim()).to_string()
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => text_cell(s),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => dt
            .as_datetime()
            .map(|d| d.date().format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Error(_) => String::new(),
    }
}

pub fn read(bytes: &[u8]) -> Result<Table, SheetError> {
    let mut lines: Vec<(usize, Vec<String>)> = if bytes.starts_with(b"PK") {
        let mut book: Xlsx<_> =
            Xlsx::new(Cursor::new(bytes)).map_err(|_| SheetError::Unreadable)?;
        let range = book
            .worksheet_range_at(0)
            .ok_or(SheetError::Empty)?
            .map_err(|_| SheetError::Unreadable)?;
        let first_row = range.start().map_or(0, |(r, _)| r as usize);
        range
            .rows()
            .enumerate()
            .map(|(i, row)| (first_row + i + 1, row.iter().map(cell_text).collect()))
            .collect()
    } else {
        let text = std::str::from_utf8(bytes).map_err(|_| SheetError::Unreadable)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut out = Vec::new();
        // The line each record starts on, counted from its byte offset (the reader skips
        // blank lines, which a spreadsheet user still sees as rows).
        let (mut line, mut counted_to) = (1usize, 0usize);
        for record in reader.records() {
            let record = record.map_err(|_| SheetError::Unreadable)?;
            let mut start = record.position().map_or(counted_to, |p| p.byte() as usize);
            // The position may point at blank lines the reader then skipped.
            while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
                start += 1;
            }
            line += text
                .as_bytes()
                .get(counted_to..start)
                .map_or(0, |b| b.iter().filter(|c| **c == b'\n').count());
            counted_to = start.max(counted_to);
            out.push((line, record.iter().map(text_cell).collect()));
        }
        out
    };
    lines.retain(|(_, cells)| cells.iter().any(|c| !c.is_empty()));
    if lines.is_empty() {
        return Err(SheetError::Empty);
    }
    let (_, headers) = lines.remove(0);
    Ok(Table {
        headers,
        rows: lines,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_bom_and_blank_lines_reads_with_row_numbers() {
        let table = read("\u{feff}姓名,电话\n张三, 138 \n\n李四,139\n".as_bytes()).expect("csv");
        assert_eq!(table.headers, vec!["姓名", "电话"]);
        assert_eq!(
            table.rows,
            vec![
                (2, vec!["张三".into(), "138".into()]),
                (4, vec!["李四".into(), "139".into()])
            ]
        );
        assert_eq!(table.columns(&["电话", "姓名"]), Ok(vec![1, 0]));
        assert_eq!(table.columns(&["民族"]), Err(vec!["民族".to_string()]));
    }

    #[test]
    fn garbage_is_refused() {
        assert_eq!(read(&[0xff, 0xfe, 0x00]), Err(SheetError::Unreadable));
        assert_eq!(read(b"PK\x03\x04garbage"), Err(SheetError::Unreadable));
        assert_eq!(read(b"\n\n"), Err(SheetError::Empty));
    }
}
