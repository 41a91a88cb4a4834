import { ApiTestClient, DEFAULT_PASSWORD, LOGIN, SIGN_UP } from '../../../test/api-test-client';
import { withOwnerClient } from '../../../test/owner-database';
import { uniqueEmail, uniqueSiren } from '../../../test/test-environment';

const VIEWER = '{ viewer { role user { email } currentTenant { id name siren } memberships { role tenant { name } } } }';

describe('authentication', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    api = await ApiTestClient.start();
  });
  afterAll(() => api.close());

  function signUpInput(overrides: Record<string, unknown> = {}) {
    return {
      tenantName: 'Ville de Rennes',
      tenantKind: 'COMMUNE',
      siren: uniqueSiren(),
      regionCode: '53',
      adminName: 'Louise Kerviel',
      email: uniqueEmail('louise'),
      password: DEFAULT_PASSWORD,
      ...overrides,
    };
  }

  it('signs up a collectivité with its first admin and opens an httpOnly session', async () => {
    const input = signUpInput({ email: `  ${uniqueEmail('Louise').toUpperCase()} ` });
    const response = await api.graphql<{ signUp: { role: string; user: { email: string } } }>(SIGN_UP, { input });
    expect(response.errors).toBeUndefined();
    expect(response.data?.signUp.role).toBe('ADMIN');
    expect(response.data?.signUp.user.email).toBe(input.email.trim().toLowerCase());
    const cookie = response.setCookie.find((value) => value.startsWith('pst_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const viewer = await api.graphql<{ viewer: { role: string; currentTenant: { siren: string } } }>(VIEWER, {}, { cookie: cookie.split(';')[0], csrfToken: '' });
    expect(viewer.data?.viewer).toMatchObject({ role: 'ADMIN', currentTenant: { siren: input.siren } });
  });

  it('stores passwords as argon2id hashes only', async () => {
    const session = await api.signUp();
    const hash = await withOwnerClient(async (client) => (await client.query('SELECT password_hash FROM users WHERE id = $1', [session.userId])).rows[0].password_hash as string);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain(DEFAULT_PASSWORD);
  });

  it('explains invalid sign-up fields in French and writes nothing', async () => {
    const input = signUpInput({ siren: '123456789', regionCode: '00', password: 'court', tenantName: 'x'.repeat(300), email: 'pas-une-adresse' });
    const response = await api.graphql(SIGN_UP, { input });
    expect(response.status).toBe(200);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields?.map((field) => field.field).sort()).toEqual(['email', 'password', 'regionCode', 'siren', 'tenantName']);
    expect(response.errors?.[0].extensions?.fields?.find((field) => field.field === 'siren')?.message).toContain('SIREN invalide');
  });

  it('refuses a second sign-up with the same SIREN or e-mail, leaving nothing half-written', async () => {
    const first = signUpInput();
    expect((await api.graphql(SIGN_UP, { input: first })).errors).toBeUndefined();

    const sameSirenEmail = uniqueEmail('other');
    const sameSiren = await api.graphql(SIGN_UP, { input: signUpInput({ siren: first.siren, email: sameSirenEmail }) });
    expect(sameSiren.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SIREN_TAKEN' });

    const sameEmail = await api.graphql(SIGN_UP, { input: signUpInput({ email: first.email }) });
    expect(sameEmail.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });

    const orphanUsers = await withOwnerClient(async (client) => (await client.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [sameSirenEmail])).rows[0].n);
    expect(orphanUsers).toBe(0);
  });

  it('logs in with e-mail and password, whatever the case of the address', async () => {
    const admin = await api.signUp();
    const response = await api.graphql<{ login: { role: string } }>(LOGIN, { input: { email: admin.email.toUpperCase(), password: DEFAULT_PASSWORD } });
    expect(response.data?.login.role).toBe('ADMIN');
  });

  it('answers a wrong password and an unknown address with the same error', async () => {
    const admin = await api.signUp();
    const wrongPassword = await api.graphql(LOGIN, { input: { email: admin.email, password: 'pas le bon mot de passe' } });
    const unknown = await api.graphql(LOGIN, { input: { email: uniqueEmail('nobody'), password: 'pas le bon mot de passe' } });
    for (const response of [wrongPassword, unknown]) {
      expect(response.errors?.[0]).toMatchObject({ message: 'Adresse e-mail ou mot de passe incorrect.', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('blocks an address after five failed logins, even with the right password', async () => {
    const admin = await api.signUp();
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await api.graphql(LOGIN, { input: { email: admin.email, password: `mauvais essai ${attempt}` } });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await api.graphql(LOGIN, { input: { email: admin.email, password: DEFAULT_PASSWORD } });
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED' });
    expect(blocked.errors?.[0].message).toMatch(/Réessayez dans 1[45] minutes/);
  });

  it('logs out: the cookie no longer opens anything', async () => {
    const admin = await api.signUp();
    const logout = await api.graphql<{ logout: boolean }>('mutation { logout }', {}, admin);
    expect(logout.data?.logout).toBe(true);
    expect(logout.setCookie.join()).toMatch(/pst_session=;/);
    const viewer = await api.graphql<{ viewer: null }>(VIEWER, {}, admin);
    expect(viewer.data?.viewer).toBeNull();
    const members = await api.graphql('{ members { totalCount } }', {}, admin);
    expect(members.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a mutation without the CSRF token of the session', async () => {
    const admin = await api.signUp();
    const response = await api.graphql('mutation { logout }', {}, { cookie: admin.cookie, csrfToken: 'x'.repeat(43) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_TOKEN_INVALID' });
  });

  it('records sign-up and login in the audit trail', async () => {
    const admin = await api.signUp();
    await api.login(admin.email, admin.password);
    const actions = await withOwnerClient(async (client) =>
      (await client.query('SELECT entity, action FROM audit_events WHERE tenant_id = $1 ORDER BY id', [admin.tenantId])).rows.map((row) => `${row.entity}:${row.action}`),
    );
    expect(actions).toEqual(['Tenant:CREATE', 'User:CREATE', 'Membership:CREATE', 'Session:SIGN_UP', 'Session:LOGIN']);
  });

  it('keeps the audit trail append-only, even for the owner', async () => {
    const admin = await api.signUp();
    await expect(withOwnerClient((client) => client.query('DELETE FROM audit_events WHERE tenant_id = $1', [admin.tenantId]))).rejects.toThrow('append-only');
    await expect(withOwnerClient((client) => client.query("UPDATE audit_events SET action = 'X' WHERE tenant_id = $1", [admin.tenantId]))).rejects.toThrow('append-only');
  });
});
