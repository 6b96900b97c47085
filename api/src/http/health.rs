//! `/healthz` (the process answers) and `/readyz` (database and cache reachable).

use crate::state::AppState;
use actix_web::{HttpResponse, web};

pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let database = state.db.ping().await.is_ok();
    let cache = state.cache.ping().await.is_ok();
    let body = serde_json::json!({
        "status": if database && cache { "ready" } else { "unavailable" },
        "database": database,
        "cache": { "backend": state.cache.backend(), "reachable": cache },
    });
    if database && cache {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}
