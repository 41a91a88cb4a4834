import { AsyncLocalStorage } from 'node:async_hooks';
import type { PrismaClient } from './generated/prisma/client';
import type { TransactionClient } from './generated/prisma/internal/prismaNamespace';
import { currentTenantContext } from './tenant-context';

export type Tx = TransactionClient;

/**
 * Transaction-local settings read by the row-level-security policies (see the foundation migration).
 * Each is written with set_config(name, value, true): it dies with the transaction, so a pooled connection
 * never carries one request's tenant into the next.
 */
export interface RlsSettings {
  tenantId?: string | null;
  userId?: string | null;
  /** The member's role in the tenant: an EVALUATOR sees only the projects assigned to them. */
  role?: string | null;
  /** The single e-mail being authenticated (login, sign-up, invitation acceptance). */
  authEmail?: string | null;
  /** SHA-256 of the session cookie being checked. */
  sessionTokenHash?: string | null;
  /** SHA-256 of the invitation secret being presented. */
  invitationTokenHash?: string | null;
  /** SHA-256 of the secret of a sign-up confirmation link being presented. */
  signUpTokenHash?: string | null;
  /** SHA-256 of the secret of a password reset link being presented. */
  passwordResetTokenHash?: string | null;
  /**
   * An explicit system scope: 'tenant-directory' lets system jobs list collectivités to fan out per tenant;
   * 'account-outbox' lets the worker send the e-mails that belong to no collectivité (sign-up, password reset);
   * 'account-maintenance' lets it delete sign-up and password reset links a day past their expiry.
   */
  scope?: 'tenant-directory' | 'account-outbox' | 'account-maintenance' | null;
  /**
   * Comma-separated project ids whose participants may be listed (co-participants of shared projects). Only
   * used with queries that also require the project itself to be visible.
   */
  participantsOfProjects?: string | null;
}

const SETTING_NAMES: Record<keyof RlsSettings, string> = {
  tenantId: 'app.tenant_id',
  userId: 'app.user_id',
  role: 'app.role',
  authEmail: 'app.auth_email',
  sessionTokenHash: 'app.session_token_hash',
  invitationTokenHash: 'app.invitation_token_hash',
  signUpTokenHash: 'app.sign_up_token_hash',
  passwordResetTokenHash: 'app.password_reset_token_hash',
  scope: 'app.scope',
  participantsOfProjects: 'app.participants_of_projects',
};

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

  constructor(readonly client: PrismaClient) {}

  tenantTransaction<T>(work: () => Promise<T>, options?: TransactionOptions): Promise<T> {
    const context = currentTenantContext();
    return this.transaction({ tenantId: context.tenantId, userId: context.userId, role: context.role }, work, options);
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
    return this.client.$transaction(
      async (tx) => {
        await applySettings(tx, settings);
        return this.ambient.run({ tx, settings }, work);
      },
      { timeout: options.timeout ?? 15_000, maxWait: 10_000, isolationLevel: options.isolationLevel },
    );
  }

  /** The open transaction. Repositories call this; outside a transaction it throws (fail closed). */
  tx(): Tx {
    const open = this.ambient.getStore();
    if (!open) throw new Error('No open transaction: wrap the call in database.tenantTransaction()');
    return open.tx;
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

function sameSettings(a: RlsSettings, b: RlsSettings): boolean {
  return (Object.keys(SETTING_NAMES) as (keyof RlsSettings)[]).every((key) => (a[key] ?? null) === (b[key] ?? null));
}
