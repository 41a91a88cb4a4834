import { randomUUID } from 'node:crypto';
import { ApiTestClient, type GraphqlResponse, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures } from '../../../test/cooperation-fixtures';
import { invitationSecretFromOutbox } from '../../../test/owner-database';

const PROJECT_INPUT = {
  code: 'NUL-1',
  title: 'Accès à l’eau potable',
  engagementMode: 'DIRECT',
  actionKind: 'DECENTRALISED_COOPERATION',
  sectors: [{ sectorCode: '14030', percentage: '100' }],
  countryCodes: ['BF'],
};

function expectBadInput(response: GraphqlResponse, field: string, message?: string): void {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.fields?.[0]?.field).toBe(field);
  if (message) expect(error.extensions?.fields?.[0]?.message).toBe(message);
  expect(JSON.stringify(response)).not.toMatch(/INTERNAL_SERVER_ERROR|prisma|SELECT |0x00/i);
}

describe('bad input gets a clear error, never an internal error', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;
  let admin: TestSession;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    fixtures = new CooperationFixtures(api);
    admin = await api.signUp();
    const organisation = await fixtures.organisation(admin);
    const cooperation = await fixtures.cooperation(admin, organisation.id);
    await fixtures.convention(admin, cooperation.id);
    await fixtures.convention(admin, cooperation.id, { title: 'Convention de coopération 2028-2030' });
    await fixtures.organisation(admin, { name: 'Association Solidarité Sahel', kind: 'NGO', iatiTypeCode: '21' });
    await fixtures.cooperation(admin);
    await fixtures.project(admin, { title: 'Premier projet' });
    await fixtures.project(admin, { title: 'Second projet' });
    await fixtures.deliberation(admin);
    await fixtures.deliberation(admin);
    await api.addMember(admin, 'TECHNICIAN', invitationSecretFromOutbox);
  }, 30_000);
  afterAll(() => api.close());

  describe('NUL and control characters', () => {
    it('in a project title sent as a variable', async () => {
      const response = await api.graphql('mutation P($input: ProjectInput!) { createProject(input: $input) { id } }', { input: { ...PROJECT_INPUT, title: 'Eau\u0000potable' } }, admin);
      // Refused before execution: a request error, answered 200 to an application/json client (GraphQL over HTTP).
      expect(response.status).toBe(200);
      expectBadInput(response, 'title', 'Caractère non autorisé (U+0000).');
      expect(response.errors![0].message).toBe("Le champ « title » contient le caractère nul (U+0000), qui n'est pas accepté.");
    });

    it('in an organisation name written inline in the query', async () => {
      const response = await api.graphql(
        'mutation { createOrganisation(input: { name: "ONG\\u0000Sahel", kind: NGO, countryCode: "BF", iatiTypeCode: "21" }) { id } }',
        {},
        admin,
      );
      expectBadInput(response, 'name');
    });

    it('deep inside a list of the input', async () => {
      const response = await api.graphql(
        'mutation P($input: ProjectInput!) { createProject(input: $input) { id } }',
        { input: { ...PROJECT_INPUT, sectors: [{ sectorCode: '14030', percentage: '100' }, { sectorCode: '1\u00004', percentage: '0' }] } },
        admin,
      );
      expectBadInput(response, 'sectors.1.sectorCode');
    });

    it.each([
      ['projects', 'query Q($text: String) { projects(filter: { text: $text }) { totalCount } }', 'filter.text'],
      ['cooperations', 'query Q($text: String) { cooperations(text: $text) { totalCount } }', 'text'],
      ['organisations', 'query Q($text: String) { organisations(text: $text) { totalCount } }', 'text'],
      ['deliberations', 'query Q($text: String) { deliberations(text: $text) { totalCount } }', 'text'],
    ])('in the text filter of %s', async (_list, query, field) => {
      expectBadInput(await api.graphql(query, { text: 'eau\u0000' }, admin), field);
      // Other control characters too; plain hostile text is simply searched.
      expectBadInput(await api.graphql(query, { text: 'eau\u0007' }, admin), field);
      const accepted = await api.graphql(query, { text: "'; DROP TABLE projects; -- 💧 \u202Eمياه" }, admin);
      expect(accepted.errors).toBeUndefined();
    });

    it('in the fields of public mutations too', async () => {
      const response = await api.graphql('mutation L($input: LoginInput!) { login(input: $input) { role } }', { input: { email: 'a\u0000@example.fr', password: 'x' } });
      expectBadInput(response, 'email');
    });

    it('single-line fields refuse line breaks and tabs; multi-line fields keep them', async () => {
      const title = await api.graphql('mutation P($input: ProjectInput!) { createProject(input: $input) { id } }', { input: { ...PROJECT_INPUT, title: 'Eau\npotable' } }, admin);
      expectBadInput(title, 'title', 'Caractère non autorisé : ce champ tient sur une ligne, sans tabulation ni caractère de contrôle.');
      const name = await api.graphql(
        'mutation O($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
        { input: { name: 'ONG\tSahel', kind: 'NGO', countryCode: 'BF', iatiTypeCode: '21' } },
        admin,
      );
      expectBadInput(name, 'name');
      const created = await api.graphql<{ createProject: { summary: string } }>(
        'mutation P($input: ProjectInput!) { createProject(input: $input) { summary } }',
        { input: { ...PROJECT_INPUT, code: 'MULTI-1', summary: 'Première ligne\r\n\tdeuxième ligne 🚰' } },
        admin,
      );
      expect(created.errors).toBeUndefined();
      expect(created.data?.createProject.summary).toBe('Première ligne\r\n\tdeuxième ligne 🚰');
    });

    it('DEL and C1 control characters are refused everywhere', async () => {
      for (const character of ['\u007F', '\u0085', '\u001B']) {
        const response = await api.graphql('query Q($text: String) { organisations(text: $text) { totalCount } }', { text: `a${character}b` }, admin);
        expectBadInput(response, 'text');
      }
    });
  });

  describe('forged or malformed pagination cursors', () => {
    const base64 = (text: string) => Buffer.from(text).toString('base64url');
    const sortCursor = (...parts: unknown[]) => base64(JSON.stringify(parts));
    const forged = [
      ['an id of 36 dashes', base64(`v1:${'-'.repeat(36)}`)],
      ['a uuid-shaped non-uuid', base64('v1:zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz')],
      ['a braced uuid', base64(`v1:{${randomUUID().slice(0, 34)}}`)],
      ['random base64', 'q83vEjRWeJC6vN7wEjRWeJC6'],
      ['not base64 at all', '%%%%%'],
      ['a huge string', 'A'.repeat(50_000)],
      ['a sort cursor whose date is not a date', sortCursor('v2', 'not-a-date', randomUUID())],
      ['a sort cursor whose id is 36 dashes', sortCursor('v2', '2026-01-01T00:00:00.000Z', '-'.repeat(36))],
      ['a sort cursor with a NUL character', sortCursor('v2', '2026-01-01T00:00:00.000Z\u0000', randomUUID())],
      ['a sort cursor of another version', sortCursor('v9', '2026-01-01T00:00:00.000Z', randomUUID())],
      ['a sort cursor with a number as its value', sortCursor('v2', 12, randomUUID())],
    ] as const;

    const LISTS = [
      ['members', 'query Q($after: String) { members(first: 1, after: $after) { totalCount } }'],
      ['auditEvents', 'query Q($after: String) { auditEvents(first: 1, after: $after) { totalCount } }'],
      ['organisations', 'query Q($after: String) { organisations(first: 1, after: $after) { totalCount } }'],
      ['cooperations', 'query Q($after: String) { cooperations(first: 1, after: $after) { totalCount } }'],
      ['conventions', 'query Q($after: String) { conventions(first: 1, after: $after) { totalCount } }'],
      ['deliberations', 'query Q($after: String) { deliberations(first: 1, after: $after) { totalCount } }'],
      ['projects', 'query Q($after: String) { projects(first: 1, after: $after) { totalCount } }'],
      ['projects by title', 'query Q($after: String) { projects(first: 1, after: $after, sort: { field: TITLE, direction: ASC }) { totalCount } }'],
      ['projects by code', 'query Q($after: String) { projects(first: 1, after: $after, sort: { field: CODE, direction: DESC }) { totalCount } }'],
    ] as const;

    it.each(LISTS)('%s: every forged cursor → « Curseur de pagination invalide. »', async (_list, query) => {
      for (const [label, cursor] of forged) {
        // Sorted by a text column, any text is a plausible sort value.
        if (query.includes('sort:') && label.includes('not a date')) continue;
        const response = await api.graphql(query, { after: cursor }, admin);
        try {
          expectBadInput(response, 'after', 'Curseur de pagination invalide.');
        } catch (error) {
          throw new Error(`${label}: ${JSON.stringify(response.errors)}`, { cause: error });
        }
      }
    });

    it.each(LISTS)('%s: the cursors the API writes still page through', async (_list, query) => {
      const firstPage = await api.graphql<Record<string, { totalCount: number; pageInfo: { endCursor: string } }>>(
        query.replace('totalCount', 'totalCount pageInfo { endCursor }'),
        {},
        admin,
      );
      const connection = Object.values(firstPage.data!)[0];
      expect(connection.totalCount).toBeGreaterThan(1);
      const next = await api.graphql(query, { after: connection.pageInfo.endCursor }, admin);
      expect(next.errors).toBeUndefined();
    });
  });
});
