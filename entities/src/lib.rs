//! GridGov's tables as sea-orm models. Nothing here knows about GraphQL: the table is not the
//! API. Every tenant-owned table has the composite primary key `(tenant_id, id)`.

pub mod audit_log;
pub mod department;
pub mod enums;
pub mod party_organisation;
pub mod refresh_token;
pub mod region;
pub mod role_assignment;
pub mod tenant;
pub mod user;
