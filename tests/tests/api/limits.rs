//! Abuse is refused before anything runs, with a stable code.

use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn a_deeply_nested_query_is_rejected() {
    let app = spawn_app().await;
    let token = app.token(COUNTY_A, "admin").await;
    let mut query = String::from("id");
    for _ in 0..15 {
        query = format!("parent {{ {query} }}");
    }
    let response = app
        .gql(
            Some(&token),
            &format!("{{ regionRoots {{ {query} }} }}"),
            json!({}),
        )
        .await;
    response.fails_with("QUERY_REJECTED");
}

#[tokio::test]
async fn five_hundred_aliases_are_rejected() {
    let app = spawn_app().await;
    let aliases: Vec<String> = (0..500).map(|i| format!("a{i}: __typename")).collect();
    let response = app
        .gql(None, &format!("{{ {} }}", aliases.join(" ")), json!({}))
        .await;
    response.fails_with("QUERY_REJECTED");
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let app = spawn_app().await;
    let padding = "x".repeat(1_100_000);
    let (status, body) = app
        .post(
            None,
            json!({ "query": "{ __typename }", "variables": { "padding": padding } }),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["errors"][0]["extensions"]["code"], "PAYLOAD_TOO_LARGE");
}

#[tokio::test]
async fn a_batched_array_is_refused() {
    let app = spawn_app().await;
    let (status, body) = app
        .post(
            None,
            json!([{ "query": "{ __typename }" }, { "query": "{ __typename }" }]),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::BAD_REQUEST);
    assert_eq!(body["errors"][0]["extensions"]["code"], "QUERY_REJECTED");
}

#[tokio::test]
async fn bad_documents_pages_and_ids_get_codes() {
    let app = spawn_app().await;
    let token = app.token(COUNTY_A, "admin").await;
    app.gql(Some(&token), "{ regionRoots { id ", json!({}))
        .await
        .fails_with("GRAPHQL_PARSE_FAILED");
    app.gql(Some(&token), "{ regionRoots { nope } }", json!({}))
        .await
        .fails_with("GRAPHQL_VALIDATION_FAILED");
    app.gql(
        Some(&token),
        "{ regions(first: 101) { nodes { id } } }",
        json!({}),
    )
    .await
    .fails_with("BAD_USER_INPUT");
    app.gql(
        Some(&token),
        "{ regions(first: 0) { nodes { id } } }",
        json!({}),
    )
    .await
    .fails_with("BAD_USER_INPUT");
    app.gql(
        Some(&token),
        "{ regions(after: \"***\") { nodes { id } } }",
        json!({}),
    )
    .await
    .fails_with("BAD_USER_INPUT");
    app.gql(
        Some(&token),
        "{ region(id: \"garbage\") { id } }",
        json!({}),
    )
    .await
    .fails_with("BAD_USER_INPUT");
    let (status, body) = app.post(None, json!("just a string")).await;
    assert_eq!(status, reqwest::StatusCode::BAD_REQUEST);
    assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
}

#[tokio::test]
async fn introspection_can_be_switched_off() {
    let app = spawn_app_with(|s| s.graphql.introspection = false).await;
    let off = app
        .gql(None, "{ __schema { queryType { name } } }", json!({}))
        .await;
    assert_eq!(
        off.0["data"]["__schema"],
        serde_json::Value::Null,
        "{:?}",
        off
    );
    let on = spawn_app().await;
    let schema = on
        .gql(None, "{ __schema { queryType { name } } }", json!({}))
        .await;
    assert_eq!(schema.ok()["__schema"]["queryType"]["name"], "Query");
}

#[tokio::test]
async fn graphiqls_full_introspection_query_is_not_mistaken_for_abuse() {
    let app = spawn_app().await;
    let mut type_ref = String::from("kind name");
    for _ in 0..9 {
        type_ref = format!("kind name ofType {{ {type_ref} }}");
    }
    let query = format!(
        "query IntrospectionQuery {{ __schema {{ queryType {{ name }} types {{ kind name fields(includeDeprecated: true) {{ name args {{ name type {{ {type_ref} }} }} type {{ {type_ref} }} }} }} }} }}"
    );
    let response = app.gql(None, &query, json!({})).await;
    assert!(
        response.ok()["__schema"]["types"]
            .as_array()
            .is_some_and(|t| !t.is_empty())
    );
}
