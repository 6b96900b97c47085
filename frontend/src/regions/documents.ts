import { graphql } from '../gql';

/** Everything the details panel and the grid drawer show about one region. */
export const RegionDetailsQuery = graphql(`
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
`);
