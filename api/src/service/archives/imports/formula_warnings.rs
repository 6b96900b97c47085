//! Warnings of imported cells that a spreadsheet would run as formulas (`=…`, `+…`, `-…`, `@…`,
//! see `domain::spreadsheet_formula`). They do not stop the import — a note may well start with
//! `-` — but the person importing is told, since the value may have been planted to run when
//! someone opens a CSV file holding it.

use super::sheet::Table;
use super::templates::Column;
use super::{RowIssueCode, RowWarning, cell};
use crate::domain::spreadsheet_formula;

/// What a formula warning says.
pub const MESSAGE: &str = "以 =、+、-、@ 开头的内容在电子表格中可能被当作公式执行，请确认内容无误";

/// One warning for each cell of a template column that would run as a formula, in row order.
/// `columns` maps the template's columns to the file's, as `Table::columns` resolved them.
pub fn formula_warnings(table: &Table, columns: &[usize], template: &[Column]) -> Vec<RowWarning> {
    let mut warnings = Vec::new();
    for (row, cells) in &table.rows {
        for (index, column) in template.iter().enumerate() {
            if spreadsheet_formula::runs_as_formula(cell(cells, columns, index), column.cell) {
                warnings.push(RowWarning::new(
                    *row,
                    column.header,
                    RowIssueCode::FormulaLike,
                    MESSAGE,
                ));
            }
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::archives::imports::{sheet, templates::HOUSE_COLUMNS};

    #[test]
    fn formula_like_cells_are_warned_of_but_a_number_columns_numbers_are_not() {
        let file = "楼栋,网格编码,单元,楼层,房号,房屋用途,面积,户号\n\
                    =1+1,G1,'@A1,-1,301,,,\n\
                    3号楼,G1,,'-1+2,302,,-5,\n";
        let table = sheet::read(file.as_bytes()).expect("csv");
        let headers: Vec<&str> = HOUSE_COLUMNS.iter().map(|c| c.header).collect();
        let columns = table.columns(&headers).expect("headers");
        let found: Vec<(usize, String)> = formula_warnings(&table, &columns, HOUSE_COLUMNS)
            .into_iter()
            .map(|w| (w.row, w.column))
            .collect();
        assert_eq!(
            found,
            vec![
                (2, "楼栋".to_string()),
                (2, "单元".to_string()),
                (3, "楼层".to_string()),
            ]
        );
    }
}
