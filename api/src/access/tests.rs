use super::*;

fn place(street: Uuid, community: Option<Uuid>, id: Uuid, kind: RegionKind) -> RegionPlace {
    RegionPlace {
        id,
        kind,
        street_id: Some(street),
        community_id: community,
        grid_id: None,
        micro_grid_id: None,
    }
}

fn access(role: Role, scope: Scope) -> Access {
    Access {
        tenant_id: Uuid::now_v7(),
        tenant_kind: TenantKind::County,
        user_id: Uuid::now_v7(),
        grants: vec![Grant { role, scope }],
    }
}

#[test]
fn a_street_admin_reaches_its_street_only() {
    let (street, other) = (Uuid::now_v7(), Uuid::now_v7());
    let admin = access(
        Role::StreetAdmin,
        Scope::Region {
            id: street,
            kind: RegionKind::Street,
        },
    );
    let community = Uuid::now_v7();
    let inside = place(street, Some(community), community, RegionKind::Community);
    let outside = place(other, None, other, RegionKind::Street);
    assert!(
        admin
            .check_region_action(Permission::RegionWrite, &inside, true)
            .is_ok()
    );
    assert!(matches!(
        admin.check_region_action(Permission::RegionWrite, &outside, false),
        Err(AppError::NotFound(_))
    ));
    let own = place(street, None, street, RegionKind::Street);
    assert!(matches!(
        admin.check_region_action(Permission::RegionWrite, &own, true),
        Err(AppError::Forbidden(_))
    ));
}

#[test]
fn a_grid_worker_reads_but_cannot_write() {
    let grid = Uuid::now_v7();
    let worker = access(
        Role::GridWorker,
        Scope::Region {
            id: grid,
            kind: RegionKind::Grid,
        },
    );
    assert!(worker.region_reach(Permission::RegionRead).is_ok());
    assert!(matches!(
        worker.region_reach(Permission::RegionWrite),
        Err(AppError::Forbidden(_))
    ));
}

#[test]
fn the_platform_operator_reads_no_regions() {
    let operator = access(Role::PlatformOperator, Scope::Tenant);
    assert!(matches!(
        operator.region_reach(Permission::RegionRead),
        Err(AppError::Forbidden(_))
    ));
    assert!(operator.require(Permission::TenantManage).is_ok());
}

#[test]
fn departments_read_the_whole_tree() {
    let department = access(Role::Department, Scope::Department(Uuid::now_v7()));
    assert_eq!(
        department.region_reach(Permission::RegionRead).ok(),
        Some(RegionReach::All)
    );
}
