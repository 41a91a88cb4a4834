import { z } from 'zod';
import { configFields, loadConfig } from '@passerelles/platform/env-config';

const workerEnvironmentSchema = z.object({
  NODE_ENV: configFields.nodeEnv,
  APP_DATABASE_URL: configFields.postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  REDIS_URL: configFields.redisUrl,
  REDIS_PREFIX: configFields.redisPrefix,
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL'),
  MAIL_FROM: z.string().min(3).default('Passerelles <no-reply@passerelles.localhost>'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
  OUTBOX_SWEEP_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  LOG_LEVEL: configFields.logLevel,
});

/** The worker's configuration, read once at boot; also its DI token. */
export class WorkerConfig {
  readonly environment: 'development' | 'production' | 'test';
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly smtpUrl: string;
  readonly mailFrom: string;
  readonly concurrency: number;
  /** How often, and after how long, outbox e-mails whose job was lost are enqueued again. */
  readonly outboxSweepSeconds: number;
  readonly logLevel: string;
}

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const raw = loadConfig(workerEnvironmentSchema, env);
  return {
    environment: raw.NODE_ENV,
    databaseUrl: raw.APP_DATABASE_URL,
    databasePoolSize: raw.DATABASE_POOL_SIZE,
    redisUrl: raw.REDIS_URL,
    redisPrefix: raw.REDIS_PREFIX,
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM,
    concurrency: raw.WORKER_CONCURRENCY,
    outboxSweepSeconds: raw.OUTBOX_SWEEP_SECONDS,
    logLevel: raw.LOG_LEVEL,
  };
}
