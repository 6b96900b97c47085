//! The party archives' object types.

mod activities;
mod figures;
mod meetings;
mod members;
mod organisations;

pub use activities::*;
pub use figures::*;
pub use meetings::*;
pub use members::*;
pub use organisations::*;
