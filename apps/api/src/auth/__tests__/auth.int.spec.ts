import { ApiTestClient, CONFIRM_SIGN_UP, DEFAULT_PASSWORD, LOGIN, SIGN_UP } from '../../../test/api-test-client';
import { accountEmailsTo, accountLinkSecretFromOutbox, withOwnerClient } from '../../../test/owner-database';
import { uniqueClientAddress, uniqueEmail, uniqueSiren } from '../../../test/test-environment';

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

  const countRows = (sql: string, values: unknown[]) => withOwnerClient(async (client) => (await client.query(sql, values)).rows[0].n as number);
  const requestSignUp = (input: Record<string, unknown>) => api.graphql<{ signUp: boolean }>(SIGN_UP, { input }, undefined, { 'x-forwarded-for': uniqueClientAddress() });
  const confirm = (token: string) => api.graphql<{ confirmSignUp: { role: string; user: { email: string } } }>(CONFIRM_SIGN_UP, { token });

  it('signs up in two steps: an e-mail with a link, then the collectivité, its first admin and an httpOnly session', async () => {
    const input = signUpInput({ email: `  ${uniqueEmail('Louise').toUpperCase()} ` });
    const email = input.email.trim().toLowerCase();
    const requested = await requestSignUp(input);
    expect(requested.errors).toBeUndefined();
    expect(requested.data).toEqual({ signUp: true });
    expect(requested.setCookie.join()).not.toContain('pst_session');
    // Nothing is created, nor the SIREN reserved, before the address is confirmed.
    expect(await countRows('SELECT count(*)::int AS n FROM tenants WHERE siren = $1', [input.siren])).toBe(0);
    const [message] = await accountEmailsTo(email);
    expect(message).toMatchObject({ template: 'sign-up-confirmation', subject: "Confirmez l'inscription de Ville de Rennes sur Passerelles" });
    expect(message.text).toContain('http://web.test/inscription/confirmation#');

    const response = await confirm(await accountLinkSecretFromOutbox(email, '/inscription/confirmation'));
    expect(response.errors).toBeUndefined();
    expect(response.data?.confirmSignUp.role).toBe('ADMIN');
    expect(response.data?.confirmSignUp.user.email).toBe(email);
    const cookie = response.setCookie.find((value) => value.startsWith('pst_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const viewer = await api.graphql<{ viewer: { role: string; currentTenant: { siren: string } } }>(VIEWER, {}, { cookie: cookie.split(';')[0], csrfToken: '' });
    expect(viewer.data?.viewer).toMatchObject({ role: 'ADMIN', currentTenant: { siren: input.siren } });
    // The password's hash leaves the pending sign-up once used.
    expect(await countRows('SELECT count(*)::int AS n FROM sign_up_requests WHERE email = $1 AND password_hash IS NOT NULL', [email])).toBe(0);
  });

  it('opens a confirmation link once, and not after 24 hours', async () => {
    const input = signUpInput();
    await requestSignUp(input);
    const token = await accountLinkSecretFromOutbox(input.email, '/inscription/confirmation');
    expect((await confirm(token)).errors).toBeUndefined();
    expect((await confirm(token)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SIGN_UP_ALREADY_CONFIRMED' });

    const late = signUpInput();
    await requestSignUp(late);
    await withOwnerClient((client) => client.query("UPDATE sign_up_requests SET expires_at = now() - interval '1 second' WHERE email = $1", [late.email]));
    const expired = await confirm(await accountLinkSecretFromOutbox(late.email, '/inscription/confirmation'));
    expect(expired.errors?.[0]).toMatchObject({ message: expect.stringContaining('a expiré'), extensions: { code: 'BAD_USER_INPUT', reason: 'SIGN_UP_LINK_EXPIRED' } });
    expect(await countRows('SELECT count(*)::int AS n FROM tenants WHERE siren = $1', [late.siren])).toBe(0);
    const unknown = await confirm('x'.repeat(43));
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SIGN_UP_LINK_NOT_FOUND' });
  });

  it('stores passwords as argon2id hashes only', async () => {
    const session = await api.signUp();
    const hash = await withOwnerClient(async (client) => (await client.query('SELECT password_hash FROM users WHERE id = $1', [session.userId])).rows[0].password_hash as string);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain(DEFAULT_PASSWORD);
  });

  it('explains invalid sign-up fields in French and writes nothing', async () => {
    const input = signUpInput({ siren: '123456789', regionCode: '00', password: 'court', tenantName: 'x'.repeat(300), email: 'pas-une-adresse' });
    const response = await requestSignUp(input);
    expect(response.status).toBe(200);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields?.map((field) => field.field).sort()).toEqual(['email', 'password', 'regionCode', 'siren', 'tenantName']);
    expect(response.errors?.[0].extensions?.fields?.find((field) => field.field === 'siren')?.message).toContain('SIREN invalide');
  });

  it('answers the same for an address that already has an account, which gets an e-mail saying so, and creates nothing', async () => {
    const existing = await api.signUp();
    const fresh = signUpInput();
    const again = signUpInput({ email: existing.email });
    const [forFresh, forExisting] = await Promise.all([requestSignUp(fresh), requestSignUp(again)]);
    expect(forExisting.status).toBe(forFresh.status);
    expect(forExisting.data).toEqual(forFresh.data);
    expect(forExisting.errors).toEqual(forFresh.errors);

    const messages = await accountEmailsTo(existing.email);
    expect(messages.map((message) => message.template)).toEqual(['sign-up-confirmation', 'account-exists']);
    expect(messages[1].text).toContain('http://web.test/mot-de-passe-oublie');
    expect(messages[1].text).not.toMatch(/confirmation#/);
    expect(await countRows('SELECT count(*)::int AS n FROM sign_up_requests WHERE siren = $1', [again.siren])).toBe(0);
    expect(await countRows('SELECT count(*)::int AS n FROM tenants WHERE siren = $1', [again.siren])).toBe(0);
  });

  it('reserves the SIREN at confirmation: of two pending sign-ups, the second to confirm is told, and nothing is half-written', async () => {
    const first = signUpInput();
    const second = signUpInput({ siren: first.siren });
    await Promise.all([requestSignUp(first), requestSignUp(second)]);
    expect((await confirm(await accountLinkSecretFromOutbox(first.email, '/inscription/confirmation'))).errors).toBeUndefined();
    const taken = await confirm(await accountLinkSecretFromOutbox(second.email, '/inscription/confirmation'));
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SIREN_TAKEN' });
    expect(await countRows('SELECT count(*)::int AS n FROM users WHERE email = $1', [second.email])).toBe(0);
  });

  it.each([
    ['password1234', 'fait partie des plus courants'],
    ['Motdepasse2026!', 'fait partie des plus courants'],
    [' '.repeat(14), "que d'espaces"],
    ['aaaaaaaaaaaaaaa', 'répéter un même caractère'],
  ])('refuses the weak password %j in French, and sends nothing', async (password, message) => {
    const input = signUpInput({ password });
    const response = await requestSignUp(input);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: expect.stringContaining(message) }] });
    expect(await accountEmailsTo(input.email)).toEqual([]);
  });

  it('limits sign-ups per e-mail address and per client address', async () => {
    const email = uniqueEmail('flood');
    const perEmail = [];
    for (let attempt = 0; attempt < 4; attempt++) perEmail.push(await requestSignUp(signUpInput({ email })));
    expect(perEmail.map((response) => response.errors?.[0].extensions?.reason ?? 'OK')).toEqual(['OK', 'OK', 'OK', 'SIGN_UP_THROTTLED']);
    expect(perEmail[3].errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' }, message: expect.stringContaining('consultez votre boîte de réception') });
    expect(await accountEmailsTo(email)).toHaveLength(3);

    const from = { 'x-forwarded-for': uniqueClientAddress() };
    const perAddress = await Promise.all(Array.from({ length: 21 }, () => api.graphql(SIGN_UP, { input: signUpInput() }, undefined, from)));
    expect(perAddress.filter((response) => response.errors?.[0].extensions?.reason === 'SIGN_UP_THROTTLED')).toHaveLength(1);
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
