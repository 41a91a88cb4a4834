import { useQuery } from '@tanstack/react-query';
import { request } from '../../graphql/graphql-client';
import { documentUploadRulesQueryKey } from './documents-query-keys';
import { DocumentUploadRulesQuery } from './documents.operations';

/**
 * What the server accepts as an attachment (formats, size) and whether the person may attach files: asked once
 * per session, so that the file input and its hint never drift from the API's own checks.
 */
export function useDocumentUploadRules() {
  return useQuery({ queryKey: documentUploadRulesQueryKey, queryFn: async () => (await request(DocumentUploadRulesQuery)).documentUploadRules, staleTime: Infinity });
}
