//! `GET /metrics`: the server's metrics (`crate::metrics`) in Prometheus' text format.

use crate::metrics::Metrics;
use actix_web::{HttpResponse, web};

pub async fn endpoint(metrics: web::Data<Metrics>) -> HttpResponse {
    match metrics.render() {
        Ok(text) => HttpResponse::Ok()
            .content_type("text/plain; version=0.0.4")
            .body(text),
        Err(error) => {
            tracing::error!(?error, "metrics could not be rendered");
            HttpResponse::InternalServerError().finish()
        }
    }
}
