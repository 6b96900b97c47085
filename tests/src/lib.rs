//! GridGov's integration tests live in `tests/api/`: one binary that spawns the app on a fresh
//! database per test and talks GraphQL over HTTP to it, as a frontend or integrator would.
//!
//! `GRIDGOV_TEST_BACKEND=postgres` runs them on PostgreSQL (and Redis when `REDIS_URL` is set);
//! the default is SQLite with the in-process cache.
//!
//! `bench` holds the benchmark runner's parts (`src/bin/gridgov-bench.rs` is the runner).

pub mod bench;
