//! Archive benchmark: imports N residents (default 100,000) through the public surface —
//! `POST /uploads`, `startImport`, polling `importJob` — then runs 1,000 resident searches of
//! five kinds and prints the import time and the search latencies (median, p99).
//!
//! `cargo bench -p gridgov-tests --bench archives` (SQLite + in-process cache);
//! `GRIDGOV_TEST_BACKEND=postgres REDIS_URL=redis://127.0.0.1:6379 cargo bench -p gridgov-tests
//! --bench archives` for PostgreSQL + Redis. `ARCHIVE_BENCH_RESIDENTS` changes N.

#[allow(dead_code)]
#[path = "../tests/api/helpers.rs"]
mod helpers;

use helpers::{COUNTY_A, TestApp, on_postgres, spawn_app_with};
use serde_json::{Value, json};
use std::time::{Duration, Instant};

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
    "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "志强", "文", "华", "红", "玉兰",
    "德胜",
];
const TYPES: &[&str] = &["户籍", "户籍", "户籍", "常住", "流动"];

/// A deterministic pseudo-random sequence (xorshift), so every run loads the same county.
struct Seq(u64);
impl Seq {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

fn id_card(i: usize) -> String {
    let year = 1940 + (i % 70);
    let day = 1 + (i / 70) % 28;
    let month = 1 + (i / 1960) % 12;
    let seq = i % 1000;
    let first17 = format!("370102{year:04}{month:02}{day:02}{seq:03}");
    gridgov_api::domain::id_card::with_check_character(&first17).expect("17 digits")
}

fn grids() -> Vec<String> {
    // The demo county: 3 streets with 4, 3 and 3 communities, 4 grids each.
    let mut out = Vec::new();
    for (street, communities) in [(1, 4), (2, 3), (3, 3)] {
        for community in 1..=communities {
            for grid in 1..=4 {
                out.push(format!("371599{street:03}{community:03}{grid:03}"));
            }
        }
    }
    out
}

fn residents_csv(n: usize) -> (Vec<u8>, Vec<(String, String, String)>) {
    let mut seq = Seq(0x9E37_79B9_7F4A_7C15);
    let grids = grids();
    let mut out = String::from(
        "姓名,公民身份号码,性别,民族,联系电话,居住类型,与户主关系,政治面貌,网格编码,户号,重点人群,标签,备注\n",
    );
    let mut samples = Vec::new();
    for i in 0..n {
        let name = format!("{}{}", seq.pick(SURNAMES), seq.pick(GIVEN));
        let id = id_card(i);
        let phone = format!("13{:09}", i);
        let group = match seq.next() % 25 {
            0 => "独居老人",
            1 => "低保户",
            _ => "",
        };
        out.push_str(&format!(
            "{name},{id},,汉族,{phone},{},,,{},,{group},,\n",
            seq.pick(TYPES),
            grids[i % grids.len()]
        ));
        if i % (n / 200).max(1) == 0 {
            samples.push((name, id, phone));
        }
    }
    (out.into_bytes(), samples)
}

async fn gql(app: &TestApp, token: &str, query: &str, variables: Value) -> Value {
    let (_, body) = app
        .post(
            Some(token),
            json!({ "query": query, "variables": variables }),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"].clone()
}

/// The i-th search's filter.
type FilterOf<'a> = Box<dyn Fn(usize) -> Value + 'a>;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::var("ARCHIVE_BENCH_RESIDENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let backend = if on_postgres() {
        "PostgreSQL + Redis"
    } else {
        "SQLite + in-process cache"
    };
    let app = spawn_app_with(|s| {
        s.database.max_connections = 8;
        s.archives.max_upload_bytes = 256 * 1_048_576;
    })
    .await;
    let token = app.token(COUNTY_A, "admin").await;
    let (file, samples) = residents_csv(n);
    println!(
        "# Archive benchmark — {backend}, {n} residents ({} MB CSV)",
        file.len() / 1_048_576
    );

    let started = Instant::now();
    let response = app
        .client
        .post(format!("{}/uploads", app.address))
        .query(&[("name", "bench.csv")])
        .bearer_auth(&token)
        .body(file)
        .send()
        .await
        .expect("upload");
    let uploaded: Value = response.json().await.expect("upload answer");
    let job = gql(
        &app,
        &token,
        "mutation($u: String!) { startImport(input: { kind: RESIDENTS, uploadId: $u, dryRun: false }) { job { id } } }",
        json!({ "u": uploaded["uploadId"] }),
    )
    .await;
    let id = job["startImport"]["job"]["id"].clone();
    let mut last_report = Instant::now();
    let finished = loop {
        let state = gql(&app, &token, "query($id: ID!) { importJob(id: $id) { status processedRows createdCount errorCount errors { row column message } failure } }", json!({ "id": id })).await;
        let job = state["importJob"].clone();
        if job["status"] == "SUCCEEDED" || job["status"] == "FAILED" {
            break job;
        }
        if last_report.elapsed() > Duration::from_secs(5) {
            println!(
                "  … {} rows written after {:.1} s",
                job["processedRows"],
                started.elapsed().as_secs_f64()
            );
            last_report = Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let import_time = started.elapsed();
    assert_eq!(finished["status"], "SUCCEEDED", "{finished}");
    println!(
        "import: {} rows in {:.1} s ({:.0} rows/s), upload to finished job",
        finished["createdCount"],
        import_time.as_secs_f64(),
        n as f64 / import_time.as_secs_f64()
    );

    let groups = gql(&app, &token, "{ keyGroups { id code } }", json!({})).await;
    let alone = groups["keyGroups"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|g| g["code"] == "LIVING_ALONE_ELDERLY")
        .map(|g| g["id"].clone())
        .unwrap_or(Value::Null);
    let community = app.region_id(&token, "371599002001").await;
    let query = "query($f: ResidentFilterInput) { residents(filter: $f, first: 20) { nodes { id name idCardNo phone residenceType } } }";
    let kinds: Vec<(&str, FilterOf)> = vec![
        (
            "name prefix",
            Box::new(|i: usize| json!({ "name": SURNAMES[i % SURNAMES.len()] })),
        ),
        (
            "name part",
            Box::new(|i: usize| json!({ "name": GIVEN[i % GIVEN.len()] })),
        ),
        (
            "exact ID number",
            Box::new(|i: usize| json!({ "idCardNo": samples[i % samples.len()].1 })),
        ),
        (
            "exact phone",
            Box::new(|i: usize| json!({ "phone": samples[i % samples.len()].2 })),
        ),
        (
            "key group in a community",
            Box::new(move |_| json!({ "keyGroupId": alone, "regionId": community })),
        ),
    ];
    for _ in 0..20 {
        gql(&app, &token, query, json!({ "f": { "name": "王" } })).await;
    }
    let mut all = Vec::new();
    println!("\n| search (1,000 in all, 20 a page) | median | p99 |\n|---|---|---|");
    for (name, filter) in &kinds {
        let mut times = Vec::new();
        for i in 0..200 {
            let t = Instant::now();
            gql(&app, &token, query, json!({ "f": filter(i) })).await;
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "| {name} | {:.2} ms | {:.2} ms |",
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3
        );
        all.extend(times);
    }
    all.sort();
    println!(
        "| **all** | {:.2} ms | {:.2} ms |",
        percentile(&all, 0.5).as_secs_f64() * 1e3,
        percentile(&all, 0.99).as_secs_f64() * 1e3
    );
}
