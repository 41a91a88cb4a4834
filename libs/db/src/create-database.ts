import { Database } from './database';
import { createPgPool } from './pg-pool';
import { createPrismaClient } from './prisma-client';

export interface DatabaseOptions {
  connectionString: string;
  poolSize?: number;
  applicationName?: string;
  /** Called for every SQL statement sent, reads and writes (tests count statements per request). */
  onStatement?: () => void;
}

/**
 * The process's database: Prisma on one pool (writes, and the reads not on the fast path yet), the SQL read path
 * on another. Two pools, because a GraphQL read holds its read connection for the whole request: were Prisma
 * transactions to wait for the same pool, enough concurrent requests holding read connections could wait on each
 * other for ever. With two pools a Prisma transaction never waits for a read connection, so every request
 * progresses.
 */
export function createDatabase({ connectionString, poolSize = 10, applicationName = 'passerelles', onStatement }: DatabaseOptions): Database {
  const writes = createPgPool({ connectionString, size: poolSize, applicationName });
  const reads = createPgPool({ connectionString, size: poolSize, applicationName: `${applicationName}-reads` });
  return new Database(createPrismaClient({ pool: writes, onQuery: onStatement }), reads, onStatement);
}
