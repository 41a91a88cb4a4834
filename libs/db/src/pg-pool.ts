import pg from 'pg';

export interface PgPoolOptions {
  connectionString: string;
  /** Connections held at most; Prisma's writes and the SQL reads share them. */
  size?: number;
  applicationName?: string;
}

/** A pool of connections (see create-database.ts for why a process has two: Prisma's and the read path's). */
export function createPgPool({ connectionString, size = 10, applicationName = 'passerelles' }: PgPoolOptions): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: size, application_name: applicationName });
  // An idle connection dropped by the server must not crash the process; the next checkout reconnects.
  pool.on('error', () => undefined);
  return pool;
}
