//! Excel and CSV in and out: templates, uploads, imports as jobs with per-row errors, dry runs,
//! re-imports that update, and masked exports.

use crate::archives::{MA, ZHANG, id_card};
use crate::helpers::*;
use serde_json::{Value, json};
use std::time::Duration;

const RESIDENT_HEADERS: [&str; 13] = [
    "姓名",
    "公民身份号码",
    "性别",
    "民族",
    "联系电话",
    "居住类型",
    "与户主关系",
    "政治面貌",
    "网格编码",
    "户号",
    "重点人群",
    "标签",
    "备注",
];

impl TestApp {
    pub async fn upload(
        &self,
        token: Option<&str>,
        name: &str,
        bytes: Vec<u8>,
    ) -> (reqwest::StatusCode, Value) {
        let mut request = self
            .client
            .post(format!("{}/uploads", self.address))
            .query(&[("name", name)])
            .body(bytes);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("upload sent");
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn fetch(&self, path: &str) -> (reqwest::StatusCode, Vec<u8>) {
        let response = self
            .client
            .get(format!("{}{}", self.address, path))
            .send()
            .await
            .expect("fetched");
        let status = response.status();
        (
            status,
            response
                .bytes()
                .await
                .map(|b| b.to_vec())
                .unwrap_or_default(),
        )
    }

    /// Uploads `bytes`, starts an import and waits for it to finish; returns the job.
    pub async fn import(
        &self,
        token: &str,
        kind: &str,
        name: &str,
        bytes: Vec<u8>,
        dry_run: bool,
    ) -> Value {
        let (status, uploaded) = self.upload(Some(token), name, bytes).await;
        assert_eq!(status, reqwest::StatusCode::CREATED, "{uploaded}");
        let started = self
            .gql(
                Some(token),
                "mutation($input: StartImportInput!) { startImport(input: $input) { job { id status } userErrors { code } } }",
                json!({ "input": { "kind": kind, "uploadId": uploaded["uploadId"], "dryRun": dry_run } }),
            )
            .await;
        let id = started.ok()["startImport"]["job"]["id"].clone();
        assert!(id.is_string(), "{:?}", started);
        for _ in 0..600 {
            let job = self
                .gql(
                    Some(token),
                    "query($id: ID!) { importJob(id: $id) { status dryRun totalRows processedRows createdCount updatedCount errorCount errors { row column code message } warnings { row column code } failure failureCode } }",
                    json!({ "id": id }),
                )
                .await;
            let job = job.ok()["importJob"].clone();
            if job["status"] == "SUCCEEDED" || job["status"] == "FAILED" {
                return job;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the import did not finish");
    }

    pub async fn resident_count(&self, token: &str) -> u64 {
        let n = self
            .gql(Some(token), "{ residents { totalCount } }", json!({}))
            .await;
        n.ok()["residents"]["totalCount"].as_u64().expect("count")
    }
}

fn csv(rows: &[[&str; 13]]) -> Vec<u8> {
    let mut out = RESIDENT_HEADERS.join(",");
    for row in rows {
        out.push('\n');
        out.push_str(&row.join(","));
    }
    out.push('\n');
    out.into_bytes()
}

fn read_xlsx(bytes: &[u8]) -> Vec<Vec<String>> {
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).expect("an xlsx file");
    let range = book
        .worksheet_range_at(0)
        .expect("a sheet")
        .expect("readable");
    range
        .rows()
        .map(|row| row.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[tokio::test]
async fn the_template_round_trips_through_an_import() {
    let app = spawn_app().await;
    let (status, template) = app.fetch("/templates/residents.xlsx").await;
    assert_eq!(status, reqwest::StatusCode::OK);
    let rows = read_xlsx(&template);
    assert_eq!(
        rows[0],
        RESIDENT_HEADERS.map(str::to_string).to_vec(),
        "the template's header row"
    );
    let listed = app
        .gql(
            None,
            "{ importTemplates { kind url csvUrl headers } }",
            json!({}),
        )
        .await;
    assert_eq!(
        listed.ok()["importTemplates"][0]["url"],
        "/templates/residents.xlsx"
    );

    // Fill the template's columns in Excel's format and import it.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, header) in rows[0].iter().enumerate() {
        sheet.write_string(0, c as u16, header).expect("header");
    }
    let number = id_card("37159919851111004");
    let values = [
        "钱多多",
        number.as_str(),
        "",
        "汉族",
        "13511112222",
        "常住",
        "",
        "群众",
        "371599001001002",
        "",
        "独居老人",
        "新入住",
        "",
    ];
    for (c, v) in values.iter().enumerate() {
        sheet.write_string(1, c as u16, *v).expect("cell");
    }
    sheet.write_number(2, 0, 1.0).expect("a bad row");
    let _ = sheet;
    let bytes = book.save_to_buffer().expect("xlsx");
    let admin = app.token(COUNTY_A, "admin").await;
    let job = app
        .import(&admin, "RESIDENTS", "居民.xlsx", bytes.clone(), true)
        .await;
    assert_eq!(job["status"], "FAILED", "{job}");
    assert!(
        job["errors"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|e| e["row"] == 3),
        "{job}"
    );

    // Without the bad row.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, header) in rows[0].iter().enumerate() {
        sheet.write_string(0, c as u16, header).expect("header");
    }
    for (c, v) in values.iter().enumerate() {
        sheet.write_string(1, c as u16, *v).expect("cell");
    }
    sheet
        .write_number(1, 4, 13511112222.0)
        .expect("a phone typed as a number");
    let bytes = book.save_to_buffer().expect("xlsx");
    let job = app
        .import(&admin, "RESIDENTS", "居民.xlsx", bytes, false)
        .await;
    assert_eq!(job["status"], "SUCCEEDED", "{job}");
    assert_eq!(job["createdCount"], 1);
    assert_eq!(job["processedRows"], 1);
    let found = app
        .gql(Some(&admin), "query($n: String) { residents(filter: { idCardNo: $n }) { nodes { name gender phone residenceType region { code } keyGroups { keyGroup { code } } tags } } }", json!({ "n": number }))
        .await;
    let r = &found.ok()["residents"]["nodes"][0];
    assert_eq!(r["name"], "钱多多");
    assert_eq!(r["gender"], "FEMALE");
    assert_eq!(r["phone"], "135****2222");
    assert_eq!(r["residenceType"], "RESIDENT");
    assert_eq!(r["region"]["code"], "371599001001002");
    assert_eq!(
        r["keyGroups"][0]["keyGroup"]["code"],
        "LIVING_ALONE_ELDERLY"
    );
    assert_eq!(r["tags"], json!(["新入住"]));
}

#[tokio::test]
async fn bad_rows_are_reported_by_row_and_column_and_nothing_is_written() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let before = app.resident_count(&admin).await;
    let good = id_card("37159919900101013");
    let mut bad_checksum = id_card("37159919900101021");
    bad_checksum.replace_range(
        17..,
        if bad_checksum.ends_with('0') {
            "1"
        } else {
            "0"
        },
    );
    let other = id_card("37159919900101037");
    let fourth = id_card("37159919900101045");
    let file = csv(&[
        [
            "好人",
            &good,
            "",
            "",
            "",
            "户籍",
            "户主",
            "",
            "371599001001001",
            "",
            "",
            "",
            "",
        ],
        [
            "错号",
            &bad_checksum,
            "",
            "",
            "",
            "户籍",
            "",
            "",
            "371599001001001",
            "",
            "",
            "",
            "",
        ],
        [
            "错格", &other, "", "", "", "户籍", "", "", "999", "", "", "", "",
        ],
        [
            "错类",
            &fourth,
            "",
            "",
            "12345",
            "外星",
            "",
            "",
            "371599001001001",
            "",
            "",
            "",
            "",
        ],
        [
            "重复",
            &good,
            "",
            "",
            "",
            "户籍",
            "",
            "",
            "371599001001001",
            "",
            "",
            "",
            "",
        ],
    ]);
    let job = app
        .import(&admin, "RESIDENTS", "bad.csv", file, false)
        .await;
    assert_eq!(job["status"], "FAILED");
    // Each error names its cell and, by a stable code, what is wrong: clients show their own
    // sentence for the code, whatever the language of `message`.
    let errors: Vec<(u64, String, String)> = job["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            (
                e["row"].as_u64().unwrap_or(0),
                e["column"].as_str().unwrap_or("").to_string(),
                e["code"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let expected = [
        (3, "公民身份号码", "ID_CARD_BAD_CHECKSUM"),
        (4, "网格编码", "UNKNOWN_GRID"),
        (5, "居住类型", "NOT_A_CHOICE"),
        (5, "联系电话", "INVALID_PHONE"),
        (6, "公民身份号码", "DUPLICATE_IN_FILE"),
    ]
    .map(|(row, column, code)| (row, column.to_string(), code.to_string()));
    assert_eq!(errors, expected, "{job}");
    assert_eq!(job["errorCount"], 5);
    assert_eq!(app.resident_count(&admin).await, before, "nothing written");
}

#[tokio::test]
async fn a_dry_run_writes_nothing_and_a_reimport_updates() {
    let app = spawn_app().await;
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let before = app.resident_count(&community).await;
    let a = id_card("37159919700505051");
    let b = id_card("37159919700505062");
    let file = |phone: &str| {
        csv(&[
            [
                "甲", &a, "", "", phone, "户籍", "户主", "", "", "QH0001", "", "", "",
            ],
            [
                "乙",
                &b,
                "",
                "",
                "",
                "流动",
                "",
                "",
                "371599001001002",
                "",
                "",
                "",
                "",
            ],
        ])
    };
    let dry = app
        .import(&community, "RESIDENTS", "a.csv", file("13600000001"), true)
        .await;
    assert_eq!(dry["status"], "SUCCEEDED", "{dry}");
    assert_eq!(
        (
            dry["dryRun"].clone(),
            dry["createdCount"].clone(),
            dry["updatedCount"].clone()
        ),
        (json!(true), json!(2), json!(0))
    );
    assert_eq!(
        app.resident_count(&community).await,
        before,
        "a dry run writes nothing"
    );

    let first = app
        .import(&community, "RESIDENTS", "a.csv", file("13600000001"), false)
        .await;
    assert_eq!(
        (first["createdCount"].clone(), first["updatedCount"].clone()),
        (json!(2), json!(0)),
        "{first}"
    );
    assert_eq!(app.resident_count(&community).await, before + 2);
    let again = app
        .import(&community, "RESIDENTS", "a.csv", file("13600000002"), false)
        .await;
    assert_eq!(
        (again["createdCount"].clone(), again["updatedCount"].clone()),
        (json!(0), json!(2)),
        "{again}"
    );
    assert_eq!(
        app.resident_count(&community).await,
        before + 2,
        "no duplicates"
    );
    let found = app
        .gql(Some(&community), "query($n: String) { residents(filter: { idCardNo: $n }) { nodes { phone household { number } version } } }", json!({ "n": a }))
        .await;
    let r = &found.ok()["residents"]["nodes"][0];
    assert_eq!(r["phone"], "136****0002");
    assert_eq!(r["household"]["number"], "QH0001");
    assert_eq!(r["version"], 2);

    // 马文昌 is recorded in another community: the staff cannot overwrite him by import.
    let theirs = csv(&[[
        "马文昌",
        &id_card(MA),
        "",
        "",
        "",
        "户籍",
        "",
        "",
        "371599001001001",
        "",
        "",
        "",
        "",
    ]]);
    let refused = app
        .import(&community, "RESIDENTS", "x.csv", theirs, false)
        .await;
    assert_eq!(refused["status"], "FAILED");
    assert_eq!(
        refused["errors"][0]["column"], "公民身份号码",
        "recorded elsewhere: {refused}"
    );
}

#[tokio::test]
async fn exports_are_masked_unless_revealed_by_a_role_that_may_and_are_audited() {
    let app = spawn_app().await;
    let admin = app.token(COUNTY_A, "admin").await;
    let export = "mutation($input: ExportResidentsInput!) { exportResidents(input: $input) { download { url fileName rowCount } userErrors { code } } }";
    let masked = app
        .gql(
            Some(&admin),
            export,
            json!({ "input": { "filter": { "name": "张建国" } } }),
        )
        .await;
    let download = &masked.ok()["exportResidents"]["download"];
    assert_eq!(download["rowCount"], 1);
    let (status, bytes) = app.fetch(download["url"].as_str().expect("url")).await;
    assert_eq!(status, reqwest::StatusCode::OK);
    let rows = read_xlsx(&bytes);
    assert_eq!(rows[0], RESIDENT_HEADERS.map(str::to_string).to_vec());
    let full = id_card(ZHANG);
    assert_eq!(rows[1][0], "张建国");
    assert_eq!(rows[1][1], format!("3715**********{}", &full[14..]));
    assert_eq!(rows[1][4], "138****1234");
    assert_eq!(rows[1][8], "371599001001001");

    let revealed = app
        .gql(
            Some(&admin),
            export,
            json!({ "input": { "filter": { "name": "张建国" }, "format": "CSV", "reveal": true } }),
        )
        .await;
    let (_, bytes) = app
        .fetch(
            revealed.ok()["exportResidents"]["download"]["url"]
                .as_str()
                .expect("url"),
        )
        .await;
    let text = String::from_utf8(bytes).expect("utf-8");
    assert!(
        text.contains(&full) && text.contains("13805311234"),
        "{text}"
    );

    let worker = app.token(COUNTY_A, "grid.qh01").await;
    app.gql(
        Some(&worker),
        export,
        json!({ "input": { "reveal": true } }),
    )
    .await
    .fails_with("FORBIDDEN");
    let (missing, _) = app.fetch("/downloads/not-a-token").await;
    assert_eq!(missing, reqwest::StatusCode::NOT_FOUND);

    let log = app
        .gql(
            Some(&admin),
            "{ auditLog(action: \"resident.export\") { nodes { detail } } }",
            json!({}),
        )
        .await;
    let details: Vec<Value> = log.ok()["auditLog"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|n| n["detail"].clone())
        .collect();
    assert_eq!(details.len(), 2);
    assert!(
        details.iter().any(|d| d["revealed"] == 1) && details.iter().any(|d| d["revealed"] == 0),
        "{details:?}"
    );
}

#[tokio::test]
async fn houses_and_staff_import_and_uploads_need_a_sign_in() {
    let app = spawn_app().await;
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let houses = "网格编码,楼栋,单元,楼层,房号,房屋用途,面积,户号\n371599001001002,7号楼,1单元,2,201,出租,75.5,QH0100\n371599001001002,7号楼,1单元,3,301,空置,,\n".as_bytes().to_vec();
    let job = app
        .import(&community, "HOUSES", "houses.csv", houses.clone(), false)
        .await;
    assert_eq!(
        (job["status"].clone(), job["createdCount"].clone()),
        (json!("SUCCEEDED"), json!(2)),
        "{job}"
    );
    let again = app
        .import(&community, "HOUSES", "houses.csv", houses, false)
        .await;
    assert_eq!(
        (again["createdCount"].clone(), again["updatedCount"].clone()),
        (json!(0), json!(2)),
        "{again}"
    );
    let grid = app.region_id(&community, "371599001001002").await;
    let built = app
        .gql(Some(&community), "query($g: ID) { buildings(regionId: $g, search: \"7号楼\") { nodes { houses { room houseUse area households { number } } } } }", json!({ "g": grid }))
        .await;
    assert_eq!(
        built.ok()["buildings"]["nodes"][0]["houses"],
        json!([
            { "room": "201", "houseUse": "RENTED", "area": 75.5, "households": [{ "number": "QH0100" }] },
            { "room": "301", "houseUse": "VACANT", "area": null, "households": [] }
        ])
    );

    let staff = "姓名,性别,出生年份,手机,学历,是否党员,来源,用工类型,入职日期,所属区域编码,网格编码,网格角色\n何专职,女,1990,13853100099,本科,是,公开招聘,社区聘用,2024-03-01,371599001001,371599001001002,专职网格员\n".as_bytes().to_vec();
    let job = app
        .import(&community, "STAFF", "staff.csv", staff, false)
        .await;
    assert_eq!(job["status"], "SUCCEEDED", "{job}");
    let team = app
        .gql(Some(&community), "query($g: ID!) { gridTeam(gridId: $g) { complete members { staff { name phone partyMember } } } }", json!({ "g": grid }))
        .await;
    assert_eq!(
        team.ok()["gridTeam"]["complete"],
        true,
        "the full-time worker completes grid 2's team"
    );

    let (status, body) = app.upload(None, "x.csv", b"a,b\n".to_vec()).await;
    assert_eq!(status, reqwest::StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"]["code"], "UNAUTHENTICATED");
    let garbage = app
        .import(
            &community,
            "RESIDENTS",
            "x.xlsx",
            b"PK\x03\x04not a workbook".to_vec(),
            true,
        )
        .await;
    assert_eq!(garbage["status"], "FAILED");
    assert_eq!(garbage["failureCode"], "UNREADABLE_FILE", "{garbage}");
    assert!(
        garbage["failure"]
            .as_str()
            .is_some_and(|f| f.contains("xlsx")),
        "{garbage}"
    );
    let headerless = app
        .import(
            &community,
            "RESIDENTS",
            "x.csv",
            "姓名,电话\n张三,1\n".as_bytes().to_vec(),
            true,
        )
        .await;
    assert!(
        headerless["failure"]
            .as_str()
            .is_some_and(|f| f.contains("公民身份号码")),
        "{headerless}"
    );
    assert_eq!(headerless["failureCode"], "MISSING_HEADERS", "{headerless}");
    // A department may not import at all: neither upload a file nor start an import with
    // another user's upload.
    let department = app.token(COUNTY_A, "dept.cg").await;
    let (status, _) = app
        .upload(Some(&department), "x.csv", b"a\n".to_vec())
        .await;
    assert_eq!(status, reqwest::StatusCode::FORBIDDEN);
    let (_, uploaded) = app.upload(Some(&community), "x.csv", b"a\n".to_vec()).await;
    app.gql(
        Some(&department),
        "mutation($u: String!) { startImport(input: { kind: RESIDENTS, uploadId: $u }) { job { id } } }",
        json!({ "u": uploaded["uploadId"] }),
    )
    .await
    .fails_with("FORBIDDEN");
    let unknown = app
        .gql(Some(&community), "mutation { startImport(input: { kind: RESIDENTS, uploadId: \"nope\" }) { job { id } userErrors { code } } }", json!({}))
        .await;
    assert_eq!(unknown.user_error("startImport"), "UPLOAD_NOT_FOUND");
}
