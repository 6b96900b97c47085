import { graphql } from '../../gql';

/** The party organisations in reach, in tree order (each after its parent). */
export const PartyOrganisationsQuery = graphql(`
  query PartyOrganisations {
    partyOrganisations {
      id
      parentId
      depth
      kind
      name
      memberCount
      region {
        id
      }
      warnings {
        code
      }
    }
  }
`);

/** Required meetings ("三会一课") not yet held this month or quarter. */
export const OverduePartyMeetingsQuery = graphql(`
  query OverduePartyMeetings {
    overduePartyMeetings {
      organisation {
        id
        name
      }
      kind
      period
      periodStart
      periodEnd
      required
      held
    }
  }
`);

/** Organisations whose term ends within 90 days. */
export const PartyTermsEndingSoonQuery = graphql(`
  query PartyTermsEndingSoon {
    partyTermsEndingSoon {
      id
      name
      termEnd
    }
  }
`);

/** One organisation's facts, warnings and figures (all `party:figures`). */
export const PartyOrganisationOverviewQuery = graphql(`
  query PartyOrganisationOverview($id: ID!) {
    partyOrganisation(id: $id) {
      id
      kind
      name
      region {
        id
        name
      }
      termStart
      termEnd
      coveredUnits
      memberCount
      warnings {
        code
      }
      figures {
        organisations
        members
        fullMembers
        probationaryMembers
        byType {
          memberType
          count
        }
        byAge {
          bracket
          count
        }
        ageUnknown
        floating
        inService
        centreHouseholds
        meetingsRequired
        meetingsHeld
        meetingsOverdue
        averagePoints
      }
    }
  }
`);

/** Secretary, deputies and committee members in office (`party:read`). */
export const PartyOfficersQuery = graphql(`
  query PartyOfficers($id: ID!) {
    partyOrganisation(id: $id) {
      id
      officers {
        id
        role
        termStart
        termEnd
        inOffice
        member {
          id
          name
        }
      }
    }
  }
`);

/** A page of the members of an organisation's subtree, by name (`party:read`). */
export const PartyMembersQuery = graphql(`
  query PartyMembers($id: ID!, $search: String, $first: Int!, $after: String) {
    partyOrganisation(id: $id) {
      id
      members(search: $search, first: $first, after: $after) {
        nodes {
          id
          name
          gender
          age
          status
          memberType
          joinedOn
          centreHousehold
          phone
          organisation {
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
  }
`);

/** Everything the member drawer shows (`party:read`). */
export const PartyMemberQuery = graphql(`
  query PartyMember($id: ID!) {
    partyMember(id: $id) {
      id
      name
      gender
      birthDate
      age
      idCardNo
      phone
      isResident
      organisation {
        id
        name
      }
      status
      joinedOn
      confirmedOn
      memberType
      floatingFrom
      floatingTo
      workUnit
      reportedCommunity {
        id
        name
      }
      centreHousehold
      leftOn
      leftTo
      version
      transfers {
        kind
        fromOrganisationName
        toOrganisationName
        fromPlace
        toPlace
        movedOn
        reason
      }
      points {
        points
        serviceHours
      }
      pointEntries {
        id
        awardedOn
        points
        serviceHours
        activity
        reason
      }
      commitments {
        id
        pledge
        periodStart
        periodEnd
        grade
        evaluation
        evaluatedOn
        progress {
          notedOn
          note
        }
      }
      evaluations {
        year
        grade
        decision
        decidedOn
      }
    }
  }
`);

/** Meetings of an organisation's subtree with each member's attendance, newest first. */
export const PartyMeetingsQuery = graphql(`
  query PartyMeetings($id: ID!) {
    partyOrganisation(id: $id) {
      id
      meetings {
        id
        kind
        heldOn
        topic
        notes
        organisation {
          id
          name
        }
        attendance {
          attendance
          member {
            id
            name
          }
        }
      }
    }
  }
`);

/** Members of the subtree ranked by points. */
export const PartyPointsRankingQuery = graphql(`
  query PartyPointsRanking($id: ID!) {
    partyPointsRanking(organisationId: $id, first: 50) {
      rank
      points
      serviceHours
      member {
        id
        name
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const CreatePartyMemberMutation = graphql(`
  mutation CreatePartyMember($input: CreatePartyMemberInput!) {
    createPartyMember(input: $input) {
      member {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const RecordPartyMeetingMutation = graphql(`
  mutation RecordPartyMeeting($input: RecordPartyMeetingInput!) {
    recordPartyMeeting(input: $input) {
      meeting {
        id
        topic
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const AwardPartyPointsMutation = graphql(`
  mutation AwardPartyPoints($input: AwardPartyPointsInput!) {
    awardPartyPoints(input: $input) {
      balance {
        points
        serviceHours
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const TransferPartyMemberMutation = graphql(`
  mutation TransferPartyMember($input: TransferPartyMemberInput!) {
    transferPartyMember(input: $input) {
      member {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const CreatePartyCommitmentMutation = graphql(`
  mutation CreatePartyCommitment($input: CreatePartyCommitmentInput!) {
    createPartyCommitment(input: $input) {
      commitment {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const RecordPartyEvaluationMutation = graphql(`
  mutation RecordPartyEvaluation($input: RecordPartyEvaluationInput!) {
    recordPartyEvaluation(input: $input) {
      evaluation {
        year
        grade
      }
      userErrors {
        field
        code
      }
    }
  }
`);
