import { ApiTestClient, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures } from '../../../test/cooperation-fixtures';
import { withOwnerClient } from '../../../test/owner-database';

const CONVENTION = 'query C($id: ID!) { convention(id: $id) { status validity daysLeft versionNumber kind previousVersionId parties { name expectedResults } } }';

describe('coopérations and conventions', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;
  let admin: TestSession;
  let cooperationId: string;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    fixtures = new CooperationFixtures(api);
    admin = await api.signUp();
    const partner = await fixtures.organisation(admin);
    cooperationId = (await fixtures.cooperation(admin, partner.id)).id;
  });
  afterAll(() => api.close());

  it('keeps a convention with its parties and the expected results of each', async () => {
    const convention = await fixtures.convention(admin, cooperationId);
    const response = await api.graphql<{ convention: { status: string; validity: string; parties: { name: string; expectedResults: string | null }[] } }>(CONVENTION, { id: convention.id }, admin);
    expect(response.data!.convention).toMatchObject({
      status: 'DRAFT',
      validity: 'NOT_SIGNED',
      parties: [{ name: 'La collectivité', expectedResults: null }, { name: 'Commune partenaire', expectedResults: 'Gestion du service de l’eau' }],
    });
  });

  it('signs, records the transmission to the préfet, then refuses in-place edits', async () => {
    const convention = await fixtures.convention(admin, cooperationId);
    await fixtures.signConvention(admin, convention.id);
    const transmitted = await api.graphql<{ recordConventionTransmission: { id: string } }>('mutation T($id: ID!) { recordConventionTransmission(id: $id, transmittedOn: "2025-01-20") { id } }', { id: convention.id }, admin);
    expect(transmitted.errors).toBeUndefined();
    const edit = await api.graphql('mutation U($id: ID!, $input: ConventionInput!) { updateConvention(id: $id, input: $input) { id } }', {
      id: convention.id,
      input: { title: 'Modifiée', startsOn: '2025-01-01', endsOn: '2027-12-31', objectives: 'Autres', parties: [{ name: 'A1' }, { name: 'B1' }] },
    }, admin);
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONVENTION_SIGNED' });
  });

  it('chains amendments and renewals as new versions', async () => {
    const convention = await fixtures.convention(admin, cooperationId);
    await fixtures.signConvention(admin, convention.id);
    const renewal = await api.graphql<{ createConventionVersion: { id: string } }>('mutation V($id: ID!, $input: ConventionVersionInput!) { createConventionVersion(previousId: $id, input: $input) { id } }', {
      id: convention.id,
      input: { kind: 'RENEWAL', title: 'Convention 2028-2030', startsOn: '2028-01-01', endsOn: '2030-12-31', objectives: 'Poursuivre', parties: [{ name: 'La collectivité' }, { name: 'Partenaire' }] },
    }, admin);
    const version = await api.graphql<{ convention: { versionNumber: number; kind: string; previousVersionId: string } }>(CONVENTION, { id: renewal.data!.createConventionVersion.id }, admin);
    expect(version.data!.convention).toMatchObject({ versionNumber: 2, kind: 'RENEWAL', previousVersionId: convention.id });
  });

  it('flags conventions expiring within 90 days and expired ones', async () => {
    const soon = await fixtures.convention(admin, cooperationId, { title: 'Bientôt échue' });
    await fixtures.signConvention(admin, soon.id);
    await fixtures.transmitConvention(admin, soon.id);
    await withOwnerClient((client) => client.query("UPDATE conventions SET starts_on = current_date - 300, ends_on = current_date + 30 WHERE id = $1", [soon.id]));
    const past = await fixtures.convention(admin, cooperationId, { title: 'Échue' });
    await fixtures.signConvention(admin, past.id);
    await withOwnerClient((client) => client.query("UPDATE conventions SET starts_on = current_date - 800, ends_on = current_date - 10 WHERE id = $1", [past.id]));

    const response = await api.graphql<{ conventions: { edges: { node: { title: string; validity: string; daysLeft: number | null } }[] } }>(
      'query { conventions(validity: [EXPIRING_SOON, EXPIRED], first: 50) { edges { node { title validity daysLeft } } } }',
      {},
      admin,
    );
    const byTitle = Object.fromEntries(response.data!.conventions.edges.map((edge) => [edge.node.title, edge.node]));
    expect(byTitle['Bientôt échue']).toMatchObject({ validity: 'EXPIRING_SOON', daysLeft: expect.any(Number) });
    expect(Math.abs(byTitle['Bientôt échue'].daysLeft! - 30)).toBeLessThanOrEqual(1);
    expect(byTitle['Échue']).toMatchObject({ validity: 'EXPIRED', daysLeft: null });
  });

  it('refuses an end before the start, a single party, and an unknown organisation', async () => {
    const response = await api.graphql('mutation C($input: CreateConventionInput!) { createConvention(input: $input) { id } }', {
      input: { cooperationId, title: 'Incohérente', startsOn: '2026-01-01', endsOn: '2025-01-01', objectives: 'Rien', parties: [{ name: 'Seule' }] },
    }, admin);
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: 'parties', message: 'Une convention lie au moins deux parties.' },
      { field: 'endsOn', message: 'La date de fin précède la date de début.' },
    ]);
    const unknown = await api.graphql('mutation C($input: CreateConventionInput!) { createConvention(input: $input) { id } }', {
      input: { cooperationId, title: 'Avec inconnu', startsOn: '2025-01-01', endsOn: '2026-01-01', objectives: 'Rien', parties: [{ name: 'Nous' }, { name: 'Eux', organisationId: '00000000-0000-4000-8000-000000000000' }] },
    }, admin);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ORGANISATION' });
  });
});
