import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';
import type { Database } from '@passerelles/db/database';
import type { Logger } from '@passerelles/platform/logger';
import type { ApiConfig } from '../config/api-config';
import { assertNoControlCharacter } from './control-characters';
import { formatGraphqlErrors } from './graphql-error-formatter';
import type { GraphQLContext } from './graphql-context';
import { invalidParameter, unsupportedMediaType } from './http-request-errors';
import { assertRootFieldsWithinLimits, countRootFields } from './operation-limits';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COMPLEXITY = 5_000;
/**
 * What a root field costs on top of its selection: each opens its own session check, transaction and queries,
 * so 100 cheap root fields are not "100 fields" of work. With 50, at most 100 bare root fields fit the budget.
 */
export const ROOT_FIELD_COST = 50;
/** Tokens of one GraphQL document: bounds the parser's work (the web app's largest operation has under 1,000). */
export const MAX_DOCUMENT_TOKENS = 20_000;
export const GRAPHQL_RESPONSE_MEDIA_TYPE = 'application/graphql-response+json';

/** Whether the request carries a valid session (resolved once, then kept on the context for the guard). */
export type SessionCheck = (context: GraphQLContext) => Promise<boolean>;

export function graphqlOptions(config: ApiConfig, logger: Logger, database: Database, hasSession: SessionCheck): Omit<MercuriusDriverConfig, 'driver'> {
  const production = config.environment === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: config.graphiql,
    queryDepth: MAX_QUERY_DEPTH,
    allowBatchedQueries: false,
    graphql: { parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS } },
    additionalRouteOptions: {
      // GraphQL over HTTP: `"extensions": null` means "no extensions" (some clients always send the key);
      // Mercurius' body schema only accepts an object there.
      // The body schema's type coercion would turn `"query": 12` into the document "12": refused instead. And
      // only JSON or application/graphql bodies are read: a form-encoded one (which a cross-site form can send
      // without a CORS preflight) is refused, whatever parsers the HTTP adapter registers.
      preValidation: async (request: FastifyRequest) => {
        if (request.method !== 'POST') return;
        const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        if (type !== 'application/json' && type !== 'application/graphql') throw unsupportedMediaType();
        const body = request.body as { query?: unknown; operationName?: unknown; extensions?: unknown } | null | undefined;
        if (!body || typeof body !== 'object' || Array.isArray(body)) return;
        if (body.extensions === null) delete body.extensions;
        for (const parameter of ['query', 'operationName'] as const) {
          if (body[parameter] !== undefined && body[parameter] !== null && typeof body[parameter] !== 'string') throw invalidParameter(parameter);
        }
      },
    },
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
      // Before graphql-js validation, whose cost grows with the square of the number of aliases. Not cached by
      // Mercurius when it throws, so a refused document is refused every time.
      preValidation: (_schema: GraphQLSchema, document: DocumentNode) => {
        assertRootFieldsWithinLimits(countRootFields(document));
      },
      // In a hook rather than as a validation rule: rules built per request would disable Mercurius' query cache.
      preExecution: async (schema: GraphQLSchema, document: DocumentNode, context: unknown, variables: Record<string, unknown>) => {
        assertNoControlCharacter(document, variables ?? {});
        assertComplexityWithinLimit(schema, document, variables ?? {});
        // In production the schema is described only to people who are signed in.
        if (production && countRootFields(document).some((count) => count.introspection) && !(await hasSession(context as GraphQLContext))) {
          throw new DomainError(ErrorCode.Forbidden, "L'introspection du schéma est réservée aux personnes connectées.", 'INTROSPECTION_DISABLED');
        }
      },
      // The result is ready: commit the reads and give the connection back before the response is written.
      onResolution: async (_execution: unknown, context: unknown) => {
        await (context as GraphQLContext).reads.finish();
      },
    },
    errorFormatter: (execution, context) => {
      const ctx = context as unknown as Partial<GraphQLContext>;
      const accept = ctx.req?.headers.accept ?? '';
      return formatGraphqlErrors(execution, {
        requestId: ctx.requestId,
        logger,
        production,
        graphqlResponseMediaType: typeof accept === 'string' && accept.includes(GRAPHQL_RESPONSE_MEDIA_TYPE),
      });
    },
  } as Omit<MercuriusDriverConfig, 'driver'>;
}

/**
 * Each field costs 1, list fields cost their page size through `first`, and each root field adds
 * ROOT_FIELD_COST: a cap on the work of one request.
 */
function assertComplexityWithinLimit(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): void {
  const roots = new Set<unknown>([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  const complexity = getComplexity({
    schema,
    query: document,
    variables,
    estimators: [
      ({ args, childComplexity, type }) => {
        const own = typeof args.first === 'number' ? Math.max(1, args.first) * Math.max(1, childComplexity) : 1 + childComplexity;
        return roots.has(type) ? ROOT_FIELD_COST + own : own;
      },
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
