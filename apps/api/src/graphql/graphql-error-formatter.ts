import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';
import type { Logger } from '@passerelles/platform/logger';
import { DatabaseRefusalError, mapDatabaseError } from '../errors/database-error-mapper';
import { translateGraphqlMessage } from './french-graphql-messages';
import { requestProblemOf } from './http-request-errors';

interface FormattingContext {
  requestId?: string;
  logger: Logger;
  /**
   * The client asked for application/graphql-response+json (GraphQL over HTTP): errors that stop a request
   * before execution answer 400 without `data`. Otherwise (application/json) they answer 200, as that spec
   * asks for the older media type.
   */
  graphqlResponseMediaType?: boolean;
  /** In production, graphql-js' "Did you mean …?" hints are removed: they describe the schema to strangers. */
  production?: boolean;
}

interface ErrorWithNested {
  errors?: unknown[];
  code?: string;
  statusCode?: number;
}

/**
 * The edge where errors become what clients see: a code in `extensions.code`, a French message, and never a
 * stack trace, SQL or internal message. Unexpected errors are logged with the request id that the client gets.
 */
export function formatGraphqlErrors(
  execution: ExecutionResult & { errors: readonly GraphQLError[] },
  context: FormattingContext,
): { statusCode: number; response: { data?: ExecutionResult['data'] | null; errors: GraphQLFormattedError[] } } {
  const flattened = execution.errors.flatMap((error) => {
    const nested = (error.originalError as ErrorWithNested | undefined)?.errors;
    return Array.isArray(nested)
      ? nested.map((inner) =>
          inner instanceof GraphQLError
            ? inner
            : // Kept as the original only when it says what was wrong with the HTTP request (see requestProblemOf).
              new GraphQLError(String((inner as Error).message ?? inner), requestProblemOf(inner) ? { originalError: inner as Error } : undefined),
        )
      : [error];
  });

  // The HTTP request itself was unusable (too large, not JSON, wrong parameters): its own status, no data.
  const problem = [...execution.errors, ...flattened].map((error) => requestProblemOf(error.originalError)).find((found) => found !== null);
  if (problem) {
    return {
      statusCode: problem.statusCode,
      response: { errors: [{ message: problem.message, extensions: { code: ErrorCode.BadUserInput, reason: problem.reason } }] },
    };
  }

  const formatted = flattened.map((error) => formatOne(error, context));
  // Parse and validation errors carry no path: the request never reached execution.
  const rejectedBeforeExecution = !execution.data && formatted.every((error) => !error.path && error.extensions?.code === ErrorCode.BadUserInput);
  if (rejectedBeforeExecution && context.graphqlResponseMediaType) return { statusCode: 400, response: { errors: formatted } };
  return { statusCode: 200, response: { data: execution.data ?? null, errors: formatted } };
}

function formatOne(error: GraphQLError, { requestId, logger, production }: FormattingContext): GraphQLFormattedError {
  // Resolvers' database errors are mapped by the exception filter already; field resolvers' are mapped here.
  const original = error.originalError instanceof DomainError ? error.originalError : (mapDatabaseError(error.originalError) ?? error.originalError);
  const location = { ...(error.path ? { path: error.path } : {}), ...(error.locations ? { locations: error.locations } : {}) };

  if (original instanceof DatabaseRefusalError) {
    logger.warn({ requestId, path: error.path, database: original.database }, 'the database refused input that validation let through');
  }
  if (original instanceof DomainError) {
    return {
      message: original.message,
      ...location,
      extensions: {
        code: original.code,
        reason: original.reason,
        ...(original.fields.length > 0 ? { fields: original.fields } : {}),
      },
    };
  }

  // Parse, validation and variable-coercion errors of graphql-js (no original error, or a GraphQLError one),
  // and Mercurius' own request errors (depth limit, malformed body).
  const mercuriusCode = (original as ErrorWithNested | undefined)?.code;
  const isClientError =
    !original || original instanceof GraphQLError || (typeof mercuriusCode === 'string' && mercuriusCode.startsWith('MER_ERR_') && (original as ErrorWithNested).statusCode === 400);
  if (isClientError) {
    return {
      message: translateGraphqlMessage(error.message),
      ...location,
      extensions: {
        code: ErrorCode.BadUserInput,
        reason: /Document contains more tha[nt] \d+ tokens/.test(error.message) ? 'DOCUMENT_TOO_LONG' : 'INVALID_GRAPHQL',
        detail: production ? withoutSuggestions(error.message) : error.message,
      },
    };
  }

  logger.error({ err: original, requestId, path: error.path }, 'unexpected error in a GraphQL resolver');
  return {
    message: `Une erreur interne est survenue. Si elle persiste, communiquez cette référence au support : ${requestId ?? 'inconnue'}.`,
    ...location,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*$/s, '');
}
