import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SmtpCapture } from '@passerelles/testing/smtp-capture';

const root = path.resolve(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilOk(url: string, what: string, children: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const dead = children.find((child) => child.exitCode !== null);
    if (dead) throw new Error(`${what}: a process exited early (${dead.spawnargs.join(' ')})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through "./passerelles test".`);
  return value;
}

/** Starts a real SMTP server, the API, the worker and the web app (built) for the browser tests. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const mailDir = mkdtempSync(path.join(tmpdir(), 'passerelles-e2e-mail-'));
  const smtp = await new SmtpCapture(mailDir).start();
  const [apiPort, webPort] = await Promise.all([freePort(), freePort()]);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const common = {
    ...process.env,
    NODE_ENV: 'test',
    APP_DATABASE_URL: required('TEST_APP_DATABASE_URL'),
    REDIS_URL: required('TEST_REDIS_URL'),
    // A prefix of their own: the integration tests' workers never take these jobs, nor these workers theirs.
    REDIS_PREFIX: `${required('TEST_REDIS_PREFIX')}-e2e`,
    LOG_LEVEL: 'warn',
  };
  const children: ChildProcess[] = [
    // As `./passerelles start`: the web app's proxy forwards the browser's address, and the API trusts it.
    spawn('node', ['apps/api/dist/main.js'], { cwd: root, env: { ...common, API_PORT: String(apiPort), PUBLIC_WEB_URL: webUrl, TRUST_PROXY: '127.0.0.1,::1' }, stdio: 'inherit' }),
    spawn('node', ['apps/worker/dist/main.js'], { cwd: root, env: { ...common, SMTP_URL: smtp.url }, stdio: 'inherit' }),
    spawn(path.join(root, 'node_modules/.bin/vite'), ['preview', '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'], {
      cwd: path.join(root, 'apps/web'),
      env: { ...process.env, API_URL: apiUrl },
      stdio: 'ignore',
    }),
  ];
  await waitUntilOk(`${apiUrl}/health`, 'API', children);
  await waitUntilOk(webUrl, 'web app', children);
  process.env.E2E_BASE_URL = webUrl;
  process.env.E2E_API_URL = apiUrl;
  process.env.E2E_MAIL_DIR = mailDir;

  return async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => (child.exitCode !== null ? null : new Promise((resolve) => child.once('exit', resolve)))));
    await smtp.stop();
  };
}
