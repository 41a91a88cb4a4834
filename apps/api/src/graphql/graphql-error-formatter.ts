import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';
import type { Logger } from '@passerelles/platform/logger';
import { DatabaseRefusalError, mapDatabaseError } from '../errors/database-error-mapper';
import { translateGraphqlMessage } from './french-graphql-messages';

interface FormattingContext {
  requestId?: string;
  logger: Logger;
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
): { statusCode: number; response: { data: ExecutionResult['data'] | null; errors: GraphQLFormattedError[] } } {
  const flattened = execution.errors.flatMap((error) => {
    const nested = (error.originalError as ErrorWithNested | undefined)?.errors;
    return Array.isArray(nested) ? nested.map((inner) => (inner instanceof GraphQLError ? inner : new GraphQLError(String((inner as Error).message ?? inner)))) : [error];
  });
  const formatted = flattened.map((error) => formatOne(error, context));
  // 400 only when the request never reached execution (parse or validation errors carry no path).
  const rejectedBeforeExecution = !execution.data && formatted.every((error) => !error.path && error.extensions?.code === ErrorCode.BadUserInput);
  const statusCode = rejectedBeforeExecution ? 400 : 200;
  return { statusCode, response: { data: execution.data ?? null, errors: formatted } };
}

function formatOne(error: GraphQLError, { requestId, logger }: FormattingContext): GraphQLFormattedError {
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
      extensions: { code: ErrorCode.BadUserInput, reason: 'INVALID_GRAPHQL', detail: error.message },
    };
  }

  logger.error({ err: original, requestId, path: error.path }, 'unexpected error in a GraphQL resolver');
  return {
    message: `Une erreur interne est survenue. Si elle persiste, communiquez cette référence au support : ${requestId ?? 'inconnue'}.`,
    ...location,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
