import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { completeSiren } from '@passerelles/domain/siren';
import type { ApiConfig } from '../src/config/api-config';

/** Services prepared by scripts/test.mjs: a fresh, migrated database and a Redis key prefix for this run. */
export const testEnvironment = {
  ownerDatabaseUrl: process.env.TEST_OWNER_DATABASE_URL!,
  appDatabaseUrl: process.env.TEST_APP_DATABASE_URL!,
  redisUrl: process.env.TEST_REDIS_URL!,
  redisPrefix: process.env.TEST_REDIS_PREFIX!,
};

export function testApiConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    environment: 'test',
    host: '127.0.0.1',
    port: 0,
    databaseUrl: testEnvironment.appDatabaseUrl,
    databasePoolSize: 4,
    redisUrl: testEnvironment.redisUrl,
    redisPrefix: testEnvironment.redisPrefix,
    publicWebUrl: 'http://web.test',
    cookieSecure: false,
    graphiql: false,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Fastify's inject() comes from 127.0.0.1, standing for the web app's proxy: each test client passes its own
    // client address in X-Forwarded-For, as the proxy does, so that per-address limits count per test.
    trustedProxies: ['127.0.0.1'],
    storageDir: process.env.TEST_STORAGE_DIR ?? path.join(tmpdir(), 'passerelles-test-storage'),
    maxUploadBytes: 2 * 1024 * 1024,
    sessionIdleSeconds: 3600,
    sessionAbsoluteSeconds: 7 * 24 * 3600,
    ...overrides,
  };
}

/** A SIREN nobody else in this run uses (tests run in parallel against one database). */
export function uniqueSiren(): string {
  const prefix = (randomBytes(4).readUInt32BE() % 100_000_000).toString().padStart(8, '0');
  return completeSiren(prefix);
}

export function uniqueEmail(label: string): string {
  return `${label}.${randomBytes(5).toString('hex')}@example.test`;
}

/** A client address from the IPv6 documentation range (2001:db8::/32): only ever a header value, never a target. */
export function uniqueClientAddress(): string {
  const group = () => randomBytes(2).toString('hex');
  return `2001:db8:${group()}:${group()}::${group()}`;
}
