import type { DocumentOwnerType } from '../../graphql/generated/graphql';

export function documentsQueryKey(ownerType: DocumentOwnerType, ownerId: string) {
  return ['documents', ownerType, ownerId] as const;
}
