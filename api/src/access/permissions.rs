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
        }
    }

    pub const ALL: [Permission; 7] = [
        Self::RegionRead,
        Self::RegionWrite,
        Self::DepartmentRead,
        Self::DepartmentWrite,
        Self::UserManage,
        Self::TenantManage,
        Self::AuditRead,
    ];
}

/// Whether `role` grants `permission` (within the role's scope).
pub fn granted(role: Role, permission: Permission) -> bool {
    use Permission::*;
    match role {
        // The platform reads its own audit log (tenant creation, suspension), never a county's.
        Role::PlatformOperator => matches!(permission, TenantManage | AuditRead),
        Role::CountyAdmin => !matches!(permission, TenantManage),
        Role::StreetAdmin => matches!(permission, RegionRead | RegionWrite | DepartmentRead),
        Role::CommunityStaff
        | Role::GridWorker
        | Role::PartyBranch
        | Role::Department
        | Role::Leader
        | Role::Integrator => matches!(permission, RegionRead | DepartmentRead),
    }
}
