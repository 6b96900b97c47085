//! The workloads as GridGov's clients send them: each an [`Operation`] that picks its object at
//! random (from the sequence number, so runs repeat), sends the GraphQL document and checks the
//! answer — right shape, masked ID numbers, no other county's canary.

use super::data::{GRIDS, STREETS, derived_id};
use super::graphql::{bearer, gid, post};
use super::load::{OpFuture, Operation};
use serde_json::{Value, json};
use std::sync::Arc;
use uuid::Uuid;

/// W1, the grid dashboard.
pub const GRID_DASHBOARD: &str = "query GridDashboard($grid: ID!, $first: Int!) {
  region(id: $grid) { id code name kind gridKind boundary center { lng lat } }
  regionFigures(regionId: $grid) {
    residents households partyMembers openEvents
    keyGroups { keyGroup { id code name } count }
  }
  residents(filter: { regionId: $grid }, first: $first) {
    edges { node { id name gender idCardNo partyMember { id status joinedOn } } }
    pageInfo { hasNextPage endCursor }
  }
}";

/// W2, a street admin's list of open events.
pub const STREET_EVENTS: &str = "query StreetEvents($street: ID!, $category: ID!, $after: String) {
  events(
    filter: { open: true, regionId: $street, categoryId: $category, colour: [RED, ORANGE] }
    orderBy: URGENCY, first: 20, after: $after
  ) {
    totalCount
    edges { node { id number status colour urgency reportedAt phaseDeadline description
      category { id name } grid { id name } department { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}";

/// W4, one object by id.
pub const RESIDENT: &str = "query Resident($id: ID!) {
  resident(id: $id) { id name gender birthDate idCardNo phone residenceType status version }
}";

pub const REPORT: &str = "mutation Report($input: ReportEventInput!) {
  reportEvent(input: $input) { event { id version status } userErrors { code message } }
}";
pub const ACCEPT: &str = "mutation Accept($input: EventStepInput!) {
  acceptEvent(input: $input) { event { id version status } userErrors { code message } }
}";
pub const DISPATCH: &str = "mutation Dispatch($input: DispatchEventInput!) {
  dispatchEvent(input: $input) { event { id version status } userErrors { code message } }
}";
pub const SIGN_FOR: &str = "mutation SignFor($input: EventStepInput!) {
  signForEvent(input: $input) { event { id version status } userErrors { code message } }
}";
pub const COMPLETE: &str = "mutation Complete($input: CompleteEventInput!) {
  completeEvent(input: $input) { event { id version status } userErrors { code message } }
}";
pub const CLOSE: &str = "mutation Close($input: EventStepInput!) {
  closeEvent(input: $input) { event { id version status } userErrors { code message } }
}";

/// One benchmark county as the runner knows it after signing in.
#[derive(Debug, Clone)]
pub struct County {
    pub code: String,
    pub residents: u32,
    pub admin: String,
    /// `street01`…`street20`.
    pub street_admins: Vec<String>,
    pub grid_worker: String,
    pub department_user: String,
    /// A top-level, non-dispute event category (W2's filter, W3's report).
    pub category: String,
    /// A leaf of it (W3 reports under it).
    pub leaf_category: String,
    pub department: String,
    /// Canaries of the other counties, which must never appear in this county's answers.
    pub foreign_canaries: Vec<String>,
}

/// Where and how to send.
#[derive(Clone)]
pub struct Endpoint {
    pub client: reqwest::Client,
    pub url: String,
}

/// A deterministic spread of the sequence number over `1..=n`.
pub fn pick(seq: u64, salt: u64, n: u32) -> u32 {
    let mut x = seq
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(salt.wrapping_mul(0xBF58_476D_1CE4_E5B9));
    x ^= x >> 31;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^= x >> 29;
    (x % u64::from(n.max(1))) as u32 + 1
}

fn no_canary(county: &County, data: &Value) -> Result<(), String> {
    let text = data.to_string();
    for canary in &county.foreign_canaries {
        if text.contains(canary) {
            return Err(format!("another county's canary {canary} in {text:.300}"));
        }
    }
    Ok(())
}

fn masked_id_number(value: &Value) -> Result<(), String> {
    match value.as_str() {
        None => Ok(()),
        Some(s) if s.len() == 18 && s.contains("**********") => Ok(()),
        Some(s) => Err(format!("an ID number is not masked: {s}")),
    }
}

/// The grid id W1 asks for on request `seq`.
pub fn w1_grid(county: &County, seq: u64) -> Uuid {
    derived_id(&county.code, "grid", pick(seq, 1, GRIDS))
}

pub fn w1_variables(county: &County, seq: u64, first: u32) -> Value {
    json!({ "grid": gid("Region", w1_grid(county, seq)), "first": first })
}

/// Checks W1's answer: the grid asked for, its residents (as many as asked, or all), masked.
pub fn check_w1(county: &County, seq: u64, first: u32, data: &Value) -> Result<(), String> {
    let grid = gid("Region", w1_grid(county, seq));
    if data.pointer("/region/id").and_then(Value::as_str) != Some(grid.as_str()) {
        return Err(format!("W1 answered another grid: {data:.300}"));
    }
    let living = data
        .pointer("/regionFigures/residents")
        .and_then(Value::as_u64)
        .ok_or("W1: no resident count")?;
    let edges = data
        .pointer("/residents/edges")
        .and_then(Value::as_array)
        .ok_or("W1: no residents")?;
    if edges.len() as u64 != living.min(u64::from(first)) || edges.is_empty() {
        return Err(format!(
            "W1: {} residents listed, {living} living in the grid",
            edges.len()
        ));
    }
    for edge in edges {
        masked_id_number(&edge["node"]["idCardNo"])?;
    }
    if data
        .pointer("/regionFigures/keyGroups")
        .and_then(Value::as_array)
        .is_none_or(Vec::is_empty)
    {
        return Err("W1: no key-group counts".into());
    }
    no_canary(county, data)
}

pub fn w1(endpoint: &Endpoint, county: &Arc<County>, first: u32) -> Operation {
    let (endpoint, county) = (endpoint.clone(), county.clone());
    Arc::new(move |seq| -> OpFuture {
        let (endpoint, county) = (endpoint.clone(), county.clone());
        Box::pin(async move {
            let auth = bearer(&county.admin);
            let data = post(
                &endpoint.client,
                &endpoint.url,
                &[("authorization", &auth)],
                GRID_DASHBOARD,
                w1_variables(&county, seq, first),
            )
            .await?;
            check_w1(&county, seq, first, &data)
        })
    })
}

/// The street W2 lists on request `seq` (1-based).
pub fn w2_street(seq: u64) -> u32 {
    pick(seq, 2, STREETS)
}

fn check_w2_page(county: &County, data: &Value) -> Result<(), String> {
    let edges = data
        .pointer("/events/edges")
        .and_then(Value::as_array)
        .ok_or("W2: no events")?;
    for edge in edges {
        let colour = edge["node"]["colour"].as_str().unwrap_or_default();
        if colour != "RED" && colour != "ORANGE" {
            return Err(format!(
                "W2: an event of colour {colour} in a red/orange list"
            ));
        }
    }
    no_canary(county, data)
}

pub fn w2(endpoint: &Endpoint, county: &Arc<County>) -> Operation {
    let (endpoint, county) = (endpoint.clone(), county.clone());
    Arc::new(move |seq| -> OpFuture {
        let (endpoint, county) = (endpoint.clone(), county.clone());
        Box::pin(async move {
            let s = w2_street(seq);
            let token = county
                .street_admins
                .get(s as usize - 1)
                .ok_or("W2: no street admin")?;
            let auth = bearer(token);
            let street = gid("Region", derived_id(&county.code, "street", s));
            let variables = |after: Value| json!({ "street": street, "category": county.category, "after": after });
            let first = post(
                &endpoint.client,
                &endpoint.url,
                &[("authorization", &auth)],
                STREET_EVENTS,
                variables(Value::Null),
            )
            .await?;
            check_w2_page(&county, &first)?;
            let cursor = first
                .pointer("/events/pageInfo/endCursor")
                .cloned()
                .unwrap_or(Value::Null);
            if first.pointer("/events/pageInfo/hasNextPage") == Some(&Value::Bool(true)) {
                let second = post(
                    &endpoint.client,
                    &endpoint.url,
                    &[("authorization", &auth)],
                    STREET_EVENTS,
                    variables(cursor),
                )
                .await?;
                check_w2_page(&county, &second)?;
            }
            Ok(())
        })
    })
}

pub fn w4_resident(county: &County, seq: u64) -> Uuid {
    derived_id(&county.code, "resident", pick(seq, 4, county.residents))
}

pub fn w4(endpoint: &Endpoint, county: &Arc<County>) -> Operation {
    let (endpoint, county) = (endpoint.clone(), county.clone());
    Arc::new(move |seq| -> OpFuture {
        let (endpoint, county) = (endpoint.clone(), county.clone());
        Box::pin(async move {
            let auth = bearer(&county.admin);
            let id = gid("Resident", w4_resident(&county, seq));
            let data = post(
                &endpoint.client,
                &endpoint.url,
                &[("authorization", &auth)],
                RESIDENT,
                json!({ "id": id }),
            )
            .await?;
            if data.pointer("/resident/id").and_then(Value::as_str) != Some(id.as_str()) {
                return Err(format!("W4 answered another resident: {data}"));
            }
            masked_id_number(&data["resident"]["idCardNo"])?;
            no_canary(&county, &data)
        })
    })
}

/// One step of W3: the event's new version, after checking its status.
async fn step(
    endpoint: &Endpoint,
    token: &str,
    document: &str,
    field: &str,
    input: Value,
    expect: &str,
) -> Result<(String, i64), String> {
    let auth = bearer(token);
    let data = post(
        &endpoint.client,
        &endpoint.url,
        &[("authorization", &auth)],
        document,
        json!({ "input": input }),
    )
    .await?;
    let payload = &data[field];
    if payload["userErrors"]
        .as_array()
        .is_some_and(|e| !e.is_empty())
    {
        return Err(format!("W3 {field}: {}", payload["userErrors"]));
    }
    let event = &payload["event"];
    if event["status"].as_str() != Some(expect) {
        return Err(format!(
            "W3 {field}: status {} not {expect}",
            event["status"]
        ));
    }
    Ok((
        event["id"].as_str().unwrap_or_default().to_string(),
        event["version"].as_i64().unwrap_or_default(),
    ))
}

/// W3: report (grid worker) → accept (grid worker) → dispatch (street admin) → sign for and
/// complete (department) → close (grid worker, verifying on site).
pub fn w3(endpoint: &Endpoint, county: &Arc<County>) -> Operation {
    let (endpoint, county) = (endpoint.clone(), county.clone());
    Arc::new(move |seq| -> OpFuture {
        let (endpoint, county) = (endpoint.clone(), county.clone());
        Box::pin(async move {
            let grid = gid("Region", derived_id(&county.code, "grid", 1));
            let street = county.street_admins.first().ok_or("W3: no street admin")?;
            let (id, v) = step(
                &endpoint,
                &county.grid_worker,
                REPORT,
                "reportEvent",
                json!({ "categoryId": county.leaf_category, "gridId": grid,
                        "description": format!("基准测试事件 {seq}：楼道堆放杂物，堵塞消防通道。") }),
                "REPORTED",
            )
            .await?;
            let (_, v) = step(
                &endpoint,
                &county.grid_worker,
                ACCEPT,
                "acceptEvent",
                json!({ "id": id, "version": v }),
                "ACCEPTED",
            )
            .await?;
            let (_, v) = step(
                &endpoint,
                street,
                DISPATCH,
                "dispatchEvent",
                json!({ "id": id, "version": v, "departmentId": county.department }),
                "DISPATCHED",
            )
            .await?;
            let (_, v) = step(
                &endpoint,
                &county.department_user,
                SIGN_FOR,
                "signForEvent",
                json!({ "id": id, "version": v }),
                "HANDLING",
            )
            .await?;
            let (_, v) = step(
                &endpoint,
                &county.department_user,
                COMPLETE,
                "completeEvent",
                json!({ "id": id, "version": v, "result": "已清理完毕。" }),
                "DONE",
            )
            .await?;
            step(
                &endpoint,
                &county.grid_worker,
                CLOSE,
                "closeEvent",
                json!({ "id": id, "version": v }),
                "CLOSED",
            )
            .await?;
            Ok(())
        })
    })
}

/// W5: sign-in.
pub fn w5(endpoint: &Endpoint, county: &Arc<County>, password: &str) -> Operation {
    let (endpoint, county, password) = (endpoint.clone(), county.clone(), password.to_string());
    Arc::new(move |_| -> OpFuture {
        let (endpoint, county, password) = (endpoint.clone(), county.clone(), password.clone());
        Box::pin(async move {
            super::graphql::sign_in(
                &endpoint.client,
                &endpoint.url,
                &county.code,
                "admin",
                &password,
            )
            .await
            .map(|_| ())
        })
    })
}

/// W6: what must be refused before any SQL runs.
pub fn abuse_bodies(grid: &str) -> Vec<(&'static str, Vec<u8>)> {
    let mut deep = String::from("id");
    for _ in 0..15 {
        deep = format!("parent {{ {deep} }}");
    }
    let deep = json!({ "query": format!("{{ region(id: \"{grid}\") {{ {deep} }} }}") });
    let aliases: String = (0..500)
        .map(|i| format!("a{i}: me {{ username }} "))
        .collect();
    let aliases = json!({ "query": format!("{{ {aliases} }}") });
    let padding = "x".repeat(1_100_000);
    let big = json!({ "query": format!("{{ me {{ username }} }} # {padding}") });
    let batch = json!([{ "query": "{ me { username } }" }, { "query": "{ me { username } }" }]);
    vec![
        ("depth 15", deep.to_string().into_bytes()),
        ("500 aliases", aliases.to_string().into_bytes()),
        ("1.1 MB body", big.to_string().into_bytes()),
        ("batched array", batch.to_string().into_bytes()),
    ]
}

/// W6: one abusive body, which must be refused (an HTTP error, or `errors` without `data`).
pub fn w6(endpoint: &Endpoint, token: &str, body: Vec<u8>) -> Operation {
    let (endpoint, auth, body) = (endpoint.clone(), bearer(token), Arc::new(body));
    Arc::new(move |_| -> OpFuture {
        let (endpoint, auth, body) = (endpoint.clone(), auth.clone(), body.clone());
        Box::pin(async move {
            let response = endpoint
                .client
                .post(&endpoint.url)
                .header("authorization", auth)
                .header("content-type", "application/json")
                .body(body.as_ref().clone())
                .send()
                .await
                .map_err(|e| format!("request: {e}"))?;
            let status = response.status();
            let text = response.text().await.unwrap_or_default();
            let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            let refused = !status.is_success()
                || (value.get("errors").is_some() && value.get("data").is_none_or(Value::is_null));
            if refused {
                Ok(())
            } else {
                Err(format!("not refused: HTTP {status} {text:.200}"))
            }
        })
    })
}
