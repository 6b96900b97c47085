//! Helpers the domain services share: the audit log, keyset pages, optimistic versions,
//! region reach as SQL, text search, short-lived files and input checks.

pub mod audit;
pub mod files;
pub mod input;
pub mod page;
pub mod region_scope;
pub mod search;
pub mod versioned;
