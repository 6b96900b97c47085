import { graphql } from '../../gql';

/** One page of the resident search, with the number of matches. */
export const ResidentsQuery = graphql(`
  query Residents($filter: ResidentFilterInput, $first: Int!, $after: String) {
    residents(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
        gender
        birthDate
        idCardNo
        phone
        residenceType
        status
        region {
          id
          name
        }
        household {
          id
          number
        }
        keyGroups {
          id
          endedOn
          keyGroup {
            id
            name
            careLevel
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The key groups the caller may see, for the filter. */
export const KeyGroupsQuery = graphql(`
  query KeyGroups {
    keyGroups {
      id
      code
      name
      careLevel
      sensitive
    }
  }
`);

/** Prepares a file of the residents matching a filter; the browser then fetches its URL. */
export const ExportResidentsMutation = graphql(`
  mutation ExportResidents($input: ExportResidentsInput!) {
    exportResidents(input: $input) {
      download {
        url
        fileName
        rowCount
        expiresAt
      }
      userErrors {
        field
        code
      }
    }
  }
`);
