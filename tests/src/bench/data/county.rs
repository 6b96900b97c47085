//! The county's places and people: the region tree with polygons, then street by street its
//! buildings, houses, households, residents, key-group memberships, party branches and members,
//! and grid teams — each street in one transaction.

use super::people::{self, IdNumbers};
use super::{
    COMMUNITIES_PER_STREET, GRIDS_PER_COMMUNITY, PASSWORD, Plan, STREETS, derived_id, insert_all,
};
use chrono::{DateTime, NaiveDate, Utc};
use entities::enums::*;
use entities::{
    building, department, dispute_type, event_category, house, household, key_group, party_member,
    party_organisation, region, resident, resident_key_group, staff, staff_assignment,
};
use gridgov_api::domain::id_card::IdCardNo;
use gridgov_api::domain::phone::PhoneNo;
use gridgov_api::error::{AppError, AppResult};
use gridgov_api::pii::Vault;
use gridgov_api::service::archives::residents::{SealedValue, seal_id_card, seal_phone};
use gridgov_api::service::tenants::{NewCounty, create_county, find_by_code};
use gridgov_api::service::users::{insert_grant, insert_user};
use gridgov_api::state::AppState;
use gridgov_api::tenancy::{RequestDb, with_tenant};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;

// The county's rectangle (lng/lat) and its division: 5 × 4 streets, each 5 × 2 communities,
// each 5 × 2 grids.
const WEST: f64 = 117.00;
const SOUTH: f64 = 36.30;
const WIDTH: f64 = 0.50;
const HEIGHT: f64 = 0.40;

const DEPARTMENTS: &[&str] = &[
    "县城市管理局",
    "县住房和城乡建设局",
    "县生态环境分局",
    "县市场监督管理局",
    "县公安局",
    "县民政局",
    "县人力资源和社会保障局",
    "县卫生健康局",
    "县交通运输局",
    "县水利局",
    "县应急管理局",
    "县教育和体育局",
    "县自然资源和规划局",
    "县农业农村局",
    "县司法局",
    "县信访局",
    "县供电公司",
    "县自来水公司",
    "县燃气公司",
    "县消防救援大队",
];

/// A grid as the later steps need it.
#[derive(Debug, Clone)]
pub struct GridInfo {
    pub number: u32,
    pub id: Uuid,
    pub community_id: Uuid,
    pub street_id: Uuid,
    pub name: String,
    pub center: (f64, f64),
}

/// The state of one county's load.
pub struct Loader<'a> {
    pub state: &'a AppState,
    pub plan: &'a Plan,
    pub progress: &'a (dyn Fn(&str) + Sync),
    pub tenant_id: Uuid,
    pub rng: StdRng,
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
    pub rows: u64,
    pub grids: Vec<GridInfo>,
    pub departments: Vec<Uuid>,
    pub categories: Vec<event_category::Model>,
    pub dispute_types: Vec<Uuid>,
    pub vault: Vault,
    ids: IdNumbers,
}

impl<'a> Loader<'a> {
    /// Creates the county (through the product's own county creation: its admin, key groups and
    /// event categories), its departments and its users; `None` when the county exists.
    pub async fn start(
        state: &'a AppState,
        plan: &'a Plan,
        progress: &'a (dyn Fn(&str) + Sync),
    ) -> AppResult<Option<Self>> {
        let db = RequestDb::new(state.db.clone(), None);
        db.expect_writes();
        if find_by_code(db.conn().await?, &plan.code).await?.is_some() {
            db.commit().await?;
            progress(&format!("county {} exists: left as it is", plan.code));
            return Ok(None);
        }
        let county = create_county(
            state,
            &db,
            None,
            NewCounty {
                code: &plan.code,
                name: &plan.name,
                admin_username: "admin",
                admin_display_name: "县综治中心管理员",
                admin_password: PASSWORD,
            },
        )
        .await?;
        db.commit().await?;
        let now = state.clock.now();
        let mut loader = Self {
            state,
            plan,
            progress,
            tenant_id: county.id,
            rng: StdRng::seed_from_u64(
                plan.seed ^ u64::from(plan.code.parse::<u32>().unwrap_or(0)),
            ),
            now,
            today: gridgov_api::domain::today_at(now),
            rows: 0,
            grids: Vec::new(),
            departments: Vec::new(),
            categories: Vec::new(),
            dispute_types: Vec::new(),
            vault: state.vault.clone(),
            ids: IdNumbers::new(&plan.code),
        };
        loader.regions_and_departments().await?;
        Ok(Some(loader))
    }

    pub fn say(&self, message: &str) {
        (self.progress)(&format!("[{}] {message}", self.plan.code));
    }

    /// The tree, the departments, and the users the benchmarks sign in as: `admin` (county),
    /// `street01`…`street20`, `grid0001` (grid 1), `dept01` (the first department).
    async fn regions_and_departments(&mut self) -> AppResult<()> {
        let tenant_id = self.tenant_id;
        let now = self.now;
        let canary = self.plan.canary();
        let code = self.plan.code.clone();
        let mut grids = Vec::new();
        let rows = with_tenant(&self.state.db, Some(tenant_id), async |db| {
            let conn = db.conn().await?;
            let root = conn
                .find::<region::Entity>()
                .filter(region::Column::ParentId.is_null())
                .one(conn)
                .await?
                .ok_or(AppError::NotFound("region"))?;
            let mut tree = Vec::new();
            let node = |parent: &region::Model,
                        id: Uuid,
                        kind: RegionKind,
                        code: String,
                        name: String,
                        rect: (f64, f64, f64, f64)| {
                let (x0, y0, x1, y1) = rect;
                let [street_id, community_id, grid_id, micro_grid_id] =
                    gridgov_api::service::regions::ancestry(parent, id, kind);
                region::Model {
                    tenant_id,
                    id,
                    parent_id: Some(parent.id),
                    kind,
                    grid_kind: (kind == RegionKind::Grid).then_some(GridKind::Basic),
                    code,
                    name,
                    path: format!("{}{id}/", parent.path),
                    depth: parent.depth + 1,
                    street_id,
                    community_id,
                    grid_id,
                    micro_grid_id,
                    boundary: Some(rectangle(x0, y0, x1, y1)),
                    center_lng: Some((x0 + x1) / 2.0),
                    center_lat: Some((y0 + y1) / 2.0),
                    version: 1,
                    created_at: now,
                    updated_at: now,
                }
            };
            let (sw, sh) = (WIDTH / 5.0, HEIGHT / 4.0);
            for s in 1..=STREETS {
                let (sx, sy) = (
                    WEST + sw * ((s - 1) % 5) as f64,
                    SOUTH + sh * ((s - 1) / 5) as f64,
                );
                let street = node(
                    &root,
                    derived_id(&code, "street", s),
                    RegionKind::Street,
                    format!("{code}{s:03}"),
                    format!("{}街道", STREET_NAMES[(s - 1) as usize]),
                    (sx, sy, sx + sw, sy + sh),
                );
                let (cw, ch) = (sw / 5.0, sh / 2.0);
                for c in 1..=COMMUNITIES_PER_STREET {
                    let n = (s - 1) * COMMUNITIES_PER_STREET + c;
                    let (cx, cy) = (
                        sx + cw * ((c - 1) % 5) as f64,
                        sy + ch * ((c - 1) / 5) as f64,
                    );
                    let community = node(
                        &street,
                        derived_id(&code, "community", n),
                        RegionKind::Community,
                        format!("{}{c:03}", street.code),
                        community_name(n),
                        (cx, cy, cx + cw, cy + ch),
                    );
                    let (gw, gh) = (cw / 5.0, ch / 2.0);
                    for g in 1..=GRIDS_PER_COMMUNITY {
                        let number = (n - 1) * GRIDS_PER_COMMUNITY + g;
                        let (gx, gy) = (
                            cx + gw * ((g - 1) % 5) as f64,
                            cy + gh * ((g - 1) / 5) as f64,
                        );
                        let mut name = format!("{}第{g}网格", community.name);
                        if let Some(canary) = &canary {
                            name.push_str(&format!("（{canary}）"));
                        }
                        let grid = node(
                            &community,
                            derived_id(&code, "grid", number),
                            RegionKind::Grid,
                            format!("{}{g:03}", community.code),
                            name,
                            (gx, gy, gx + gw, gy + gh),
                        );
                        grids.push(GridInfo {
                            number,
                            id: grid.id,
                            community_id: community.id,
                            street_id: street.id,
                            name: grid.name.clone(),
                            center: (gx + gw / 2.0, gy + gh / 2.0),
                        });
                        tree.push(grid);
                    }
                    tree.push(community);
                }
                tree.push(street);
            }
            // Parents before children: streets, communities, grids.
            tree.sort_by_key(|r| r.depth);
            let mut rows = insert_all::<region::Entity, _>(conn, tree).await?;
            let departments: Vec<department::Model> = DEPARTMENTS
                .iter()
                .enumerate()
                .map(|(i, name)| department::Model {
                    tenant_id,
                    id: derived_id(&code, "department", i as u32 + 1),
                    code: format!("D{:02}", i + 1),
                    name: (*name).to_string(),
                    created_at: now,
                    updated_at: now,
                })
                .collect();
            rows += insert_all::<department::Entity, _>(conn, departments).await?;
            Ok(rows)
        })
        .await?;
        self.rows += rows;
        self.grids = grids;
        self.departments = (1..=DEPARTMENTS.len() as u32)
            .map(|i| derived_id(&code, "department", i))
            .collect();
        let db = &self.state.db;
        self.categories = with_tenant(db, Some(tenant_id), async |db| {
            Ok(db
                .conn()
                .await?
                .find::<event_category::Entity>()
                .all(db.conn().await?)
                .await?)
        })
        .await?;
        self.dispute_types = with_tenant(db, Some(tenant_id), async |db| {
            Ok(db
                .conn()
                .await?
                .find::<dispute_type::Entity>()
                .filter(dispute_type::Column::ParentId.is_not_null())
                .all(db.conn().await?)
                .await?
                .into_iter()
                .map(|t| t.id)
                .collect())
        })
        .await?;
        self.users().await?;
        self.say(&format!(
            "region tree: {} streets, {} grids; {} departments; users",
            STREETS,
            self.grids.len(),
            DEPARTMENTS.len()
        ));
        Ok(())
    }

    async fn users(&self) -> AppResult<()> {
        let state = self.state;
        let tenant_id = self.tenant_id;
        let code = self.plan.code.clone();
        let first_grid = self.grids.first().map(|g| g.id);
        let first_department = self.departments.first().copied();
        with_tenant(&state.db, Some(tenant_id), async |db| {
            let conn = db.conn().await?;
            for s in 1..=STREETS {
                let user = insert_user(
                    state,
                    conn,
                    tenant_id,
                    None,
                    &format!("street{s:02}"),
                    &format!("街道管理员{s:02}"),
                    PASSWORD,
                )
                .await?;
                insert_grant(
                    conn,
                    tenant_id,
                    user.id,
                    Role::StreetAdmin,
                    ScopeKind::Region,
                    derived_id(&code, "street", s),
                )
                .await?;
            }
            if let Some(grid) = first_grid {
                let user =
                    insert_user(state, conn, tenant_id, None, "grid0001", "网格员", PASSWORD)
                        .await?;
                insert_grant(
                    conn,
                    tenant_id,
                    user.id,
                    Role::GridWorker,
                    ScopeKind::Region,
                    grid,
                )
                .await?;
            }
            if let Some(department) = first_department {
                let user = insert_user(
                    state,
                    conn,
                    tenant_id,
                    None,
                    "dept01",
                    "城管局受理员",
                    PASSWORD,
                )
                .await?;
                insert_grant(
                    conn,
                    tenant_id,
                    user.id,
                    Role::Department,
                    ScopeKind::Department,
                    department,
                )
                .await?;
            }
            Ok(())
        })
        .await
    }

    /// Street by street: places, households, residents, key groups, party, teams.
    pub async fn places_and_people(&mut self) -> AppResult<()> {
        let key_groups: Vec<key_group::Model> = {
            let tenant_id = self.tenant_id;
            with_tenant(&self.state.db, Some(tenant_id), async |db| {
                Ok(db
                    .conn()
                    .await?
                    .find::<key_group::Entity>()
                    .all(db.conn().await?)
                    .await?)
            })
            .await?
        };
        let per_grid = self.plan.residents / super::GRIDS;
        let extra = self.plan.residents % super::GRIDS;
        let mut resident_number = 0u32;
        for s in 1..=STREETS {
            let grids: Vec<GridInfo> = self
                .grids
                .iter()
                .filter(|g| g.street_id == derived_id(&self.plan.code, "street", s))
                .cloned()
                .collect();
            let mut batch = StreetBatch::default();
            let street_org = self.party_org(
                &mut batch,
                None,
                PartyOrganisationKind::StreetCommittee,
                format!("{}街道党工委", STREET_NAMES[(s - 1) as usize]),
                grids.first().map(|g| (g.street_id, None, None)),
            );
            let mut community_org = None;
            for grid in &grids {
                if community_org
                    .as_ref()
                    .is_none_or(|(c, _)| *c != grid.community_id)
                {
                    let org = self.party_org(
                        &mut batch,
                        Some(&street_org),
                        PartyOrganisationKind::CommunityCommittee,
                        format!(
                            "{}党委",
                            community_name(grid.number.div_ceil(GRIDS_PER_COMMUNITY))
                        ),
                        Some((grid.street_id, Some(grid.community_id), None)),
                    );
                    community_org = Some((grid.community_id, org));
                }
                let Some((_, parent)) = community_org.clone() else {
                    continue;
                };
                let branch = self.party_org(
                    &mut batch,
                    Some(&parent),
                    PartyOrganisationKind::GridBranch,
                    format!("{}党支部", grid.name),
                    Some((grid.street_id, Some(grid.community_id), Some(grid.id))),
                );
                let people = per_grid + u32::from(grid.number <= extra);
                self.grid_people(
                    &mut batch,
                    grid,
                    people,
                    &mut resident_number,
                    &key_groups,
                    branch.id,
                )?;
                self.grid_team(&mut batch, grid)?;
            }
            let rows = batch.write(self.state, self.tenant_id).await?;
            self.rows += rows;
            self.refresh_statistics_now_and_then(s).await?;
            self.say(&format!(
                "street {s}/{STREETS}: {resident_number} residents so far, {} rows",
                self.rows
            ));
        }
        Ok(())
    }

    fn party_org(
        &mut self,
        batch: &mut StreetBatch,
        parent: Option<&party_organisation::Model>,
        kind: PartyOrganisationKind,
        name: String,
        place: Option<(Uuid, Option<Uuid>, Option<Uuid>)>,
    ) -> party_organisation::Model {
        let id = Uuid::from_u128(self.rng.random());
        let (street, community, grid) =
            place.map_or((None, None, None), |(s, c, g)| (Some(s), c, g));
        let org = party_organisation::Model {
            tenant_id: self.tenant_id,
            id,
            parent_id: parent.map(|p| p.id),
            kind,
            name,
            region_id: grid.or(community).or(street),
            street_id: street,
            community_id: community,
            grid_id: grid,
            micro_grid_id: None,
            path: format!("{}{id}/", parent.map_or("/", |p| p.path.as_str())),
            term_start: Some(self.today - chrono::Duration::days(400)),
            term_end: Some(self.today + chrono::Duration::days(self.rng.random_range(30..1400))),
            covered_units: None,
            version: 1,
            created_at: self.now,
            updated_at: self.now,
        };
        batch.party_organisations.push(org.clone());
        org
    }

    /// An ID number sealed as the archive seals it (cipher, blind index, mask).
    fn seal_id_card(&self, number: &str) -> AppResult<SealedValue> {
        let id = IdCardNo::parse("idCardNo", number)
            .map_err(|e| AppError::internal(anyhow::anyhow!("generated {number}: {e:?}")))?;
        seal_id_card(&self.vault, self.tenant_id, &id)
    }

    fn seal_phone(&self, number: &str) -> AppResult<SealedValue> {
        let phone = PhoneNo::parse("phone", number)
            .map_err(|e| AppError::internal(anyhow::anyhow!("generated {number}: {e:?}")))?;
        seal_phone(&self.vault, self.tenant_id, &phone)
    }

    fn grid_people(
        &mut self,
        batch: &mut StreetBatch,
        grid: &GridInfo,
        people: u32,
        resident_number: &mut u32,
        key_groups: &[key_group::Model],
        branch: Uuid,
    ) -> AppResult<()> {
        let (tenant_id, now) = (self.tenant_id, self.now);
        let place = (Some(grid.street_id), Some(grid.community_id), Some(grid.id));
        let estate = people::estate(&mut self.rng);
        let road = people::road(&mut self.rng);
        let mut placed = 0u32;
        let mut building_no = 0u32;
        let mut house_in_building = 24u32;
        let mut current_building = Uuid::nil();
        while placed < people {
            if house_in_building >= 24 {
                building_no += 1;
                house_in_building = 0;
                current_building = Uuid::from_u128(self.rng.random());
                batch.buildings.push(building::Model {
                    tenant_id,
                    id: current_building,
                    region_id: grid.id,
                    street_id: place.0,
                    community_id: place.1,
                    grid_id: place.2,
                    micro_grid_id: None,
                    name: format!("{estate}{building_no}号楼"),
                    address: Some(format!(
                        "{}{road}{}号{estate}{building_no}号楼",
                        self.plan.name,
                        grid.number * 3 + building_no
                    )),
                    floors: Some(6),
                    unit_count: Some(2),
                    center_lng: Some(grid.center.0),
                    center_lat: Some(grid.center.1),
                    version: 1,
                    created_at: now,
                    updated_at: now,
                });
            }
            house_in_building += 1;
            let unit = (house_in_building - 1) / 12 + 1;
            let floor = ((house_in_building - 1) % 12) / 2 + 1;
            let room = format!("{floor}0{}", (house_in_building - 1) % 2 + 1);
            let house_id = Uuid::from_u128(self.rng.random());
            let vacant = self.rng.random_bool(0.05);
            batch.houses.push(house::Model {
                tenant_id,
                id: house_id,
                region_id: grid.id,
                street_id: place.0,
                community_id: place.1,
                grid_id: place.2,
                micro_grid_id: None,
                building_id: current_building,
                unit: format!("{unit}单元"),
                floor: Some(floor as i32),
                room,
                house_use: if vacant {
                    HouseUse::Vacant
                } else if self.rng.random_bool(0.2) {
                    HouseUse::Rented
                } else {
                    HouseUse::OwnerOccupied
                },
                area: Some(f64::from(self.rng.random_range(45..160u32))),
                version: 1,
                created_at: now,
                updated_at: now,
            });
            if vacant {
                continue;
            }
            let household_id = Uuid::from_u128(self.rng.random());
            batch.households.push(household::Model {
                tenant_id,
                id: household_id,
                region_id: grid.id,
                street_id: place.0,
                community_id: place.1,
                grid_id: place.2,
                micro_grid_id: None,
                number: format!("{}{:07}", self.plan.code, *resident_number + 1),
                house_id: Some(house_id),
                version: 1,
                created_at: now,
                updated_at: now,
            });
            let size = (self.rng.random_range(1..=5u32)).min(people - placed);
            let surname = people::surname(&mut self.rng);
            for member in 0..size {
                *resident_number += 1;
                placed += 1;
                let n = *resident_number;
                let gender = if self.rng.random_bool(0.5) {
                    Gender::Male
                } else {
                    Gender::Female
                };
                let birth = people::birth_date(&mut self.rng, self.today);
                let id_number = self.ids.draw(&mut self.rng, birth, gender);
                let phone = people::mobile(&mut self.rng);
                let id_card = self.seal_id_card(&id_number)?;
                let phone = self.seal_phone(&phone)?;
                let mut name = if member == 0 || self.rng.random_bool(0.7) {
                    format!("{surname}{}", people::given_name(&mut self.rng, gender))
                } else {
                    people::full_name(&mut self.rng, gender)
                };
                if let Some(canary) = self.plan.canary()
                    && n.is_multiple_of(20)
                {
                    name = format!("{name}{canary}");
                }
                let party = self.rng.random_bool(0.06)
                    && birth < self.today - chrono::Duration::days(18 * 366);
                let id = derived_id(&self.plan.code, "resident", n);
                batch.residents.push(resident::Model {
                    tenant_id,
                    id,
                    region_id: grid.id,
                    street_id: place.0,
                    community_id: place.1,
                    grid_id: place.2,
                    micro_grid_id: None,
                    name: name.clone(),
                    gender,
                    birth_date: Some(birth),
                    id_card_cipher: Some(id_card.cipher),
                    id_card_hash: Some(id_card.hash),
                    id_card_masked: Some(id_card.masked),
                    phone_cipher: Some(phone.cipher),
                    phone_hash: Some(phone.hash),
                    phone_masked: Some(phone.masked),
                    ethnicity: Some(people::ethnicity(&mut self.rng).to_string()),
                    residence_type: match self.rng.random_range(0..10) {
                        0..=6 => ResidenceType::Registered,
                        7 | 8 => ResidenceType::Floating,
                        _ => ResidenceType::Resident,
                    },
                    political_status: Some(if party {
                        PoliticalStatus::CpcMember
                    } else {
                        PoliticalStatus::Masses
                    }),
                    house_id: Some(house_id),
                    household_id: Some(household_id),
                    relationship: Some(if member == 0 {
                        HouseholdRelationship::Head
                    } else if member == 1 {
                        HouseholdRelationship::Spouse
                    } else {
                        HouseholdRelationship::Child
                    }),
                    status: ResidentStatus::Living,
                    tags: serde_json::json!([]),
                    note: self
                        .rng
                        .random_bool(0.1)
                        .then(|| "常年在外务工，春节返乡。".to_string()),
                    version: 1,
                    created_at: now,
                    updated_at: now,
                });
                if self.rng.random_bool(0.08) && !key_groups.is_empty() {
                    let group = &key_groups[self.rng.random_range(0..key_groups.len())];
                    batch.memberships.push(resident_key_group::Model {
                        tenant_id,
                        id: Uuid::from_u128(self.rng.random()),
                        resident_id: id,
                        key_group_id: group.id,
                        started_on: self.today
                            - chrono::Duration::days(self.rng.random_range(10..2000)),
                        ended_on: None,
                        risk_level: group.has_risk_level.then(|| self.rng.random_range(1..=3)),
                        note: None,
                        created_at: now,
                    });
                }
                if party {
                    let joined = birth
                        + chrono::Duration::days(self.rng.random_range(
                            20 * 365..(self.today - birth).num_days().max(20 * 365 + 1),
                        ));
                    let joined = joined.min(self.today);
                    batch.members.push(party_member::Model {
                        tenant_id,
                        id: Uuid::from_u128(self.rng.random()),
                        organisation_id: branch,
                        resident_id: Some(id),
                        name,
                        gender,
                        birth_date: Some(birth),
                        id_card_cipher: None,
                        id_card_hash: None,
                        id_card_masked: None,
                        phone_cipher: None,
                        phone_hash: None,
                        phone_masked: None,
                        status: if self.rng.random_bool(0.05) {
                            PartyMemberStatus::Probationary
                        } else {
                            PartyMemberStatus::Full
                        },
                        joined_on: joined,
                        confirmed_on: Some(joined + chrono::Duration::days(365)),
                        member_type: if birth < self.today - chrono::Duration::days(62 * 365) {
                            PartyMemberType::Retired
                        } else {
                            PartyMemberType::Registered
                        },
                        floating_from: None,
                        floating_to: None,
                        work_unit: None,
                        reported_community_id: None,
                        centre_household: self.rng.random_bool(0.1),
                        left_on: None,
                        left_to: None,
                        region_id: Some(grid.id),
                        street_id: place.0,
                        community_id: place.1,
                        grid_id: place.2,
                        micro_grid_id: None,
                        version: 1,
                        created_at: now,
                        updated_at: now,
                    });
                }
            }
        }
        Ok(())
    }

    fn grid_team(&mut self, batch: &mut StreetBatch, grid: &GridInfo) -> AppResult<()> {
        for role in [
            TeamRole::GridLeader,
            TeamRole::FullTimeWorker,
            TeamRole::PartTimeWorker,
        ] {
            let gender = if self.rng.random_bool(0.5) {
                Gender::Male
            } else {
                Gender::Female
            };
            let mobile = people::mobile(&mut self.rng);
            let phone = self.seal_phone(&mobile)?;
            let id = Uuid::from_u128(self.rng.random());
            let started = self.today - chrono::Duration::days(self.rng.random_range(30..2000));
            batch.staff.push(staff::Model {
                tenant_id: self.tenant_id,
                id,
                region_id: grid.id,
                street_id: Some(grid.street_id),
                community_id: Some(grid.community_id),
                grid_id: Some(grid.id),
                micro_grid_id: None,
                name: people::full_name(&mut self.rng, gender),
                gender,
                birth_year: Some(self.rng.random_range(1965..2000)),
                education: Some("大专".into()),
                party_member: self.rng.random_bool(0.4),
                qualification: None,
                source: Some("社区招聘".into()),
                employment_type: Some(
                    if role == TeamRole::PartTimeWorker {
                        "兼职"
                    } else {
                        "专职"
                    }
                    .into(),
                ),
                started_on: Some(started),
                phone_cipher: Some(phone.cipher),
                phone_hash: Some(phone.hash),
                phone_masked: Some(phone.masked),
                star_level: Some(self.rng.random_range(1..=5)),
                user_id: None,
                status: StaffStatus::Active,
                version: 1,
                created_at: self.now,
                updated_at: self.now,
            });
            batch.assignments.push(staff_assignment::Model {
                tenant_id: self.tenant_id,
                id: Uuid::from_u128(self.rng.random()),
                region_id: grid.id,
                street_id: Some(grid.street_id),
                community_id: Some(grid.community_id),
                grid_id: Some(grid.id),
                micro_grid_id: None,
                staff_id: id,
                team_role: role,
                started_on: started,
                ended_on: None,
                created_at: self.now,
            });
        }
        Ok(())
    }

    /// Fresh planner statistics for every table the load wrote.
    pub async fn finish(&self) -> AppResult<()> {
        self.refresh_statistics().await?;
        self.say(&format!("done: {} rows", self.rows));
        Ok(())
    }

    /// After the first street and every fifth: without fresh statistics the foreign-key
    /// checks keep plans made while the tables were empty and scan them (quadratic load time).
    pub async fn refresh_statistics_now_and_then(&self, street: u32) -> AppResult<()> {
        if street == 1 || street.is_multiple_of(5) {
            self.refresh_statistics().await?;
        }
        Ok(())
    }

    async fn refresh_statistics(&self) -> AppResult<()> {
        let tenant_id = self.tenant_id;
        with_tenant(&self.state.db, Some(tenant_id), async |db| {
            gridgov_api::tenancy::maintenance::refresh_statistics(db.conn().await?, WRITTEN_TABLES)
                .await
        })
        .await
    }
}

const WRITTEN_TABLES: &[&str] = &[
    "regions",
    "buildings",
    "houses",
    "households",
    "residents",
    "resident_key_groups",
    "party_organisations",
    "party_members",
    "staff",
    "staff_assignments",
    "events",
    "event_history",
    "supervision_orders",
    "event_disputes",
];

/// One street's rows, written in one transaction in the order of their foreign keys.
#[derive(Default)]
struct StreetBatch {
    buildings: Vec<building::Model>,
    houses: Vec<house::Model>,
    households: Vec<household::Model>,
    residents: Vec<resident::Model>,
    memberships: Vec<resident_key_group::Model>,
    party_organisations: Vec<party_organisation::Model>,
    members: Vec<party_member::Model>,
    staff: Vec<staff::Model>,
    assignments: Vec<staff_assignment::Model>,
}

impl StreetBatch {
    async fn write(self, state: &AppState, tenant_id: Uuid) -> AppResult<u64> {
        with_tenant(&state.db, Some(tenant_id), async |db| {
            let conn = db.conn().await?;
            let mut rows = insert_all::<building::Entity, _>(conn, self.buildings).await?;
            rows += insert_all::<house::Entity, _>(conn, self.houses).await?;
            rows += insert_all::<household::Entity, _>(conn, self.households).await?;
            rows += insert_all::<resident::Entity, _>(conn, self.residents).await?;
            rows += insert_all::<resident_key_group::Entity, _>(conn, self.memberships).await?;
            rows +=
                insert_all::<party_organisation::Entity, _>(conn, self.party_organisations).await?;
            rows += insert_all::<party_member::Entity, _>(conn, self.members).await?;
            rows += insert_all::<staff::Entity, _>(conn, self.staff).await?;
            rows += insert_all::<staff_assignment::Entity, _>(conn, self.assignments).await?;
            Ok(rows)
        })
        .await
    }
}

fn rectangle(x0: f64, y0: f64, x1: f64, y1: f64) -> serde_json::Value {
    let r = |v: f64| (v * 1e6).round() / 1e6;
    serde_json::json!({
        "type": "Polygon",
        "coordinates": [[[r(x0), r(y0)], [r(x1), r(y0)], [r(x1), r(y1)], [r(x0), r(y1)], [r(x0), r(y0)]]]
    })
}

const STREET_NAMES: [&str; 20] = [
    "城关", "东城", "西城", "南关", "北关", "文昌", "凤凰", "龙山", "青石", "玉泉", "白云", "金河",
    "柳林", "杏坛", "桃园", "梨花", "松岭", "竹溪", "梅岭", "兰亭",
];
/// Community `n` (from 1): 25 names, numbered when they come round again.
fn community_name(n: u32) -> String {
    let i = (n.saturating_sub(1)) as usize;
    let round = i / COMMUNITY_NAMES.len();
    let name = COMMUNITY_NAMES[i % COMMUNITY_NAMES.len()];
    if round == 0 {
        format!("{name}社区")
    } else {
        format!("{name}{}社区", round + 1)
    }
}

const COMMUNITY_NAMES: &[&str] = &[
    "清河", "和平", "幸福", "团结", "光明", "建设", "新华", "胜利", "东风", "红旗", "朝阳", "前进",
    "民主", "友谊", "振兴", "富民", "安居", "康乐", "锦华", "丰泽", "永安", "长兴", "福源", "瑞祥",
    "嘉禾",
];
