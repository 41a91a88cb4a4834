import { graphql } from '../../graphql/generated/gql';

export const OrganisationFieldsFragment = graphql(`
  fragment OrganisationFields on Organisation {
    id
    name
    acronym
    kind
    countryCode
    countryName
    iatiTypeCode
    iatiTypeName
    iatiIdentifier
    website
    email
    phone
    address
    notes
    archived
    contacts {
      id
      name
      position
      email
      phone
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations($text: String, $kind: OrganisationKind, $includeArchived: Boolean!, $first: Int!, $after: String) {
    organisations(text: $text, kind: $kind, includeArchived: $includeArchived, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          acronym
          kind
          countryName
          iatiTypeName
          archived
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFields
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      ...OrganisationFields
    }
  }
`);

export const SetOrganisationArchivedMutation = graphql(`
  mutation SetOrganisationArchived($id: ID!, $archived: Boolean!) {
    setOrganisationArchived(id: $id, archived: $archived) {
      ...OrganisationFields
    }
  }
`);

export const AddOrganisationContactMutation = graphql(`
  mutation AddOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {
    addOrganisationContact(organisationId: $organisationId, input: $input) {
      id
      name
    }
  }
`);

export const UpdateOrganisationContactMutation = graphql(`
  mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {
    updateOrganisationContact(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const RemoveOrganisationContactMutation = graphql(`
  mutation RemoveOrganisationContact($id: ID!) {
    removeOrganisationContact(id: $id)
  }
`);
