import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { WorkerTestHarness } from '../../../test/worker-test-harness';
import { PurgeAccountLinksHandler } from '../purge-account-links.handler';

describe('purge of sign-up and password reset links', () => {
  let harness: WorkerTestHarness;
  let owner: Client;

  beforeAll(async () => {
    harness = await WorkerTestHarness.start();
    owner = new Client({ connectionString: process.env.TEST_OWNER_DATABASE_URL });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await harness.stop();
  });

  async function signUpRequest(expiresHoursFromNow: number): Promise<string> {
    const id = randomUUID();
    await owner.query(
      `INSERT INTO sign_up_requests (id, email, token_hash, tenant_name, tenant_kind, siren, region_code, admin_name, password_hash, expires_at)
       VALUES ($1, $2, $4, 'Commune', 'COMMUNE', '217500016', '53', 'Admin', '$argon2id$x', now() + make_interval(hours => $3))`,
      [id, `purge.${id.slice(0, 8)}@example.test`, expiresHoursFromNow, randomUUID().replaceAll('-', '').repeat(2)],
    );
    return id;
  }

  async function passwordReset(expiresHoursFromNow: number): Promise<string> {
    const userId = randomUUID();
    const id = randomUUID();
    await owner.query(`INSERT INTO users (id, email, name, password_hash, updated_at) VALUES ($1, $2, 'Personne', 'x', now())`, [userId, `reset.${userId.slice(0, 8)}@example.test`]);
    await owner.query(
      `INSERT INTO password_resets (id, user_id, token_hash, expires_at) VALUES ($1, $2, $4, now() + make_interval(hours => $3))`,
      [id, userId, expiresHoursFromNow, randomUUID().replaceAll('-', '').repeat(2)],
    );
    return id;
  }

  const exists = async (table: string, id: string) => (await owner.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount === 1;

  it('deletes links a day past their expiry, and keeps the others', async () => {
    const old = { signUp: await signUpRequest(-25), reset: await passwordReset(-25) };
    const recent = { signUp: await signUpRequest(-2), reset: await passwordReset(-2) };
    const live = { signUp: await signUpRequest(20), reset: await passwordReset(1) };
    await harness.app.get(PurgeAccountLinksHandler).handle();
    expect(await exists('sign_up_requests', old.signUp)).toBe(false);
    expect(await exists('password_resets', old.reset)).toBe(false);
    for (const kept of [recent, live]) {
      expect(await exists('sign_up_requests', kept.signUp)).toBe(true);
      expect(await exists('password_resets', kept.reset)).toBe(true);
    }
  });
});
