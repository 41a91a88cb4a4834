import { ApiTestClient, DEFAULT_PASSWORD, LOGIN } from '../../../test/api-test-client';
import { accountEmailsTo, accountLinkSecretFromOutbox, withOwnerClient } from '../../../test/owner-database';
import { uniqueClientAddress, uniqueEmail } from '../../../test/test-environment';

const REQUEST = 'mutation R($email: String!) { requestPasswordReset(email: $email) }';
const RESET = 'mutation N($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const NEW_PASSWORD = 'un tout nouveau mot de passe';

describe('password reset by e-mail', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    api = await ApiTestClient.start();
  });
  afterAll(() => api.close());

  const request = (email: string) => api.graphql<{ requestPasswordReset: boolean }>(REQUEST, { email }, undefined, { 'x-forwarded-for': uniqueClientAddress() });
  const reset = (token: string, password = NEW_PASSWORD) => api.graphql<{ resetPassword: boolean }>(RESET, { input: { token, password } });
  const linkFor = (email: string) => accountLinkSecretFromOutbox(email, '/mot-de-passe/nouveau');

  it('answers the same whether or not the address has an account, and e-mails a link only to an account', async () => {
    const admin = await api.signUp();
    const nobody = uniqueEmail('nobody');
    const [known, unknown] = await Promise.all([request(admin.email.toUpperCase()), request(nobody)]);
    expect(known.status).toBe(unknown.status);
    expect(known.data).toEqual({ requestPasswordReset: true });
    expect(unknown.data).toEqual(known.data);
    expect(unknown.errors).toEqual(known.errors);
    expect(await accountEmailsTo(nobody)).toEqual([]);
    const messages = await accountEmailsTo(admin.email);
    expect(messages.at(-1)).toMatchObject({ template: 'password-reset', subject: 'Choisir un nouveau mot de passe Passerelles' });
    expect(messages.at(-1)!.text).toMatch(/http:\/\/web\.test\/mot-de-passe\/nouveau#[A-Za-z0-9_-]{43}/);
    // Only the SHA-256 of the link's secret is stored.
    const secret = await linkFor(admin.email);
    const stored = await withOwnerClient(async (client) => (await client.query('SELECT token_hash FROM password_resets WHERE user_id = $1', [admin.userId])).rows);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].token_hash).not.toContain(secret);
  });

  it('sets the new password, closes every session, is audited, and the link serves once', async () => {
    const admin = await api.signUp();
    const otherSession = await api.login(admin.email, DEFAULT_PASSWORD);
    await request(admin.email);
    const token = await linkFor(admin.email);

    const response = await reset(token);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ resetPassword: true });

    for (const session of [admin, otherSession]) {
      const viewer = await api.graphql<{ viewer: unknown }>('{ viewer { role } }', {}, session);
      expect(viewer.data?.viewer).toBeNull();
    }
    const oldPassword = await api.graphql(LOGIN, { input: { email: admin.email, password: DEFAULT_PASSWORD } });
    expect(oldPassword.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    const relogged = await api.login(admin.email, NEW_PASSWORD);
    const audit = await api.graphql<{ auditEvents: { edges: { node: { entity: string; action: string; actorId: string } }[] } }>(
      '{ auditEvents(first: 20) { edges { node { entity action actorId } } } }',
      {},
      relogged,
    );
    expect(audit.data!.auditEvents.edges.map((edge) => edge.node)).toContainEqual({ entity: 'User', action: 'PASSWORD_RESET', actorId: admin.userId });

    const again = await reset(token, 'encore un autre mot de passe');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESET_LINK_USED' });
  });

  it('applies the password policy, and keeps the link usable after a refusal', async () => {
    const admin = await api.signUp();
    await request(admin.email);
    const token = await linkFor(admin.email);
    const weak = await reset(token, 'azertyuiop123');
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: expect.stringContaining('plus courants') }] });
    const sameAsEmail = await reset(token, admin.email);
    expect(sameAsEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
    expect((await reset(token)).errors).toBeUndefined();
  });

  it('refuses a link after one hour, and an unknown link', async () => {
    const admin = await api.signUp();
    await request(admin.email);
    await withOwnerClient((client) => client.query("UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1", [admin.userId]));
    const expired = await reset(await linkFor(admin.email));
    expect(expired.errors?.[0]).toMatchObject({ message: expect.stringContaining('valable une heure'), extensions: { code: 'BAD_USER_INPUT', reason: 'RESET_LINK_EXPIRED' } });
    expect((await reset('y'.repeat(43))).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'RESET_LINK_NOT_FOUND' });
    // The old password still works: nothing changed.
    expect((await api.login(admin.email, DEFAULT_PASSWORD)).userId).toBe(admin.userId);
  });

  it('unlocks an account locked by failed logins', async () => {
    const admin = await api.signUp();
    for (let attempt = 0; attempt < 6; attempt++) await api.graphql(LOGIN, { input: { email: admin.email, password: `mauvais essai ${attempt}` } });
    const locked = await api.graphql(LOGIN, { input: { email: admin.email, password: DEFAULT_PASSWORD } });
    expect(locked.errors?.[0].extensions?.reason).toBe('LOGIN_THROTTLED');
    await request(admin.email);
    expect((await reset(await linkFor(admin.email))).errors).toBeUndefined();
    expect((await api.login(admin.email, NEW_PASSWORD)).userId).toBe(admin.userId);
  });

  it('limits requests per address and per e-mail', async () => {
    const admin = await api.signUp();
    const responses = [];
    for (let attempt = 0; attempt < 4; attempt++) responses.push(await request(admin.email));
    expect(responses.map((response) => response.errors?.[0].extensions?.reason ?? 'OK')).toEqual(['OK', 'OK', 'OK', 'PASSWORD_RESET_THROTTLED']);
    expect((await accountEmailsTo(admin.email)).filter((message) => message.template === 'password-reset')).toHaveLength(3);
  });
});
