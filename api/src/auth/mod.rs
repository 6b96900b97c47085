//! Passwords, tokens and the identity a verified token gives a request.

pub mod password;
pub mod principal;
pub mod tokens;

pub use password::PasswordHasher;
pub use principal::Principal;
pub use tokens::{AccessClaims, TokenKeys};
