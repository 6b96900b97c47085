//! The import templates (Chinese headers, a sheet of instructions) and the writers shared with
//! exports: `.xlsx` through rust_xlsxwriter, CSV with a BOM so Excel opens it as UTF-8 and with
//! formula-like cells neutralised (see `domain::spreadsheet_formula`).

use crate::domain::spreadsheet_formula::{self, CellKind};
use entities::enums::ImportKind;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// A column of a template: header, whether required, what goes in it.
pub struct Column {
    pub header: &'static str,
    pub required: bool,
    pub help: &'static str,
    /// Excel must keep it as text (long digit strings such as ID numbers and phones).
    pub text: bool,
    /// A number column's plain numbers (a floor of `-1`) are neither quoted in a CSV export nor
    /// warned of in an import; everything else is treated as text.
    pub cell: CellKind,
}

const fn col(header: &'static str, required: bool, help: &'static str, text: bool) -> Column {
    Column {
        header,
        required,
        help,
        text,
        cell: CellKind::Text,
    }
}

/// A column of numbers.
const fn number_col(header: &'static str, required: bool, help: &'static str) -> Column {
    Column {
        header,
        required,
        help,
        text: false,
        cell: CellKind::Number,
    }
}

pub const RESIDENT_COLUMNS: &[Column] = &[
    col("姓名", true, "1–100 个字符", false),
    col(
        "公民身份号码",
        true,
        "18 位，按此号码匹配：已有的居民被更新，不会重复",
        true,
    ),
    col(
        "性别",
        false,
        "男/女；有身份证号时可不填（由号码推出）",
        false,
    ),
    col("民族", false, "如 汉族", false),
    col("联系电话", false, "手机号或带区号的固定电话", true),
    col("居住类型", true, "户籍/常住/流动/境外", false),
    col(
        "与户主关系",
        false,
        "户主/配偶/子女/父母/祖父母/孙子女/兄弟姐妹/儿媳女婿/其他",
        false,
    ),
    col(
        "政治面貌",
        false,
        "中共党员/中共预备党员/共青团员/民主党派/无党派人士/群众",
        false,
    ),
    col(
        "网格编码",
        false,
        "所住网格或微网格的编码；填了户号时可不填",
        true,
    ),
    col("户号", false, "已登记的户号（先导入房屋与户）", true),
    col(
        "重点人群",
        false,
        "重点人群名称或编码，多个用 、或 , 分隔",
        false,
    ),
    col("标签", false, "多个用 、或 , 分隔", false),
    col("备注", false, "至多 500 字", false),
];

pub const HOUSE_COLUMNS: &[Column] = &[
    col("网格编码", true, "楼栋所在网格或微网格的编码", true),
    col(
        "楼栋",
        true,
        "楼栋名称，如 3号楼；同一网格内同名即同一楼栋",
        false,
    ),
    col("单元", false, "如 1单元；无单元可空", false),
    number_col("楼层", false, "整数"),
    col("房号", true, "如 301", true),
    col("房屋用途", false, "自住/出租/空置/商用（默认自住）", false),
    number_col("面积", false, "平方米"),
    col("户号", false, "住在此房屋的户；全县唯一", true),
];

pub const STAFF_COLUMNS: &[Column] = &[
    col("姓名", true, "1–100 个字符", false),
    col("性别", true, "男/女", false),
    number_col("出生年份", false, "如 1985"),
    col("手机", true, "按此号码匹配：已有的人员被更新", true),
    col("学历", false, "", false),
    col("是否党员", false, "是/否", false),
    col("来源", false, "如 公开招聘、退役军人安置", false),
    col("用工类型", false, "如 社区聘用", false),
    col("入职日期", false, "YYYY-MM-DD", false),
    col(
        "所属区域编码",
        true,
        "管理此人员的街道、社区或网格的编码",
        true,
    ),
    col("网格编码", false, "加入哪个网格的队伍", true),
    col(
        "网格角色",
        false,
        "网格长/专职网格员/兼职网格员/网格信息员/楼栋长/单元长/志愿者/人民调解员/法律工作者/社区民警/物业人员/下沉干部/两代表一委员/执法队员",
        false,
    ),
];

pub const PARTY_MEMBER_COLUMNS: &[Column] = &[
    col(
        "姓名",
        true,
        "1–100 个字符；是本县居民的，以居民档案为准",
        false,
    ),
    col(
        "公民身份号码",
        true,
        "18 位，按此号码匹配：已有的党员被更新；本县居民自动关联其居民档案",
        true,
    ),
    col("性别", false, "男/女；可不填（由号码推出）", false),
    col("联系电话", false, "手机号或带区号的固定电话", true),
    col(
        "所在党组织",
        true,
        "党组织全称，如 青河社区第一网格党支部；与现有不同则办理组织关系转接",
        false,
    ),
    col("党员状态", true, "正式党员/预备党员", false),
    col("入党日期", true, "YYYY-MM-DD", false),
    col("转正日期", false, "YYYY-MM-DD；预备党员不填", false),
    col(
        "党员类型",
        false,
        "在册/流动/离退休/在职（默认在册）",
        false,
    ),
    col("流出地", false, "流动党员：从何处流出", false),
    col("流入地", false, "流动党员：流向何处", false),
    col("工作单位", false, "在职党员必填", false),
    col("报到社区编码", false, "在职党员“双报到”的社区编码", true),
    col("党员中心户", false, "是/否（默认否）", false),
];

pub fn columns(kind: ImportKind) -> &'static [Column] {
    match kind {
        ImportKind::Residents => RESIDENT_COLUMNS,
        ImportKind::Houses => HOUSE_COLUMNS,
        ImportKind::Staff => STAFF_COLUMNS,
        ImportKind::PartyMembers => PARTY_MEMBER_COLUMNS,
    }
}

pub fn headers(kind: ImportKind) -> Vec<&'static str> {
    columns(kind).iter().map(|c| c.header).collect()
}

/// The file name of a template, by kind.
pub fn file_stem(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Residents => "residents",
        ImportKind::Houses => "houses",
        ImportKind::Staff => "staff",
        ImportKind::PartyMembers => "party-members",
    }
}

pub fn kind_of_stem(stem: &str) -> Option<ImportKind> {
    [
        ImportKind::Residents,
        ImportKind::Houses,
        ImportKind::Staff,
        ImportKind::PartyMembers,
    ]
    .into_iter()
    .find(|k| file_stem(*k) == stem)
}

pub fn title(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Residents => "居民",
        ImportKind::Houses => "房屋与户",
        ImportKind::Staff => "网格队伍",
        ImportKind::PartyMembers => "党员",
    }
}

/// An xlsx workbook: one sheet of `rows` under `columns`' headers, plus instructions.
pub fn write_xlsx(
    sheet: &str,
    columns: &[Column],
    rows: impl Iterator<Item = Vec<String>>,
    instructions: bool,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let header = Format::new().set_bold().set_background_color("#DDEBF7");
    let required = Format::new()
        .set_bold()
        .set_font_color("#C00000")
        .set_background_color("#DDEBF7");
    let text = Format::new().set_num_format("@");
    let data = book.add_worksheet().set_name(sheet)?;
    for (i, c) in columns.iter().enumerate() {
        let col = i as u16;
        data.write_string_with_format(
            0,
            col,
            c.header,
            if c.required { &required } else { &header },
        )?;
        data.set_column_width(col, if c.text { 22 } else { 14 })?;
        if c.text {
            data.set_column_format(col, &text)?;
        }
    }
    data.set_freeze_panes(1, 0)?;
    for (r, row) in rows.enumerate() {
        for (i, value) in row.iter().enumerate() {
            if !value.is_empty() {
                data.write_string((r + 1) as u32, i as u16, value)?;
            }
        }
    }
    if instructions {
        let help = book.add_worksheet().set_name("填写说明")?;
        help.write_string_with_format(0, 0, "列", &header)?;
        help.write_string_with_format(0, 1, "必填", &header)?;
        help.write_string_with_format(0, 2, "说明", &header)?;
        help.set_column_width(2, 80)?;
        for (i, c) in columns.iter().enumerate() {
            let row = (i + 1) as u32;
            help.write_string(row, 0, c.header)?;
            help.write_string(row, 1, if c.required { "是" } else { "" })?;
            help.write_string(row, 2, c.help)?;
        }
    }
    book.save_to_buffer()
}

/// CSV with a UTF-8 BOM. Every cell a spreadsheet would run as a formula gets a `'` before it
/// (OWASP's rule against CSV injection); the importer takes it off again, so the file re-imports
/// to the same values.
pub fn write_csv(
    columns: &[Column],
    rows: impl Iterator<Item = Vec<String>>,
) -> Result<Vec<u8>, csv::Error> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::Writer::from_writer(&mut out);
        writer.write_record(columns.iter().map(|c| c.header))?;
        for row in rows {
            let cells: Vec<_> = row
                .iter()
                .enumerate()
                .map(|(i, value)| {
                    let kind = columns.get(i).map_or(CellKind::Text, |c| c.cell);
                    spreadsheet_formula::neutralise(value, kind)
                })
                .collect();
            writer.write_record(cells.iter().map(|cell| cell.as_bytes()))?;
        }
        writer.flush()?;
    }
    Ok(out)
}

/// A template as `.xlsx` (with instructions) or `.csv`.
pub fn template(kind: ImportKind, xlsx: bool) -> anyhow::Result<Vec<u8>> {
    Ok(if xlsx {
        write_xlsx(title(kind), columns(kind), std::iter::empty(), true)?
    } else {
        write_csv(columns(kind), std::iter::empty())?
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::archives::imports::sheet;

    #[test]
    fn templates_read_back_with_their_headers() {
        for kind in [
            ImportKind::Residents,
            ImportKind::Houses,
            ImportKind::Staff,
            ImportKind::PartyMembers,
        ] {
            for xlsx in [true, false] {
                let bytes = template(kind, xlsx).expect("template");
                let table = sheet::read(&bytes).expect("readable");
                assert_eq!(table.headers, headers(kind));
                assert!(table.rows.is_empty());
            }
        }
    }

    #[test]
    fn a_csv_export_quotes_formulas_but_not_a_number_columns_numbers_and_reads_back_the_same() {
        let row: Vec<String> = [
            "371599001001002",
            "=HYPERLINK(\"http://x\",\"y\")",
            "@1",
            "-1",
            "301",
            "+出租",
            "-1+2",
            "QH0100",
        ]
        .map(str::to_string)
        .to_vec();
        let bytes = write_csv(HOUSE_COLUMNS, std::iter::once(row.clone())).expect("csv");
        let text = String::from_utf8(bytes.clone()).expect("utf-8");
        let line = text.lines().nth(1).expect("a data line");
        assert_eq!(
            line,
            "371599001001002,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@1,-1,301,'+出租,'-1+2,QH0100"
        );
        let table = sheet::read(&bytes).expect("readable");
        assert_eq!(table.rows, vec![(2, row)]);
    }
}
