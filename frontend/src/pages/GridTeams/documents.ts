import { graphql } from '../../gql';

/** The teams of a subtree's grids with their "1+1+N+X" make-up and members. */
export const GridTeamsQuery = graphql(`
  query GridTeams($regionId: ID, $incompleteOnly: Boolean!) {
    gridTeams(regionId: $regionId, incompleteOnly: $incompleteOnly) {
      grid {
        id
        name
        code
      }
      complete
      missing
      composition {
        leaders
        fullTime
        partTime
        professional
      }
      members {
        staff {
          id
          name
          gender
          phone
          partyMember
          starLevel
        }
        assignment {
          id
          teamRole
          startedOn
        }
      }
    }
  }
`);
