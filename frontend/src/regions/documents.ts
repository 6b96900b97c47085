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

export const RegionRootsQuery = graphql(`
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
`);

/** One page of a region's children; the tree asks for the next page on demand. */
export const RegionChildrenQuery = graphql(`
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
`);
