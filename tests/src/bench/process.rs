//! Sampling processes through Linux's `/proc`: CPU time and resident memory of the server under
//! test, and the CPU time of the database's processes during a run.

use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::{Context as _, anyhow};
use tokio::task::JoinHandle;

/// One look at a process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProcSample {
    /// CPU time so far, in clock ticks: `utime + stime` of `/proc/<pid>/stat` (all threads).
    pub cpu_ticks: u64,
    /// Resident memory now (`VmRSS` of `/proc/<pid>/status`), 0 if the kernel gives none.
    pub rss_kb: u64,
    /// Peak resident memory since the process started (`VmHWM`), 0 if the kernel gives none.
    pub hwm_kb: u64,
}

/// The fields of `/proc/<pid>/stat` we use.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StatFields {
    comm: String,
    utime: u64,
    stime: u64,
    /// CPU time of the children this process has waited for.
    cutime: u64,
    cstime: u64,
}

/// Parses a `/proc/<pid>/stat` line. `comm` (the second field, in parentheses) may itself
/// contain spaces and parentheses, so the fields after it are found after the *last* `)`.
fn parse_stat(line: &str) -> anyhow::Result<StatFields> {
    let open = line
        .find('(')
        .ok_or_else(|| anyhow!("no '(' in stat line"))?;
    let close = line
        .rfind(')')
        .ok_or_else(|| anyhow!("no ')' in stat line"))?;
    if close < open {
        return Err(anyhow!("malformed stat line"));
    }
    let comm = line[open + 1..close].to_owned();
    // After comm: state (field 3), ppid, ... utime is field 14, stime 15, cutime 16, cstime 17.
    let rest: Vec<&str> = line[close + 1..].split_whitespace().collect();
    let field = |n: usize| -> anyhow::Result<u64> {
        let s = rest
            .get(n - 3)
            .ok_or_else(|| anyhow!("stat line has no field {n}"))?;
        // cutime and cstime are signed in the kernel's format; they are never negative.
        s.parse::<i64>()
            .map(|v| v.max(0).unsigned_abs())
            .with_context(|| format!("stat field {n} is not a number: {s:?}"))
    };
    Ok(StatFields {
        comm,
        utime: field(14)?,
        stime: field(15)?,
        cutime: field(16)?,
        cstime: field(17)?,
    })
}

fn read_stat(pid: u32) -> anyhow::Result<StatFields> {
    let path = format!("/proc/{pid}/stat");
    let line = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
    parse_stat(&line).with_context(|| format!("parsing {path}"))
}

/// `VmRSS` and `VmHWM` (kB) of a `/proc/<pid>/status` text; 0 when absent (kernel threads,
/// zombies).
fn parse_status(text: &str) -> (u64, u64) {
    let mut rss = 0;
    let mut hwm = 0;
    for line in text.lines() {
        let value = |rest: &str| {
            rest.split_whitespace()
                .next()
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        };
        if let Some(rest) = line.strip_prefix("VmRSS:") {
            rss = value(rest);
        } else if let Some(rest) = line.strip_prefix("VmHWM:") {
            hwm = value(rest);
        }
    }
    (rss, hwm)
}

fn read_rss_kb(pid: u32) -> anyhow::Result<u64> {
    let path = format!("/proc/{pid}/status");
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
    Ok(parse_status(&text).0)
}

/// Samples a process's CPU time and memory.
pub fn sample(pid: u32) -> anyhow::Result<ProcSample> {
    let stat = read_stat(pid)?;
    let path = format!("/proc/{pid}/status");
    let status = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
    let (rss_kb, hwm_kb) = parse_status(&status);
    Ok(ProcSample {
        cpu_ticks: stat.utime + stat.stime,
        rss_kb,
        hwm_kb,
    })
}

/// Clock ticks per second (`getconf CLK_TCK`, asked once); 100 if that fails.
pub fn clock_ticks_per_second() -> u64 {
    static TICKS: OnceLock<u64> = OnceLock::new();
    *TICKS.get_or_init(|| {
        std::process::Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| String::from_utf8(out.stdout).ok())
            .and_then(|s| s.trim().parse::<u64>().ok())
            .filter(|&t| t > 0)
            .unwrap_or(100)
    })
}

/// CPU milliseconds spent between two samples of the same process.
pub fn cpu_ms(before: &ProcSample, after: &ProcSample) -> f64 {
    ticks_to_ms(after.cpu_ticks.saturating_sub(before.cpu_ticks))
}

/// Clock ticks as milliseconds.
pub fn ticks_to_ms(ticks: u64) -> f64 {
    ticks as f64 * 1000.0 / clock_ticks_per_second() as f64
}

/// The processes whose command name (`comm`, at most 15 bytes, e.g. `postgres`) is `comm`.
pub fn pids_named(comm: &str) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut pids: Vec<u32> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&pid| read_stat(pid).is_ok_and(|s| s.comm == comm))
        .collect();
    pids.sort_unstable();
    pids
}

/// The CPU ticks of these processes together, counting for each its own time plus that of its
/// children it has reaped (`utime + stime + cutime + cstime`); processes that are gone are
/// skipped.
///
/// Counting reaped children keeps a difference right when a child exits between two calls: its
/// time moves from its own entry into its parent's `cutime`. So call it as
/// `total_cpu_ticks(&pids_named("postgres"))` before and after a run (a fresh scan each time,
/// so that backends started during the run count) and subtract.
pub fn total_cpu_ticks(pids: &[u32]) -> u64 {
    pids.iter()
        .filter_map(|&pid| read_stat(pid).ok())
        .map(|s| s.utime + s.stime + s.cutime + s.cstime)
        .sum()
}

/// Watches a process's resident memory: a tokio task samples `VmRSS` every 100 ms and keeps
/// the peak. Must be started inside a tokio runtime. Dropping it stops the task.
pub struct RssWatcher {
    pid: u32,
    peak: Arc<AtomicU64>,
    task: JoinHandle<()>,
}

/// How often [`RssWatcher`] samples.
pub const RSS_SAMPLE_INTERVAL: Duration = Duration::from_millis(100);

impl RssWatcher {
    /// Starts watching `pid` (a first sample is taken at once). If the process cannot be read
    /// the peak simply stays where it was.
    pub fn start(pid: u32) -> Self {
        let peak = Arc::new(AtomicU64::new(read_rss_kb(pid).unwrap_or(0)));
        let task = tokio::spawn({
            let peak = Arc::clone(&peak);
            async move {
                let mut interval = tokio::time::interval(RSS_SAMPLE_INTERVAL);
                interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
                loop {
                    interval.tick().await;
                    if let Ok(rss) = read_rss_kb(pid) {
                        peak.fetch_max(rss, Ordering::Relaxed);
                    }
                }
            }
        });
        Self { pid, peak, task }
    }

    /// The highest `VmRSS` seen so far, in kB.
    pub fn peak_kb(&self) -> u64 {
        self.peak.load(Ordering::Relaxed)
    }

    /// Stops watching (after one last sample) and returns the peak in kB.
    pub fn stop(self) -> u64 {
        self.task.abort();
        if let Ok(rss) = read_rss_kb(self.pid) {
            self.peak.fetch_max(rss, Ordering::Relaxed);
        }
        self.peak_kb()
    }
}

impl Drop for RssWatcher {
    fn drop(&mut self) {
        self.task.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    /// A `/proc/<pid>/stat` line for a process whose comm is `(a b) c)`.
    const TRICKY: &str = "4242 ((a b) c)) S 1 4242 4242 0 -1 4194560 1000 0 0 0 \
        17 5 3 2 20 0 1 0 12345 1000000 250 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 \
        0 0 0 0 0 0 0 0 0 0 0 0 0 0";

    #[test]
    fn parses_a_stat_line_with_parentheses_in_comm() {
        let s = parse_stat(TRICKY).expect("parses");
        assert_eq!(
            s,
            StatFields {
                comm: "(a b) c)".to_owned(),
                utime: 17,
                stime: 5,
                cutime: 3,
                cstime: 2,
            }
        );
        let plain = "1 (postgres) S 0 1 1 0 -1 0 0 0 0 0 7 8 -1 0 20 0 1 0 1 1 1";
        let s = parse_stat(plain).expect("parses");
        assert_eq!((s.comm.as_str(), s.utime, s.stime), ("postgres", 7, 8));
        assert_eq!((s.cutime, s.cstime), (0, 0));
        assert!(parse_stat("1 (x) S 0 1").is_err());
        assert!(parse_stat("garbage").is_err());
    }

    #[test]
    fn parses_status() {
        let text = "Name:\tx\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\nThreads:\t1\n";
        assert_eq!(parse_status(text), (1024, 2048));
        assert_eq!(parse_status("Name:\tkthreadd\n"), (0, 0));
    }

    #[test]
    fn samples_the_current_process() {
        let s = sample(std::process::id()).expect("sample self");
        assert!(s.rss_kb > 0, "{s:?}");
        assert!(s.hwm_kb >= s.rss_kb, "{s:?}");
        assert!(sample(u32::MAX).is_err());
        assert!(clock_ticks_per_second() > 0);
    }

    #[test]
    fn cpu_ticks_increase_after_a_busy_loop() {
        let pid = std::process::id();
        let before = sample(pid).expect("sample");
        let started = Instant::now();
        let mut x: u64 = 1;
        let after = loop {
            for i in 0..1_000_000u64 {
                x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(i));
            }
            let after = sample(pid).expect("sample");
            if after.cpu_ticks > before.cpu_ticks {
                break after;
            }
            assert!(
                started.elapsed() < Duration::from_secs(2),
                "no CPU time counted after 2 s of spinning"
            );
        };
        assert!(cpu_ms(&before, &after) > 0.0);
        assert_eq!(cpu_ms(&after, &before), 0.0);
    }

    #[test]
    fn finds_processes_by_name() {
        let pid = std::process::id();
        let me = read_stat(pid).expect("own stat");
        assert!(pids_named(&me.comm).contains(&pid));
        assert!(pids_named("no-such-process-name").is_empty());
        let own = me.utime + me.stime + me.cutime + me.cstime;
        // A missing pid is skipped.
        assert!(total_cpu_ticks(&[pid, u32::MAX]) >= own);
        assert_eq!(total_cpu_ticks(&[u32::MAX]), 0);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn rss_watcher_keeps_the_peak() {
        let pid = std::process::id();
        let watcher = RssWatcher::start(pid);
        let baseline = watcher.peak_kb();
        assert!(baseline > 0);
        {
            // 64 MiB, written (so resident), held over a few samples.
            let block = vec![1u8; 64 << 20];
            std::hint::black_box(&block);
            tokio::time::sleep(Duration::from_millis(250)).await;
            assert!(watcher.peak_kb() >= baseline + 32 * 1024);
            std::hint::black_box(&block);
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
        let peak = watcher.stop();
        assert!(
            peak >= baseline + 32 * 1024,
            "peak {peak} kB, baseline {baseline} kB"
        );
    }
}
