import { createDatabase } from '@passerelles/db/create-database';
import { ApiTestClient } from '../../../test/api-test-client';
import { testEnvironment } from '../../../test/test-environment';
import { DEMO_PASSWORD } from '../demo-data';
import { seedDemoData } from '../demo-seed';

interface DemoConvention {
  title: string;
  validity: string;
  inForce: boolean;
  versionNumber: number;
  supersededBy: string | null;
  id: string;
}

const COOPERATIONS = '{ cooperations(first: 50) { edges { node { name conventions { id title validity inForce versionNumber supersededBy } } } } }';
const PROJECTS = '{ projects(first: 50, filter: { scope: OWN }) { edges { node { code status canDelete } } } }';

/** What `./passerelles start` loads, through the same code, checked through the API as the demo people see it. */
describe('the demo data', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    // As `./passerelles start` does: the owner's connection, the application's RLS settings; twice, to show it is idempotent.
    const database = createDatabase({ connectionString: testEnvironment.ownerDatabaseUrl, poolSize: 2, applicationName: 'passerelles-seed-test' });
    try {
      await seedDemoData(database);
      await seedDemoData(database);
    } finally {
      await database.disconnect();
    }
    api = await ApiTestClient.start();
  }, 60_000);
  afterAll(() => api?.close());

  async function conventionsOf(email: string): Promise<Record<string, DemoConvention[]>> {
    const session = await api.login(email, DEMO_PASSWORD);
    const response = await api.graphql<{ cooperations: { edges: { node: { name: string; conventions: DemoConvention[] } }[] } }>(COOPERATIONS, {}, session);
    return Object.fromEntries(response.data!.cooperations.edges.map((edge) => [edge.node.name, edge.node.conventions]));
  }

  it('shows a convention in force, superseding its initial version through a signed amendment', async () => {
    const conventions = (await conventionsOf('admin@eaux-val-de-briere.demo'))['Coopération eau et assainissement avec Bobo-Dioulasso'];
    const initial = conventions.find((convention) => convention.versionNumber === 1)!;
    const amendment = conventions.find((convention) => convention.versionNumber === 2)!;
    expect(amendment).toMatchObject({ title: 'Avenant n° 1 : latrines scolaires', validity: 'ACTIVE', inForce: true, supersededBy: null });
    expect(initial).toMatchObject({ validity: 'SUPERSEDED', inForce: false, supersededBy: amendment.id });
    expect(conventions).toHaveLength(2);
  });

  it('shows a convention signed but not transmitted to the préfet, one expiring soon and one expired', async () => {
    const conventions = await conventionsOf('admin@armor-atlantique.demo');
    expect(conventions['Coopération avec Antsirabe']).toEqual([expect.objectContaining({ validity: 'NOT_TRANSMITTED', inForce: false })]);
    expect(conventions['Jumelage Armor-Atlantique – Łódź']).toEqual([expect.objectContaining({ validity: 'EXPIRING_SOON', inForce: true })]);
    expect(conventions['Coopération mobilité urbaine avec Huế']).toEqual([expect.objectContaining({ validity: 'EXPIRED', inForce: false })]);
  });

  it('has a project in identification that may be deleted, and none past identification that may', async () => {
    const session = await api.login('admin@armor-atlantique.demo', DEMO_PASSWORD);
    const response = await api.graphql<{ projects: { edges: { node: { code: string; status: string; canDelete: boolean } }[] } }>(PROJECTS, {}, session);
    const projects = response.data!.projects.edges.map((edge) => edge.node);
    expect(projects.find((project) => project.code === 'PAT-VN-2026')).toEqual({ code: 'PAT-VN-2026', status: 'IDENTIFICATION', canDelete: true });
    expect(projects.filter((project) => project.status !== 'IDENTIFICATION' && project.canDelete)).toEqual([]);
  });
});
