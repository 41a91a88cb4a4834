import { todayInParis } from '@passerelles/domain/calendar-date';
import { frenchDate } from '@passerelles/domain/french-date';
import { ApiTestClient, type GraphqlResponse, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures } from '../../../test/cooperation-fixtures';
import { withOwnerClient } from '../../../test/owner-database';

const CREATE = 'mutation P($input: ProjectInput!) { createProject(input: $input) { id status sdgs { goal target } organisations { iatiRole } } }';
const UPDATE = 'mutation U($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id actualStart actualEnd } }';
const CHANGE_STATUS = 'mutation S($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { status actualStart actualEnd } }';

function projectInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: `G-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    title: 'Assainissement à Ziguinchor',
    engagementMode: 'DIRECT',
    actionKind: 'DECENTRALISED_COOPERATION',
    sectors: [{ sectorCode: '14030', percentage: '100' }],
    countryCodes: ['SN'],
    ...overrides,
  };
}

function shiftedDate(days: number): string {
  const date = new Date(`${todayInParis()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function expectFieldError(response: GraphqlResponse, field: string, message: string): void {
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, message }] });
}

describe('project input: duplicates and actual dates are refused with a field message', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;
  let admin: TestSession;
  let organisationId: string;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    fixtures = new CooperationFixtures(api);
    admin = await api.signUp();
    organisationId = (await fixtures.organisation(admin)).id;
  }, 30_000);
  afterAll(() => api.close());

  async function projectRows(projectId: string): Promise<{ sdgs: number; organisations: number; team: number }> {
    return withOwnerClient(async (client) => {
      const count = async (table: string) => Number((await client.query(`SELECT count(*) FROM ${table} WHERE project_id = $1`, [projectId])).rows[0].count);
      return { sdgs: await count('project_sdgs'), organisations: await count('project_organisations'), team: await count('project_team_members') };
    });
  }

  it.each([
    ['the same SDG target', { sdgs: [{ goal: 6, target: '6.1' }, { goal: 6, target: '6.2' }, { goal: 6, target: '6.1' }] }, 'sdgs.2.target', 'Cet ODD ou cette cible figure déjà plus haut.'],
    ['the same goal-only SDG', { sdgs: [{ goal: 6 }, { goal: 6, target: null }] }, 'sdgs.1.goal', 'Cet ODD ou cette cible figure déjà plus haut.'],
  ])('%s twice, in createProject and updateProject', async (_label, overrides, field, message) => {
    expectFieldError(await api.graphql(CREATE, { input: projectInput(overrides) }, admin), field, message);
    const project = await fixtures.project(admin);
    expectFieldError(await api.graphql(UPDATE, { id: project.id, input: projectInput(overrides) }, admin), field, message);
  });

  it('the same organisation twice with the same role; the same person twice in the same function', async () => {
    const organisations = [
      { organisationId, iatiRole: 4 },
      { organisationId, iatiRole: 4 },
    ];
    expectFieldError(await api.graphql(CREATE, { input: projectInput({ organisations }) }, admin), 'organisations.1.organisationId', 'Cette organisation figure déjà plus haut avec le même rôle.');
    const team = [
      { userId: admin.userId, role: 'TECHNICIAN_IN_CHARGE' },
      { userId: admin.userId, role: 'TECHNICIAN_IN_CHARGE' },
    ];
    const project = await fixtures.project(admin);
    expectFieldError(await api.graphql(UPDATE, { id: project.id, input: projectInput({ team }) }, admin), 'team.1.userId', 'Cette personne figure déjà plus haut pour la même fonction.');
    expect(await projectRows(project.id)).toEqual({ sdgs: 1, organisations: 0, team: 0 });
  });

  it('keeps what is not a duplicate: one organisation in two roles, a person in two functions, a goal and one of its targets', async () => {
    const response = await api.graphql<{ createProject: { id: string } }>(
      CREATE,
      {
        input: projectInput({
          sdgs: [{ goal: 6 }, { goal: 6, target: '6.1' }],
          organisations: [
            { organisationId, iatiRole: 1 },
            { organisationId, iatiRole: 4 },
          ],
          team: [
            { userId: admin.userId, role: 'TECHNICIAN_IN_CHARGE' },
            { userId: admin.userId, role: 'ELECTED_REFERENT' },
          ],
        }),
      },
      admin,
    );
    expect(response.errors).toBeUndefined();
    expect(await projectRows(response.data!.createProject.id)).toEqual({ sdgs: 2, organisations: 2, team: 2 });
  });

  describe('actual dates on status changes', () => {
    async function projectInStatus(status: 'PROGRAMMED' | 'IN_PROGRESS' | 'CLOSING', dates: Record<string, string | null> = {}): Promise<string> {
      const input = projectInput(dates);
      const created = await api.graphql<{ createProject: { id: string } }>(CREATE, { input }, admin);
      const projectId = created.data!.createProject.id;
      const steps = { PROGRAMMED: ['PROGRAMMED'], IN_PROGRESS: ['PROGRAMMED', 'IN_PROGRESS'], CLOSING: ['PROGRAMMED', 'IN_PROGRESS', 'CLOSING'] }[status];
      for (const step of steps) {
        const moved = await api.graphql(CHANGE_STATUS, { input: { projectId, status: step, overrideReason: 'Engagement pris en séance publique' } }, admin);
        expect(moved.errors).toBeUndefined();
      }
      return projectId;
    }

    it('closing a project whose actual start is in the future names that date', async () => {
      const projectId = await projectInStatus('CLOSING');
      const future = shiftedDate(40);
      const updated = await api.graphql(UPDATE, { id: projectId, input: projectInput({ actualStart: future }) }, admin);
      expect(updated.errors).toBeUndefined();
      const response = await api.graphql(CHANGE_STATUS, { input: { projectId, status: 'CLOSED' } }, admin);
      expectFieldError(response, 'actualStart', `La date de début réelle (${frenchDate(future)}) est dans le futur : corrigez-la avant de clôturer le projet.`);
      expect(response.errors?.[0].extensions?.reason).toBe('START_IN_FUTURE');
    });

    it('closing a project with no actual end records today, after a start in the past', async () => {
      const projectId = await projectInStatus('CLOSING');
      await api.graphql(UPDATE, { id: projectId, input: projectInput({ actualStart: '2024-03-01', actualEnd: null }) }, admin);
      const response = await api.graphql<{ changeProjectStatus: { status: string; actualStart: string; actualEnd: string } }>(CHANGE_STATUS, { input: { projectId, status: 'CLOSED' } }, admin);
      expect(response.errors).toBeUndefined();
      expect(response.data?.changeProjectStatus).toEqual({ status: 'CLOSED', actualStart: '2024-03-01', actualEnd: todayInParis() });
    });

    it('closing a project whose actual end is in the future names that date', async () => {
      const projectId = await projectInStatus('CLOSING');
      const future = shiftedDate(10);
      await api.graphql(UPDATE, { id: projectId, input: projectInput({ actualStart: '2024-03-01', actualEnd: future }) }, admin);
      const response = await api.graphql(CHANGE_STATUS, { input: { projectId, status: 'CLOSED' } }, admin);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'END_IN_FUTURE', fields: [{ field: 'actualEnd' }] });
      expect(response.errors?.[0].message).toContain(frenchDate(future));
    });

    it('starting a project whose recorded actual end is already past names the end date', async () => {
      const projectId = await projectInStatus('PROGRAMMED', { actualEnd: '2020-01-01' });
      const response = await api.graphql(CHANGE_STATUS, { input: { projectId, status: 'IN_PROGRESS' } }, admin);
      expectFieldError(response, 'actualEnd', `La date de fin réelle (1er janvier 2020) précède la date de début réelle (${frenchDate(todayInParis())}) : corrigez-la.`);
    });
  });
});
