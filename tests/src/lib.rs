//! Test harness lives in tests/api/helpers.rs.
