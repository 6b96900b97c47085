//! Structured logs with `tracing`: pretty for people, JSON for machines.

use crate::settings::LogSettings;
use tracing_subscriber::EnvFilter;

pub fn init(settings: &LogSettings) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&settings.filter));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second init (tests spawn many apps in one process) is harmless; ignore it.
    let _ = if settings.format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
