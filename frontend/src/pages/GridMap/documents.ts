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

/** What the grid's side panel sums up: households, residents, staff, key groups, sizing. */
export const RegionFiguresQuery = graphql(`
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
`);
