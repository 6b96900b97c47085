import { graphql } from '../gql';

/** The event categories, parents first (a tree by `parentId`). */
export const EventCategoriesQuery = graphql(`
  query EventCategories {
    eventCategories {
      id
      parentId
      code
      name
      family
      active
      defaultDepartment {
        id
        name
      }
    }
  }
`);

/** The dispute types, parents first. */
export const DisputeTypesQuery = graphql(`
  query DisputeTypes {
    disputeTypes {
      id
      parentId
      code
      name
    }
  }
`);

/** The departments an event may be dispatched to. */
export const EventDepartmentsQuery = graphql(`
  query EventDepartments {
    departments(first: 100) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

/** A page of events, most urgent first by default; a row of every list of events. */
export const EventsQuery = graphql(`
  query Events($filter: EventFilter, $orderBy: EventOrder! = URGENCY, $first: Int, $after: String) {
    events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          family
          description
          urgency
          source
          status
          level
          colour
          phase
          phaseDeadline
          extensionPending
          reportedAt
          version
          category {
            id
            name
          }
          grid {
            id
            name
          }
          department {
            id
            name
          }
          dispute {
            risk
            outcome
            scale
            type {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Everything the event's detail shows, and what the caller may do with it now. */
export const EventQuery = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      id
      number
      family
      description
      urgency
      source
      status
      level
      lng
      lat
      address
      reporterName
      reporterPhone
      externalRef
      reportedAt
      phase
      phaseStartedAt
      phaseDeadline
      colour
      extensionPending
      result
      closedAt
      closedLevel
      satisfaction
      version
      availableActions
      category {
        id
        name
        family
        defaultDepartment {
          id
          name
        }
      }
      grid {
        id
        name
      }
      department {
        id
        name
      }
      mergedInto {
        id
        number
      }
      history {
        id
        action
        fromStatus
        toStatus
        actorName
        at
        comment
        level
        deadline
        onTime
        department {
          id
          name
        }
        attachments {
          id
          fileName
          contentType
          sizeBytes
          url
          createdAt
        }
      }
      attachments {
        id
        fileName
        contentType
        sizeBytes
        url
        createdAt
      }
      links {
        kind
        targetId
        label
      }
      extensions {
        id
        extraHours
        reason
        status
        requestedAt
        decidedAt
        oldDeadline
        newDeadline
      }
      supervisionOrders {
        id
        kind
        card
        message
        raisedBy
        raisedAt
        replyDeadline
        reply
        repliedAt
        overdue
        version
      }
      dispute {
        scale
        amountInvolved
        risk
        agreement
        outcome
        outcomeOn
        version
        type {
          id
          name
        }
        parties {
          name
          kind
          phone
        }
        sessions {
          id
          mediator
          heldOn
          method
          notes
        }
      }
    }
  }
`);

/** The grid containing a point, or null. */
export const GridAtQuery = graphql(`
  query GridAt($lng: Float!, $lat: Float!) {
    gridAt(lng: $lng, lat: $lat) {
      id
      name
      code
    }
  }
`);

/** Grids by name or code, for the intake form's grid select. */
export const GridOptionsQuery = graphql(`
  query GridOptions($search: String) {
    regions(kind: GRID, search: $search, first: 30) {
      nodes {
        id
        code
        name
        parent {
          id
          name
        }
      }
    }
  }
`);

/** Supervision orders (督办单), newest first. */
export const SupervisionOrdersQuery = graphql(`
  query SupervisionOrders($open: Boolean, $first: Int, $after: String) {
    supervisionOrders(open: $open, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          card
          message
          raisedBy
          raisedAt
          replyDeadline
          reply
          repliedAt
          overdue
          version
          event {
            id
            number
            status
            colour
            category {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Counts and rates of the events reported in a period. */
export const EventFiguresQuery = graphql(`
  query EventFigures($regionId: ID, $departmentId: ID, $from: NaiveDate!, $to: NaiveDate!) {
    eventFigures(regionId: $regionId, departmentId: $departmentId, from: $from, to: $to) {
      reported
      byColour {
        key
        label
        count
      }
      byStatus {
        key
        label
        count
      }
      onTimeSignForRate
      onTimeClosureRate
      reworkRate
      returnRate
      satisfactionRate
      averageHandlingHours
    }
  }
`);

/** The dispute register's figures for a period. */
export const DisputeFiguresQuery = graphql(`
  query DisputeFigures($regionId: ID, $from: NaiveDate!, $to: NaiveDate!) {
    disputeFigures(regionId: $regionId, from: $from, to: $to) {
      total
      resolved
      failed
      sentToCourt
      open
      resolutionRate
      byRisk {
        key
        label
        count
      }
      byType {
        key
        label
        count
      }
    }
  }
`);

export const ReportEventMutation = graphql(`
  mutation ReportEvent($input: ReportEventInput!) {
    reportEvent(input: $input) {
      event {
        id
        number
        status
        version
      }
      possibleDuplicates {
        id
        number
        description
        status
        colour
        reportedAt
        category {
          id
          name
        }
        grid {
          id
          name
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const AcceptEventMutation = graphql(`
  mutation AcceptEvent($input: EventStepInput!) {
    acceptEvent(input: $input) {
      event {
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

export const RejectEventMutation = graphql(`
  mutation RejectEvent($input: EventReasonInput!) {
    rejectEvent(input: $input) {
      event {
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

export const MergeEventMutation = graphql(`
  mutation MergeEvent($input: MergeEventInput!) {
    mergeEvent(input: $input) {
      event {
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

export const HandleEventLocallyMutation = graphql(`
  mutation HandleEventLocally($input: EventStepInput!) {
    handleEventLocally(input: $input) {
      event {
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

export const DispatchEventMutation = graphql(`
  mutation DispatchEvent($input: DispatchEventInput!) {
    dispatchEvent(input: $input) {
      event {
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

export const EscalateEventMutation = graphql(`
  mutation EscalateEvent($input: EventStepInput!) {
    escalateEvent(input: $input) {
      event {
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

export const SignForEventMutation = graphql(`
  mutation SignForEvent($input: EventStepInput!) {
    signForEvent(input: $input) {
      event {
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

export const ReturnEventMutation = graphql(`
  mutation ReturnEvent($input: EventReasonInput!) {
    returnEvent(input: $input) {
      event {
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

export const RequestEventExtensionMutation = graphql(`
  mutation RequestEventExtension($input: RequestEventExtensionInput!) {
    requestEventExtension(input: $input) {
      event {
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

export const DecideEventExtensionMutation = graphql(`
  mutation DecideEventExtension($input: DecideEventExtensionInput!) {
    decideEventExtension(input: $input) {
      event {
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

export const CompleteEventMutation = graphql(`
  mutation CompleteEvent($input: CompleteEventInput!) {
    completeEvent(input: $input) {
      event {
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

export const CloseEventMutation = graphql(`
  mutation CloseEvent($input: EventStepInput!) {
    closeEvent(input: $input) {
      event {
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

export const ReworkEventMutation = graphql(`
  mutation ReworkEvent($input: EventReasonInput!) {
    reworkEvent(input: $input) {
      event {
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

export const RevisitEventMutation = graphql(`
  mutation RevisitEvent($input: RevisitEventInput!) {
    revisitEvent(input: $input) {
      event {
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

export const ArchiveEventMutation = graphql(`
  mutation ArchiveEvent($input: EventStepInput!) {
    archiveEvent(input: $input) {
      event {
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

export const RaiseSupervisionOrderMutation = graphql(`
  mutation RaiseSupervisionOrder($input: RaiseSupervisionOrderInput!) {
    raiseSupervisionOrder(input: $input) {
      order {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const ReplySupervisionOrderMutation = graphql(`
  mutation ReplySupervisionOrder($input: ReplySupervisionOrderInput!) {
    replySupervisionOrder(input: $input) {
      order {
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

export const UpdateDisputeMutation = graphql(`
  mutation UpdateDispute($input: UpdateDisputeInput!) {
    updateDispute(input: $input) {
      event {
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

export const AddMediationSessionMutation = graphql(`
  mutation AddMediationSession($input: AddMediationSessionInput!) {
    addMediationSession(input: $input) {
      event {
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

/** Every change of an event the caller may see. */
export const EventChangedSubscription = graphql(`
  subscription EventChanged {
    eventChanged {
      eventId
      number
      action
      status
      at
      departmentId
    }
  }
`);

/** A department user's new dispatches. */
export const DepartmentDispatchesSubscription = graphql(`
  subscription DepartmentDispatches {
    departmentDispatches {
      eventId
      number
      action
      status
      at
      departmentId
    }
  }
`);
