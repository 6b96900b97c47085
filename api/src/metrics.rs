//! The server's Prometheus metrics: requests, latency, GraphQL errors by code, SQL statements.
//! `/metrics` (`http::metrics`) renders them.

use crate::error::ErrorCode;
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, Opts, Registry, TextEncoder,
};

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    pub requests: IntCounterVec,
    pub latency: HistogramVec,
    pub graphql_errors: IntCounterVec,
    /// Every SQL statement the server ran (transaction control aside): the benchmarks' and the
    /// smoke tests' statements-per-request, on either back end.
    pub sql_statements: IntCounter,
}

impl Metrics {
    pub fn new() -> Result<Self, prometheus::Error> {
        let registry = Registry::new_custom(Some("gridgov".into()), None)?;
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests by route and status"),
            &["route", "status"],
        )?;
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "HTTP request latency by route",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ]),
            &["route"],
        )?;
        let graphql_errors = IntCounterVec::new(
            Opts::new("graphql_errors_total", "GraphQL errors by extensions.code"),
            &["code"],
        )?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(latency.clone()))?;
        registry.register(Box::new(graphql_errors.clone()))?;
        let sql_statements = IntCounter::new(
            "sql_statements_total",
            "SQL statements run (BEGIN/COMMIT not counted)",
        )?;
        registry.register(Box::new(sql_statements.clone()))?;
        for code in ErrorCode::ALL {
            graphql_errors.with_label_values(&[code.as_str()]);
        }
        Ok(Self {
            registry,
            requests,
            latency,
            graphql_errors,
            sql_statements,
        })
    }

    pub fn render(&self) -> Result<String, prometheus::Error> {
        let mut buffer = Vec::new();
        TextEncoder::new().encode(&self.registry.gather(), &mut buffer)?;
        Ok(String::from_utf8_lossy(&buffer).into_owned())
    }
}
