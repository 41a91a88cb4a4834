import pg from 'pg';
import { ErrorCapturingPgClient } from './database-error';

export interface PgPoolOptions {
  connectionString: string;
  /** Connections held at most; Prisma's writes and the SQL reads share them. */
  size?: number;
  applicationName?: string;
}

/** A pool of connections (see create-database.ts for why a process has two: Prisma's and the read path's). */
export function createPgPool({ connectionString, size = 10, applicationName = 'passerelles' }: PgPoolOptions): pg.Pool {
  // The capturing client keeps PostgreSQL's constraint names for the database-error mapper (see database-error.ts).
  const pool = new pg.Pool({ connectionString, max: size, application_name: applicationName, Client: ErrorCapturingPgClient });
  // An idle connection dropped by the server must not crash the process; the next checkout reconnects.
  pool.on('error', () => undefined);
  return pool;
}
