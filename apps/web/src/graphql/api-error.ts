/** The codes the API puts in `extensions.code`, plus the two the client adds when no GraphQL answer came back. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

export interface ApiFieldError {
  /** Name of the input field, as in the GraphQL input type ("siren", "password"…). */
  field: string;
  message: string;
}

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
]);

/**
 * What every failed API call turns into, so that screens deal with one shape: a code to branch on, the French
 * message written by the API for people, and the per-field problems of an input.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: readonly ApiFieldError[];
  /** Finer cause given by the API (for example CSRF_TOKEN_INVALID), when there is one. */
  readonly reason: string | undefined;

  constructor(code: ApiErrorCode, message: string, fields: readonly ApiFieldError[] = [], reason?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
    this.reason = reason;
  }

  /** Field errors as a map, first message per field. */
  fieldMessages(): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const { field, message } of this.fields) messages[field] ??= message;
    return messages;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function toApiErrorCode(raw: unknown): ApiErrorCode {
  return typeof raw === 'string' && KNOWN_CODES.has(raw) ? (raw as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
}
