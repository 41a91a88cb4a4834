import { AsyncLocalStorage } from 'node:async_hooks';
import { withDatabaseErrorDetails } from './database-error';
import type { PrismaClient } from './generated/prisma/client';
import type { TransactionClient } from './generated/prisma/internal/prismaNamespace';
import type pg from 'pg';
import { ReadTransaction } from './read-transaction';
import { SETTING_NAMES, type RlsSettings } from './rls-settings';
import type { SqlStatement } from './sql-statement';
import { currentTenantContext } from './tenant-context';

export type Tx = TransactionClient;

export type { RlsSettings } from './rls-settings';

export interface TransactionOptions {
  /** Milliseconds before Prisma aborts the transaction; long exports raise it. */
  timeout?: number;
  isolationLevel?: 'ReadCommitted' | 'RepeatableRead' | 'Serializable';
}

interface AmbientTransaction {
  tx: Tx;
  settings: RlsSettings;
}

/**
 * The only way the application reaches tenant data. `tenantTransaction` is the default path: it opens one
 * transaction, writes the current tenant context into the RLS settings and exposes the transaction to the
 * repositories through `tx()`. Nested calls join the open transaction, so a service can call another without
 * splitting a unit of work.
 */
export class Database {
  private readonly ambient = new AsyncLocalStorage<AmbientTransaction>();
  private readonly requestReads = new AsyncLocalStorage<ReadTransaction>();

  constructor(
    readonly client: PrismaClient,
    /** The read path's own pool (see create-database.ts). */
    private readonly pool: pg.Pool,
    private readonly onStatement: () => void = () => undefined,
  ) {}

  /** A transaction for the reads of one request (see ReadTransaction); the caller finishes it. */
  newReadTransaction(): ReadTransaction {
    return new ReadTransaction(this.pool, this.onStatement);
  }

  /** Runs `work` with the request's read transaction as the one `read()` uses. */
  withRequestReads<T>(reads: ReadTransaction, work: () => T): T {
    return this.requestReads.run(reads, work);
  }

  /**
   * The SQL read path: a named statement in the request's read transaction (opened with the current tenant
   * context's settings when the session check did not open it), or, outside a request, in a transaction of its
   * own. Repositories use it for the reads that must stay fast; writes go through `tenantTransaction`.
   */
  async read<R extends pg.QueryResultRow>(statement: SqlStatement, values: readonly unknown[]): Promise<R[]> {
    const reads = this.requestReads.getStore();
    if (reads) {
      if (!reads.isOpen) await reads.ensureOpen(contextSettings());
      return reads.rows<R>(statement, values);
    }
    const own = this.newReadTransaction();
    try {
      await own.ensureOpen(contextSettings());
      return await own.rows<R>(statement, values);
    } finally {
      await own.finish();
    }
  }

  tenantTransaction<T>(work: () => Promise<T>, options?: TransactionOptions): Promise<T> {
    return this.transaction(contextSettings(), work, options);
  }

  /** A transaction with explicit settings, for the authentication flows that start before any tenant is known. */
  /** The current tenant context plus extra settings (e.g. listing a shared project's participants). */
  tenantTransactionWith<T>(extra: RlsSettings, work: () => Promise<T>, options?: TransactionOptions): Promise<T> {
    const context = currentTenantContext();
    return this.transaction({ tenantId: context.tenantId, userId: context.userId, role: context.role, ...extra }, work, options);
  }

  async transaction<T>(settings: RlsSettings, work: () => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const open = this.ambient.getStore();
    if (open) {
      if (!sameSettings(open.settings, settings)) {
        throw new Error('A transaction with other RLS settings is already open: finish it before switching tenant');
      }
      return work();
    }
    // PostgreSQL's error details (constraint names) are recorded for the database-error mapper.
    return withDatabaseErrorDetails(() => this.client.$transaction(
      async (tx) => {
        await applySettings(tx, settings);
        return this.ambient.run({ tx, settings }, work);
      },
      { timeout: options.timeout ?? 15_000, maxWait: 10_000, isolationLevel: options.isolationLevel },
    ));
  }

  /** The open transaction. Repositories call this; outside a transaction it throws (fail closed). */
  tx(): Tx {
    const open = this.ambient.getStore();
    if (!open) throw new Error('No open transaction: wrap the call in database.tenantTransaction()');
    return open.tx;
  }

  /** Closes Prisma (and its pool) and the read pool: the process is stopping. */
  async disconnect(): Promise<void> {
    await this.client.$disconnect();
    await this.pool.end();
  }

  /** Whether a transaction is open here (used to fire side effects only after commit). */
  inTransaction(): boolean {
    return this.ambient.getStore() !== undefined;
  }
}

async function applySettings(tx: Tx, settings: RlsSettings): Promise<void> {
  const entries = (Object.keys(SETTING_NAMES) as (keyof RlsSettings)[]).map(
    (key) => [SETTING_NAMES[key], settings[key] ?? ''] as const,
  );
  // One round trip for all settings; values are bound parameters, never interpolated.
  await tx.$queryRawUnsafe(
    `SELECT ${entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`,
    ...entries.flat(),
  );
}

function contextSettings(): RlsSettings {
  const context = currentTenantContext();
  return { tenantId: context.tenantId, userId: context.userId, role: context.role };
}

function sameSettings(a: RlsSettings, b: RlsSettings): boolean {
  return (Object.keys(SETTING_NAMES) as (keyof RlsSettings)[]).every((key) => (a[key] ?? null) === (b[key] ?? null));
}
