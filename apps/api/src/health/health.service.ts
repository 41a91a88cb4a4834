import { Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Database } from '@passerelles/db/database';

export interface DependencyHealth {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: DependencyHealth;
  redis: DependencyHealth;
}

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    private readonly database: Database,
    private readonly redis: Redis,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([
      probe(() => this.database.ping()),
      probe(() => this.redis.ping()),
    ]);
    return { status: database.status === 'up' && redis.status === 'up' ? 'ok' : 'degraded', database, redis };
  }
}

async function probe(check: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // A short reason only: the health endpoint is public.
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: error instanceof Error ? error.message.slice(0, 120) : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
