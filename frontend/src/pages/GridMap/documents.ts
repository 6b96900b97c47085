import { graphql } from '../../gql';

/** Every grid with a boundary under `under` (the viewer's whole scope when omitted). */
export const GridMapQuery = graphql(`
  query GridMap($under: ID) {
    gridMap(under: $under) {
      featureCollection
      gridCount
    }
  }
`);

/**
 * What the grid's side panel sums up: households, residents, staff, key groups, sizing, and
 * party members for callers with `party:figures` (the server refuses the count otherwise).
 */
export const RegionFiguresQuery = graphql(`
  query RegionFigures($regionId: ID!, $withParty: Boolean!) {
    regionFigures(regionId: $regionId) {
      households
      residents
      partyMembers @include(if: $withParty)
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
`);
