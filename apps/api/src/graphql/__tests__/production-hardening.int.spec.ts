import { ApiTestClient } from '../../../test/api-test-client';
import { testApiConfig } from '../../../test/test-environment';
import { loadApiConfig } from '../../config/api-config';

const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

describe('production hardening', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    // The configuration production gets from its environment (see the config test below), on the test services.
    const production = loadApiConfig({ NODE_ENV: 'production', GRAPHIQL: 'true', APP_DATABASE_URL: 'postgresql://x/y', REDIS_URL: 'redis://x', PUBLIC_WEB_URL: 'https://passerelles.example' });
    api = await ApiTestClient.start({ environment: production.environment, graphiql: production.graphiql, cookieSecure: production.cookieSecure });
  });
  afterAll(() => api.close());

  it('reads NODE_ENV=production as: Secure cookies, no GraphiQL whatever GRAPHIQL says', () => {
    const config = loadApiConfig({ NODE_ENV: 'production', GRAPHIQL: 'true', APP_DATABASE_URL: 'postgresql://x/y', REDIS_URL: 'redis://x', PUBLIC_WEB_URL: 'https://passerelles.example' });
    expect(config).toMatchObject({ environment: 'production', graphiql: false, cookieSecure: true });
    expect(testApiConfig().environment).toBe('test');
  });

  it('serves no GraphiQL', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/graphiql' });
    expect(response.statusCode).toBe(404);
  });

  it('describes the schema to signed-in people only', async () => {
    const anonymous = await api.graphql(INTROSPECTION);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]).toMatchObject({
      message: "L'introspection du schéma est réservée aux personnes connectées.",
      extensions: { code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' },
    });
    const hidden = await api.graphql('{ ...Schema } fragment Schema on Query { s: __type(name: "Query") { name } }');
    expect(hidden.errors?.[0].extensions?.reason).toBe('INTROSPECTION_DISABLED');

    const admin = await api.signUp();
    const signedIn = await api.graphql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION, {}, admin);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data!.__schema.queryType.name).toBe('Query');
    // __typename is not introspection: GraphQL clients ask it everywhere.
    expect((await api.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('gives no "Did you mean" hints about the schema', async () => {
    const response = await api.graphql('{ viewr { rol } }');
    expect(response.errors?.[0].message).toBe("Le champ « viewr » n'existe pas sur le type « Query ».");
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|viewer/);
  });

  it('sets Secure session cookies', async () => {
    const admin = await api.signUp();
    const login = await api.graphql('mutation L($input: LoginInput!) { login(input: $input) { role } }', { input: { email: admin.email, password: admin.password } });
    const cookie = login.setCookie.find((value) => value.startsWith('pst_session='));
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
  });

  it('answers with nosniff, a restrictive CSP, no framing, and HSTS when served over HTTPS', async () => {
    const overHttps = await api.app.inject({ method: 'GET', url: '/health', headers: { 'x-forwarded-for': api.clientAddress, 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
    });
    expect(overHttps.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    const graphql = await api.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{"query":"{ __typename }"}' });
    expect(graphql.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(graphql.headers['x-content-type-options']).toBe('nosniff');
    // Plain HTTP (development, or a proxy that did not say https): no HSTS, which would pin a wrong scheme.
    expect(graphql.headers['strict-transport-security']).toBeUndefined();
  });
});
