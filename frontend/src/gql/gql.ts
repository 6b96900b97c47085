/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n      }\n      roleAssignments {\n        id\n        role\n        scopeName\n      }\n      permissions\n    }\n  }\n": typeof types.MeDocument,
    "\n  query GridMap($under: ID) {\n    gridMap(under: $under) {\n      featureCollection\n      gridCount\n    }\n  }\n": typeof types.GridMapDocument,
    "\n  query RegionRoots {\n    regionRoots {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n    }\n  }\n": typeof types.RegionRootsDocument,
    "\n  query RegionChildren($id: ID!, $after: String) {\n    region(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          gridKind\n          childCount\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query SearchRegions($search: String!) {\n    regions(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        gridKind\n        childCount\n      }\n    }\n  }\n": typeof types.SearchRegionsDocument,
    "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      ancestors {\n        id\n      }\n    }\n  }\n": typeof types.RegionPathDocument,
    "\n  query RegionDetails($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n      center {\n        lng\n        lat\n      }\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.RegionDetailsDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n      }\n      roleAssignments {\n        id\n        role\n        scopeName\n      }\n      permissions\n    }\n  }\n": types.MeDocument,
    "\n  query GridMap($under: ID) {\n    gridMap(under: $under) {\n      featureCollection\n      gridCount\n    }\n  }\n": types.GridMapDocument,
    "\n  query RegionRoots {\n    regionRoots {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n    }\n  }\n": types.RegionRootsDocument,
    "\n  query RegionChildren($id: ID!, $after: String) {\n    region(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          gridKind\n          childCount\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query SearchRegions($search: String!) {\n    regions(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        gridKind\n        childCount\n      }\n    }\n  }\n": types.SearchRegionsDocument,
    "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      ancestors {\n        id\n      }\n    }\n  }\n": types.RegionPathDocument,
    "\n  query RegionDetails($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n      center {\n        lng\n        lat\n      }\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.RegionDetailsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n"): typeof import('./graphql').RefreshTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n      }\n      roleAssignments {\n        id\n        role\n        scopeName\n      }\n      permissions\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridMap($under: ID) {\n    gridMap(under: $under) {\n      featureCollection\n      gridCount\n    }\n  }\n"): typeof import('./graphql').GridMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionRoots {\n    regionRoots {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n    }\n  }\n"): typeof import('./graphql').RegionRootsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionChildren($id: ID!, $after: String) {\n    region(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          gridKind\n          childCount\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRegions($search: String!) {\n    regions(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        gridKind\n        childCount\n      }\n    }\n  }\n"): typeof import('./graphql').SearchRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      ancestors {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RegionPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDetails($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n      center {\n        lng\n        lat\n      }\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').RegionDetailsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
