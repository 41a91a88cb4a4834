import type { Database, RlsSettings } from './database';

type Work = { run: () => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Runs the reads requested during one turn of the event loop in a single transaction (one BEGIN, one set_config,
 * one COMMIT) instead of one transaction each: the DataLoaders of a GraphQL page fire together, and their
 * transactions cost more than their queries. Reads only: a failure fails the reads of that turn.
 */
export class SharedReadTransaction {
  private queue: Work[] = [];
  private scheduled = false;

  constructor(
    private readonly database: Database,
    private readonly settings: RlsSettings,
  ) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    try {
      await this.database.transaction(this.settings, async () => {
        // Sequential on purpose: one connection, one transaction.
        for (const work of batch) work.resolve(await work.run());
      });
    } catch (error) {
      for (const work of batch) work.reject(error);
    }
  }
}
