import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '@passerelles/platform/logger';
import { useFrenchValidationMessages } from '@passerelles/shared/french-validation';
import { AppModule } from './app.module';
import type { ApiConfig } from './config/api-config';
import { PinoNestLogger } from '@passerelles/platform/pino-nest-logger';
import { ErrorCode } from '@passerelles/domain/domain-error';
import { GRAPHQL_RESPONSE_MEDIA_TYPE } from './graphql/graphql-options';
import { requestProblemOf } from './graphql/http-request-errors';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
/**
 * The API answers JSON and files, never pages: nothing it sends may run scripts, load anything, be framed or
 * post forms. Documents downloaded from it (uploaded by people) are therefore inert in a browser too.
 */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const HSTS = 'max-age=31536000; includeSubDomains';

/** Builds the API application, initialised but not listening: main.ts listens, tests may use inject(). */
export async function createApiApp(config: ApiConfig, logger: Logger): Promise<NestFastifyApplication> {
  useFrenchValidationMessages();
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // A request id from a trusted proxy is kept so that logs line up across services; otherwise a new one.
    genReqId: (request: IncomingMessage) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1_048_576,
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
  });
  // Fastify parses text/plain by default; GraphQL takes only JSON (or application/graphql), so a plain-text
  // body, which a cross-site form can send without a preflight, is refused with 415.
  adapter.getInstance().removeContentTypeParser('text/plain');
  // Errors raised before a REST route's handler (an unreadable or oversized body) never reach Nest's filters:
  // each REST route answers them here, in the API's format. /graphql has its own (Mercurius, see
  // graphql-error-formatter). Per route rather than per scope: Nest installs its own scope-wide handler later.
  const restErrorHandler = (error: Error, request: FastifyRequest, reply: FastifyReply) => {
    const problem = requestProblemOf(error);
    if (problem) return reply.status(problem.statusCode).send({ error: { code: ErrorCode.BadUserInput, reason: problem.reason, message: problem.message } });
    logger.error({ err: error, requestId: request.id }, 'unexpected error before a route handler');
    return reply.status(500).send({
      error: { code: 'INTERNAL_SERVER_ERROR', message: `Une erreur interne est survenue. Si elle persiste, communiquez cette référence au support : ${request.id}.`, requestId: request.id },
    });
  };
  adapter.getInstance().addHook('onRoute', (route) => {
    if (route.url.startsWith('/graphql') || route.url.startsWith('/graphiql')) return;
    route.errorHandler ??= restErrorHandler;
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    abortOnError: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5 } });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    // GraphiQL (development only) is the one page the API serves: it needs its scripts.
    if (!(config.graphiql && request.url.startsWith('/graphiql'))) reply.header('content-security-policy', API_CONTENT_SECURITY_POLICY);
    // request.protocol follows X-Forwarded-Proto only from a trusted proxy (TRUST_PROXY).
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    if (request.url.startsWith('/graphql') && prefersGraphqlResponse(request.headers.accept)) {
      const type = reply.getHeader('content-type');
      if (typeof type === 'string' && type.startsWith('application/json')) reply.header('content-type', `${GRAPHQL_RESPONSE_MEDIA_TYPE}; charset=utf-8`);
    }
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}

export async function bootstrapApi(config: ApiConfig, logger: Logger): Promise<NestFastifyApplication> {
  const app = await createApiApp(config, logger);
  await app.listen(config.port, config.host);
  logger.info({ url: await app.getUrl() }, 'API listening');
  return app;
}

/** GraphQL over HTTP: a client that accepts application/graphql-response+json gets it. */
function prefersGraphqlResponse(accept: string | undefined): boolean {
  return typeof accept === 'string' && accept.includes(GRAPHQL_RESPONSE_MEDIA_TYPE);
}
