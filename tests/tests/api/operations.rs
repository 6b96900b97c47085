//! Health, readiness, metrics and GraphiQL.

use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn health_readiness_and_metrics_answer() {
    let app = spawn_app().await;
    let health = app
        .client
        .get(format!("{}/healthz", app.address))
        .send()
        .await
        .expect("healthz");
    assert!(health.status().is_success());
    let ready: serde_json::Value = app
        .client
        .get(format!("{}/readyz", app.address))
        .send()
        .await
        .expect("readyz")
        .json()
        .await
        .expect("json");
    assert_eq!(ready["status"], "ready");
    assert_eq!(
        ready["cache"]["backend"],
        if on_postgres() && std::env::var("REDIS_URL").is_ok() {
            "redis"
        } else {
            "memory"
        }
    );
    app.gql(None, "{ me { user { id } } }", json!({}))
        .await
        .fails_with("UNAUTHENTICATED");
    let metrics = app
        .client
        .get(format!("{}/metrics", app.address))
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("text");
    assert!(metrics.contains("gridgov_http_requests_total"), "{metrics}");
    assert!(
        metrics.contains("gridgov_graphql_errors_total{code=\"UNAUTHENTICATED\"} 1"),
        "{metrics}"
    );
}

#[tokio::test]
async fn the_api_url_opens_graphiql_in_a_browser() {
    let app = spawn_app().await;
    let page = app
        .client
        .get(format!("{}/graphql", app.address))
        .header("accept", "text/html")
        .send()
        .await
        .expect("graphiql");
    assert!(page.status().is_success());
    assert!(
        page.text()
            .await
            .expect("html")
            .to_lowercase()
            .contains("graphiql")
    );
}
