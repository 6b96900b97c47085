//! The benchmark suite's parts: the synthetic counties (`data`), the load generator, process
//! sampling, the GraphQL client, the workloads, the run's servers and databases, and the report. The runner
//! (`src/bin/gridgov-bench.rs`) puts them together.

pub mod data;
pub mod graphql;
pub mod load;
pub mod process;
pub mod report;
pub mod runner;
pub mod workloads;
