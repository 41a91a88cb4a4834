import { serverAudits } from 'graphql-http';
import { ApiTestClient } from '../../../test/api-test-client';

/** The HTTP layer in front of GraphQL: every malformed request is a coded French 4xx, never an internal error. */
describe('HTTP edge of /graphql', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    api = await ApiTestClient.start();
  });
  afterAll(() => api.close());

  async function post(payload: string | undefined, headers: Record<string, string>) {
    const response = await api.app.inject({ method: 'POST', url: '/graphql', headers, payload });
    return { status: response.statusCode, type: String(response.headers['content-type']), body: response.json() as { data?: unknown; errors?: { message: string; extensions: { code: string; reason: string } }[] } };
  }

  it.each([
    ['a body over the limit', JSON.stringify({ query: '{ viewer { role } }', padding: 'a'.repeat(1_100_000) }), { 'content-type': 'application/json' }, 413, 'REQUEST_TOO_LARGE', /trop volumineuse/],
    ['malformed JSON', '{"query": ', { 'content-type': 'application/json' }, 400, 'MALFORMED_JSON', /JSON est mal formé/],
    ['a number as query', JSON.stringify({ query: 12 }), { 'content-type': 'application/json' }, 400, 'INVALID_REQUEST_PARAMETERS', /« query » invalide/],
    ['an object as query', JSON.stringify({ query: { a: 1 } }), { 'content-type': 'application/json' }, 400, 'INVALID_REQUEST_PARAMETERS', /« query » invalide/],
    ['an XML body', '<query>{ viewer { role } }</query>', { 'content-type': 'application/xml' }, 415, 'UNSUPPORTED_MEDIA_TYPE', /application\/json/],
    ['a plain-text body (what a cross-site form sends)', '{"query":"{ viewer { role } }"}', { 'content-type': 'text/plain' }, 415, 'UNSUPPORTED_MEDIA_TYPE', /application\/json/],
    ['a form-encoded body', 'query=%7B%20viewer%20%7B%20role%20%7D%20%7D', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'UNSUPPORTED_MEDIA_TYPE', /application\/json/],
    ['no content type', '{"query":"{ viewer { role } }"}', {}, 415, 'UNSUPPORTED_MEDIA_TYPE', /application\/json/],
    ['an empty body', '', { 'content-type': 'application/json' }, 400, 'EMPTY_BODY', /Corps de requête vide/],
    ['no query parameter', JSON.stringify({ qeury: '{ viewer { role } }' }), { 'content-type': 'application/json' }, 400, 'MISSING_QUERY', /« query » absent/],
  ])('answers %s with a coded French 4xx', async (_label, payload, headers, status, reason, message) => {
    const response = await post(payload, headers);
    expect(response.status).toBe(status);
    expect(response.type).toMatch(/^application\/json; charset=utf-8/);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason } });
    expect(response.body.errors![0].message).toMatch(message);
    expect(response.body).not.toHaveProperty('data');
  });

  it('accepts "extensions": null and "variables": null', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: null, extensions: null, operationName: null }), { 'content-type': 'application/json' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers application/graphql-response+json with that type, and 400 without data for an invalid document', async () => {
    const accept = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
    const ok = await post(JSON.stringify({ query: '{ __typename }' }), accept);
    expect(ok.status).toBe(200);
    expect(ok.type).toBe('application/graphql-response+json; charset=utf-8');
    const invalid = await post(JSON.stringify({ query: '{ viewer { salary } }' }), accept);
    expect(invalid.status).toBe(400);
    expect(invalid.body).not.toHaveProperty('data');
    expect(invalid.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    // With application/json (what the web app asks for), the same document answers 200, as the spec says.
    const legacy = await post(JSON.stringify({ query: '{ viewer { salary } }' }), { 'content-type': 'application/json', accept: 'application/json' });
    expect(legacy.status).toBe(200);
  });

  it('refuses a document of more than 20,000 tokens before parsing it all', async () => {
    const response = await post(JSON.stringify({ query: `{ ${Array.from({ length: 25_000 }, () => '__typename').join(' ')} }` }), { 'content-type': 'application/json' });
    expect(response.body.errors![0]).toMatchObject({ message: 'Requête trop longue : découpez-la en plusieurs requêtes.', extensions: { code: 'BAD_USER_INPUT', reason: 'DOCUMENT_TOO_LONG' } });
  });

  it('answers the REST routes\' unreadable requests in the same format, in French', async () => {
    const cases: [string, string, Record<string, string>, number, string][] = [
      ['/documents', JSON.stringify({ padding: 'a'.repeat(1_100_000) }), { 'content-type': 'application/json' }, 413, 'REQUEST_TOO_LARGE'],
      ['/documents', '{"x":', { 'content-type': 'application/json' }, 400, 'MALFORMED_JSON'],
      ['/nulle-part', '', {}, 404, 'ROUTE_NOT_FOUND'],
    ];
    for (const [url, payload, headers, status, reason] of cases) {
      const response = await api.app.inject({ method: 'POST', url, headers, payload });
      expect({ url, status: response.statusCode }).toEqual({ url, status });
      expect(response.json()).toEqual({ error: { code: expect.any(String), reason, message: expect.stringMatching(/^[A-ZÀ-Ÿ].+\.$/) } });
      expect(response.body).not.toMatch(/Request body|Cannot POST|Bad Request/);
    }
  });

  it('refuses a mutation sent with GET', async () => {
    const response = await api.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('mutation { logout }')}` });
    expect(response.statusCode).toBe(405);
    expect(response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'METHOD_NOT_ALLOWED' } }] });
  });

  it('passes every MUST and SHOULD of the GraphQL over HTTP audit (graphql-http serverAudits)', async () => {
    await api.app.listen(0, '127.0.0.1');
    const audits = serverAudits({ url: `${await api.app.getUrl()}/graphql` });
    const results = await Promise.all(audits.map(async (audit) => ({ ...(await audit.fn()), name: audit.name })));
    const failures = results
      .filter((result) => result.status !== 'ok' && !result.name.startsWith('MAY'))
      .map((result) => `${result.id} ${result.name} → ${result.status}: ${'reason' in result ? result.reason : ''}`);
    expect(failures).toEqual([]);
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });
});
