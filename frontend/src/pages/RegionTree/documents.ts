import { graphql } from '../../gql';

export const SearchRegionsQuery = graphql(`
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
`);

/** The path from the root to a region, to expand the tree down to a search hit. */
export const RegionPathQuery = graphql(`
  query RegionPath($id: ID!) {
    region(id: $id) {
      id
      ancestors {
        id
      }
    }
  }
`);
