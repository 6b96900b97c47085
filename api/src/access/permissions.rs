//! The role → permission table (domain.md §12). Tenants will extend it; today it is fixed.

use entities::enums::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Read the region tree and grid map.
    RegionRead,
    /// Create, change, move and delete regions.
    RegionWrite,
    DepartmentRead,
    DepartmentWrite,
    /// Create users and grant or revoke their roles.
    UserManage,
    /// Create, suspend and reactivate tenants (platform operator only).
    TenantManage,
    /// Read the tenant's audit log.
    AuditRead,
    /// Read residents, households and key-group memberships (identifiers masked).
    ResidentRead,
    /// Create and change residents, households and memberships; import them.
    ResidentWrite,
    /// See full ID numbers and phones (each reveal is audited).
    PersonalDataReveal,
    /// See sensitive key groups (criminal, health, drug) and their members.
    SensitiveGroupRead,
    /// Read buildings, houses and organisations.
    PlaceRead,
    /// Read public facilities: those of one's regions, and a department's own (owner department).
    FacilityRead,
    /// Create and change buildings, houses, organisations and public facilities.
    PlaceWrite,
    /// Read grid-team staff and their assignments.
    TeamRead,
    /// Create and change staff and assign them to grids.
    TeamWrite,
    /// Edit the tenant's archive configuration: key-group catalogue, grid sizing rule.
    ArchiveConfigure,
    /// Read party members, officers, meetings, commitments, points and evaluations.
    PartyRead,
    /// Keep the party archives: organisations, members, meetings, points, evaluations.
    PartyWrite,
    /// Read the party organisation tree and its figures (counts), without member details.
    PartyFiguresRead,
    /// Edit the tenant's party configuration: required meetings.
    PartyConfigure,
    /// Report events (上报).
    EventReport,
    /// Read events, their history, supervision orders and figures.
    EventRead,
    /// Act on events at one's level: accept, reject, merge, handle locally, escalate, verify,
    /// revisit, archive; keep dispute records.
    EventHandle,
    /// Dispatch events to departments and decide their extension requests.
    EventDispatch,
    /// A department's part: sign for, return, ask for more time, report done.
    EventDepartment,
    /// Raise supervision orders (督办) by hand.
    EventSupervise,
    /// Edit the event categories, work calendar, warning thresholds and dispute risk rules.
    EventConfigure,
}

impl Permission {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RegionRead => "region:read",
            Self::RegionWrite => "region:write",
            Self::DepartmentRead => "department:read",
            Self::DepartmentWrite => "department:write",
            Self::UserManage => "user:manage",
            Self::TenantManage => "tenant:manage",
            Self::AuditRead => "audit:read",
            Self::ResidentRead => "resident:read",
            Self::ResidentWrite => "resident:write",
            Self::PersonalDataReveal => "resident:reveal",
            Self::SensitiveGroupRead => "resident:sensitive",
            Self::PlaceRead => "place:read",
            Self::FacilityRead => "facility:read",
            Self::PlaceWrite => "place:write",
            Self::TeamRead => "team:read",
            Self::TeamWrite => "team:write",
            Self::ArchiveConfigure => "archive:configure",
            Self::PartyRead => "party:read",
            Self::PartyWrite => "party:write",
            Self::PartyFiguresRead => "party:figures",
            Self::PartyConfigure => "party:configure",
            Self::EventReport => "event:report",
            Self::EventRead => "event:read",
            Self::EventHandle => "event:handle",
            Self::EventDispatch => "event:dispatch",
            Self::EventDepartment => "event:department",
            Self::EventSupervise => "event:supervise",
            Self::EventConfigure => "event:configure",
        }
    }

    pub const ALL: [Permission; 28] = [
        Self::RegionRead,
        Self::RegionWrite,
        Self::DepartmentRead,
        Self::DepartmentWrite,
        Self::UserManage,
        Self::TenantManage,
        Self::AuditRead,
        Self::ResidentRead,
        Self::ResidentWrite,
        Self::PersonalDataReveal,
        Self::SensitiveGroupRead,
        Self::PlaceRead,
        Self::FacilityRead,
        Self::PlaceWrite,
        Self::TeamRead,
        Self::TeamWrite,
        Self::ArchiveConfigure,
        Self::PartyRead,
        Self::PartyWrite,
        Self::PartyFiguresRead,
        Self::PartyConfigure,
        Self::EventReport,
        Self::EventRead,
        Self::EventHandle,
        Self::EventDispatch,
        Self::EventDepartment,
        Self::EventSupervise,
        Self::EventConfigure,
    ];
}

/// Whether `role` grants `permission` (within the role's scope).
pub fn granted(role: Role, permission: Permission) -> bool {
    use Permission::*;
    match role {
        // The platform reads its own audit log (tenant creation, suspension), never a county's.
        Role::PlatformOperator => matches!(permission, TenantManage | AuditRead),
        Role::CountyAdmin => !matches!(permission, TenantManage),
        // Street admins manage their street's archives but do not read full identifiers.
        Role::StreetAdmin => matches!(
            permission,
            RegionRead
                | RegionWrite
                | DepartmentRead
                | ResidentRead
                | ResidentWrite
                | SensitiveGroupRead
                | PlaceRead
                | FacilityRead
                | PlaceWrite
                | TeamRead
                | TeamWrite
                | PartyFiguresRead
                | EventReport
                | EventRead
                | EventHandle
                | EventDispatch
                | EventSupervise
        ),
        // Community staff keep the archives (domain.md §12), so they may check an ID number.
        Role::CommunityStaff => matches!(
            permission,
            RegionRead
                | DepartmentRead
                | ResidentRead
                | ResidentWrite
                | PersonalDataReveal
                | SensitiveGroupRead
                | PlaceRead
                | FacilityRead
                | PlaceWrite
                | TeamRead
                | TeamWrite
                | PartyFiguresRead
                | EventReport
                | EventRead
                | EventHandle
        ),
        // Grid workers and leaders read their subtree's archives, masked, without sensitive groups,
        // and its party figures.
        // Grid workers report and handle events at grid level but do not dispatch; leaders read
        // and supervise.
        Role::GridWorker => matches!(
            permission,
            RegionRead
                | DepartmentRead
                | ResidentRead
                | PlaceRead
                | FacilityRead
                | TeamRead
                | PartyFiguresRead
                | EventReport
                | EventRead
                | EventHandle
        ),
        Role::Leader => matches!(
            permission,
            RegionRead
                | DepartmentRead
                | ResidentRead
                | PlaceRead
                | FacilityRead
                | TeamRead
                | PartyFiguresRead
                | EventRead
                | EventSupervise
        ),
        // Departments see the facilities they own and the events dispatched to them (with the
        // labels of the events' links), never buildings, houses, organisations, residents nor
        // party archives.
        Role::Department => matches!(
            permission,
            RegionRead | DepartmentRead | FacilityRead | EventRead | EventDepartment
        ),
        // A party branch keeps the party archives of its organisation subtree (its scope).
        Role::PartyBranch => matches!(
            permission,
            RegionRead | DepartmentRead | PartyRead | PartyWrite | PartyFiguresRead
        ),
        // An integrator (12345 hotline, video platform) pushes events in and pulls status out.
        Role::Integrator => matches!(
            permission,
            RegionRead | DepartmentRead | EventReport | EventRead
        ),
    }
}
