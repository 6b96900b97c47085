/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 基础网格 | 专属网格 (school, hospital, market, park, enterprise) */
export type GridKind =
  | 'BASIC'
  | 'EXCLUSIVE';

export type LoginInput = {
  password: string;
  /** The county's six-digit code (the platform operator's is `000000`). */
  tenantCode: string;
  username: string;
};

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

export type GridMapQueryVariables = Exact<{
  under?: string | number | null | undefined;
}>;


export type GridMapQuery = { gridMap: { featureCollection: unknown, gridCount: number } };

export type RegionRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionRootsQuery = { regionRoots: Array<{ id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number }> };

export type RegionChildrenQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RegionChildrenQuery = { region: { id: string, children: { nodes: Array<{ id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SearchRegionsQueryVariables = Exact<{
  search: string;
}>;


export type SearchRegionsQuery = { regions: { nodes: Array<{ id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number }> } };

export type RegionPathQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionPathQuery = { region: { id: string, ancestors: Array<{ id: string }> } };

export type RegionDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionDetailsQuery = { region: { id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number, center: { lng: number, lat: number } | null, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string, kind: RegionKind }> } };

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
export const GridMapDocument = new TypedDocumentString(`
    query GridMap($under: ID) {
  gridMap(under: $under) {
    featureCollection
    gridCount
  }
}
    `) as unknown as TypedDocumentString<GridMapQuery, GridMapQueryVariables>;
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