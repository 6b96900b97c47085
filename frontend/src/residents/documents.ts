import { graphql } from '../gql';

/** Everything the resident drawer shows: fields, home, household, key groups, timeline. */
export const ResidentDetailQuery = graphql(`
  query ResidentDetail($id: ID!) {
    resident(id: $id) {
      id
      name
      gender
      birthDate
      idCardNo
      phone
      ethnicity
      residenceType
      politicalStatus
      relationship
      status
      tags
      note
      region {
        id
        name
        code
      }
      house {
        id
        unit
        floor
        room
        houseUse
        building {
          id
          name
          address
        }
      }
      household {
        id
        number
        members {
          id
          name
          gender
          birthDate
          relationship
          residenceType
          status
        }
      }
      keyGroups {
        id
        startedOn
        endedOn
        riskLevel
        note
        keyGroup {
          id
          name
          careLevel
          sensitive
          hasRiskLevel
          visitIntervalDays
        }
      }
      timeline {
        kind
        occurredOn
        place
        note
        recordedAt
        fromRegion {
          id
          name
        }
        toRegion {
          id
          name
        }
      }
    }
  }
`);

/** The full ID number or phone; needs `resident:reveal` and is written to the audit log. */
export const RevealResidentIdentifierMutation = graphql(`
  mutation RevealResidentIdentifier($input: RevealResidentIdentifierInput!) {
    revealResidentIdentifier(input: $input) {
      value
      userErrors {
        field
        code
      }
    }
  }
`);
