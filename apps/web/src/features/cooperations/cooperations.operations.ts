import { graphql } from '../../graphql/generated/gql';

export const ConventionFieldsFragment = graphql(`
  fragment ConventionFields on Convention {
    id
    cooperationId
    cooperationName
    title
    reference
    kind
    versionNumber
    previousVersionId
    status
    signedOn
    startsOn
    endsOn
    prefectureTransmittedOn
    objectives
    means
    forecastCommitment
    validity
    daysLeft
    inForce
    nextVersionId
    supersededBy
    parties {
      id
      organisationId
      name
      expectedResults
      commitments
    }
  }
`);

export const CooperationFieldsFragment = graphql(`
  fragment CooperationFields on Cooperation {
    id
    name
    partnerTerritory
    countryCode
    countryName
    startedOn
    status
    description
    partnerOrganisation {
      id
      name
    }
  }
`);

export const CooperationsQuery = graphql(`
  query Cooperations($text: String, $status: CooperationStatus, $first: Int!, $after: String) {
    cooperations(text: $text, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...CooperationFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CooperationQuery = graphql(`
  query Cooperation($id: ID!) {
    cooperation(id: $id) {
      ...CooperationFields
      conventions {
        ...ConventionFields
      }
    }
  }
`);

export const CreateCooperationMutation = graphql(`
  mutation CreateCooperation($input: CooperationInput!) {
    createCooperation(input: $input) {
      ...CooperationFields
    }
  }
`);

export const UpdateCooperationMutation = graphql(`
  mutation UpdateCooperation($id: ID!, $input: CooperationInput!) {
    updateCooperation(id: $id, input: $input) {
      ...CooperationFields
    }
  }
`);

export const ConventionsQuery = graphql(`
  query Conventions($cooperationId: ID, $validity: [ConventionValidityState!], $first: Int!, $after: String) {
    conventions(cooperationId: $cooperationId, validity: $validity, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ConventionFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ConventionQuery = graphql(`
  query Convention($id: ID!) {
    convention(id: $id) {
      ...ConventionFields
    }
  }
`);

export const CreateConventionMutation = graphql(`
  mutation CreateConvention($input: CreateConventionInput!) {
    createConvention(input: $input) {
      ...ConventionFields
    }
  }
`);

export const UpdateConventionMutation = graphql(`
  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {
    updateConvention(id: $id, input: $input) {
      ...ConventionFields
    }
  }
`);

export const CreateConventionVersionMutation = graphql(`
  mutation CreateConventionVersion($previousId: ID!, $input: ConventionVersionInput!) {
    createConventionVersion(previousId: $previousId, input: $input) {
      ...ConventionFields
    }
  }
`);

export const SignConventionMutation = graphql(`
  mutation SignConvention($id: ID!, $signedOn: String!) {
    signConvention(id: $id, signedOn: $signedOn) {
      ...ConventionFields
    }
  }
`);

export const RecordConventionTransmissionMutation = graphql(`
  mutation RecordConventionTransmission($id: ID!, $transmittedOn: String!) {
    recordConventionTransmission(id: $id, transmittedOn: $transmittedOn) {
      ...ConventionFields
    }
  }
`);

export const TerminateConventionMutation = graphql(`
  mutation TerminateConvention($id: ID!) {
    terminateConvention(id: $id) {
      ...ConventionFields
    }
  }
`);

/** Organisations of the directory, to pick a partner or a party. */
export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions {
    organisations(first: 100) {
      edges {
        node {
          id
          name
          acronym
          countryCode
        }
      }
    }
  }
`);
