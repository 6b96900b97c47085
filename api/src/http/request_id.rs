//! The request id of the request being handled, for the audit log and error logs.

tokio::task_local! {
    static REQUEST_ID: String;
}

/// Runs `work` with `id` as the current request id.
pub async fn scope<F: std::future::Future>(id: String, work: F) -> F::Output {
    REQUEST_ID.scope(id, work).await
}

pub fn current() -> Option<String> {
    REQUEST_ID.try_with(Clone::clone).ok()
}
