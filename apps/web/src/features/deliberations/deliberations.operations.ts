import { graphql } from '../../graphql/generated/gql';

export const DeliberationFieldsFragment = graphql(`
  fragment DeliberationFields on Deliberation {
    id
    number
    title
    assembly
    object
    status
    sessionDate
    votedOn
    transmittedOn
    executoryOn
    endedOn
    endReason
    year
    amount
    budgetYear
    projects {
      projectId
      projectCode
      projectTitle
      amount
      ownProject
    }
    conventionId
    conventionTitle
    canEdit
    canCorrectDates
    allowedTransitions
  }
`);

export const DeliberationsQuery = graphql(`
  query Deliberations($text: String, $statuses: [DeliberationStatus!], $projectId: ID, $year: Int, $first: Int!, $after: String) {
    deliberations(text: $text, statuses: $statuses, projectId: $projectId, year: $year, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...DeliberationFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const DeliberationQuery = graphql(`
  query Deliberation($id: ID!) {
    deliberation(id: $id) {
      ...DeliberationFields
    }
  }
`);

export const CreateDeliberationMutation = graphql(`
  mutation CreateDeliberation($input: DeliberationInput!) {
    createDeliberation(input: $input) {
      ...DeliberationFields
    }
  }
`);

export const UpdateDeliberationMutation = graphql(`
  mutation UpdateDeliberation($id: ID!, $input: DeliberationInput!) {
    updateDeliberation(id: $id, input: $input) {
      ...DeliberationFields
    }
  }
`);

export const ChangeDeliberationStatusMutation = graphql(`
  mutation ChangeDeliberationStatus($input: ChangeDeliberationStatusInput!) {
    changeDeliberationStatus(input: $input) {
      ...DeliberationFields
    }
  }
`);

export const CorrectDeliberationDateMutation = graphql(`
  mutation CorrectDeliberationDate($input: CorrectDeliberationDateInput!) {
    correctDeliberationDate(input: $input) {
      ...DeliberationFields
    }
  }
`);

/**
 * The projects and conventions a deliberation can be linked to. Every visible project comes with the
 * collectivité's part in it: the form keeps those it leads and those it funds as an active partner.
 */
export const DeliberationFormOptionsQuery = graphql(`
  query DeliberationFormOptions {
    projects(filter: { scope: ALL }, sort: { field: CODE, direction: ASC }, first: 100) {
      edges {
        node {
          id
          code
          title
          isLead
          leadName
          myParticipationRole
        }
      }
    }
    conventions(first: 100) {
      edges {
        node {
          id
          title
          cooperationName
          versionNumber
        }
      }
    }
  }
`);
