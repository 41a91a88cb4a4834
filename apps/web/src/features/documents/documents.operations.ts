import { graphql } from '../../graphql/generated/gql';

export const DocumentFieldsFragment = graphql(`
  fragment DocumentFields on DocumentFile {
    id
    fileName
    contentType
    sizeBytes
    uploadedAt
    downloadPath
    ownCollectivity
    canDelete
    canShare
    sharedWithProjectIds
  }
`);

export const DocumentsQuery = graphql(`
  query Documents($ownerType: DocumentOwnerType!, $ownerId: ID!) {
    documents(ownerType: $ownerType, ownerId: $ownerId) {
      ...DocumentFields
    }
  }
`);

/** What the lead shares with the participants of one of its projects. */
export const SharedDocumentsQuery = graphql(`
  query SharedDocuments($projectId: ID!) {
    sharedDocuments(projectId: $projectId) {
      ...DocumentFields
    }
  }
`);

/** The server's rules for attachments: formats, size, and whether the person may attach files at all. */
export const DocumentUploadRulesQuery = graphql(`
  query DocumentUploadRules {
    documentUploadRules {
      acceptedExtensions
      maxSizeBytes
      canUpload
    }
  }
`);

export const DeleteDocumentMutation = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`);

export const ShareDocumentWithProjectMutation = graphql(`
  mutation ShareDocumentWithProject($documentId: ID!, $projectId: ID!, $shared: Boolean!) {
    shareDocumentWithProject(documentId: $documentId, projectId: $projectId, shared: $shared) {
      ...DocumentFields
    }
  }
`);
