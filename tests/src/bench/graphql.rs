//! Talking to a GraphQL server as the benchmark does: one POST, the body checked — an HTTP
//! status other than 200, a body that is not JSON, or `errors` in a 200 are all failures.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use uuid::Uuid;

/// GridGov's opaque global id of a row: base64url of `Type:uuid`.
pub fn gid(kind: &str, id: Uuid) -> String {
    URL_SAFE_NO_PAD.encode(format!("{kind}:{id}"))
}

/// Posts a GraphQL document; `Ok(data)` only for a 200 whose body has `data` and no `errors`.
pub async fn post(
    client: &reqwest::Client,
    url: &str,
    headers: &[(&str, &str)],
    query: &str,
    variables: Value,
) -> Result<Value, String> {
    let mut request = client
        .post(url)
        .json(&json!({ "query": query, "variables": variables }));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.map_err(|e| format!("request: {e}"))?;
    let status = response.status();
    let body = response.bytes().await.map_err(|e| format!("body: {e}"))?;
    if !status.is_success() {
        return Err(format!("HTTP {status}: {}", String::from_utf8_lossy(&body)));
    }
    let value: Value =
        serde_json::from_slice(&body).map_err(|e| format!("not JSON ({e}): {body:?}"))?;
    if let Some(errors) = value.get("errors") {
        return Err(format!("GraphQL errors: {errors}"));
    }
    value
        .get("data")
        .cloned()
        .filter(|d| !d.is_null())
        .ok_or_else(|| format!("no data: {value}"))
}

/// A bearer header value.
pub fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

pub const LOGIN: &str = "mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken }
}";

/// Signs in and returns the access token.
pub async fn sign_in(
    client: &reqwest::Client,
    url: &str,
    tenant: &str,
    username: &str,
    password: &str,
) -> Result<String, String> {
    let data = post(
        client,
        url,
        &[],
        LOGIN,
        json!({ "input": { "tenantCode": tenant, "username": username, "password": password } }),
    )
    .await?;
    data.pointer("/login/accessToken")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| format!("no token in {data}"))
}

/// The server's count of SQL statements (`gridgov_sql_statements_total` on `/metrics`).
pub async fn statements_run(client: &reqwest::Client, base: &str) -> Result<u64, String> {
    let text = client
        .get(format!("{base}/metrics"))
        .send()
        .await
        .map_err(|e| e.to_string())?
        .text()
        .await
        .map_err(|e| e.to_string())?;
    text.lines()
        .find_map(|l| l.strip_prefix("gridgov_sql_statements_total "))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .map(|v| v as u64)
        .ok_or_else(|| "no gridgov_sql_statements_total on /metrics".to_string())
}
