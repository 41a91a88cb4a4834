import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/** What PostgreSQL said about a failed statement, read from its error fields rather than from its message. */
export interface DatabaseErrorDetails {
  /** SQLSTATE, e.g. 23505 (unique), 23503 (foreign key), 23514 (check), 22P02 (invalid text representation). */
  sqlState: string;
  /** Name of the constraint, unique index or constraint trigger that refused the row. */
  constraint: string | null;
  table: string | null;
  column: string | null;
  /** First keyword of the failing statement: a foreign-key violation on DELETE means "still referenced". */
  statement: string | null;
}

interface CapturedError extends DatabaseErrorDetails {
  message: string;
}

interface Capture {
  errors: CapturedError[];
}

/** The errors PostgreSQL returned during one transaction of `Database`, kept until the transaction settles. */
const captures = new AsyncLocalStorage<Capture>();
const detailsByError = new WeakMap<object, DatabaseErrorDetails>();

const MAX_CAPTURED_PER_TRANSACTION = 20;

/**
 * A pg client that remembers the structured fields of PostgreSQL errors. Prisma's driver adapter keeps the
 * constraint name of unique and foreign-key violations only; check, exclusion and not-null violations arrive with
 * nothing but a message (in the server's language). `Database` pairs what this client saw with the error Prisma
 * throws, so that errors are mapped by constraint name, never by parsing messages.
 */
export class ErrorCapturingPgClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const capture = captures.getStore();
      if (!capture) return query(...args);
      const statement = statementKeyword(args[0]);
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = (error: unknown, result: unknown) => {
          remember(capture, error, statement);
          (callback as (error: unknown, result: unknown) => void)(error, result);
        };
        return query(...args);
      }
      const result = query(...args);
      if (result instanceof Promise) result.catch((error: unknown) => remember(capture, error, statement));
      return result;
    }) as pg.Client['query'];
  }
}

/** Runs a transaction while recording PostgreSQL's errors, and attaches their details to what it throws. */
export async function withDatabaseErrorDetails<T>(work: () => Promise<T>): Promise<T> {
  const capture: Capture = { errors: [] };
  try {
    return await captures.run(capture, work);
  } catch (error) {
    attachDetails(error, capture);
    throw error;
  }
}

/**
 * The SQLSTATE, constraint, table and column of a database error, whatever wraps it: a Prisma known-request
 * error (P2002, P2003, P2004, P2010, P2039…), a driver adapter error (deferred constraints fail at COMMIT and
 * arrive unwrapped) or a pg error. Null for anything else.
 */
export function readDatabaseError(error: unknown): DatabaseErrorDetails | null {
  if (!isObject(error)) return null;
  let wrapped: unknown = error;
  for (let depth = 0; depth < 3 && isObject(wrapped); depth++, wrapped = wrapped.cause) {
    const remembered = detailsByError.get(wrapped);
    if (remembered) return remembered;
    if (wrapped instanceof pg.DatabaseError && wrapped.code) return fromPgError(wrapped, null);
  }
  const cause = driverAdapterCause(error);
  if (!cause || typeof cause.originalCode !== 'string') return null;
  const constraint = isObject(cause.constraint) && typeof cause.constraint.index === 'string' ? cause.constraint.index : null;
  return {
    sqlState: cause.originalCode,
    constraint,
    table: typeof cause.table === 'string' ? cause.table : null,
    column: typeof cause.column === 'string' ? cause.column : null,
    statement: null,
  };
}

function remember(capture: Capture, error: unknown, statement: string | null): void {
  if (!(error instanceof pg.DatabaseError) || !error.code) return;
  if (capture.errors.length >= MAX_CAPTURED_PER_TRANSACTION) capture.errors.shift();
  capture.errors.push({ ...fromPgError(error, statement), message: error.message });
}

function attachDetails(error: unknown, capture: Capture): void {
  if (!isObject(error) || capture.errors.length === 0) return;
  const cause = driverAdapterCause(error);
  if (!cause) return;
  // The pairing is checked: only the PostgreSQL error with the very code and message Prisma reports.
  const match = capture.errors.findLast((captured) => captured.sqlState === cause.originalCode && captured.message === cause.originalMessage);
  if (!match) return;
  const { message: _message, ...details } = match;
  detailsByError.set(error, details);
}

function fromPgError(error: pg.DatabaseError, statement: string | null): DatabaseErrorDetails {
  return {
    sqlState: error.code!,
    constraint: error.constraint ?? null,
    table: error.table ?? null,
    column: error.column ?? null,
    statement,
  };
}

/**
 * The driver adapter's description of the failure: in `meta.driverAdapterError.cause` of Prisma's known-request
 * errors, in `cause` of a bare driver adapter error, or one `cause` further when something wrapped either.
 */
function driverAdapterCause(error: Record<string, unknown>): Record<string, unknown> | null {
  const meta = error.meta;
  const fromMeta = isObject(meta) && isObject(meta.driverAdapterError) ? meta.driverAdapterError.cause : undefined;
  const direct = error.cause;
  const nested = isObject(direct) ? direct.cause : undefined;
  for (const candidate of [fromMeta, direct, nested]) {
    if (isObject(candidate) && typeof candidate.originalCode === 'string') return candidate;
  }
  return null;
}

function statementKeyword(queryArgument: unknown): string | null {
  const text = typeof queryArgument === 'string' ? queryArgument : isObject(queryArgument) && typeof queryArgument.text === 'string' ? queryArgument.text : null;
  return text ? (/^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase() ?? null) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
