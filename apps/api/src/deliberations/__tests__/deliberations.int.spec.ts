import { ApiTestClient, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures } from '../../../test/cooperation-fixtures';

const COVERAGE = 'query P($id: ID!) { project(id: $id) { deliberationCoverage { state planned covered missing } } }';

describe('deliberations', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;
  let admin: TestSession;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    fixtures = new CooperationFixtures(api);
    admin = await api.signUp();
  });
  afterAll(() => api.close());

  it('goes through the workflow, recording the date of each step', async () => {
    const deliberation = await fixtures.deliberation(admin);
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'SCHEDULED', null);
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'VOTED', '2025-02-10');
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'TRANSMITTED', '2025-02-12');
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'EXECUTORY', '2025-02-13');
    const response = await api.graphql<{ deliberation: Record<string, unknown> }>(
      'query D($id: ID!) { deliberation(id: $id) { status votedOn transmittedOn executoryOn allowedTransitions } }',
      { id: deliberation.id },
      admin,
    );
    expect(response.data!.deliberation).toEqual({ status: 'EXECUTORY', votedOn: '2025-02-10', transmittedOn: '2025-02-12', executoryOn: '2025-02-13', allowedTransitions: [] });
  });

  it('refuses a forbidden transition, a missing date, and edits once voted', async () => {
    const deliberation = await fixtures.deliberation(admin);
    const jump = await api.graphql('mutation S($input: ChangeDeliberationStatusInput!) { changeDeliberationStatus(input: $input) { id } }', { input: { deliberationId: deliberation.id, status: 'EXECUTORY', date: '2025-01-01' } }, admin);
    expect(jump.errors?.[0]).toMatchObject({ message: 'Une délibération projet ne peut pas devenir exécutoire.', extensions: { code: 'BAD_USER_INPUT' } });
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'SCHEDULED', null);
    const noDate = await api.graphql('mutation S($input: ChangeDeliberationStatusInput!) { changeDeliberationStatus(input: $input) { id } }', { input: { deliberationId: deliberation.id, status: 'VOTED' } }, admin);
    expect(noDate.errors?.[0].extensions).toMatchObject({ reason: 'DATE_REQUIRED' });
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'VOTED', '2025-03-01');
    const edit = await api.graphql('mutation U($id: ID!, $input: DeliberationInput!) { updateDeliberation(id: $id, input: $input) { id } }', {
      id: deliberation.id,
      input: { number: 'X-1', title: 'Changée', assembly: 'BUREAU', object: 'GRANT' },
    }, admin);
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELIBERATION_LOCKED' });
  });

  it('refuses a number already used', async () => {
    await fixtures.deliberation(admin, { number: '2025-CM-042' });
    const response = await api.graphql('mutation D($input: DeliberationInput!) { createDeliberation(input: $input) { id } }', {
      input: { number: '2025-CM-042', title: 'Doublon', assembly: 'MUNICIPAL_COUNCIL', object: 'GRANT' },
    }, admin);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELIBERATION_NUMBER_TAKEN' });
  });

  it("tells whether a project's planned spending is covered by executory deliberations", async () => {
    const project = await fixtures.project(admin, { plannedBudget: '100000' });
    const uncovered = await api.graphql<{ project: { deliberationCoverage: unknown } }>(COVERAGE, { id: project.id }, admin);
    expect(uncovered.data!.project.deliberationCoverage).toEqual({ state: 'UNCOVERED', planned: '100000.00', covered: '0.00', missing: '100000.00' });

    const first = await fixtures.deliberation(admin, { projectId: project.id, amount: '60000' });
    await fixtures.makeExecutory(admin, first.id);
    const voted = await fixtures.deliberation(admin, { projectId: project.id, amount: '40000' });
    await fixtures.changeDeliberationStatus(admin, voted.id, 'SCHEDULED', null);
    await fixtures.changeDeliberationStatus(admin, voted.id, 'VOTED');
    const partial = await api.graphql<{ project: { deliberationCoverage: unknown } }>(COVERAGE, { id: project.id }, admin);
    expect(partial.data!.project.deliberationCoverage).toEqual({ state: 'PARTIAL', planned: '100000.00', covered: '60000.00', missing: '40000.00' });

    await fixtures.changeDeliberationStatus(admin, voted.id, 'TRANSMITTED');
    await fixtures.changeDeliberationStatus(admin, voted.id, 'EXECUTORY');
    const covered = await api.graphql<{ project: { deliberationCoverage: unknown } }>(COVERAGE, { id: project.id }, admin);
    expect(covered.data!.project.deliberationCoverage).toEqual({ state: 'COVERED', planned: '100000.00', covered: '100000.00', missing: null });
  });

  it('filters by status, project and year', async () => {
    const lead = await api.signUp();
    const project = await fixtures.project(lead);
    await fixtures.deliberation(lead, { number: 'F-1', projectId: project.id, sessionDate: '2024-05-01' });
    await fixtures.deliberation(lead, { number: 'F-2', sessionDate: '2025-05-01' });
    const byProject = await api.graphql<{ deliberations: { edges: { node: { number: string } }[] } }>('query Q($id: ID) { deliberations(projectId: $id, first: 10) { edges { node { number } } } }', { id: project.id }, lead);
    expect(byProject.data!.deliberations.edges.map((edge) => edge.node.number)).toEqual(['F-1']);
    const byYear = await api.graphql<{ deliberations: { edges: { node: { number: string } }[] } }>('{ deliberations(year: 2025, statuses: [DRAFT], first: 10) { edges { node { number } } } }', {}, lead);
    expect(byYear.data!.deliberations.edges.map((edge) => edge.node.number)).toEqual(['F-2']);
  });
});
