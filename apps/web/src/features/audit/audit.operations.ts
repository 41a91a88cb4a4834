import { graphql } from '../../graphql/generated/gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $after: String) {
    auditEvents(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          occurredAt
          actorId
          actorName
          entity
          entityId
          action
          before
          after
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
