import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';
import type { Database } from '@passerelles/db/database';
import type { Logger } from '@passerelles/platform/logger';
import type { ApiConfig } from '../config/api-config';
import { assertNoControlCharacter } from './control-characters';
import { formatGraphqlErrors } from './graphql-error-formatter';
import type { GraphQLContext } from './graphql-context';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COMPLEXITY = 5_000;

export function graphqlOptions(config: ApiConfig, logger: Logger, database: Database): Omit<MercuriusDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: config.graphiql,
    queryDepth: MAX_QUERY_DEPTH,
    allowBatchedQueries: false,
    // Guards and the tenant context apply to top-level queries and mutations; field resolvers are reached only
    // through them and take the session from the GraphQL context (running enhancers per field cost more CPU
    // than the SQL of a whole page).
    context: (request: FastifyRequest, reply: FastifyReply): GraphQLContext => {
      const reads = database.newReadTransaction();
      // The connection goes back to the pool with the response at the latest, whatever happened before.
      reply.raw.once('close', () => void reads.finish());
      return { req: request, reply, requestId: String(request.id), reads };
    },
    hooks: {
      // In a hook rather than as a validation rule: rules built per request would disable Mercurius' query cache.
      preExecution: (schema: GraphQLSchema, document: DocumentNode, _context: unknown, variables: Record<string, unknown>) => {
        assertNoControlCharacter(document, variables ?? {});
        assertComplexityWithinLimit(schema, document, variables ?? {});
      },
      // The result is ready: commit the reads and give the connection back before the response is written.
      onResolution: async (_execution: unknown, context: unknown) => {
        await (context as GraphQLContext).reads.finish();
      },
    },
    errorFormatter: (execution, context) => {
      const requestId = (context as unknown as Partial<GraphQLContext>).requestId;
      return formatGraphqlErrors(execution, { requestId, logger });
    },
  } as Omit<MercuriusDriverConfig, 'driver'>;
}

/** Each field costs 1 and list fields cost their page size through `first`: a cap on work per request. */
function assertComplexityWithinLimit(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): void {
  const complexity = getComplexity({
    schema,
    query: document,
    variables,
    estimators: [
      ({ args, childComplexity }) => (typeof args.first === 'number' ? Math.max(1, args.first) * Math.max(1, childComplexity) : undefined),
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
  if (complexity > MAX_QUERY_COMPLEXITY) {
    throw new DomainError(
      ErrorCode.BadUserInput,
      `Requête trop coûteuse (${complexity} pour un maximum de ${MAX_QUERY_COMPLEXITY}) : demandez moins d'éléments à la fois.`,
      'QUERY_TOO_COMPLEX',
    );
  }
}
