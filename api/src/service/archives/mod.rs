//! The archives (基础信息): residents and their key groups, places (buildings, houses,
//! households), organisations and facilities, grid teams, region figures, and their Excel
//! import and export.

pub mod exports;
pub mod figures;
pub mod imports;
pub mod key_groups;
pub mod organisations;
pub mod placement;
pub mod places;
pub mod resident_search;
pub mod residents;
pub mod teams;
