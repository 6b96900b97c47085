//! GridGov's API, tested as its clients use it: GraphQL over HTTP against a spawned app.

mod access;
mod archives;
mod archives_tenancy;
mod auth;
mod cli;
mod cross_tenant_sweep;
mod csv_injection;
mod departments_and_users;
mod events;
mod hardening;
mod helpers;
mod imports;
mod limits;
mod logs;
mod operations;
mod party;
mod party_tenancy;
mod reach_hardening;
mod regions;
mod schema;
mod tenancy;
