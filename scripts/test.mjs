// `./passerelles test` (npm test): every test tier on real services, in a fresh database.
//   1. static checks: Prisma client, lint, type-check, GraphQL schema drift;
//   2. unit tests (pure code);
//   3. integration tests: the booted Nest apps against PostgreSQL (a database created for this run, migrated
//      once, dropped at the end) and Redis (a key prefix of its own, deleted at the end);
//   4. browser tests: Playwright driving Chromium against the real API, worker and web app.
// PostgreSQL: DATABASE_URL (a role allowed to create databases and roles) or an embedded PostgreSQL.
// Redis: REDIS_URL or a redis-server from the PATH. Options: --skip-e2e, --only=unit|integration|e2e.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appDatabaseUrl, createDatabaseIfMissing, databaseUrl, dropDatabase, provisionPostgres, setAppRolePassword } from './lib/postgres.mjs';
import { deleteRedisPrefix, provisionRedis } from './lib/redis.mjs';
import { run } from './lib/processes.mjs';
import { findChromium } from './lib/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = new Set(process.argv.slice(2));
const only = [...args].find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const wants = (tier) => !only || only === tier;
const timings = [];
const npx = (bin, binArgs, options) => run(path.join(root, 'node_modules/.bin', bin), binArgs, options);
// Nest 12 is published as ES modules only: Jest's CommonJS runtime loads them through vm modules.
const jestNodeOptions = `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim();
const jest = (jestArgs, env = process.env) => npx('jest', jestArgs, { env: { ...env, NODE_OPTIONS: jestNodeOptions } });

async function step(name, work) {
  const started = performance.now();
  console.log(`\n▶ ${name}`);
  await work();
  const seconds = (performance.now() - started) / 1000;
  timings.push([name, seconds]);
  console.log(`✔ ${name} (${seconds.toFixed(1)} s)`);
}

const cleanups = [];
let exitCode = 0;
try {
  await step('Prisma client', () => npx('prisma', ['generate'], { stdio: ['ignore', 'ignore', 'inherit'] }));
  if (!only) {
    await step('Build and type-check (tsc -b, web)', async () => {
      await npx('tsc', ['-b', 'tsconfig.build.json']);
      await npx('nx', ['run-many', '-t', 'typecheck', '--outputStyle=static']);
    });
    await step('Lint (ESLint, zero warnings)', () => npx('eslint', ['--max-warnings', '0', '.']));
    await step('GraphQL schema and web types are up to date', () => run('node', ['scripts/check-generated.mjs']));
  }
  if (wants('unit')) await step('Unit tests', () => jest(['--selectProjects', 'unit']));

  if (wants('integration') || wants('e2e')) {
    const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const database = `passerelles_test_${runId}`;
    const redisPrefix = `pst-test-${runId}`;
    const postgres = await provisionPostgres({ dataDir: path.join(root, '.passerelles/postgres-test') });
    cleanups.push(() => postgres.stop());
    const redis = await provisionRedis();
    cleanups.push(() => redis.stop());

    await step(`Fresh database ${database}, migrated once`, async () => {
      await createDatabaseIfMissing(postgres.serverUrl, database);
      cleanups.unshift(() => dropDatabase(postgres.serverUrl, database));
      await npx('prisma', ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: databaseUrl(postgres.serverUrl, database) }, stdio: ['ignore', 'ignore', 'inherit'] });
      await setAppRolePassword(postgres.serverUrl, database);
    });
    cleanups.unshift(() => deleteRedisPrefix(redis.url, redisPrefix));

    const testEnv = {
      ...process.env,
      TEST_OWNER_DATABASE_URL: databaseUrl(postgres.serverUrl, database),
      TEST_APP_DATABASE_URL: appDatabaseUrl(postgres.serverUrl, database),
      TEST_REDIS_URL: redis.url,
      TEST_REDIS_PREFIX: redisPrefix,
    };
    if (wants('integration')) {
      await step('Integration tests (PostgreSQL, Redis, SMTP)', () => jest(['--selectProjects', 'integration'], testEnv));
    }
    if (wants('e2e') && !args.has('--skip-e2e')) {
      const chromium = findChromium();
      await step('Web app build', () => npx('nx', ['run', '@passerelles/web:build', '--outputStyle=static']));
      await step('Browser tests (Playwright, Chromium, axe-core)', () =>
        npx('playwright', ['test', '--config', 'apps/web-e2e/playwright.config.ts'], { env: { ...testEnv, CHROME_PATH: chromium } }),
      );
    }
  }
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  exitCode = 1;
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error) => console.error(`cleanup: ${error.message}`));
}

console.log('\nDurées :');
for (const [name, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
console.log(`  ${timings.reduce((sum, [, s]) => sum + s, 0).toFixed(1).padStart(6)} s  total`);
process.exit(exitCode);
