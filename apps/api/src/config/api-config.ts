import { z } from 'zod';
import { configFields, loadConfig } from '@passerelles/platform/env-config';

const apiEnvironmentSchema = z.object({
  NODE_ENV: configFields.nodeEnv,
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: configFields.port.default(3000),
  APP_DATABASE_URL: configFields.postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: configFields.redisUrl,
  REDIS_PREFIX: configFields.redisPrefix,
  PUBLIC_WEB_URL: configFields.httpUrl,
  COOKIE_SECURE: configFields.flag.optional(),
  GRAPHIQL: configFields.flag.optional(),
  LOG_LEVEL: configFields.logLevel,
  TRUST_PROXY: z.string().regex(/^[0-9a-fA-F.:/, ]*$/, 'comma-separated IP addresses or CIDR ranges').default(''),
  STORAGE_DIR: z.string().min(1).default('.passerelles/storage'),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(200).default(20),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(8 * 60),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).max(90).default(7),
});

/** The API's configuration, read once at boot. Also the DI token through which it is injected. */
export class ApiConfig {
  readonly environment: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  /** Where people open the web app: invitation links point there. */
  readonly publicWebUrl: string;
  readonly cookieSecure: boolean;
  readonly graphiql: boolean;
  readonly logLevel: string;
  /** Reverse proxies whose X-Forwarded-For is believed (client addresses feed the login throttle). */
  readonly trustedProxies: string[];
  /** Where the local-disk document storage keeps files. */
  readonly storageDir: string;
  readonly maxUploadBytes: number;
  readonly sessionIdleSeconds: number;
  readonly sessionAbsoluteSeconds: number;
}

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const raw = loadConfig(apiEnvironmentSchema, env);
  const production = raw.NODE_ENV === 'production';
  return {
    environment: raw.NODE_ENV,
    host: raw.API_HOST,
    port: raw.API_PORT,
    databaseUrl: raw.APP_DATABASE_URL,
    databasePoolSize: raw.DATABASE_POOL_SIZE,
    redisUrl: raw.REDIS_URL,
    redisPrefix: raw.REDIS_PREFIX,
    publicWebUrl: raw.PUBLIC_WEB_URL.replace(/\/+$/, ''),
    cookieSecure: raw.COOKIE_SECURE ?? production,
    // GraphiQL is a development tool: never on in production, whatever the variable says.
    graphiql: !production && (raw.GRAPHIQL ?? raw.NODE_ENV === 'development'),
    logLevel: raw.LOG_LEVEL,
    trustedProxies: raw.TRUST_PROXY.split(',').map((entry) => entry.trim()).filter(Boolean),
    storageDir: raw.STORAGE_DIR,
    maxUploadBytes: raw.MAX_UPLOAD_MB * 1024 * 1024,
    sessionIdleSeconds: raw.SESSION_IDLE_MINUTES * 60,
    sessionAbsoluteSeconds: raw.SESSION_ABSOLUTE_DAYS * 24 * 3600,
  };
}
