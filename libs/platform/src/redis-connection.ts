import { Redis } from 'ioredis';

export interface RedisConnectionOptions {
  url: string;
  /** BullMQ workers block on Redis: they need maxRetriesPerRequest = null. */
  forBlockingCommands?: boolean;
  connectionName: string;
}

export function createRedisConnection({ url, forBlockingCommands = false, connectionName }: RedisConnectionOptions): Redis {
  return new Redis(url, {
    connectionName,
    maxRetriesPerRequest: forBlockingCommands ? null : 3,
    enableReadyCheck: true,
    lazyConnect: false,
  });
}
