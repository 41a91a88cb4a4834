import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from './generated/prisma/client';

export interface PrismaClientOptions {
  /** The process's pool (see pg-pool.ts): Prisma borrows its connections from it. */
  pool: pg.Pool;
  /** Called for every SQL statement Prisma sends (tests count statements to catch N+1). */
  onQuery?: () => void;
}

/** One client per process, on the process's pool. Never one per request. */
export function createPrismaClient({ pool, onQuery }: PrismaClientOptions): PrismaClient {
  // Prisma owns its pool: $disconnect() ends it too.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', onQuery);
  return client;
}
