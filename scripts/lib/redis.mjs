import { spawn, execFileSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './free-port.mjs';
import { waitFor } from './processes.mjs';

/**
 * Redis for the start and test commands: REDIS_URL when set, else a redis-server found on the PATH started on
 * a free port (nothing kept on disk), else a clear message naming the ways to get one.
 */
export async function provisionRedis({ log = console.log } = {}) {
  if (process.env.REDIS_URL) {
    log(`Redis : ${new URL(process.env.REDIS_URL).host} (REDIS_URL)`);
    return { url: process.env.REDIS_URL, stop: async () => {} };
  }
  let binary;
  try {
    binary = execFileSync('sh', ['-c', 'command -v redis-server']).toString().trim();
  } catch {
    throw new Error(
      [
        'Redis est introuvable. Au choix :',
        '  - indiquez un serveur existant : REDIS_URL=redis://127.0.0.1:6379 ./passerelles …',
        '  - installez redis-server (Debian/Ubuntu : sudo apt-get install redis-server ; macOS : brew install redis),',
        '  - ou, avec Docker : docker compose up -d redis, puis REDIS_URL=redis://127.0.0.1:6379.',
      ].join('\n'),
    );
  }
  const port = await freePort();
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `redis://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => {}); // not listening yet: the next poll tries again
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } finally {
        client.disconnect();
      }
    },
    { timeoutMs: 10_000, what: 'redis-server' },
  );
  log(`Redis : ${binary} sur 127.0.0.1:${port}`);
  return {
    url,
    pid: child.pid,
    stop: async () => {
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    },
  };
}

/** Deletes every key starting with a prefix (a test run's queues, throttles, its workers' own prefixes…). */
export async function deleteRedisPrefix(url, prefix) {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await client.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
