//! Passwords, tokens and the identity a verified token gives a request.

pub mod password;
pub mod tokens;

pub use password::PasswordHasher;
pub use tokens::{AccessClaims, TokenKeys};
