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
