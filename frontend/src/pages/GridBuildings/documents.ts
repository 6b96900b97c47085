import { graphql } from '../../gql';

/** One page of the buildings of a region's subtree, by name. */
export const RegionBuildingsQuery = graphql(`
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
`);

/** A building's houses, the households living in each, and their members. */
export const BuildingHousesQuery = graphql(`
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
`);
