import { ApiTestClient, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures } from '../../../test/cooperation-fixtures';
import { invitationSecretFromOutbox } from '../../../test/owner-database';

const SEARCH = 'query S($text: String, $kind: OrganisationKind) { organisations(text: $text, kind: $kind, first: 20) { totalCount edges { node { name countryName iatiTypeName contacts { name } } } } }';

describe('organisation directory', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;
  let admin: TestSession;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    fixtures = new CooperationFixtures(api);
    admin = await api.signUp();
    const bobo = await fixtures.organisation(admin);
    await fixtures.contact(admin, bobo.id);
    await fixtures.organisation(admin, { name: 'Agence française de développement', acronym: 'AFD', kind: 'COFINANCER', countryCode: 'FR', iatiTypeCode: '10' });
    await fixtures.organisation(admin, { name: 'Miasto Łódź', kind: 'FOREIGN_LOCAL_AUTHORITY', countryCode: 'PL', iatiTypeCode: '11' });
  });
  afterAll(() => api.close());

  it('finds organisations by name, acronym, kind and French country name', async () => {
    const byAcronym = await api.graphql<{ organisations: { edges: { node: { name: string } }[] } }>(SEARCH, { text: 'afd' }, admin);
    expect(byAcronym.data!.organisations.edges.map((edge) => edge.node.name)).toEqual(['Agence française de développement']);
    const byCountry = await api.graphql<{ organisations: { edges: { node: { name: string; countryName: string } }[] } }>(SEARCH, { text: 'Pologne' }, admin);
    expect(byCountry.data!.organisations.edges.map((edge) => edge.node)).toEqual([{ name: 'Miasto Łódź', countryName: 'Pologne', iatiTypeName: 'Collectivité territoriale', contacts: [] }]);
    const byKind = await api.graphql<{ organisations: { totalCount: number } }>(SEARCH, { kind: 'FOREIGN_LOCAL_AUTHORITY' }, admin);
    expect(byKind.data!.organisations.totalCount).toBe(2);
  });

  it('keeps contacts with their organisation', async () => {
    const response = await api.graphql<{ organisations: { edges: { node: { contacts: { name: string }[] } }[] } }>(SEARCH, { text: 'Bobo' }, admin);
    expect(response.data!.organisations.edges[0].node.contacts).toEqual([{ name: 'Awa Ouédraogo' }]);
  });

  it('refuses unknown country and IATI type codes, invalid e-mails and websites, field by field', async () => {
    const response = await api.graphql('mutation O($input: OrganisationInput!) { createOrganisation(input: $input) { id } }', {
      input: { name: 'X', kind: 'NGO', countryCode: 'XX', iatiTypeCode: '999', email: 'pas-un-email', website: 'ftp://exemple' },
    }, admin);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: 'name', message: '2 caractères au minimum.' },
      { field: 'countryCode', message: 'Pays inconnu (code ISO 3166-1 attendu, par exemple BF).' },
      { field: 'iatiTypeCode', message: "Type d'organisation IATI inconnu." },
      { field: 'website', message: 'Adresse web invalide (elle commence par http:// ou https://).' },
      { field: 'email', message: 'Adresse e-mail invalide.' },
    ]);
  });

  it('archives instead of deleting, and lets elected referents read but not write', async () => {
    const archived = await fixtures.organisation(admin, { name: 'Comité de jumelage dissous', kind: 'OPERATOR', countryCode: 'FR', iatiTypeCode: '22' });
    await api.graphql('mutation A($id: ID!) { setOrganisationArchived(id: $id, archived: true) { id } }', { id: archived.id }, admin);
    const visible = await api.graphql<{ organisations: { edges: { node: { name: string } }[] } }>(SEARCH, { text: 'jumelage' }, admin);
    expect(visible.data!.organisations.edges).toEqual([]);

    const referent = await api.addMember(admin, 'ELECTED_REFERENT', invitationSecretFromOutbox);
    const read = await api.graphql<{ organisations: { totalCount: number } }>(SEARCH, {}, referent);
    expect(read.data!.organisations.totalCount).toBe(3);
    const write = await api.graphql('mutation O($input: OrganisationInput!) { createOrganisation(input: $input) { id } }', {
      input: { name: 'Tentative', kind: 'NGO', countryCode: 'FR', iatiTypeCode: '22' },
    }, referent);
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
