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
    "\n  query RegionBuildings($regionId: ID!, $after: String) {\n    buildings(regionId: $regionId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        address\n        floors\n        unitCount\n        region {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RegionBuildingsDocument,
    "\n  query BuildingHouses($id: ID!) {\n    building(id: $id) {\n      id\n      houses {\n        id\n        unit\n        floor\n        room\n        houseUse\n        area\n        households {\n          id\n          number\n          members {\n            id\n            name\n            relationship\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.BuildingHousesDocument,
    "\n  query GridMap($under: ID) {\n    gridMap(under: $under) {\n      featureCollection\n      gridCount\n    }\n  }\n": typeof types.GridMapDocument,
    "\n  query RegionFigures($regionId: ID!) {\n    regionFigures(regionId: $regionId) {\n      households\n      residents\n      partyMembers\n      staff\n      residentsByType {\n        residenceType\n        count\n      }\n      keyGroups {\n        count\n        keyGroup {\n          id\n          name\n          careLevel\n        }\n      }\n      sizing {\n        status\n        rule {\n          minHouseholds\n          maxHouseholds\n          maxResidents\n        }\n      }\n    }\n  }\n": typeof types.RegionFiguresDocument,
    "\n  query GridTeams($regionId: ID, $incompleteOnly: Boolean!) {\n    gridTeams(regionId: $regionId, incompleteOnly: $incompleteOnly) {\n      grid {\n        id\n        name\n        code\n      }\n      complete\n      missing\n      composition {\n        leaders\n        fullTime\n        partTime\n        professional\n      }\n      members {\n        staff {\n          id\n          name\n          gender\n          phone\n          partyMember\n          starLevel\n        }\n        assignment {\n          id\n          teamRole\n          startedOn\n        }\n      }\n    }\n  }\n": typeof types.GridTeamsDocument,
    "\n  query ImportTemplates {\n    importTemplates {\n      kind\n      fileName\n      url\n      csvUrl\n      headers\n    }\n  }\n": typeof types.ImportTemplatesDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    dryRun\n    fileName\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    errorCount\n    errors {\n      row\n      column\n      message\n    }\n    failure\n    createdAt\n    finishedAt\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      job {\n        ...ImportJobFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query SearchRegions($search: String!) {\n    regions(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        gridKind\n        childCount\n      }\n    }\n  }\n": typeof types.SearchRegionsDocument,
    "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      ancestors {\n        id\n      }\n    }\n  }\n": typeof types.RegionPathDocument,
    "\n  query Residents($filter: ResidentFilterInput, $first: Int!, $after: String) {\n    residents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        gender\n        birthDate\n        idCardNo\n        phone\n        residenceType\n        status\n        region {\n          id\n          name\n        }\n        household {\n          id\n          number\n        }\n        keyGroups {\n          id\n          endedOn\n          keyGroup {\n            id\n            name\n            careLevel\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ResidentsDocument,
    "\n  query KeyGroups {\n    keyGroups {\n      id\n      code\n      name\n      careLevel\n      sensitive\n    }\n  }\n": typeof types.KeyGroupsDocument,
    "\n  mutation ExportResidents($input: ExportResidentsInput!) {\n    exportResidents(input: $input) {\n      download {\n        url\n        fileName\n        rowCount\n        expiresAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ExportResidentsDocument,
    "\n  query RegionDetails($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n      center {\n        lng\n        lat\n      }\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.RegionDetailsDocument,
    "\n  query RegionRoots {\n    regionRoots {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n    }\n  }\n": typeof types.RegionRootsDocument,
    "\n  query RegionChildren($id: ID!, $after: String) {\n    region(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          gridKind\n          childCount\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query ResidentDetail($id: ID!) {\n    resident(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      idCardNo\n      phone\n      ethnicity\n      residenceType\n      politicalStatus\n      relationship\n      status\n      tags\n      note\n      region {\n        id\n        name\n        code\n      }\n      house {\n        id\n        unit\n        floor\n        room\n        houseUse\n        building {\n          id\n          name\n          address\n        }\n      }\n      household {\n        id\n        number\n        members {\n          id\n          name\n          gender\n          birthDate\n          relationship\n          residenceType\n          status\n        }\n      }\n      keyGroups {\n        id\n        startedOn\n        endedOn\n        riskLevel\n        note\n        keyGroup {\n          id\n          name\n          careLevel\n          sensitive\n          hasRiskLevel\n          visitIntervalDays\n        }\n      }\n      timeline {\n        kind\n        occurredOn\n        place\n        note\n        recordedAt\n        fromRegion {\n          id\n          name\n        }\n        toRegion {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentDetailDocument,
    "\n  mutation RevealResidentIdentifier($input: RevealResidentIdentifierInput!) {\n    revealResidentIdentifier(input: $input) {\n      value\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RevealResidentIdentifierDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n      }\n      roleAssignments {\n        id\n        role\n        scopeName\n      }\n      permissions\n    }\n  }\n": types.MeDocument,
    "\n  query RegionBuildings($regionId: ID!, $after: String) {\n    buildings(regionId: $regionId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        address\n        floors\n        unitCount\n        region {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RegionBuildingsDocument,
    "\n  query BuildingHouses($id: ID!) {\n    building(id: $id) {\n      id\n      houses {\n        id\n        unit\n        floor\n        room\n        houseUse\n        area\n        households {\n          id\n          number\n          members {\n            id\n            name\n            relationship\n            status\n          }\n        }\n      }\n    }\n  }\n": types.BuildingHousesDocument,
    "\n  query GridMap($under: ID) {\n    gridMap(under: $under) {\n      featureCollection\n      gridCount\n    }\n  }\n": types.GridMapDocument,
    "\n  query RegionFigures($regionId: ID!) {\n    regionFigures(regionId: $regionId) {\n      households\n      residents\n      partyMembers\n      staff\n      residentsByType {\n        residenceType\n        count\n      }\n      keyGroups {\n        count\n        keyGroup {\n          id\n          name\n          careLevel\n        }\n      }\n      sizing {\n        status\n        rule {\n          minHouseholds\n          maxHouseholds\n          maxResidents\n        }\n      }\n    }\n  }\n": types.RegionFiguresDocument,
    "\n  query GridTeams($regionId: ID, $incompleteOnly: Boolean!) {\n    gridTeams(regionId: $regionId, incompleteOnly: $incompleteOnly) {\n      grid {\n        id\n        name\n        code\n      }\n      complete\n      missing\n      composition {\n        leaders\n        fullTime\n        partTime\n        professional\n      }\n      members {\n        staff {\n          id\n          name\n          gender\n          phone\n          partyMember\n          starLevel\n        }\n        assignment {\n          id\n          teamRole\n          startedOn\n        }\n      }\n    }\n  }\n": types.GridTeamsDocument,
    "\n  query ImportTemplates {\n    importTemplates {\n      kind\n      fileName\n      url\n      csvUrl\n      headers\n    }\n  }\n": types.ImportTemplatesDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    dryRun\n    fileName\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    errorCount\n    errors {\n      row\n      column\n      message\n    }\n    failure\n    createdAt\n    finishedAt\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      job {\n        ...ImportJobFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportJobDocument,
    "\n  query SearchRegions($search: String!) {\n    regions(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        gridKind\n        childCount\n      }\n    }\n  }\n": types.SearchRegionsDocument,
    "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      ancestors {\n        id\n      }\n    }\n  }\n": types.RegionPathDocument,
    "\n  query Residents($filter: ResidentFilterInput, $first: Int!, $after: String) {\n    residents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        gender\n        birthDate\n        idCardNo\n        phone\n        residenceType\n        status\n        region {\n          id\n          name\n        }\n        household {\n          id\n          number\n        }\n        keyGroups {\n          id\n          endedOn\n          keyGroup {\n            id\n            name\n            careLevel\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ResidentsDocument,
    "\n  query KeyGroups {\n    keyGroups {\n      id\n      code\n      name\n      careLevel\n      sensitive\n    }\n  }\n": types.KeyGroupsDocument,
    "\n  mutation ExportResidents($input: ExportResidentsInput!) {\n    exportResidents(input: $input) {\n      download {\n        url\n        fileName\n        rowCount\n        expiresAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ExportResidentsDocument,
    "\n  query RegionDetails($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n      center {\n        lng\n        lat\n      }\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.RegionDetailsDocument,
    "\n  query RegionRoots {\n    regionRoots {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n    }\n  }\n": types.RegionRootsDocument,
    "\n  query RegionChildren($id: ID!, $after: String) {\n    region(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          gridKind\n          childCount\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query ResidentDetail($id: ID!) {\n    resident(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      idCardNo\n      phone\n      ethnicity\n      residenceType\n      politicalStatus\n      relationship\n      status\n      tags\n      note\n      region {\n        id\n        name\n        code\n      }\n      house {\n        id\n        unit\n        floor\n        room\n        houseUse\n        building {\n          id\n          name\n          address\n        }\n      }\n      household {\n        id\n        number\n        members {\n          id\n          name\n          gender\n          birthDate\n          relationship\n          residenceType\n          status\n        }\n      }\n      keyGroups {\n        id\n        startedOn\n        endedOn\n        riskLevel\n        note\n        keyGroup {\n          id\n          name\n          careLevel\n          sensitive\n          hasRiskLevel\n          visitIntervalDays\n        }\n      }\n      timeline {\n        kind\n        occurredOn\n        place\n        note\n        recordedAt\n        fromRegion {\n          id\n          name\n        }\n        toRegion {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResidentDetailDocument,
    "\n  mutation RevealResidentIdentifier($input: RevealResidentIdentifierInput!) {\n    revealResidentIdentifier(input: $input) {\n      value\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RevealResidentIdentifierDocument,
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
export function graphql(source: "\n  query RegionBuildings($regionId: ID!, $after: String) {\n    buildings(regionId: $regionId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        address\n        floors\n        unitCount\n        region {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').RegionBuildingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingHouses($id: ID!) {\n    building(id: $id) {\n      id\n      houses {\n        id\n        unit\n        floor\n        room\n        houseUse\n        area\n        households {\n          id\n          number\n          members {\n            id\n            name\n            relationship\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BuildingHousesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridMap($under: ID) {\n    gridMap(under: $under) {\n      featureCollection\n      gridCount\n    }\n  }\n"): typeof import('./graphql').GridMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionFigures($regionId: ID!) {\n    regionFigures(regionId: $regionId) {\n      households\n      residents\n      partyMembers\n      staff\n      residentsByType {\n        residenceType\n        count\n      }\n      keyGroups {\n        count\n        keyGroup {\n          id\n          name\n          careLevel\n        }\n      }\n      sizing {\n        status\n        rule {\n          minHouseholds\n          maxHouseholds\n          maxResidents\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridTeams($regionId: ID, $incompleteOnly: Boolean!) {\n    gridTeams(regionId: $regionId, incompleteOnly: $incompleteOnly) {\n      grid {\n        id\n        name\n        code\n      }\n      complete\n      missing\n      composition {\n        leaders\n        fullTime\n        partTime\n        professional\n      }\n      members {\n        staff {\n          id\n          name\n          gender\n          phone\n          partyMember\n          starLevel\n        }\n        assignment {\n          id\n          teamRole\n          startedOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GridTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportTemplates {\n    importTemplates {\n      kind\n      fileName\n      url\n      csvUrl\n      headers\n    }\n  }\n"): typeof import('./graphql').ImportTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    dryRun\n    fileName\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    errorCount\n    errors {\n      row\n      column\n      message\n    }\n    failure\n    createdAt\n    finishedAt\n  }\n"): typeof import('./graphql').ImportJobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      job {\n        ...ImportJobFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').StartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"): typeof import('./graphql').ImportJobDocument;
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
export function graphql(source: "\n  query Residents($filter: ResidentFilterInput, $first: Int!, $after: String) {\n    residents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        gender\n        birthDate\n        idCardNo\n        phone\n        residenceType\n        status\n        region {\n          id\n          name\n        }\n        household {\n          id\n          number\n        }\n        keyGroups {\n          id\n          endedOn\n          keyGroup {\n            id\n            name\n            careLevel\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyGroups {\n    keyGroups {\n      id\n      code\n      name\n      careLevel\n      sensitive\n    }\n  }\n"): typeof import('./graphql').KeyGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportResidents($input: ExportResidentsInput!) {\n    exportResidents(input: $input) {\n      download {\n        url\n        fileName\n        rowCount\n        expiresAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ExportResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDetails($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      name\n      kind\n      gridKind\n      childCount\n      center {\n        lng\n        lat\n      }\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').RegionDetailsDocument;
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
export function graphql(source: "\n  query ResidentDetail($id: ID!) {\n    resident(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      idCardNo\n      phone\n      ethnicity\n      residenceType\n      politicalStatus\n      relationship\n      status\n      tags\n      note\n      region {\n        id\n        name\n        code\n      }\n      house {\n        id\n        unit\n        floor\n        room\n        houseUse\n        building {\n          id\n          name\n          address\n        }\n      }\n      household {\n        id\n        number\n        members {\n          id\n          name\n          gender\n          birthDate\n          relationship\n          residenceType\n          status\n        }\n      }\n      keyGroups {\n        id\n        startedOn\n        endedOn\n        riskLevel\n        note\n        keyGroup {\n          id\n          name\n          careLevel\n          sensitive\n          hasRiskLevel\n          visitIntervalDays\n        }\n      }\n      timeline {\n        kind\n        occurredOn\n        place\n        note\n        recordedAt\n        fromRegion {\n          id\n          name\n        }\n        toRegion {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealResidentIdentifier($input: RevealResidentIdentifierInput!) {\n    revealResidentIdentifier(input: $input) {\n      value\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RevealResidentIdentifierDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
