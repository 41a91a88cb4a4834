import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { ApiError, toApiErrorCode, type ApiFieldError } from './api-error';
import { getCsrfToken, setCsrfToken } from './csrf-token';
import { graphql } from './generated/gql';

const GRAPHQL_ENDPOINT = '/graphql';
const CSRF_HEADER = 'x-csrf-token';

const CsrfTokenQuery = graphql(`
  query CsrfToken {
    viewer {
      csrfToken
    }
  }
`);

interface GraphqlErrorPayload {
  message?: unknown;
  extensions?: { code?: unknown; reason?: unknown; fields?: unknown };
}

interface GraphqlResponse<TData> {
  data?: TData | null;
  errors?: GraphqlErrorPayload[];
}

function operationOf(document: DocumentNode): OperationDefinitionNode | undefined {
  return document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
}

function fieldErrorsOf(raw: unknown): ApiFieldError[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, message } = entry as { field?: unknown; message?: unknown };
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

function toApiError(errors: GraphqlErrorPayload[]): ApiError {
  const [first] = errors;
  const code = toApiErrorCode(first?.extensions?.code);
  const message = typeof first?.message === 'string' ? first.message : '';
  const reason = typeof first?.extensions?.reason === 'string' ? first.extensions.reason : undefined;
  // Several input errors can come back at once: keep every field problem, not only the first error's.
  const fields = errors.flatMap((error) => fieldErrorsOf(error.extensions?.fields));
  return new ApiError(code, message, fields, reason);
}

async function send<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables | undefined): Promise<TData> {
  const operation = operationOf(document);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = getCsrfToken();
  if (operation?.operation === 'mutation' && token) headers[CSRF_HEADER] = token;

  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: JSON.stringify({ query: print(document), variables: variables ?? {}, operationName: operation?.name?.value }),
    });
  } catch {
    throw new ApiError('NETWORK_ERROR', '');
  }

  // Input errors come back with HTTP 400 but a normal GraphQL body: read the body whatever the status.
  let body: GraphqlResponse<TData>;
  try {
    body = (await response.json()) as GraphqlResponse<TData>;
  } catch {
    throw new ApiError(response.status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR', '');
  }
  if (body.errors && body.errors.length > 0) throw toApiError(body.errors);
  if (body.data === undefined || body.data === null) throw new ApiError('INTERNAL_SERVER_ERROR', '');
  return body.data;
}

/** Fetches the session's CSRF token anew (after the API said the one held was stale). */
export async function refreshCsrfToken(): Promise<string | null> {
  const { viewer } = await send(CsrfTokenQuery, undefined);
  setCsrfToken(viewer?.csrfToken ?? null);
  return viewer?.csrfToken ?? null;
}

/**
 * Sends one typed operation to the API. Mutations carry the session's CSRF token; when the API says the token is
 * stale (another tab logged in again, for instance), the token is fetched anew and the mutation retried once.
 */
export async function request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData> {
  try {
    return await send(document, variables);
  } catch (error) {
    const staleToken = error instanceof ApiError && error.reason === 'CSRF_TOKEN_INVALID' && operationOf(document)?.operation === 'mutation';
    if (!staleToken) throw error;
    if (!(await refreshCsrfToken())) throw error;
    return send(document, variables);
  }
}
