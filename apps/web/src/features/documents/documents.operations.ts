import { graphql } from '../../graphql/generated/gql';

export const DocumentsQuery = graphql(`
  query Documents($ownerType: DocumentOwnerType!, $ownerId: ID!) {
    documents(ownerType: $ownerType, ownerId: $ownerId) {
      id
      fileName
      contentType
      sizeBytes
      uploadedAt
      downloadPath
    }
  }
`);

export const DeleteDocumentMutation = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`);
