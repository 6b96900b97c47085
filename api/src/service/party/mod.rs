//! The party archives (domain.md §5): the organisation tree over the grid, members and their
//! history, officers, commitments, points, meetings, evaluations and figures. Who sees what is
//! decided in [`scope`], from the caller's party reach.

pub mod activities;
pub mod figures;
pub mod meetings;
pub mod members;
pub mod organisations;
pub mod scope;
