//! The Markdown report of one run: every number measured side by side in that run, and the
//! ratios the targets are stated in.

use super::data::Plan;
use super::load::{Stats, format_duration_ms};
use super::runner::PgbenchResult;
use std::fmt::Write;

/// A closed-loop run with what it cost.
#[derive(Debug, Clone)]
pub struct Measurement {
    pub stats: Stats,
    /// Server CPU per operation.
    pub cpu_ms: f64,
    /// PostgreSQL's CPU (all its processes) per operation.
    pub pg_cpu_ms: f64,
    pub rss_mb: f64,
    /// SQL statements per operation (BEGIN/COMMIT aside), from `pg_stat_statements`.
    pub statements: Option<f64>,
}

impl Measurement {
    pub fn line(&self) -> String {
        format!(
            "{:.0}/s, p50 {} ms, p99 {} ms, {:.2} CPU-ms, {:.0} MB, {} failures",
            self.stats.throughput,
            format_duration_ms(self.stats.p50),
            format_duration_ms(self.stats.p99),
            self.cpu_ms,
            self.rss_mb,
            self.stats.failures
        )
    }
}

struct Growth {
    workload: String,
    code: String,
    residents: u32,
    p50: f64,
    p99: f64,
}

/// A request's statements: the server's count, PostgreSQL's (BEGIN/COMMIT, other), failures.
type StatementRow = (String, f64, Option<(f64, f64)>, u64);
/// A workload's peak run and its open-loop runs (share of the peak, stats).
type LoadRow = (String, Measurement, Vec<(f64, Stats)>);

#[derive(Default)]
pub struct Report {
    header: String,
    notes: Vec<String>,
    statements: Vec<StatementRow>,
    gridgov: Vec<LoadRow>,
    postgraphile: Vec<(String, Measurement)>,
    pgbench: Vec<(String, PgbenchResult, f64)>,
    growth: Vec<Growth>,
    rls: Vec<(String, f64, f64)>,
    ablations: Vec<(String, String, Stats, Stats)>,
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

impl Report {
    pub fn new(
        backend: &str,
        plans: &[Plan],
        load_seconds: f64,
        concurrency: usize,
        seconds: u64,
    ) -> Self {
        let mut header = String::new();
        let _ = writeln!(
            header,
            "Back end: **{backend}**. Load: {concurrency} concurrent clients for {seconds} s after \
             a warm-up of a fifth of that (W3 and W5: 4 clients); the open-loop runs send at 50 % \
             and 80 % of the peak, latency measured from each request's due time.\n"
        );
        let _ = writeln!(header, "| County | Residents | Events | Canaries |");
        let _ = writeln!(header, "|---|---:|---:|---|");
        for p in plans {
            let _ = writeln!(
                header,
                "| {} {} | {} | {} | {} |",
                p.code,
                p.name,
                p.residents,
                p.events,
                if p.canary { "yes" } else { "no" }
            );
        }
        let _ = writeln!(
            header,
            "\nGenerating (or finding) the counties took {load_seconds:.0} s."
        );
        Self {
            header,
            ..Self::default()
        }
    }

    pub fn note(&mut self, note: &str) {
        self.notes.push(note.to_string());
    }

    pub fn statements(&mut self, name: &str, app: f64, pg: Option<(f64, f64)>, failures: u64) {
        self.statements.push((name.to_string(), app, pg, failures));
    }

    pub fn gridgov(&mut self, name: &str, peak: Measurement, open: Vec<(f64, Stats)>) {
        self.gridgov.push((name.to_string(), peak, open));
    }

    pub fn postgraphile(&mut self, name: &str, m: Measurement) {
        self.postgraphile.push((name.to_string(), m));
    }

    pub fn pgbench(&mut self, name: &str, result: &PgbenchResult, pg_cpu_ms: f64) {
        self.pgbench
            .push((name.to_string(), result.clone(), pg_cpu_ms));
    }

    pub fn growth(&mut self, workload: &str, code: &str, residents: u32, stats: &Stats) {
        self.growth.push(Growth {
            workload: workload.to_string(),
            code: code.to_string(),
            residents,
            p50: ms(stats.p50),
            p99: ms(stats.p99),
        });
    }

    /// Throughput with and without row-level security (means of alternating runs).
    pub fn rls(&mut self, name: &str, on: f64, off: f64) {
        self.rls.push((name.to_string(), on, off));
    }

    /// A fix measured both ways in this run: `before` without it, `after` with it.
    pub fn ablation(&mut self, name: &str, fix: &str, before: &Stats, after: &Stats) {
        self.ablations.push((
            name.to_string(),
            fix.to_string(),
            before.clone(),
            after.clone(),
        ));
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.header);
        for note in &self.notes {
            let _ = writeln!(out, "- {note}");
        }
        self.render_ratios(&mut out);
        let _ = writeln!(out, "\n## SQL statements per request\n");
        let _ = writeln!(
            out,
            "One request at a time; the server's own counter, and PostgreSQL's (`pg_stat_statements`: \
             statements + BEGIN/COMMIT).\n"
        );
        let _ = writeln!(out, "| Request | Server | PostgreSQL | Failures |");
        let _ = writeln!(out, "|---|---:|---:|---:|");
        for (name, app, pg, failures) in &self.statements {
            let _ = writeln!(
                out,
                "| {name} | {app:.1} | {} | {failures} |",
                pg.map_or("–".into(), |(c, o)| format!("{o:.1} + {c:.1}"))
            );
        }
        if !self.gridgov.is_empty() {
            let _ = writeln!(out, "\n## Throughput and latency\n");
            let _ = writeln!(
                out,
                "| System | Workload | req/s | p50 ms | p99 ms | server CPU-ms/req | PostgreSQL CPU-ms/req | statements/req | peak RSS MB | failures |"
            );
            let _ = writeln!(out, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (name, m, _) in &self.gridgov {
                row(&mut out, "GridGov", name, m);
            }
            for (name, m) in &self.postgraphile {
                row(&mut out, "PostGraphile", name, m);
            }
            for (name, r, pg_ms) in &self.pgbench {
                let _ = writeln!(
                    out,
                    "| pgbench (ideal SQL) | {name} | {:.0} | {:.2} | {:.2} | – | {pg_ms:.2} | – | – | {} |",
                    r.tps,
                    r.p50_ms,
                    r.p99_ms,
                    if r.failed { "failed" } else { "0" }
                );
            }
            let _ = writeln!(out, "\n### Open loop (latency-corrected)\n");
            let _ = writeln!(
                out,
                "| Workload | share of peak | rate/s | p50 ms | p99 ms | failures |"
            );
            let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
            for (name, peak, open) in &self.gridgov {
                for (share, s) in open {
                    let _ = writeln!(
                        out,
                        "| {name} | {:.0} % | {:.0} | {:.2} | {:.2} | {} |",
                        share * 100.0,
                        peak.stats.throughput * share,
                        ms(s.p50),
                        ms(s.p99),
                        s.failures
                    );
                }
            }
        }
        if !self.growth.is_empty() {
            let _ = writeln!(out, "\n## Growth with the county's size (one client)\n");
            let _ = writeln!(
                out,
                "| Workload | County | Residents | p50 ms | p99 ms | p50 vs the smallest |"
            );
            let _ = writeln!(out, "|---|---|---:|---:|---:|---:|");
            for g in &self.growth {
                let smallest = self
                    .growth
                    .iter()
                    .filter(|x| x.workload == g.workload)
                    .min_by_key(|x| x.residents)
                    .map_or(g.p50, |x| x.p50);
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {:.2} | {:.2} | {:.2} × |",
                    g.workload,
                    g.code,
                    g.residents,
                    g.p50,
                    g.p99,
                    g.p50 / smallest.max(1e-9)
                );
            }
        }
        if !self.rls.is_empty() {
            let _ = writeln!(out, "\n## Row-level security\n");
            let _ = writeln!(out, "| Workload | req/s with RLS | req/s without | cost |");
            let _ = writeln!(out, "|---|---:|---:|---:|");
            for (name, on, off) in &self.rls {
                let _ = writeln!(
                    out,
                    "| {name} | {on:.0} | {off:.0} | {:+.1} % |",
                    (1.0 - on / off.max(1e-9)) * 100.0
                );
            }
        }
        if !self.ablations.is_empty() {
            let _ = writeln!(out, "\n## Before and after (measured in this run)\n");
            let _ = writeln!(
                out,
                "| Workload | Fix | req/s before | p50 ms before | req/s after | p50 ms after |"
            );
            let _ = writeln!(out, "|---|---|---:|---:|---:|---:|");
            for (name, fix, before, after) in &self.ablations {
                let _ = writeln!(
                    out,
                    "| {name} | {fix} | {:.0} | {:.2} | {:.0} | {:.2} |",
                    before.throughput,
                    ms(before.p50),
                    after.throughput,
                    ms(after.p50)
                );
            }
        }
        out
    }

    fn render_ratios(&self, out: &mut String) {
        let gg = |n: &str| {
            self.gridgov
                .iter()
                .find(|g| g.0 == n)
                .map(|g| g.1.stats.throughput)
        };
        let pgl = |n: &str| {
            self.postgraphile
                .iter()
                .find(|g| g.0 == n)
                .map(|g| g.1.stats.throughput)
        };
        let raw = |n: &str| self.pgbench.iter().find(|g| g.0 == n).map(|g| g.1.tps);
        let mut lines = Vec::new();
        for n in ["W1", "W2", "W3", "W4"] {
            if let (Some(a), Some(b)) = (gg(n), raw(n)) {
                lines.push(format!(
                    "{n}: GridGov / raw SQL = **{:.2}**",
                    a / b.max(1e-9)
                ));
            }
            if let (Some(a), Some(b)) = (gg(n), pgl(n)) {
                lines.push(format!(
                    "{n}: GridGov / PostGraphile = **{:.2}**",
                    a / b.max(1e-9)
                ));
            }
        }
        if !lines.is_empty() {
            let _ = writeln!(out, "\n## Ratios (throughput, same run)\n");
            for l in lines {
                let _ = writeln!(out, "- {l}");
            }
        }
    }
}

fn row(out: &mut String, system: &str, name: &str, m: &Measurement) {
    let _ = writeln!(
        out,
        "| {system} | {name} | {:.0} | {:.2} | {:.2} | {:.2} | {:.2} | {} | {:.0} | {} |",
        m.stats.throughput,
        ms(m.stats.p50),
        ms(m.stats.p99),
        m.cpu_ms,
        m.pg_cpu_ms,
        m.statements.map_or("–".into(), |s| format!("{s:.1}")),
        m.rss_mb,
        m.stats.failures
    );
}
