//! The load generator: runs an [`Operation`] (one unit of work, usually one HTTP request) many
//! times and measures it.
//!
//! - [`closed_loop`]: `concurrency` tasks run operations back to back (throughput at a given
//!   concurrency; latency is each operation's own time).
//! - [`open_loop`]: a constant arrival rate with latency correction, like wrk2: operation `i` is
//!   due at `t0 + i / rate` and its latency is measured from that due time, so a server that
//!   stalls shows up as latency rather than as fewer requests ("coordinated omission").
//! - [`run_n`]: exactly `n` operations (smoke tests, the tiny CI run).
//!
//! Latencies go into one [`Histogram`] per task (microseconds, 1 µs to 60 s, 3 significant
//! figures), merged at the end. Only successful operations are in the histogram; failures are
//! counted, and the first few distinct messages kept.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use futures_util::FutureExt as _;
use hdrhistogram::Histogram;
use tokio::task::JoinSet;
use tokio::time::Instant;

/// One operation's future: `Err(message)` is a failed operation.
pub type OpFuture = Pin<Box<dyn Future<Output = Result<(), String>> + Send>>;

/// Performs one operation; the argument is a sequence number, unique within a run.
pub type Operation = Arc<dyn Fn(u64) -> OpFuture + Send + Sync>;

/// How many distinct failure messages [`Stats::first_failures`] keeps.
const KEPT_FAILURES: usize = 5;

/// The histogram's bounds, in microseconds.
const HIST_LOW_US: u64 = 1;
const HIST_HIGH_US: u64 = 60_000_000;
const HIST_SIGFIG: u8 = 3;

/// An operation that takes longer than this is abandoned and counted as a failure, so that a
/// hung request cannot hang the run (callers should still give their HTTP client a timeout).
pub const OPERATION_TIMEOUT: Duration = Duration::from_secs(60);

/// The outcome of a run. Latency figures are over the successful, recorded operations (zero
/// when there are none).
#[derive(Debug, Clone)]
pub struct Stats {
    /// Recorded operations, successful or not (warm-up excluded).
    pub operations: u64,
    /// Recorded operations that failed (returned `Err`, panicked or timed out).
    pub failures: u64,
    /// Up to five distinct failure messages, earliest first.
    pub first_failures: Vec<String>,
    /// The recorded window: from the end of the warm-up until the last recorded operation
    /// finished (at least the requested duration).
    pub elapsed: Duration,
    /// Successful operations per second over `elapsed`.
    pub throughput: f64,
    pub p50: Duration,
    pub p90: Duration,
    pub p99: Duration,
    pub max: Duration,
    pub mean: Duration,
}

impl Stats {
    /// Stats of a run that could not take place.
    fn failed(message: String) -> Self {
        Self {
            operations: 0,
            failures: 0,
            first_failures: vec![message],
            elapsed: Duration::ZERO,
            throughput: 0.0,
            p50: Duration::ZERO,
            p90: Duration::ZERO,
            p99: Duration::ZERO,
            max: Duration::ZERO,
            mean: Duration::ZERO,
        }
    }
}

/// A duration as milliseconds with two decimals: `1.23`.
pub fn format_duration_ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

/// What one task measured.
struct Recorder {
    hist: Histogram<u64>,
    operations: u64,
    failures: u64,
    /// Distinct messages with the time they first occurred (in this task).
    failure_messages: Vec<(Instant, String)>,
    last_finish: Option<Instant>,
}

impl Recorder {
    fn new(template: &Histogram<u64>) -> Self {
        Self {
            hist: Histogram::new_from(template),
            operations: 0,
            failures: 0,
            failure_messages: Vec::new(),
            last_finish: None,
        }
    }

    fn record(&mut self, result: Result<(), String>, latency: Duration, finished: Instant) {
        self.operations += 1;
        self.last_finish = Some(self.last_finish.map_or(finished, |t| t.max(finished)));
        match result {
            Ok(()) => {
                let us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
                self.hist.saturating_record(us.max(HIST_LOW_US));
            }
            Err(message) => {
                self.failures += 1;
                if self.failure_messages.len() < KEPT_FAILURES
                    && !self.failure_messages.iter().any(|(_, m)| *m == message)
                {
                    self.failure_messages.push((finished, message));
                }
            }
        }
    }
}

fn new_histogram() -> Result<Histogram<u64>, String> {
    Histogram::new_with_bounds(HIST_LOW_US, HIST_HIGH_US, HIST_SIGFIG)
        .map_err(|e| format!("cannot create the latency histogram: {e:?}"))
}

/// Runs one operation, turning a panic or a timeout into a failure.
async fn run_op(op: &Operation, seq: u64) -> Result<(), String> {
    let fut = AssertUnwindSafe(op(seq)).catch_unwind();
    match tokio::time::timeout(OPERATION_TIMEOUT, fut).await {
        Ok(Ok(result)) => result,
        Ok(Err(panic)) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".to_owned());
            Err(format!("operation panicked: {what}"))
        }
        Err(_) => Err(format!(
            "operation timed out after {} s",
            OPERATION_TIMEOUT.as_secs()
        )),
    }
}

/// Waits for the tasks and merges what they recorded. `window_start` is when recording
/// began; the window lasts at least `min_window`.
async fn collect(
    mut tasks: JoinSet<Recorder>,
    template: Histogram<u64>,
    window_start: Instant,
    min_window: Duration,
) -> Stats {
    let mut hist = template;
    let mut operations = 0;
    let mut failures = 0;
    let mut messages: Vec<(Instant, String)> = Vec::new();
    let mut last_finish: Option<Instant> = None;
    let mut task_errors: Vec<String> = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok(rec) => {
                if hist.add(&rec.hist).is_err() {
                    // Cannot happen (same bounds), but never lose data over it.
                    for v in rec.hist.iter_recorded() {
                        hist.saturating_record_n(v.value_iterated_to(), v.count_at_value());
                    }
                }
                operations += rec.operations;
                failures += rec.failures;
                messages.extend(rec.failure_messages);
                if let Some(t) = rec.last_finish {
                    last_finish = Some(last_finish.map_or(t, |l| l.max(t)));
                }
            }
            Err(e) => task_errors.push(format!("load task failed: {e}")),
        }
    }
    messages.sort_by_key(|(t, _)| *t);
    let mut first_failures: Vec<String> = Vec::new();
    for message in task_errors
        .into_iter()
        .chain(messages.into_iter().map(|(_, m)| m))
    {
        if first_failures.len() < KEPT_FAILURES && !first_failures.contains(&message) {
            first_failures.push(message);
        }
    }

    let window_end = (window_start + min_window).max(last_finish.unwrap_or(window_start));
    let elapsed = window_end.saturating_duration_since(window_start);
    let successes = operations - failures;
    let throughput = if elapsed.is_zero() {
        0.0
    } else {
        successes as f64 / elapsed.as_secs_f64()
    };
    let (p50, p90, p99, max, mean) = if hist.is_empty() {
        Default::default()
    } else {
        let q = |q: f64| Duration::from_micros(hist.value_at_quantile(q));
        (
            q(0.50),
            q(0.90),
            q(0.99),
            Duration::from_micros(hist.max()),
            Duration::from_secs_f64(hist.mean() / 1_000_000.0),
        )
    };
    Stats {
        operations,
        failures,
        first_failures,
        elapsed,
        throughput,
        p50,
        p90,
        p99,
        max,
        mean,
    }
}

/// `concurrency` tasks run operations back to back. Operations started during `warmup` run
/// but are not recorded; then those started within `duration` are recorded, and the tasks stop
/// starting new ones. Latency is each operation's own time.
pub async fn closed_loop(
    op: Operation,
    concurrency: usize,
    warmup: Duration,
    duration: Duration,
) -> Stats {
    let template = match new_histogram() {
        Ok(h) => h,
        Err(e) => return Stats::failed(e),
    };
    let seq = Arc::new(AtomicU64::new(0));
    let t0 = Instant::now();
    let record_from = t0 + warmup;
    let end = record_from + duration;
    let mut tasks = JoinSet::new();
    for _ in 0..concurrency.max(1) {
        let op = Arc::clone(&op);
        let seq = Arc::clone(&seq);
        let mut rec = Recorder::new(&template);
        tasks.spawn(async move {
            loop {
                let started = Instant::now();
                if started >= end {
                    break;
                }
                let n = seq.fetch_add(1, Ordering::Relaxed);
                let result = run_op(&op, n).await;
                let finished = Instant::now();
                if started >= record_from {
                    rec.record(result, finished - started, finished);
                }
            }
            rec
        });
    }
    collect(tasks, template, record_from, duration).await
}

/// A constant arrival rate of `rate` operations per second, with latency correction: operation
/// `i` (its sequence number) is due at `t0 + i / rate`; up to `max_in_flight` workers each take
/// the next due operation and wait for its due time if it is in the future.
///
/// The recorded latency is `finished - due` when the operation was already overdue when a
/// worker took it (the server is behind: the wait counts), and `finished - started` when the
/// worker had to wait for the due time (it was idle; this keeps tokio's 1 ms timer granularity
/// out of the figures). Operations due during `warmup` run but are not recorded; those due
/// within `duration` are recorded. When the window ends, operations still waiting for a worker
/// are dropped (the recorded ones already show the growing backlog), so `throughput` below
/// `rate` means the server (or `max_in_flight`) could not keep up.
pub async fn open_loop(
    op: Operation,
    rate: f64,
    max_in_flight: usize,
    warmup: Duration,
    duration: Duration,
) -> Stats {
    if !(rate.is_finite() && rate > 0.0) {
        return Stats::failed(format!("invalid rate: {rate} operations per second"));
    }
    let template = match new_histogram() {
        Ok(h) => h,
        Err(e) => return Stats::failed(e),
    };
    let next = Arc::new(AtomicU64::new(0));
    let t0 = Instant::now();
    let record_from = t0 + warmup;
    let end = record_from + duration;
    let mut tasks = JoinSet::new();
    for _ in 0..max_in_flight.max(1) {
        let op = Arc::clone(&op);
        let next = Arc::clone(&next);
        let mut rec = Recorder::new(&template);
        tasks.spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let due = t0 + Duration::from_secs_f64(i as f64 / rate);
                let now = Instant::now();
                if due >= end || now >= end {
                    break;
                }
                let measured_from = if due > now {
                    tokio::time::sleep_until(due).await;
                    Instant::now()
                } else {
                    due
                };
                let result = run_op(&op, i).await;
                let finished = Instant::now();
                if due >= record_from {
                    rec.record(result, finished - measured_from, finished);
                }
            }
            rec
        });
    }
    collect(tasks, template, record_from, duration).await
}

/// Runs exactly `n` operations (sequence numbers `0..n`) on `concurrency` tasks, all recorded.
pub async fn run_n(op: Operation, n: u64, concurrency: usize) -> Stats {
    let template = match new_histogram() {
        Ok(h) => h,
        Err(e) => return Stats::failed(e),
    };
    let seq = Arc::new(AtomicU64::new(0));
    let t0 = Instant::now();
    let mut tasks = JoinSet::new();
    for _ in 0..concurrency.max(1) {
        let op = Arc::clone(&op);
        let seq = Arc::clone(&seq);
        let mut rec = Recorder::new(&template);
        tasks.spawn(async move {
            loop {
                let i = seq.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let started = Instant::now();
                let result = run_op(&op, i).await;
                let finished = Instant::now();
                rec.record(result, finished - started, finished);
            }
            rec
        });
    }
    collect(tasks, template, t0, Duration::ZERO).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::sync::Mutex;

    /// Sleeps 2 ms; every 10th sequence number (9, 19, ...) fails with a distinct message.
    fn fake_op() -> Operation {
        Arc::new(|seq| {
            Box::pin(async move {
                tokio::time::sleep(Duration::from_millis(2)).await;
                if seq % 10 == 9 {
                    Err(format!("failure at {seq}"))
                } else {
                    Ok(())
                }
            })
        })
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn closed_loop_counts_operations_and_failures() {
        let stats = closed_loop(
            fake_op(),
            4,
            Duration::from_millis(100),
            Duration::from_millis(400),
        )
        .await;
        // 4 tasks × 400 ms / (2..3 ms) ≈ 530..800; be lenient with a loaded machine.
        assert!(stats.operations > 100, "{stats:?}");
        assert!(stats.operations < 1000, "{stats:?}");
        let expected = stats.operations / 10;
        assert!(
            stats.failures.abs_diff(expected) <= 5,
            "about one in ten fails: {stats:?}"
        );
        assert_eq!(stats.first_failures.len(), 5, "{stats:?}");
        let distinct: HashSet<_> = stats.first_failures.iter().collect();
        assert_eq!(distinct.len(), 5);
        assert!(
            stats
                .first_failures
                .iter()
                .all(|m| m.starts_with("failure at "))
        );
        assert!(stats.p50 >= Duration::from_millis(2), "{stats:?}");
        assert!(stats.p50 <= stats.p90 && stats.p90 <= stats.p99 && stats.p99 <= stats.max);
        assert!(stats.mean >= Duration::from_millis(2));
        assert!(stats.elapsed >= Duration::from_millis(400));
        assert!(stats.elapsed < Duration::from_millis(600), "{stats:?}");
        let successes = (stats.operations - stats.failures) as f64;
        let throughput = successes / stats.elapsed.as_secs_f64();
        assert!((stats.throughput - throughput).abs() < 1e-6);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn first_failures_are_distinct() {
        let op: Operation = Arc::new(|seq| {
            Box::pin(async move {
                if seq % 2 == 0 {
                    Err("same".to_owned())
                } else {
                    Ok(())
                }
            })
        });
        let stats = run_n(op, 100, 3).await;
        assert_eq!(stats.operations, 100);
        assert_eq!(stats.failures, 50);
        assert_eq!(stats.first_failures, vec!["same".to_owned()]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn panics_are_failures() {
        let op: Operation = Arc::new(|seq| {
            Box::pin(async move {
                assert!(seq != 3, "boom");
                Ok(())
            })
        });
        let stats = run_n(op, 10, 2).await;
        assert_eq!(stats.operations, 10);
        assert_eq!(stats.failures, 1);
        assert_eq!(
            stats.first_failures,
            vec!["operation panicked: boom".to_owned()]
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn open_loop_corrects_for_coordinated_omission() {
        // 1000/s offered, one worker, 2+ ms per operation: at most ~500/s served, so the
        // backlog (and the corrected latency) grows through the run.
        let stats = open_loop(
            fake_op(),
            1000.0,
            1,
            Duration::ZERO,
            Duration::from_millis(500),
        )
        .await;
        assert!(stats.operations > 50, "{stats:?}");
        assert!(stats.throughput < 600.0, "{stats:?}");
        assert!(stats.p50 > Duration::from_millis(40), "{stats:?}");
        assert!(stats.max > Duration::from_millis(100), "{stats:?}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn open_loop_at_a_sustainable_rate() {
        let stats = open_loop(
            fake_op(),
            200.0,
            4,
            Duration::from_millis(100),
            Duration::from_millis(500),
        )
        .await;
        // 100 due in the window.
        assert!(stats.operations.abs_diff(100) <= 2, "{stats:?}");
        assert!(stats.failures.abs_diff(10) <= 1, "{stats:?}");
        assert!(
            stats.throughput > 150.0 && stats.throughput < 200.0,
            "{stats:?}"
        );
        assert!(stats.p50 >= Duration::from_millis(2), "{stats:?}");
        assert!(stats.p50 < Duration::from_millis(15), "{stats:?}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn open_loop_rejects_a_bad_rate() {
        let stats = open_loop(fake_op(), 0.0, 1, Duration::ZERO, Duration::from_millis(10)).await;
        assert_eq!(stats.operations, 0);
        assert_eq!(stats.first_failures.len(), 1);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn run_n_runs_exactly_n_with_unique_sequence_numbers() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let inner = fake_op();
        let op: Operation = {
            let seen = Arc::clone(&seen);
            Arc::new(move |seq| {
                seen.lock().expect("not poisoned").push(seq);
                inner(seq)
            })
        };
        let stats = run_n(op, 37, 4).await;
        assert_eq!(stats.operations, 37);
        assert_eq!(stats.failures, 3); // 9, 19, 29
        let mut seen = seen.lock().expect("not poisoned").clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..37).collect::<Vec<_>>());
        assert!(stats.p50 >= Duration::from_millis(2));
        assert!(stats.throughput > 0.0);
    }

    #[test]
    fn formats_milliseconds() {
        assert_eq!(format_duration_ms(Duration::from_micros(1234)), "1.23");
        assert_eq!(format_duration_ms(Duration::ZERO), "0.00");
        assert_eq!(format_duration_ms(Duration::from_secs(2)), "2000.00");
    }
}
