import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from '@passerelles/platform/logger';
import { WorkerConfig } from './config/worker-config';
import { PinoNestLogger } from '@passerelles/platform/pino-nest-logger';
import { WorkerModule } from './worker.module';

/** The worker is a Nest application context without HTTP: its own process, scaled apart from the API. */
export async function createWorkerApp(config: WorkerConfig, logger: Logger): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
