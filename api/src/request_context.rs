//! What is known about the request being handled, for the layers below HTTP: its id, which the
//! audit log keeps beside each entry. The HTTP layer sets it; services only read it.

tokio::task_local! {
    static REQUEST_ID: String;
}

/// Runs `work` with `id` as the current request id.
pub async fn scope<F: std::future::Future>(id: String, work: F) -> F::Output {
    REQUEST_ID.scope(id, work).await
}

/// The id of the request being handled; `None` outside one (the scheduler, a CLI command).
pub fn request_id() -> Option<String> {
    REQUEST_ID.try_with(Clone::clone).ok()
}
