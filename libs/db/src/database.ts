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

/** What an authentication flow may set: what the request holds, never a role or a system scope. */
export type AuthenticationSettings = Pick<
  RlsSettings,
  'tenantId' | 'userId' | 'authEmail' | 'sessionTokenHash' | 'invitationTokenHash' | 'signUpTokenHash' | 'passwordResetTokenHash'
>;

export type SystemScope = NonNullable<RlsSettings['scope']>;

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
 * The only way the application reaches the database, through named entry points: `tenantTransaction` (the
 * default: the current tenant context), `read` (the fast read path), `authenticationTransaction`,
 * `systemTransaction`, `maintenanceTransaction`, `checkSession`. Each writes the RLS settings it stands for at the
 * start of its transaction and exposes the transaction to the repositories through `tx()`. Nested calls join the
 * open transaction, so a service can call another without splitting a unit of work.
 */
export class Database {
  private readonly ambient = new AsyncLocalStorage<AmbientTransaction>();
  private readonly requestReads = new AsyncLocalStorage<ReadTransaction>();

  constructor(
    /** Private: the named entry points below are the only ways in (eslint.config.mjs keeps it so). */
    private readonly client: PrismaClient,
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

  /** The default path: the current tenant context (collectivité, person, role) in the RLS settings. */
  tenantTransaction<T>(work: () => Promise<T>, options?: TransactionOptions): Promise<T> {
    return this.transaction(contextSettings(), work, options);
  }

  /**
   * The authentication flows, before (or while) a collectivité is known: what the request legitimately holds
   * opens the rows it entitles to — the e-mail being authenticated, the hash of a secret being presented, the
   * person signing in. Never a role: nothing here acts for a member.
   */
  authenticationTransaction<T>(settings: AuthenticationSettings, work: () => Promise<T>): Promise<T> {
    return this.transaction(settings, work);
  }

  /** System work that is nobody's request (jobs fanning out per collectivité, account e-mails, purges). */
  systemTransaction<T>(scope: SystemScope, work: () => Promise<T>, options?: TransactionOptions): Promise<T> {
    return this.transaction({ scope }, work, options);
  }

  /**
   * Scripts run by the database's owner with settings of their choosing (the demo seed, tests that forge rows):
   * never called by the API or the worker.
   */
  maintenanceTransaction<T>(settings: RlsSettings, work: () => Promise<T>): Promise<T> {
    return this.transaction(settings, work);
  }

  /**
   * The session check of a write request: one statement outside any transaction, so that the settings
   * app_resolve_session writes die with it. (A read checks its session inside its read transaction.)
   */
  async checkSession<R extends pg.QueryResultRow>(statement: SqlStatement, values: readonly unknown[]): Promise<R[]> {
    this.onStatement();
    return (await this.pool.query<R>({ name: statement.name, text: statement.text, values: [...values] })).rows;
  }

  /** Whether PostgreSQL answers (health). */
  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** The role the application connects as, to refuse one that bypasses row-level security. */
  async connectedRole(): Promise<{ name: string; superuser: boolean; bypassrls: boolean } | null> {
    const { rows } = await this.pool.query<{ name: string; superuser: boolean; bypassrls: boolean }>(
      'SELECT rolname AS name, rolsuper AS superuser, rolbypassrls AS bypassrls FROM pg_roles WHERE rolname = current_user',
    );
    return rows[0] ?? null;
  }

  private async transaction<T>(settings: RlsSettings, work: () => Promise<T>, options: TransactionOptions = {}): Promise<T> {
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
