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

#[test]
fn departments_read_only_the_facilities_they_own_and_no_other_place() {
    let (own, other) = (Uuid::now_v7(), Uuid::now_v7());
    let department = access(Role::Department, Scope::Department(own));
    let street = Uuid::now_v7();
    let anywhere = place(street, None, street, RegionKind::Street);
    assert!(department.check_facility_read(&anywhere, Some(own)).is_ok());
    assert!(matches!(
        department.check_facility_read(&anywhere, Some(other)),
        Err(AppError::NotFound(_))
    ));
    assert!(matches!(
        department.check_facility_read(&anywhere, None),
        Err(AppError::NotFound(_))
    ));
    assert!(matches!(
        department.check_read(Permission::PlaceRead, &anywhere, "building"),
        Err(AppError::Forbidden(_))
    ));
    // Were a department ever granted a region-reached permission, its scope would reach nothing.
    assert_eq!(
        RegionReach::of(
            Permission::PlaceRead,
            std::iter::once(&Scope::Department(own))
        ),
        RegionReach::Subtrees(vec![])
    );
}

#[test]
fn a_street_admin_reads_the_facilities_of_its_street_whoever_owns_them() {
    let (street, other) = (Uuid::now_v7(), Uuid::now_v7());
    let admin = access(
        Role::StreetAdmin,
        Scope::Region {
            id: street,
            kind: RegionKind::Street,
        },
    );
    let inside = place(street, None, street, RegionKind::Street);
    let outside = place(other, None, other, RegionKind::Street);
    assert!(
        admin
            .check_facility_read(&inside, Some(Uuid::now_v7()))
            .is_ok()
    );
    assert!(matches!(
        admin.check_facility_read(&outside, None),
        Err(AppError::NotFound(_))
    ));
}

#[test]
fn a_party_branch_places_organisations_only_inside_the_region_it_serves() {
    let (street, community, grid) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let branch = access(
        Role::PartyBranch,
        Scope::PartyOrganisation {
            id: Uuid::now_v7(),
            serves: Some((RegionKind::Grid, grid)),
        },
    );
    let own_grid = RegionPlace {
        grid_id: Some(grid),
        ..place(street, Some(community), grid, RegionKind::Grid)
    };
    let elsewhere = Uuid::now_v7();
    let other_street = place(elsewhere, None, elsewhere, RegionKind::Street);
    assert!(
        branch
            .check_region_action(Permission::PartyWrite, &own_grid, false)
            .is_ok()
    );
    // It reads the whole map, so a region elsewhere exists for it, but it may not act there.
    assert!(matches!(
        branch.check_region_action(Permission::PartyWrite, &other_street, false),
        Err(AppError::Forbidden(_))
    ));
    // An organisation serving no region places nothing anywhere.
    let unplaced = access(
        Role::PartyBranch,
        Scope::PartyOrganisation {
            id: Uuid::now_v7(),
            serves: None,
        },
    );
    assert!(matches!(
        unplaced.check_region_action(Permission::PartyWrite, &own_grid, false),
        Err(AppError::Forbidden(_))
    ));
}
