//! GridGov's API, tested as its clients use it: GraphQL over HTTP against a spawned app.

mod access;
mod auth;
mod cli;
mod departments_and_users;
mod helpers;
mod limits;
mod operations;
mod regions;
mod schema;
mod tenancy;
