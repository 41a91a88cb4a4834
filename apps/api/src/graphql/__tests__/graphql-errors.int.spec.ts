import { ApiTestClient } from '../../../test/api-test-client';

describe('GraphQL edge: bad requests get a coded French error, never internals', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    api = await ApiTestClient.start();
  });
  afterAll(() => api.close());

  function expectCleanError(body: string): void {
    expect(body).not.toMatch(/at \S+ \(|\.ts:\d+|node_modules|SELECT |INSERT |prisma/i);
  }

  it.each([
    ['malformed query', '{ viewer { ', 'Requête GraphQL mal formée (erreur de syntaxe).'],
    ['unknown field', '{ viewer { salary } }', 'Le champ « salary » n\'existe pas sur le type « Viewer ».'],
    ['unknown argument', '{ viewer(id: 1) { role } }', 'L\'argument « id » n\'existe pas pour « Query.viewer ».'],
    ['wrong enum', 'mutation { inviteMember(input: { email: "a@b.fr", role: KING }) { id } }', 'La valeur « KING » n\'existe pas dans « MemberRole ».'],
    ['wrong type', 'mutation { login(input: { email: 12, password: "x" }) { role } }', 'Valeur de type incorrect (String attendu).'],
    ['unknown input field', 'mutation { login(input: { email: "a@b.fr", password: "x", admin: true }) { role } }', 'Le champ « admin » n\'est pas défini pour « LoginInput ».'],
  ])('%s → BAD_USER_INPUT', async (_label, query, message) => {
    const response = await api.graphql(query);
    // 200 with application/json, as GraphQL over HTTP asks (400 with application/graphql-response+json).
    expect(response.status).toBe(200);
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    expectCleanError(JSON.stringify(response));
  });

  it('rejects over-long strings field by field', async () => {
    const response = await api.graphql('mutation L($input: LoginInput!) { login(input: $input) { role } }', {
      input: { email: `${'a'.repeat(300)}@example.fr`, password: 'x'.repeat(500) },
    });
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: 'email', message: '254 caractères au maximum.' },
      { field: 'password', message: '128 caractères au maximum.' },
    ]);
  });

  it('refuses queries deeper than the limit', async () => {
    const deep = '{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }';
    const response = await api.graphql(deep);
    expect(response.errors?.[0]).toMatchObject({ message: 'Requête trop profonde.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses queries costing more than the limit', async () => {
    const admin = await api.signUp();
    const aliases = Array.from({ length: 10 }, (_, index) => `m${index}: members(first: 100) { edges { node { id name email role } } }`).join(' ');
    const response = await api.graphql(`{ ${aliases} }`, {}, admin);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
  });

  it('denies by default: no session, no data', async () => {
    const response = await api.graphql('{ members { totalCount } pendingInvitations { id } }');
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(new Set(response.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
    expect(response.data).toBeNull();
  });

  it('reports PostgreSQL and Redis on /health with a request id', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-123' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.json()).toMatchObject({ status: 'ok', database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('says 503 when Redis is unreachable', async () => {
    const broken = await ApiTestClient.start({ redisUrl: 'redis://127.0.0.1:1' });
    try {
      const response = await broken.app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'degraded', database: { status: 'up' }, redis: { status: 'down' } });
    } finally {
      await broken.close();
    }
  });
});
