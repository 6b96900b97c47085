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
    "\n  query RegionFigures($regionId: ID!, $withParty: Boolean!) {\n    regionFigures(regionId: $regionId) {\n      households\n      residents\n      partyMembers @include(if: $withParty)\n      staff\n      residentsByType {\n        residenceType\n        count\n      }\n      keyGroups {\n        count\n        keyGroup {\n          id\n          name\n          careLevel\n        }\n      }\n      sizing {\n        status\n        rule {\n          minHouseholds\n          maxHouseholds\n          maxResidents\n        }\n      }\n    }\n  }\n": typeof types.RegionFiguresDocument,
    "\n  query GridTeams($regionId: ID, $incompleteOnly: Boolean!) {\n    gridTeams(regionId: $regionId, incompleteOnly: $incompleteOnly) {\n      grid {\n        id\n        name\n        code\n      }\n      complete\n      missing\n      composition {\n        leaders\n        fullTime\n        partTime\n        professional\n      }\n      members {\n        staff {\n          id\n          name\n          gender\n          phone\n          partyMember\n          starLevel\n        }\n        assignment {\n          id\n          teamRole\n          startedOn\n        }\n      }\n    }\n  }\n": typeof types.GridTeamsDocument,
    "\n  query ImportTemplates {\n    importTemplates {\n      kind\n      fileName\n      url\n      csvUrl\n      headers\n    }\n  }\n": typeof types.ImportTemplatesDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    dryRun\n    fileName\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    errorCount\n    errors {\n      row\n      column\n      message\n    }\n    failure\n    createdAt\n    finishedAt\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      job {\n        ...ImportJobFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query PartyOrganisations {\n    partyOrganisations {\n      id\n      parentId\n      depth\n      kind\n      name\n      memberCount\n      region {\n        id\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PartyOrganisationsDocument,
    "\n  query OverduePartyMeetings {\n    overduePartyMeetings {\n      organisation {\n        id\n        name\n      }\n      kind\n      period\n      periodStart\n      periodEnd\n      required\n      held\n    }\n  }\n": typeof types.OverduePartyMeetingsDocument,
    "\n  query PartyTermsEndingSoon {\n    partyTermsEndingSoon {\n      id\n      name\n      termEnd\n    }\n  }\n": typeof types.PartyTermsEndingSoonDocument,
    "\n  query PartyOrganisationOverview($id: ID!) {\n    partyOrganisation(id: $id) {\n      id\n      kind\n      name\n      region {\n        id\n        name\n      }\n      termStart\n      termEnd\n      coveredUnits\n      memberCount\n      warnings {\n        code\n        message\n      }\n      figures {\n        organisations\n        members\n        fullMembers\n        probationaryMembers\n        byType {\n          memberType\n          count\n        }\n        byAge {\n          bracket\n          count\n        }\n        ageUnknown\n        floating\n        inService\n        centreHouseholds\n        meetingsRequired\n        meetingsHeld\n        meetingsOverdue\n        averagePoints\n      }\n    }\n  }\n": typeof types.PartyOrganisationOverviewDocument,
    "\n  query PartyOfficers($id: ID!) {\n    partyOrganisation(id: $id) {\n      id\n      officers {\n        id\n        role\n        termStart\n        termEnd\n        inOffice\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartyOfficersDocument,
    "\n  query PartyMembers($id: ID!, $search: String, $first: Int!, $after: String) {\n    partyOrganisation(id: $id) {\n      id\n      members(search: $search, first: $first, after: $after) {\n        nodes {\n          id\n          name\n          gender\n          age\n          status\n          memberType\n          joinedOn\n          centreHousehold\n          phone\n          organisation {\n            id\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PartyMembersDocument,
    "\n  query PartyMember($id: ID!) {\n    partyMember(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      age\n      idCardNo\n      phone\n      isResident\n      organisation {\n        id\n        name\n      }\n      status\n      joinedOn\n      confirmedOn\n      memberType\n      floatingFrom\n      floatingTo\n      workUnit\n      reportedCommunity {\n        id\n        name\n      }\n      centreHousehold\n      leftOn\n      leftTo\n      version\n      transfers {\n        kind\n        fromOrganisationName\n        toOrganisationName\n        fromPlace\n        toPlace\n        movedOn\n        reason\n      }\n      points {\n        points\n        serviceHours\n      }\n      pointEntries {\n        id\n        awardedOn\n        points\n        serviceHours\n        activity\n        reason\n      }\n      commitments {\n        id\n        pledge\n        periodStart\n        periodEnd\n        grade\n        evaluation\n        evaluatedOn\n        progress {\n          notedOn\n          note\n        }\n      }\n      evaluations {\n        year\n        grade\n        decision\n        decidedOn\n      }\n    }\n  }\n": typeof types.PartyMemberDocument,
    "\n  query PartyMeetings($id: ID!) {\n    partyOrganisation(id: $id) {\n      id\n      meetings {\n        id\n        kind\n        heldOn\n        topic\n        notes\n        organisation {\n          id\n          name\n        }\n        attendance {\n          attendance\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartyMeetingsDocument,
    "\n  query PartyPointsRanking($id: ID!) {\n    partyPointsRanking(organisationId: $id, first: 50) {\n      rank\n      points\n      serviceHours\n      member {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartyPointsRankingDocument,
    "\n  mutation CreatePartyMember($input: CreatePartyMemberInput!) {\n    createPartyMember(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreatePartyMemberDocument,
    "\n  mutation RecordPartyMeeting($input: RecordPartyMeetingInput!) {\n    recordPartyMeeting(input: $input) {\n      meeting {\n        id\n        topic\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RecordPartyMeetingDocument,
    "\n  mutation AwardPartyPoints($input: AwardPartyPointsInput!) {\n    awardPartyPoints(input: $input) {\n      balance {\n        points\n        serviceHours\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AwardPartyPointsDocument,
    "\n  mutation TransferPartyMember($input: TransferPartyMemberInput!) {\n    transferPartyMember(input: $input) {\n      member {\n        id\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.TransferPartyMemberDocument,
    "\n  mutation CreatePartyCommitment($input: CreatePartyCommitmentInput!) {\n    createPartyCommitment(input: $input) {\n      commitment {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreatePartyCommitmentDocument,
    "\n  mutation RecordPartyEvaluation($input: RecordPartyEvaluationInput!) {\n    recordPartyEvaluation(input: $input) {\n      evaluation {\n        year\n        grade\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RecordPartyEvaluationDocument,
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
    "\n  query RegionFigures($regionId: ID!, $withParty: Boolean!) {\n    regionFigures(regionId: $regionId) {\n      households\n      residents\n      partyMembers @include(if: $withParty)\n      staff\n      residentsByType {\n        residenceType\n        count\n      }\n      keyGroups {\n        count\n        keyGroup {\n          id\n          name\n          careLevel\n        }\n      }\n      sizing {\n        status\n        rule {\n          minHouseholds\n          maxHouseholds\n          maxResidents\n        }\n      }\n    }\n  }\n": types.RegionFiguresDocument,
    "\n  query GridTeams($regionId: ID, $incompleteOnly: Boolean!) {\n    gridTeams(regionId: $regionId, incompleteOnly: $incompleteOnly) {\n      grid {\n        id\n        name\n        code\n      }\n      complete\n      missing\n      composition {\n        leaders\n        fullTime\n        partTime\n        professional\n      }\n      members {\n        staff {\n          id\n          name\n          gender\n          phone\n          partyMember\n          starLevel\n        }\n        assignment {\n          id\n          teamRole\n          startedOn\n        }\n      }\n    }\n  }\n": types.GridTeamsDocument,
    "\n  query ImportTemplates {\n    importTemplates {\n      kind\n      fileName\n      url\n      csvUrl\n      headers\n    }\n  }\n": types.ImportTemplatesDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    dryRun\n    fileName\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    errorCount\n    errors {\n      row\n      column\n      message\n    }\n    failure\n    createdAt\n    finishedAt\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      job {\n        ...ImportJobFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportJobDocument,
    "\n  query PartyOrganisations {\n    partyOrganisations {\n      id\n      parentId\n      depth\n      kind\n      name\n      memberCount\n      region {\n        id\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.PartyOrganisationsDocument,
    "\n  query OverduePartyMeetings {\n    overduePartyMeetings {\n      organisation {\n        id\n        name\n      }\n      kind\n      period\n      periodStart\n      periodEnd\n      required\n      held\n    }\n  }\n": types.OverduePartyMeetingsDocument,
    "\n  query PartyTermsEndingSoon {\n    partyTermsEndingSoon {\n      id\n      name\n      termEnd\n    }\n  }\n": types.PartyTermsEndingSoonDocument,
    "\n  query PartyOrganisationOverview($id: ID!) {\n    partyOrganisation(id: $id) {\n      id\n      kind\n      name\n      region {\n        id\n        name\n      }\n      termStart\n      termEnd\n      coveredUnits\n      memberCount\n      warnings {\n        code\n        message\n      }\n      figures {\n        organisations\n        members\n        fullMembers\n        probationaryMembers\n        byType {\n          memberType\n          count\n        }\n        byAge {\n          bracket\n          count\n        }\n        ageUnknown\n        floating\n        inService\n        centreHouseholds\n        meetingsRequired\n        meetingsHeld\n        meetingsOverdue\n        averagePoints\n      }\n    }\n  }\n": types.PartyOrganisationOverviewDocument,
    "\n  query PartyOfficers($id: ID!) {\n    partyOrganisation(id: $id) {\n      id\n      officers {\n        id\n        role\n        termStart\n        termEnd\n        inOffice\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PartyOfficersDocument,
    "\n  query PartyMembers($id: ID!, $search: String, $first: Int!, $after: String) {\n    partyOrganisation(id: $id) {\n      id\n      members(search: $search, first: $first, after: $after) {\n        nodes {\n          id\n          name\n          gender\n          age\n          status\n          memberType\n          joinedOn\n          centreHousehold\n          phone\n          organisation {\n            id\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PartyMembersDocument,
    "\n  query PartyMember($id: ID!) {\n    partyMember(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      age\n      idCardNo\n      phone\n      isResident\n      organisation {\n        id\n        name\n      }\n      status\n      joinedOn\n      confirmedOn\n      memberType\n      floatingFrom\n      floatingTo\n      workUnit\n      reportedCommunity {\n        id\n        name\n      }\n      centreHousehold\n      leftOn\n      leftTo\n      version\n      transfers {\n        kind\n        fromOrganisationName\n        toOrganisationName\n        fromPlace\n        toPlace\n        movedOn\n        reason\n      }\n      points {\n        points\n        serviceHours\n      }\n      pointEntries {\n        id\n        awardedOn\n        points\n        serviceHours\n        activity\n        reason\n      }\n      commitments {\n        id\n        pledge\n        periodStart\n        periodEnd\n        grade\n        evaluation\n        evaluatedOn\n        progress {\n          notedOn\n          note\n        }\n      }\n      evaluations {\n        year\n        grade\n        decision\n        decidedOn\n      }\n    }\n  }\n": types.PartyMemberDocument,
    "\n  query PartyMeetings($id: ID!) {\n    partyOrganisation(id: $id) {\n      id\n      meetings {\n        id\n        kind\n        heldOn\n        topic\n        notes\n        organisation {\n          id\n          name\n        }\n        attendance {\n          attendance\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PartyMeetingsDocument,
    "\n  query PartyPointsRanking($id: ID!) {\n    partyPointsRanking(organisationId: $id, first: 50) {\n      rank\n      points\n      serviceHours\n      member {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PartyPointsRankingDocument,
    "\n  mutation CreatePartyMember($input: CreatePartyMemberInput!) {\n    createPartyMember(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreatePartyMemberDocument,
    "\n  mutation RecordPartyMeeting($input: RecordPartyMeetingInput!) {\n    recordPartyMeeting(input: $input) {\n      meeting {\n        id\n        topic\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RecordPartyMeetingDocument,
    "\n  mutation AwardPartyPoints($input: AwardPartyPointsInput!) {\n    awardPartyPoints(input: $input) {\n      balance {\n        points\n        serviceHours\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AwardPartyPointsDocument,
    "\n  mutation TransferPartyMember($input: TransferPartyMemberInput!) {\n    transferPartyMember(input: $input) {\n      member {\n        id\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.TransferPartyMemberDocument,
    "\n  mutation CreatePartyCommitment($input: CreatePartyCommitmentInput!) {\n    createPartyCommitment(input: $input) {\n      commitment {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreatePartyCommitmentDocument,
    "\n  mutation RecordPartyEvaluation($input: RecordPartyEvaluationInput!) {\n    recordPartyEvaluation(input: $input) {\n      evaluation {\n        year\n        grade\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RecordPartyEvaluationDocument,
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
export function graphql(source: "\n  query RegionFigures($regionId: ID!, $withParty: Boolean!) {\n    regionFigures(regionId: $regionId) {\n      households\n      residents\n      partyMembers @include(if: $withParty)\n      staff\n      residentsByType {\n        residenceType\n        count\n      }\n      keyGroups {\n        count\n        keyGroup {\n          id\n          name\n          careLevel\n        }\n      }\n      sizing {\n        status\n        rule {\n          minHouseholds\n          maxHouseholds\n          maxResidents\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionFiguresDocument;
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
export function graphql(source: "\n  query PartyOrganisations {\n    partyOrganisations {\n      id\n      parentId\n      depth\n      kind\n      name\n      memberCount\n      region {\n        id\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverduePartyMeetings {\n    overduePartyMeetings {\n      organisation {\n        id\n        name\n      }\n      kind\n      period\n      periodStart\n      periodEnd\n      required\n      held\n    }\n  }\n"): typeof import('./graphql').OverduePartyMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyTermsEndingSoon {\n    partyTermsEndingSoon {\n      id\n      name\n      termEnd\n    }\n  }\n"): typeof import('./graphql').PartyTermsEndingSoonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyOrganisationOverview($id: ID!) {\n    partyOrganisation(id: $id) {\n      id\n      kind\n      name\n      region {\n        id\n        name\n      }\n      termStart\n      termEnd\n      coveredUnits\n      memberCount\n      warnings {\n        code\n        message\n      }\n      figures {\n        organisations\n        members\n        fullMembers\n        probationaryMembers\n        byType {\n          memberType\n          count\n        }\n        byAge {\n          bracket\n          count\n        }\n        ageUnknown\n        floating\n        inService\n        centreHouseholds\n        meetingsRequired\n        meetingsHeld\n        meetingsOverdue\n        averagePoints\n      }\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyOfficers($id: ID!) {\n    partyOrganisation(id: $id) {\n      id\n      officers {\n        id\n        role\n        termStart\n        termEnd\n        inOffice\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyOfficersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyMembers($id: ID!, $search: String, $first: Int!, $after: String) {\n    partyOrganisation(id: $id) {\n      id\n      members(search: $search, first: $first, after: $after) {\n        nodes {\n          id\n          name\n          gender\n          age\n          status\n          memberType\n          joinedOn\n          centreHousehold\n          phone\n          organisation {\n            id\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyMember($id: ID!) {\n    partyMember(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      age\n      idCardNo\n      phone\n      isResident\n      organisation {\n        id\n        name\n      }\n      status\n      joinedOn\n      confirmedOn\n      memberType\n      floatingFrom\n      floatingTo\n      workUnit\n      reportedCommunity {\n        id\n        name\n      }\n      centreHousehold\n      leftOn\n      leftTo\n      version\n      transfers {\n        kind\n        fromOrganisationName\n        toOrganisationName\n        fromPlace\n        toPlace\n        movedOn\n        reason\n      }\n      points {\n        points\n        serviceHours\n      }\n      pointEntries {\n        id\n        awardedOn\n        points\n        serviceHours\n        activity\n        reason\n      }\n      commitments {\n        id\n        pledge\n        periodStart\n        periodEnd\n        grade\n        evaluation\n        evaluatedOn\n        progress {\n          notedOn\n          note\n        }\n      }\n      evaluations {\n        year\n        grade\n        decision\n        decidedOn\n      }\n    }\n  }\n"): typeof import('./graphql').PartyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyMeetings($id: ID!) {\n    partyOrganisation(id: $id) {\n      id\n      meetings {\n        id\n        kind\n        heldOn\n        topic\n        notes\n        organisation {\n          id\n          name\n        }\n        attendance {\n          attendance\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyPointsRanking($id: ID!) {\n    partyPointsRanking(organisationId: $id, first: 50) {\n      rank\n      points\n      serviceHours\n      member {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyPointsRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartyMember($input: CreatePartyMemberInput!) {\n    createPartyMember(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePartyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPartyMeeting($input: RecordPartyMeetingInput!) {\n    recordPartyMeeting(input: $input) {\n      meeting {\n        id\n        topic\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RecordPartyMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardPartyPoints($input: AwardPartyPointsInput!) {\n    awardPartyPoints(input: $input) {\n      balance {\n        points\n        serviceHours\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AwardPartyPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferPartyMember($input: TransferPartyMemberInput!) {\n    transferPartyMember(input: $input) {\n      member {\n        id\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').TransferPartyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartyCommitment($input: CreatePartyCommitmentInput!) {\n    createPartyCommitment(input: $input) {\n      commitment {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePartyCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPartyEvaluation($input: RecordPartyEvaluationInput!) {\n    recordPartyEvaluation(input: $input) {\n      evaluation {\n        year\n        grade\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RecordPartyEvaluationDocument;
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
