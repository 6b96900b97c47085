//! CSV formula injection: a resident named `=cmd|' /C calc'!A0` must not run when a clerk opens
//! a CSV export in a spreadsheet. Exports put a `'` before every cell a spreadsheet would read
//! as a formula; imports take it off again (so an export re-imports to the same values) and warn
//! of such cells without refusing them.

use crate::archives::id_card;
use crate::helpers::*;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// The characters OWASP lists as starting a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Every resident of these tests has this phone, so an export can be narrowed to them.
const PHONE: &str = "13700000417";

const GRID: &str = "371599001001001";

/// What a formula warning says (the server's message).
const WARNING: &str = "以 =、+、-、@ 开头的内容在电子表格中可能被当作公式执行，请确认内容无误";

/// Names a spreadsheet would run, as sent to `createResident`, and as the server keeps them
/// (it trims names, so a leading tab or carriage return is gone and the formula behind it
/// remains).
const PLANTED: [(&str, &str); 7] = [
    ("=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"),
    ("+1", "+1"),
    ("-2+3", "-2+3"),
    ("@SUM(A1)", "@SUM(A1)"),
    (
        "=HYPERLINK(\"http://x\",\"y\")",
        "=HYPERLINK(\"http://x\",\"y\")",
    ),
    ("\t=TAB()", "=TAB()"),
    ("\r=CR()", "=CR()"),
];

const ORDINARY: &str = "王普通";

/// A resident with an ordinary name and a note a spreadsheet would run.
const NOTED: (&str, &str) = ("李备注", "-1 是负数还是公式");

impl TestApp {
    /// The warnings of the caller's newest import job (the one `import` just waited for).
    async fn latest_import_warnings(&self, token: &str) -> Value {
        let jobs = self
            .gql(
                Some(token),
                "{ myImportJobs { warningCount warnings { row column code message } } }",
                json!({}),
            )
            .await;
        jobs.ok()["myImportJobs"][0].clone()
    }

    /// Exports the residents with `PHONE` as CSV (identifiers revealed, so it can be
    /// re-imported) and downloads the file.
    async fn export_csv(&self, token: &str) -> Vec<u8> {
        let exported = self
            .gql(
                Some(token),
                "mutation($input: ExportResidentsInput!) { exportResidents(input: $input) { download { url rowCount } userErrors { code } } }",
                json!({ "input": { "filter": { "phone": PHONE }, "format": "CSV", "reveal": true } }),
            )
            .await;
        let download = &exported.ok()["exportResidents"]["download"];
        let (status, bytes) = self
            .fetch(download["url"].as_str().expect("a download url"))
            .await;
        assert_eq!(status, reqwest::StatusCode::OK);
        bytes
    }
}

/// The cells of a CSV file as a spreadsheet receives them (quoting undone, nothing trimmed).
fn csv_records(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text)
        .records()
        .map(|r| {
            r.expect("a CSV record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn a_csv_export_neutralises_formulas_and_an_import_warns_of_them() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let grid = app.region_id(&admin, GRID).await;
    let create = async |name: &str, note: Option<&str>, seq: usize| {
        let created = app
            .gql(
                Some(&admin),
                "mutation($input: CreateResidentInput!) { createResident(input: $input) { resident { name } userErrors { code message } } }",
                json!({ "input": {
                    "fields": { "name": name, "idCardNo": id_card(&format!("37159919930303{seq:03}")), "residenceType": "REGISTERED", "phone": PHONE, "note": note },
                    "home": { "regionId": grid },
                } }),
            )
            .await;
        assert_eq!(
            created.ok()["createResident"]["userErrors"],
            json!([]),
            "{name:?}"
        );
    };
    for (seq, (sent, _)) in PLANTED.iter().enumerate() {
        create(sent, None, seq + 11).await;
    }
    create(ORDINARY, None, 31).await;
    create(NOTED.0, Some(NOTED.1), 32).await;

    // The export: every planted name and the note start with a `'`; nothing else changes.
    let bytes = app.export_csv(&admin).await;
    let records = csv_records(&bytes);
    let headers = records[0].clone();
    let column = |header: &str| {
        headers
            .iter()
            .position(|h| h == header)
            .expect("a template column")
    };
    let (name_at, note_at) = (column("姓名"), column("备注"));
    let names: BTreeSet<&str> = records[1..].iter().map(|r| r[name_at].as_str()).collect();
    let expected: BTreeSet<String> = PLANTED
        .iter()
        .map(|(_, kept)| format!("'{kept}"))
        .chain([ORDINARY.to_string(), NOTED.0.to_string()])
        .collect();
    assert_eq!(
        names,
        expected.iter().map(String::as_str).collect(),
        "names as exported"
    );
    let noted = records[1..]
        .iter()
        .find(|r| r[name_at] == NOTED.0)
        .expect("the noted resident");
    assert_eq!(noted[note_at], format!("'{}", NOTED.1));
    for record in &records {
        for cell in record {
            assert!(
                !cell.starts_with(TRIGGERS),
                "a cell a spreadsheet would run: {cell:?}"
            );
        }
    }

    // Imported again: the same residents, named as before, with a warning for each such cell.
    let job = app
        .import(&admin, "RESIDENTS", "residents.csv", bytes.clone(), false)
        .await;
    assert_eq!(job["status"], "SUCCEEDED", "{job}");
    assert_eq!(
        (job["createdCount"].clone(), job["updatedCount"].clone()),
        (json!(0), json!(PLANTED.len() + 2)),
        "{job}"
    );
    let report = app.latest_import_warnings(&admin).await;
    assert_eq!(report["warningCount"], PLANTED.len() + 1, "{report}");
    let warned: BTreeSet<(String, String)> = report["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|w| {
            assert_eq!(w["message"], WARNING);
            assert_eq!(w["code"], "FORMULA_LIKE");
            let row = w["row"].as_u64().expect("a row number") as usize;
            let column = w["column"].as_str().expect("a column").to_string();
            // Row 1 is the header, so row n is record n - 1.
            (records[row - 1][name_at].clone(), column)
        })
        .collect();
    let expected: BTreeSet<(String, String)> = PLANTED
        .iter()
        .map(|(_, kept)| (format!("'{kept}"), "姓名".to_string()))
        .chain([(NOTED.0.to_string(), "备注".to_string())])
        .collect();
    assert_eq!(warned, expected);

    let found = app
        .gql(
            Some(&admin),
            "query($p: String) { residents(filter: { phone: $p }) { nodes { name note version } } }",
            json!({ "p": PHONE }),
        )
        .await;
    let nodes = found.ok()["residents"]["nodes"].clone();
    let stored: BTreeSet<(String, Option<String>)> = nodes
        .as_array()
        .into_iter()
        .flatten()
        .map(|n| {
            assert_eq!(n["version"], 2, "updated by the re-import: {n}");
            let text = |field: &str| n[field].as_str().map(str::to_string);
            (text("name").unwrap_or_default(), text("note"))
        })
        .collect();
    let expected: BTreeSet<(String, Option<String>)> = PLANTED
        .iter()
        .map(|(_, kept)| (kept.to_string(), None))
        .chain([
            (ORDINARY.to_string(), None),
            (NOTED.0.to_string(), Some(NOTED.1.to_string())),
        ])
        .collect();
    assert_eq!(stored, expected, "the names round-trip, without the quote");
}

#[tokio::test]
async fn an_xlsx_import_warns_of_formula_cells_but_does_not_refuse_them() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let templates = app
        .gql(None, "{ importTemplates { kind headers } }", json!({}))
        .await;
    let headers: Vec<String> = templates.ok()["importTemplates"]
        .as_array()
        .and_then(|all| all.iter().find(|t| t["kind"] == "RESIDENTS"))
        .and_then(|t| serde_json::from_value(t["headers"].clone()).ok())
        .expect("the residents template's headers");
    let at = |header: &str| {
        headers
            .iter()
            .position(|h| h == header)
            .expect("a template column") as u16
    };
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, header) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, header).expect("header");
    }
    let rows = [
        ("@SUM(A1)", "", 41),
        (ORDINARY, "'=1+1", 42),
        ("赵正常", "一切正常", 43),
    ];
    for (r, (name, note, seq)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        let number = id_card(&format!("37159919930303{seq:03}"));
        for (header, value) in [
            ("姓名", *name),
            ("公民身份号码", number.as_str()),
            ("居住类型", "户籍"),
            ("网格编码", GRID),
            ("备注", *note),
        ] {
            sheet.write_string(r, at(header), value).expect("cell");
        }
    }
    let bytes = book.save_to_buffer().expect("xlsx");

    let job = app
        .import(&admin, "RESIDENTS", "居民.xlsx", bytes, true)
        .await;
    assert_eq!(
        job["status"], "SUCCEEDED",
        "warnings do not fail a job: {job}"
    );
    assert_eq!(job["createdCount"], 3, "{job}");
    let report = app.latest_import_warnings(&admin).await;
    assert_eq!(
        report,
        json!({
            "warningCount": 2,
            "warnings": [
                { "row": 2, "column": "姓名", "code": "FORMULA_LIKE", "message": WARNING },
                { "row": 3, "column": "备注", "code": "FORMULA_LIKE", "message": WARNING },
            ],
        })
    );
}
