//! The role → permission table (domain.md §12). Tenants will extend it; today it is fixed.

use entities::enums::Role;

crate::codes::code_enum! {
    /// What a role may do, as `resource:action` strings (`me.permissions`, the frontend).
    pub enum Permission {
        /// Read the region tree and grid map.
        RegionRead = "region:read",
        /// Create, change, move and delete regions.
        RegionWrite = "region:write",
        DepartmentRead = "department:read",
        DepartmentWrite = "department:write",
        /// Create users and grant or revoke their roles.
        UserManage = "user:manage",
        /// Create, suspend and reactivate tenants (platform operator only).
        TenantManage = "tenant:manage",
        /// Read the tenant's audit log.
        AuditRead = "audit:read",
        /// Read residents, households and key-group memberships (identifiers masked).
        ResidentRead = "resident:read",
        /// Create and change residents, households and memberships; import them.
        ResidentWrite = "resident:write",
        /// See full ID numbers and phones (each reveal is audited).
        PersonalDataReveal = "resident:reveal",
        /// See sensitive key groups (criminal, health, drug) and their members.
        SensitiveGroupRead = "resident:sensitive",
        /// Read buildings, houses and organisations.
        PlaceRead = "place:read",
        /// Read public facilities: those of one's regions, and a department's own (owner department).
        FacilityRead = "facility:read",
        /// Create and change buildings, houses, organisations and public facilities.
        PlaceWrite = "place:write",
        /// Read grid-team staff and their assignments.
        TeamRead = "team:read",
        /// Create and change staff and assign them to grids.
        TeamWrite = "team:write",
        /// Edit the tenant's archive configuration: key-group catalogue, grid sizing rule.
        ArchiveConfigure = "archive:configure",
        /// Read party members, officers, meetings, commitments, points and evaluations.
        PartyRead = "party:read",
        /// Keep the party archives: organisations, members, meetings, points, evaluations.
        PartyWrite = "party:write",
        /// Read the party organisation tree and its figures (counts), without member details.
        PartyFiguresRead = "party:figures",
        /// Edit the tenant's party configuration: required meetings.
        PartyConfigure = "party:configure",
        /// Report events (上报).
        EventReport = "event:report",
        /// Read events, their history, supervision orders and figures.
        EventRead = "event:read",
        /// Act on events at one's level: accept, reject, merge, handle locally, escalate, verify,
        /// revisit, archive; keep dispute records.
        EventHandle = "event:handle",
        /// Dispatch events to departments and decide their extension requests.
        EventDispatch = "event:dispatch",
        /// A department's part: sign for, return, ask for more time, report done.
        EventDepartment = "event:department",
        /// Raise supervision orders (督办) by hand.
        EventSupervise = "event:supervise",
        /// Edit the event categories, work calendar, warning thresholds and dispute risk rules.
        EventConfigure = "event:configure",
    }
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
