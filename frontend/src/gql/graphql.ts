/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 关怀等级 of a key group. */
export type CareLevel =
  /** 关注 */
  | 'ATTENTION'
  /** 重点 */
  | 'KEY'
  /** 一般 */
  | 'ROUTINE';

export type ExportFormat =
  | 'CSV'
  | 'XLSX';

export type ExportResidentsInput = {
  filter?: ResidentFilterInput | null | undefined;
  format?: ExportFormat;
  /** Full identifiers where the caller's `resident:reveal` reaches (FORBIDDEN without it). */
  reveal?: boolean;
};

/** 性别 */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 基础网格 | 专属网格 (school, hospital, market, park, enterprise) */
export type GridKind =
  | 'BASIC'
  | 'EXCLUSIVE';

/** Where a grid stands against the sizing rule. */
export type GridSizeStatus =
  | 'TOO_LARGE'
  | 'TOO_SMALL'
  | 'WITHIN_RULE';

/** 房屋用途 (domain.md §2). */
export type HouseUse =
  /** 商用 */
  | 'COMMERCIAL'
  /** 自住 */
  | 'OWNER_OCCUPIED'
  /** 出租 — tracked */
  | 'RENTED'
  /** 空置 */
  | 'VACANT';

/** 与户主关系 */
export type HouseholdRelationship =
  /** 子女 */
  | 'CHILD'
  /** 儿媳/女婿 */
  | 'CHILD_IN_LAW'
  /** 孙子女/外孙子女 */
  | 'GRANDCHILD'
  /** 祖父母/外祖父母 */
  | 'GRANDPARENT'
  /** 户主 */
  | 'HEAD'
  /** 其他 */
  | 'OTHER'
  /** 父母 */
  | 'PARENT'
  /** 兄弟姐妹 */
  | 'SIBLING'
  /** 配偶 */
  | 'SPOUSE';

/** Which identifier to reveal. */
export type IdentifierField =
  | 'ID_CARD_NO'
  | 'PHONE';

/** What an import file holds. */
export type ImportKind =
  /** 房屋与户 */
  | 'HOUSES'
  /** 居民 */
  | 'RESIDENTS'
  /** 网格队伍 */
  | 'STAFF';

/** Where an import job is. */
export type ImportStatus =
  /** rows had errors (nothing written) or the file could not be read */
  | 'FAILED'
  /** waiting to start */
  | 'QUEUED'
  /** validating or writing */
  | 'RUNNING'
  /** validated, and written unless a dry run */
  | 'SUCCEEDED';

export type LoginInput = {
  password: string;
  /** The county's six-digit code (the platform operator's is `000000`). */
  tenantCode: string;
  username: string;
};

/** An entry of a resident's timeline. */
export type MoveKind =
  /** 死亡 */
  | 'DECEASED'
  /** 迁入 from outside the county */
  | 'MOVED_IN'
  /** 迁出 — left the county */
  | 'MOVED_OUT'
  /** moved to another house or grid of the county */
  | 'MOVED_WITHIN'
  /** entered in the archive */
  | 'REGISTERED';

/** 政治面貌 */
export type PoliticalStatus =
  /** 中共党员 */
  | 'CPC_MEMBER'
  /** 中共预备党员 */
  | 'CPC_PROBATIONARY'
  /** 民主党派 */
  | 'DEMOCRATIC_PARTY'
  /** 共青团员 */
  | 'LEAGUE_MEMBER'
  /** 群众 */
  | 'MASSES'
  /** 无党派人士 */
  | 'NONPARTISAN';

export type RefreshTokenInput = {
  refreshToken: string;
};

/** 区/县 › 街道/乡镇 › 社区/村 › 网格 › 微网格 */
export type RegionKind =
  | 'COMMUNITY'
  | 'COUNTY'
  | 'GRID'
  | 'MICRO_GRID'
  | 'STREET';

/** 居住类型 (domain.md §3). */
export type ResidenceType =
  /** 流动人口 */
  | 'FLOATING'
  /** 境外人员 */
  | 'OVERSEAS'
  /** 户籍人口 */
  | 'REGISTERED'
  /** 常住人口 (not registered here) */
  | 'RESIDENT';

/** How to narrow a resident search; all given conditions must hold. */
export type ResidentFilterInput = {
  householdId?: string | number | null | undefined;
  /** The exact, full ID number. */
  idCardNo?: string | null | undefined;
  keyGroupId?: string | number | null | undefined;
  /** Part of the name (any position). */
  name?: string | null | undefined;
  /** The exact phone number. */
  phone?: string | null | undefined;
  /** A region whose subtree to search. */
  regionId?: string | number | null | undefined;
  residenceType?: ResidenceType | null | undefined;
  status?: ResidentStatus | null | undefined;
};

/** Whether the person still lives in the county. */
export type ResidentStatus =
  /** 已故 */
  | 'DECEASED'
  /** 在住 */
  | 'LIVING'
  /** 已迁出 */
  | 'MOVED_OUT';

export type RevealResidentIdentifierInput = {
  field: IdentifierField;
  residentId: string | number;
};

/** The roles of a county (domain guide §12). */
export type Role =
  /** 社区工作人员 */
  | 'COMMUNITY_STAFF'
  /** 县级管理员 — everything in the county. */
  | 'COUNTY_ADMIN'
  /** 职能部门 */
  | 'DEPARTMENT'
  /** 网格员 */
  | 'GRID_WORKER'
  /** 第三方对接 — what its scopes allow. */
  | 'INTEGRATOR'
  /** 领导 — read-only statistics of a subtree. */
  | 'LEADER'
  /** 党支部 */
  | 'PARTY_BRANCH'
  /** 平台运营 — manages tenants; reads no tenant's business data. */
  | 'PLATFORM_OPERATOR'
  /** 街道管理员 — manages and dispatches within a street. */
  | 'STREET_ADMIN';

export type StartImportInput = {
  /** Validate only; write nothing. Default true. */
  dryRun?: boolean;
  kind: ImportKind;
  /** From `POST /uploads`. */
  uploadId: string;
};

/** A part of the "1+1+N+X" team. */
export type TeamPart =
  /** 1 专职网格员 */
  | 'FULL_TIME'
  /** 1 网格长 */
  | 'LEADER'
  /** N 兼职网格员、楼栋长、志愿者… */
  | 'PART_TIME'
  /** X 执法和专业力量 */
  | 'PROFESSIONAL';

/** Grid-team roles (domain.md §6). */
export type TeamRole =
  /** 楼栋长 */
  | 'BUILDING_LEADER'
  /** 社区民警 */
  | 'COMMUNITY_POLICE'
  /** 两代表一委员 */
  | 'DEPUTY'
  /** 执法队员 */
  | 'ENFORCEMENT_OFFICER'
  /** 专职网格员 */
  | 'FULL_TIME_WORKER'
  /** 网格长 */
  | 'GRID_LEADER'
  /** 网格信息员 */
  | 'INFORMATION_OFFICER'
  /** 法律工作者 */
  | 'LEGAL_WORKER'
  /** 人民调解员 */
  | 'MEDIATOR'
  /** 兼职网格员 */
  | 'PART_TIME_WORKER'
  /** 物业人员 */
  | 'PROPERTY_STAFF'
  /** 下沉干部 */
  | 'SENT_DOWN_CADRE'
  /** 单元长 */
  | 'UNIT_LEADER'
  /** 志愿者 */
  | 'VOLUNTEER';

/** Stable codes of `userErrors`. */
export type UserErrorCode =
  | 'ALREADY_MEMBER'
  | 'CODE_NOT_EXTENDING_PARENT'
  | 'CODE_TAKEN'
  | 'GRID_KIND_NOT_ALLOWED'
  | 'ID_CARD_BAD_BIRTH_DATE'
  | 'ID_CARD_BAD_CHARACTERS'
  | 'ID_CARD_BAD_CHECKSUM'
  | 'ID_CARD_TAKEN'
  | 'ID_CARD_WRONG_LENGTH'
  | 'INVALID_BOUNDARY'
  | 'INVALID_CENTER'
  | 'INVALID_CODE'
  | 'INVALID_KIND_NESTING'
  | 'INVALID_MOVE'
  | 'INVALID_NAME'
  | 'INVALID_PHONE'
  | 'INVALID_SCOPE'
  | 'INVALID_TENANT_CODE'
  | 'INVALID_USERNAME'
  | 'INVALID_VALUE'
  | 'IN_USE'
  | 'NOT_A_GRID'
  | 'REGION_NOT_EMPTY'
  | 'REQUIRED'
  | 'ROLE_ALREADY_ASSIGNED'
  | 'TENANT_CODE_TAKEN'
  | 'UNREADABLE_FILE'
  | 'UPLOAD_NOT_FOUND'
  | 'USERNAME_TAKEN'
  | 'VERSION_CONFLICT'
  | 'WEAK_PASSWORD'
  | 'WRONG_PASSWORD';

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string } };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<string>, user: { id: string, username: string, displayName: string }, tenant: { id: string, code: string, name: string }, roleAssignments: Array<{ id: string, role: Role, scopeName: string | null }> } };

export type RegionBuildingsQueryVariables = Exact<{
  regionId: string | number;
  after?: string | null | undefined;
}>;


export type RegionBuildingsQuery = { buildings: { nodes: Array<{ id: string, name: string, address: string | null, floors: number | null, unitCount: number | null, region: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BuildingHousesQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildingHousesQuery = { building: { id: string, houses: Array<{ id: string, unit: string, floor: number | null, room: string, houseUse: HouseUse, area: number | null, households: Array<{ id: string, number: string, members: Array<{ id: string, name: string, relationship: HouseholdRelationship | null, status: ResidentStatus }> }> }> } };

export type GridMapQueryVariables = Exact<{
  under?: string | number | null | undefined;
}>;


export type GridMapQuery = { gridMap: { featureCollection: unknown, gridCount: number } };

export type RegionFiguresQueryVariables = Exact<{
  regionId: string | number;
}>;


export type RegionFiguresQuery = { regionFigures: { households: number, residents: number, partyMembers: number, staff: number, residentsByType: Array<{ residenceType: ResidenceType, count: number }>, keyGroups: Array<{ count: number, keyGroup: { id: string, name: string, careLevel: CareLevel } }>, sizing: { status: GridSizeStatus, rule: { minHouseholds: number, maxHouseholds: number, maxResidents: number } } | null } };

export type GridTeamsQueryVariables = Exact<{
  regionId?: string | number | null | undefined;
  incompleteOnly: boolean;
}>;


export type GridTeamsQuery = { gridTeams: Array<{ complete: boolean, missing: Array<TeamPart>, grid: { id: string, name: string, code: string }, composition: { leaders: number, fullTime: number, partTime: number, professional: number }, members: Array<{ staff: { id: string, name: string, gender: Gender, phone: string | null, partyMember: boolean, starLevel: number | null }, assignment: { id: string, teamRole: TeamRole, startedOn: string } }> }> };

export type ImportTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportTemplatesQuery = { importTemplates: Array<{ kind: ImportKind, fileName: string, url: string, csvUrl: string, headers: Array<string> }> };

export type ImportJobFieldsFragment = { id: string, kind: ImportKind, status: ImportStatus, dryRun: boolean, fileName: string, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, errorCount: number, failure: string | null, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, message: string }> };

export type StartImportMutationVariables = Exact<{
  input: StartImportInput;
}>;


export type StartImportMutation = { startImport: { job: { id: string, kind: ImportKind, status: ImportStatus, dryRun: boolean, fileName: string, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, errorCount: number, failure: string | null, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, message: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, kind: ImportKind, status: ImportStatus, dryRun: boolean, fileName: string, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, errorCount: number, failure: string | null, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, message: string }> } };

export type SearchRegionsQueryVariables = Exact<{
  search: string;
}>;


export type SearchRegionsQuery = { regions: { nodes: Array<{ id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number }> } };

export type RegionPathQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionPathQuery = { region: { id: string, ancestors: Array<{ id: string }> } };

export type ResidentsQueryVariables = Exact<{
  filter?: ResidentFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ResidentsQuery = { residents: { totalCount: number, nodes: Array<{ id: string, name: string, gender: Gender, birthDate: string | null, idCardNo: string | null, phone: string | null, residenceType: ResidenceType, status: ResidentStatus, region: { id: string, name: string }, household: { id: string, number: string } | null, keyGroups: Array<{ id: string, endedOn: string | null, keyGroup: { id: string, name: string, careLevel: CareLevel } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type KeyGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyGroupsQuery = { keyGroups: Array<{ id: string, code: string, name: string, careLevel: CareLevel, sensitive: boolean }> };

export type ExportResidentsMutationVariables = Exact<{
  input: ExportResidentsInput;
}>;


export type ExportResidentsMutation = { exportResidents: { download: { url: string, fileName: string, rowCount: number, expiresAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RegionDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionDetailsQuery = { region: { id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number, center: { lng: number, lat: number } | null, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string, kind: RegionKind }> } };

export type RegionRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionRootsQuery = { regionRoots: Array<{ id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number }> };

export type RegionChildrenQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RegionChildrenQuery = { region: { id: string, children: { nodes: Array<{ id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ResidentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ResidentDetailQuery = { resident: { id: string, name: string, gender: Gender, birthDate: string | null, idCardNo: string | null, phone: string | null, ethnicity: string | null, residenceType: ResidenceType, politicalStatus: PoliticalStatus | null, relationship: HouseholdRelationship | null, status: ResidentStatus, tags: Array<string>, note: string | null, region: { id: string, name: string, code: string }, house: { id: string, unit: string, floor: number | null, room: string, houseUse: HouseUse, building: { id: string, name: string, address: string | null } } | null, household: { id: string, number: string, members: Array<{ id: string, name: string, gender: Gender, birthDate: string | null, relationship: HouseholdRelationship | null, residenceType: ResidenceType, status: ResidentStatus }> } | null, keyGroups: Array<{ id: string, startedOn: string, endedOn: string | null, riskLevel: number | null, note: string | null, keyGroup: { id: string, name: string, careLevel: CareLevel, sensitive: boolean, hasRiskLevel: boolean, visitIntervalDays: number } }>, timeline: Array<{ kind: MoveKind, occurredOn: string, place: string | null, note: string | null, recordedAt: string, fromRegion: { id: string, name: string } | null, toRegion: { id: string, name: string } | null }> } };

export type RevealResidentIdentifierMutationVariables = Exact<{
  input: RevealResidentIdentifierInput;
}>;


export type RevealResidentIdentifierMutation = { revealResidentIdentifier: { value: string | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ImportJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportJobFields on ImportJob {
  id
  kind
  status
  dryRun
  fileName
  totalRows
  processedRows
  createdCount
  updatedCount
  errorCount
  errors {
    row
    column
    message
  }
  failure
  createdAt
  finishedAt
}
    `, {"fragmentName":"ImportJobFields"}) as unknown as TypedDocumentString<ImportJobFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    refreshToken
    accessTokenExpiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    accessToken
    refreshToken
    accessTokenExpiresAt
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    user {
      id
      username
      displayName
    }
    tenant {
      id
      code
      name
    }
    roleAssignments {
      id
      role
      scopeName
    }
    permissions
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RegionBuildingsDocument = new TypedDocumentString(`
    query RegionBuildings($regionId: ID!, $after: String) {
  buildings(regionId: $regionId, first: 50, after: $after) {
    nodes {
      id
      name
      address
      floors
      unitCount
      region {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RegionBuildingsQuery, RegionBuildingsQueryVariables>;
export const BuildingHousesDocument = new TypedDocumentString(`
    query BuildingHouses($id: ID!) {
  building(id: $id) {
    id
    houses {
      id
      unit
      floor
      room
      houseUse
      area
      households {
        id
        number
        members {
          id
          name
          relationship
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuildingHousesQuery, BuildingHousesQueryVariables>;
export const GridMapDocument = new TypedDocumentString(`
    query GridMap($under: ID) {
  gridMap(under: $under) {
    featureCollection
    gridCount
  }
}
    `) as unknown as TypedDocumentString<GridMapQuery, GridMapQueryVariables>;
export const RegionFiguresDocument = new TypedDocumentString(`
    query RegionFigures($regionId: ID!) {
  regionFigures(regionId: $regionId) {
    households
    residents
    partyMembers
    staff
    residentsByType {
      residenceType
      count
    }
    keyGroups {
      count
      keyGroup {
        id
        name
        careLevel
      }
    }
    sizing {
      status
      rule {
        minHouseholds
        maxHouseholds
        maxResidents
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionFiguresQuery, RegionFiguresQueryVariables>;
export const GridTeamsDocument = new TypedDocumentString(`
    query GridTeams($regionId: ID, $incompleteOnly: Boolean!) {
  gridTeams(regionId: $regionId, incompleteOnly: $incompleteOnly) {
    grid {
      id
      name
      code
    }
    complete
    missing
    composition {
      leaders
      fullTime
      partTime
      professional
    }
    members {
      staff {
        id
        name
        gender
        phone
        partyMember
        starLevel
      }
      assignment {
        id
        teamRole
        startedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GridTeamsQuery, GridTeamsQueryVariables>;
export const ImportTemplatesDocument = new TypedDocumentString(`
    query ImportTemplates {
  importTemplates {
    kind
    fileName
    url
    csvUrl
    headers
  }
}
    `) as unknown as TypedDocumentString<ImportTemplatesQuery, ImportTemplatesQueryVariables>;
export const StartImportDocument = new TypedDocumentString(`
    mutation StartImport($input: StartImportInput!) {
  startImport(input: $input) {
    job {
      ...ImportJobFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment ImportJobFields on ImportJob {
  id
  kind
  status
  dryRun
  fileName
  totalRows
  processedRows
  createdCount
  updatedCount
  errorCount
  errors {
    row
    column
    message
  }
  failure
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<StartImportMutation, StartImportMutationVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    ...ImportJobFields
  }
}
    fragment ImportJobFields on ImportJob {
  id
  kind
  status
  dryRun
  fileName
  totalRows
  processedRows
  createdCount
  updatedCount
  errorCount
  errors {
    row
    column
    message
  }
  failure
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const SearchRegionsDocument = new TypedDocumentString(`
    query SearchRegions($search: String!) {
  regions(search: $search, first: 20) {
    nodes {
      id
      code
      name
      kind
      gridKind
      childCount
    }
  }
}
    `) as unknown as TypedDocumentString<SearchRegionsQuery, SearchRegionsQueryVariables>;
export const RegionPathDocument = new TypedDocumentString(`
    query RegionPath($id: ID!) {
  region(id: $id) {
    id
    ancestors {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegionPathQuery, RegionPathQueryVariables>;
export const ResidentsDocument = new TypedDocumentString(`
    query Residents($filter: ResidentFilterInput, $first: Int!, $after: String) {
  residents(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes {
      id
      name
      gender
      birthDate
      idCardNo
      phone
      residenceType
      status
      region {
        id
        name
      }
      household {
        id
        number
      }
      keyGroups {
        id
        endedOn
        keyGroup {
          id
          name
          careLevel
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentsQuery, ResidentsQueryVariables>;
export const KeyGroupsDocument = new TypedDocumentString(`
    query KeyGroups {
  keyGroups {
    id
    code
    name
    careLevel
    sensitive
  }
}
    `) as unknown as TypedDocumentString<KeyGroupsQuery, KeyGroupsQueryVariables>;
export const ExportResidentsDocument = new TypedDocumentString(`
    mutation ExportResidents($input: ExportResidentsInput!) {
  exportResidents(input: $input) {
    download {
      url
      fileName
      rowCount
      expiresAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExportResidentsMutation, ExportResidentsMutationVariables>;
export const RegionDetailsDocument = new TypedDocumentString(`
    query RegionDetails($id: ID!) {
  region(id: $id) {
    id
    code
    name
    kind
    gridKind
    childCount
    center {
      lng
      lat
    }
    parent {
      id
      name
    }
    ancestors {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<RegionDetailsQuery, RegionDetailsQueryVariables>;
export const RegionRootsDocument = new TypedDocumentString(`
    query RegionRoots {
  regionRoots {
    id
    code
    name
    kind
    gridKind
    childCount
  }
}
    `) as unknown as TypedDocumentString<RegionRootsQuery, RegionRootsQueryVariables>;
export const RegionChildrenDocument = new TypedDocumentString(`
    query RegionChildren($id: ID!, $after: String) {
  region(id: $id) {
    id
    children(first: 100, after: $after) {
      nodes {
        id
        code
        name
        kind
        gridKind
        childCount
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionChildrenQuery, RegionChildrenQueryVariables>;
export const ResidentDetailDocument = new TypedDocumentString(`
    query ResidentDetail($id: ID!) {
  resident(id: $id) {
    id
    name
    gender
    birthDate
    idCardNo
    phone
    ethnicity
    residenceType
    politicalStatus
    relationship
    status
    tags
    note
    region {
      id
      name
      code
    }
    house {
      id
      unit
      floor
      room
      houseUse
      building {
        id
        name
        address
      }
    }
    household {
      id
      number
      members {
        id
        name
        gender
        birthDate
        relationship
        residenceType
        status
      }
    }
    keyGroups {
      id
      startedOn
      endedOn
      riskLevel
      note
      keyGroup {
        id
        name
        careLevel
        sensitive
        hasRiskLevel
        visitIntervalDays
      }
    }
    timeline {
      kind
      occurredOn
      place
      note
      recordedAt
      fromRegion {
        id
        name
      }
      toRegion {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentDetailQuery, ResidentDetailQueryVariables>;
export const RevealResidentIdentifierDocument = new TypedDocumentString(`
    mutation RevealResidentIdentifier($input: RevealResidentIdentifierInput!) {
  revealResidentIdentifier(input: $input) {
    value
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RevealResidentIdentifierMutation, RevealResidentIdentifierMutationVariables>;