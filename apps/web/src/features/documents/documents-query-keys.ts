import type { DocumentOwnerType } from '../../graphql/generated/graphql';

export const documentUploadRulesQueryKey = ['documentUploadRules'] as const;

export function documentsQueryKey(ownerType: DocumentOwnerType, ownerId: string) {
  return ['documents', ownerType, ownerId] as const;
}

export function sharedDocumentsQueryKey(projectId: string) {
  return ['documents', 'shared', projectId] as const;
}
