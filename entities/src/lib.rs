//! GridGov's tables as sea-orm models. Nothing here knows about GraphQL: the table is not the
//! API. Every tenant-owned table has the composite primary key `(tenant_id, id)`.

pub mod audit_log;
pub mod building;
pub mod department;
pub mod enums;
pub mod facility;
pub mod house;
pub mod household;
pub mod import_job;
pub mod key_group;
pub mod organisation;
pub mod party_commitment;
pub mod party_commitment_note;
pub mod party_evaluation;
pub mod party_meeting;
pub mod party_meeting_attendance;
pub mod party_member;
pub mod party_member_transfer;
pub mod party_officer;
pub mod party_organisation;
pub mod party_point_entry;
pub mod refresh_token;
pub mod region;
pub mod resident;
pub mod resident_key_group;
pub mod resident_move;
pub mod role_assignment;
pub mod staff;
pub mod staff_assignment;
pub mod tenant;
pub mod tenant_setting;
pub mod user;
