import { PrismaPg } from '@prisma/adapter-pg';
import { ErrorCapturingPgClient } from './database-error';
import { PrismaClient } from './generated/prisma/client';

export interface PrismaClientOptions {
  connectionString: string;
  /** Size of the pg pool behind the client. */
  poolSize?: number;
  applicationName?: string;
  /** Called for every SQL statement sent (metrics; tests count queries to catch N+1). */
  onQuery?: () => void;
}

/** One client per process: it owns the connection pool. Never one per request. */
export function createPrismaClient({ connectionString, poolSize = 10, applicationName = 'passerelles', onQuery }: PrismaClientOptions): PrismaClient {
  // The capturing client keeps PostgreSQL's constraint names for the database-error mapper (see database-error.ts).
  const adapter = new PrismaPg({ connectionString, max: poolSize, application_name: applicationName, Client: ErrorCapturingPgClient });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', onQuery);
  return client;
}
