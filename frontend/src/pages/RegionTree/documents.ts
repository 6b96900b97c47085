import { graphql } from '../../gql';

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
