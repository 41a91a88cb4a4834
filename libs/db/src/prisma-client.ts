import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export interface PrismaClientOptions {
  connectionString: string;
  /** Size of the pg pool behind the client. */
  poolSize?: number;
  applicationName?: string;
}

/** One client per process: it owns the connection pool. Never one per request. */
export function createPrismaClient({ connectionString, poolSize = 10, applicationName = 'passerelles' }: PrismaClientOptions): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: poolSize, application_name: applicationName });
  return new PrismaClient({ adapter });
}
