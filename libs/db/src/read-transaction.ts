import type pg from 'pg';
import type { RlsSettings } from './database';
import { SETTING_NAMES } from './rls-settings';
import type { SqlStatement } from './sql-statement';

/**
 * The reads of one request in one transaction, on one pooled connection: opened by the first statement
 * (the session check, or the settings), ended once when the request is done. Statements are named, so each
 * connection plans them once. Concurrent calls queue on the connection (pg runs them in order).
 */
export class ReadTransaction {
  private client: pg.PoolClient | null = null;
  private opening: Promise<unknown> | null = null;
  private failed = false;
  private finished = false;
  /** Statements go one after the other on the connection (pg 9 will refuse overlapping calls). */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: pg.Pool,
    private readonly onStatement: () => void = () => undefined,
  ) {}

  get isOpen(): boolean {
    return this.opening !== null && !this.finished;
  }

  /**
   * Opens the transaction with a first statement that writes the RLS settings itself (app_resolve_session)
   * and returns its rows. Only the first call opens; later calls must use `rows`.
   */
  openWith<R extends pg.QueryResultRow>(statement: SqlStatement, values: readonly unknown[]): Promise<R[]> {
    if (this.opening) throw new Error('The read transaction is already open');
    if (this.finished) throw new Error('The read transaction is finished');
    const opened = this.start().then(() => this.run<R>(statement, values));
    this.opening = opened;
    return opened;
  }

  /** Opens the transaction with explicit settings (a mutation's result, a job), once. */
  ensureOpen(settings: RlsSettings): Promise<unknown> {
    // Never a connection taken after the request ended: it would not be given back.
    if (this.finished) return Promise.reject(new Error('The read transaction is finished'));
    this.opening ??= this.start().then(() => this.run(SET_SETTINGS, settingValues(settings)));
    return this.opening;
  }

  async rows<R extends pg.QueryResultRow>(statement: SqlStatement, values: readonly unknown[]): Promise<R[]> {
    if (!this.opening) throw new Error('No open read transaction: open it with the session or the settings first');
    await this.opening;
    return this.run<R>(statement, values);
  }

  /** Commits (the session check may have slid the session's expiry) and gives the connection back. Idempotent. */
  async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.opening?.catch(() => undefined);
    await this.tail;
    const client = this.client;
    if (!client) return;
    this.client = null;
    try {
      this.onStatement();
      await client.query(this.failed ? 'ROLLBACK' : 'COMMIT');
      client.release();
    } catch (error) {
      // A broken connection is destroyed rather than handed to the next request.
      client.release(error as Error);
    }
  }

  private async start(): Promise<void> {
    this.client = await this.pool.connect();
    this.onStatement();
    await this.client.query('BEGIN');
  }

  private run<R extends pg.QueryResultRow>(statement: SqlStatement, values: readonly unknown[]): Promise<R[]> {
    if (this.finished) return Promise.reject(new Error('The read transaction is finished'));
    const next = this.tail.then(async () => {
      if (!this.client) throw new Error('The read transaction has no connection');
      this.onStatement();
      try {
        return (await this.client.query<R>({ name: statement.name, text: statement.text, values: [...values] })).rows;
      } catch (error) {
        this.failed = true;
        throw error;
      }
    });
    this.tail = next.catch(() => undefined);
    return next;
  }
}

/** All settings in one statement, values bound (never interpolated); unset ones are written empty. */
const SET_SETTINGS: SqlStatement = {
  name: 'r_set_settings',
  text: `SELECT ${Object.values(SETTING_NAMES)
    .map((_, index) => `set_config($${2 * index + 1}, $${2 * index + 2}, true)`)
    .join(', ')}`,
};

function settingValues(settings: RlsSettings): string[] {
  return (Object.keys(SETTING_NAMES) as (keyof RlsSettings)[]).flatMap((key) => [SETTING_NAMES[key], settings[key] ?? '']);
}
