import { ApiTestClient, DEFAULT_PASSWORD, LOGIN } from '../../../test/api-test-client';
import { uniqueClientAddress, uniqueEmail, uniqueSiren } from '../../../test/test-environment';

type Response = Awaited<ReturnType<ApiTestClient['graphql']>>;

const codeOf = (response: Response): string => response.errors?.[0]?.extensions?.reason ?? response.errors?.[0]?.extensions?.code ?? 'OK';

function tally(responses: Response[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) counts[codeOf(response)] = (counts[codeOf(response)] ?? 0) + 1;
  return counts;
}

describe('abuse limits', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    api = await ApiTestClient.start();
  });
  afterAll(() => api.close());

  const login = (email: string, password: string, from: string) => api.graphql(LOGIN, { input: { email, password } }, undefined, { 'x-forwarded-for': from });

  describe('login lockout', () => {
    it('throttles all but the first 5 of 15 wrong passwords sent at once', async () => {
      const admin = await api.signUp();
      const from = uniqueClientAddress();
      const responses = await Promise.all(Array.from({ length: 15 }, (_, attempt) => login(admin.email, `mauvais mot de passe ${attempt}`, from)));
      expect(tally(responses)).toEqual({ INVALID_CREDENTIALS: 5, LOGIN_THROTTLED: 10 });
      // The account stays locked, even with the right password and from another address.
      const locked = await login(admin.email, DEFAULT_PASSWORD, uniqueClientAddress());
      expect(locked.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED' } });
      expect(locked.errors?.[0].message).toMatch(/^Trop de tentatives de connexion échouées\. Réessayez dans 1[45] minutes\.$/);
    });

    it("counts per address through the trusted proxy: one address's block leaves the others alone", async () => {
      const admin = await api.signUp();
      const sprayer = uniqueClientAddress();
      // 50 wrong attempts on 50 different accounts from one address (password spraying), all at once.
      const spray = await Promise.all(Array.from({ length: 51 }, () => login(uniqueEmail('spray'), 'essai de mot de passe', sprayer)));
      expect(tally(spray)).toEqual({ INVALID_CREDENTIALS: 50, LOGIN_THROTTLED: 1 });
      expect(codeOf(await login(admin.email, DEFAULT_PASSWORD, sprayer))).toBe('LOGIN_THROTTLED');
      // Another person, behind the same proxy but from their own address, is not affected.
      const other = await login(admin.email, DEFAULT_PASSWORD, uniqueClientAddress());
      expect(other.errors).toBeUndefined();
    });

    it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
      const untrusted = await ApiTestClient.start({ trustedProxies: [] });
      try {
        const remoteAddress = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
        // Each request claims another client address; the API counts them all against the real peer.
        const attempt = () =>
          untrusted.app.inject({
            method: 'POST',
            url: '/graphql',
            remoteAddress,
            headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueClientAddress() },
            payload: JSON.stringify({ query: LOGIN, variables: { input: { email: uniqueEmail('forged'), password: 'essai de mot de passe' } } }),
          });
        const responses = await Promise.all(Array.from({ length: 51 }, attempt));
        const reasons = responses.map((response) => (response.json() as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason);
        expect(reasons.filter((reason) => reason === 'LOGIN_THROTTLED')).toHaveLength(1);
      } finally {
        await untrusted.close();
      }
    });
  });

  describe('alias amplification', () => {
    it('refuses 1,000 aliases of viewer at once, with a clear code, before any work', async () => {
      const admin = await api.signUp();
      const query = `{ ${Array.from({ length: 1000 }, (_, index) => `v${index}: viewer { role currentTenant { name } }`).join(' ')} }`;
      const started = performance.now();
      const response = await api.graphql(query, {}, admin);
      const elapsedMs = performance.now() - started;
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({ message: expect.stringContaining('« viewer » ne peut être demandé que 10 fois'), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' }) }),
      ]);
      // Refused before validation and execution: no transaction was opened (about a millisecond here; the bound
      // is loose for a busy machine, the point is that it does not grow with the aliases).
      expect(elapsedMs).toBeLessThan(1500);
    });

    it('caps root fields per operation, fragments included', async () => {
      const admin = await api.signUp();
      const fields = Array.from({ length: 21 }, (_, index) => (index % 2 ? `f${index}: tenantSettings { tenant { name } }` : `f${index}: viewer { role }`));
      const viaFragment = `query { ...Roots } fragment Roots on Query { ${fields.join(' ')} }`;
      const response = await api.graphql(viaFragment, {}, admin);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROOT_FIELDS' });
      const allowed = await api.graphql(`{ ${fields.slice(0, 8).join(' ')} }`, {}, admin);
      expect(allowed.errors).toBeUndefined();
    });

    it('cannot enumerate collectivités with findCollectivity, whatever the batching', async () => {
      const admin = await api.signUp();
      const target = await api.signUp({ tenantName: 'Commune cachée' });
      const targetSiren = (await api.graphql<{ viewer: { currentTenant: { siren: string } } }>('{ viewer { currentTenant { siren } } }', {}, target)).data!.viewer.currentTenant.siren;
      const lookup = (sirens: string[]) =>
        api.graphql<Record<string, { name: string } | null>>(`{ ${sirens.map((siren, index) => `c${index}: findCollectivity(siren: "${siren}") { name }`).join(' ')} }`, {}, admin);

      // 2,000 aliases in one request: over the document's 20,000 tokens, refused before it is even parsed whole.
      const all = await lookup([...Array.from({ length: 1999 }, uniqueSiren), targetSiren]);
      expect(all.data).toBeNull();
      expect(all.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_TOO_LONG' }) })]);
      // 200 aliases (a shorter document): refused by the alias cap, before any lookup.
      const many = await lookup([...Array.from({ length: 199 }, uniqueSiren), targetSiren]);
      expect(many.data).toBeNull();
      expect(many.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' }) })]);

      // The same 2,000 SIRENs in batches of 10: 30 lookups an hour per person, then TOO_MANY_REQUESTS.
      const found: string[] = [];
      const reasons = new Set<string>();
      for (let batch = 0; batch < 8; batch++) {
        const sirens = Array.from({ length: 10 }, uniqueSiren);
        if (batch === 5) sirens[3] = targetSiren;
        const response = await lookup(sirens);
        found.push(...Object.values(response.data ?? {}).flatMap((value) => (value ? [value.name] : [])));
        for (const error of response.errors ?? []) reasons.add(`${error.extensions?.code}:${error.extensions?.reason}`);
      }
      expect(found).toEqual([]);
      expect([...reasons]).toEqual(['TOO_MANY_REQUESTS:LOOKUP_THROTTLED']);
      const throttled = await lookup([targetSiren]);
      expect(throttled.errors?.[0].message).toMatch(/^Trop de recherches de collectivités\. Réessayez dans \d+ minutes?\.$/);
    });
  });
});
