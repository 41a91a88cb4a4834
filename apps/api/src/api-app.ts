import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage } from 'node:http';
import type { Logger } from '@passerelles/platform/logger';
import { useFrenchValidationMessages } from '@passerelles/shared/french-validation';
import { AppModule } from './app.module';
import type { ApiConfig } from './config/api-config';
import { PinoNestLogger } from '@passerelles/platform/pino-nest-logger';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

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
