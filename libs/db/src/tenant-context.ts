import { AsyncLocalStorage } from 'node:async_hooks';

export type ContextRole = 'ADMIN' | 'TECHNICIAN' | 'ELECTED_REFERENT' | 'EVALUATOR';

/** Who acts, for which collectivité: set per request by the API's auth and per job by the worker. */
export interface TenantContext {
  tenantId: string;
  /** Absent for system jobs acting on behalf of the collectivité (reminders, sweeps). */
  userId: string | null;
  role: ContextRole | null;
  requestId?: string;
}

export class TenantContextMissingError extends Error {
  constructor() {
    super('No tenant context: tenant data can only be reached inside runWithTenantContext()');
    this.name = 'TenantContextMissingError';
  }
}

const storage = new AsyncLocalStorage<TenantContext>();

export function runWithTenantContext<T>(context: TenantContext, fn: () => T): T {
  if (!context.tenantId) throw new TenantContextMissingError();
  return storage.run(Object.freeze({ ...context }), fn);
}

/** Fail closed: reading the context where none was set is a programming error, never a silent "all tenants". */
export function currentTenantContext(): TenantContext {
  const context = storage.getStore();
  if (!context) throw new TenantContextMissingError();
  return context;
}

export function optionalTenantContext(): TenantContext | undefined {
  return storage.getStore();
}
