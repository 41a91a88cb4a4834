import { ApiTestClient, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures } from '../../../test/cooperation-fixtures';
import { invitationSecretFromOutbox, withOwnerClient } from '../../../test/owner-database';
import { QueryCounter } from '../../database/query-counter';

const PROJECT = `query P($id: ID!) { project(id: $id) {
  code title status engagementMode thematicDomains plannedStart plannedEnd plannedBudget isLead canEdit allowedTransitions
  sectors { sectorCode sectorName percentage } sdgs { goal target targetName } countries { code name }
  team { displayName role } organisations { name iatiRole iatiRoleName } statusHistory { fromStatus toStatus overrideReason }
  deliberationCoverage { state planned covered missing } cooperationName
} }`;
const CREATE = 'mutation C($input: ProjectInput!) { createProject(input: $input) { id } }';
const CHANGE_STATUS = 'mutation S($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { status actualStart } }';

const BASE = {
  title: 'Gestion des déchets à Mopti',
  engagementMode: 'DIRECT',
  actionKind: 'DECENTRALISED_COOPERATION',
  sectors: [{ sectorCode: '14050', percentage: '100' }],
  countryCodes: ['ML'],
};

describe('projects', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;
  let admin: TestSession;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    fixtures = new CooperationFixtures(api);
    admin = await api.signUp();
  });
  afterAll(() => api.close());

  it('creates a project with its sectors, SDG targets, countries, partners and team', async () => {
    const technician = await api.addMember(admin, 'TECHNICIAN', invitationSecretFromOutbox);
    const operator = await fixtures.organisation(admin, { name: 'Eau Vive Internationale', kind: 'NGO', countryCode: 'FR', iatiTypeCode: '21' });
    const created = await api.graphql<{ createProject: { id: string } }>(CREATE, {
      input: {
        ...BASE,
        code: 'eau-2025-01',
        title: 'Eau potable pour trois villages',
        thematicDomains: ['WATER_SANITATION', 'HEALTH'],
        sectors: [{ sectorCode: '14030', percentage: '66.67' }, { sectorCode: '12261', percentage: '33,33' }],
        sdgs: [{ goal: 6, target: '6.1' }, { goal: 3 }],
        countryCodes: ['bf'],
        plannedStart: '2025-03-01',
        plannedEnd: '2027-02-28',
        plannedBudget: '85 000,50',
        organisations: [{ organisationId: operator.id, iatiRole: 4 }],
        team: [{ userId: technician.userId, role: 'TECHNICIAN_IN_CHARGE' }],
      },
    }, admin);
    expect(created.errors).toBeUndefined();
    const project = await api.graphql<{ project: Record<string, unknown> }>(PROJECT, { id: created.data!.createProject.id }, admin);
    expect(project.data!.project).toMatchObject({
      code: 'EAU-2025-01',
      status: 'IDENTIFICATION',
      thematicDomains: ['WATER_SANITATION', 'HEALTH'],
      plannedBudget: '85000.50',
      isLead: true,
      canEdit: true,
      allowedTransitions: ['DIAGNOSTIC', 'PROGRAMMED', 'CANCELLED'],
      sectors: [
        { sectorCode: '14030', sectorName: expect.any(String), percentage: '66.67' },
        { sectorCode: '12261', sectorName: expect.any(String), percentage: '33.33' },
      ],
      sdgs: [{ goal: 3, target: null, targetName: null }, { goal: 6, target: '6.1', targetName: expect.stringMatching(/eau potable/i) }],
      countries: [{ code: 'BF', name: 'Burkina Faso' }],
      team: [{ displayName: 'Membre TECHNICIAN', role: 'TECHNICIAN_IN_CHARGE' }],
      organisations: [{ name: 'Eau Vive Internationale', iatiRole: 4, iatiRoleName: 'Opérateur de mise en œuvre' }],
      deliberationCoverage: { state: 'UNCOVERED', planned: '85000.50', covered: '0.00', missing: '85000.50' },
    });
  });

  it.each([
    ['unknown sector', { sectors: [{ sectorCode: '99999', percentage: '100' }] }, 'sectors.0.sectorCode', 'Secteur CAD inconnu'],
    ['sectors not summing to 100', { sectors: [{ sectorCode: '14030', percentage: '60' }, { sectorCode: '14050', percentage: '30' }] }, 'sectors', 'fait 90,00 % au lieu de 100 %'],
    ['unknown country', { countryCodes: ['ZZ'] }, 'countryCodes.0', 'Pays inconnu'],
    ['end before start', { plannedStart: '2026-01-01', plannedEnd: '2025-01-01' }, 'plannedEnd', 'La date de fin précède la date de début.'],
    ['target of another goal', { sdgs: [{ goal: 4, target: '6.1' }] }, 'sdgs.0.target', "n'appartient pas"],
    ['unknown domain', { thematicDomains: ['ASTRONAUTICS'] }, 'thematicDomains.0', 'Valeur non autorisée.'],
  ])('refuses %s with a French message, and writes nothing', async (_label, overrides, field, message) => {
    const code = `BAD-${Math.random().toString(36).slice(2, 7)}`;
    const response = await api.graphql(CREATE, { input: { ...BASE, code, ...overrides } }, admin);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const problem = response.errors?.[0].extensions?.fields?.find((entry) => entry.field === field);
    expect(problem?.message).toContain(message);
    const rows = await withOwnerClient(async (client) => (await client.query('SELECT count(*)::int AS n FROM projects WHERE code = $1', [code.toUpperCase()])).rows[0].n);
    expect(rows).toBe(0);
  });

  it('refuses a code already used in the collectivité', async () => {
    await fixtures.project(admin, { code: 'DOUBLON-1' });
    const response = await api.graphql(CREATE, { input: { ...BASE, code: 'doublon-1' } }, admin);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROJECT_CODE_TAKEN' });
  });

  describe('lifecycle', () => {
    it('refuses skipping steps', async () => {
      const project = await fixtures.project(admin);
      const response = await api.graphql(CHANGE_STATUS, { input: { projectId: project.id, status: 'IN_PROGRESS' } }, admin);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TRANSITION_NOT_ALLOWED' });
    });

    it('needs a signed convention, a voted deliberation or a justified override to programme', async () => {
      const project = await fixtures.project(admin);
      const refused = await api.graphql(CHANGE_STATUS, { input: { projectId: project.id, status: 'PROGRAMMED' } }, admin);
      expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'PROGRAMMING_REQUIRES_COMMITMENT' });
      const tooShort = await api.graphql(CHANGE_STATUS, { input: { projectId: project.id, status: 'PROGRAMMED', overrideReason: 'urgent' } }, admin);
      expect(tooShort.errors?.[0].extensions).toMatchObject({ reason: 'OVERRIDE_REASON_TOO_SHORT' });

      const overridden = await api.graphql<{ changeProjectStatus: { status: string } }>(
        CHANGE_STATUS,
        { input: { projectId: project.id, status: 'PROGRAMMED', overrideReason: 'Délibération inscrite au conseil du 12 mars' } },
        admin,
      );
      expect(overridden.data!.changeProjectStatus.status).toBe('PROGRAMMED');
      const audit = await api.graphql<{ auditEvents: { edges: { node: { action: string; after: { overrideReason: string } } }[] } }>(
        'query A($id: String) { auditEvents(entity: "Project", entityId: $id, first: 5) { edges { node { action after } } } }',
        { id: project.id },
        admin,
      );
      expect(audit.data!.auditEvents.edges[0].node).toEqual({ action: 'CHANGE_STATUS_WITH_OVERRIDE', after: { status: 'PROGRAMMED', overrideReason: 'Délibération inscrite au conseil du 12 mars' } });

      const started = await api.graphql<{ changeProjectStatus: { status: string; actualStart: string } }>(CHANGE_STATUS, { input: { projectId: project.id, status: 'IN_PROGRESS' } }, admin);
      expect(started.data!.changeProjectStatus.actualStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('programmes on a convention in force of its coopération, or on a voted deliberation', async () => {
      const cooperation = await fixtures.cooperation(admin);
      await fixtures.conventionInForce(admin, cooperation.id, { endsOn: '2099-12-31' });
      const withConvention = await fixtures.project(admin, { cooperationId: cooperation.id });
      const first = await api.graphql<{ changeProjectStatus: { status: string } }>(CHANGE_STATUS, { input: { projectId: withConvention.id, status: 'PROGRAMMED' } }, admin);
      expect(first.data?.changeProjectStatus.status).toBe('PROGRAMMED');

      const withDeliberation = await fixtures.project(admin);
      const deliberation = await fixtures.deliberation(admin, { projects: [{ projectId: withDeliberation.id, amount: '1000' }] });
      await fixtures.changeDeliberationStatus(admin, deliberation.id, 'SCHEDULED');
      await fixtures.changeDeliberationStatus(admin, deliberation.id, 'VOTED');
      const second = await api.graphql<{ changeProjectStatus: { status: string } }>(CHANGE_STATUS, { input: { projectId: withDeliberation.id, status: 'PROGRAMMED' } }, admin);
      expect(second.data?.changeProjectStatus.status).toBe('PROGRAMMED');
    });
  });

  describe('lists', () => {
    let listAdmin: TestSession;

    beforeAll(async () => {
      listAdmin = await api.signUp();
      await fixtures.project(listAdmin, { code: 'A-PL', title: 'Jumelage avec Łódź', countryCodes: ['PL'], actionKind: 'TWINNING', thematicDomains: ['CULTURE'], sectors: [{ sectorCode: '16061', percentage: '100' }], plannedStart: '2024-01-01', plannedEnd: '2024-12-31' });
      await fixtures.project(listAdmin, { code: 'B-VN', title: 'Transports urbains à Hué', countryCodes: ['VN'], thematicDomains: ['URBAN_TRANSPORT'], sectors: [{ sectorCode: '21020', percentage: '100' }], engagementMode: 'INDIRECT', plannedStart: '2025-06-01', plannedEnd: null });
      await fixtures.project(listAdmin, { code: 'C-BF', title: 'Assainissement à Bobo', countryCodes: ['BF'], plannedStart: '2026-01-01', plannedEnd: '2027-12-31' });
    });

    async function codes(variables: Record<string, unknown>): Promise<string[]> {
      const response = await api.graphql<{ projects: { edges: { node: { code: string } }[] } }>(
        'query L($filter: ProjectFilter, $sort: ProjectSort, $first: Int!, $after: String) { projects(filter: $filter, sort: $sort, first: $first, after: $after) { edges { node { code } } } }',
        { first: 50, ...variables },
        listAdmin,
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.projects.edges.map((edge) => edge.node.code);
    }

    it.each([
      [{ countryCodes: ['VN'] }, ['B-VN']],
      [{ thematicDomains: ['CULTURE'] }, ['A-PL']],
      [{ engagementModes: ['INDIRECT'] }, ['B-VN']],
      [{ text: 'bobo' }, ['C-BF']],
      [{ year: 2024 }, ['A-PL']],
      [{ year: 2026 }, ['B-VN', 'C-BF']],
      [{ statuses: ['IDENTIFICATION'] }, ['A-PL', 'B-VN', 'C-BF']],
    ])('filters %j', async (filter, expected) => {
      expect((await codes({ filter, sort: { field: 'CODE', direction: 'ASC' } })).sort()).toEqual(expected);
    });

    it('sorts and pages with a cursor', async () => {
      expect(await codes({ sort: { field: 'TITLE', direction: 'ASC' } })).toEqual(['C-BF', 'A-PL', 'B-VN']);
      const page1 = await api.graphql<{ projects: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: { code: string } }[] } }>(
        'query { projects(first: 2, sort: { field: CODE, direction: DESC }) { pageInfo { endCursor hasNextPage } edges { node { code } } } }',
        {},
        listAdmin,
      );
      expect(page1.data!.projects.edges.map((edge) => edge.node.code)).toEqual(['C-BF', 'B-VN']);
      expect(await codes({ first: 2, after: page1.data!.projects.pageInfo.endCursor, sort: { field: 'CODE', direction: 'DESC' } })).toEqual(['A-PL']);
    });
  });

  it('shows an evaluator only the projects of whose team they are part', async () => {
    const lead = await api.signUp();
    const evaluator = await api.addMember(lead, 'EVALUATOR', invitationSecretFromOutbox);
    const assigned = await fixtures.project(lead, { code: 'EVAL-1', team: [{ userId: evaluator.userId, role: 'EVALUATOR' }] });
    const other = await fixtures.project(lead, { code: 'EVAL-2' });
    const list = await api.graphql<{ projects: { edges: { node: { id: string } }[] } }>('{ projects(first: 50) { edges { node { id } } } }', {}, evaluator);
    expect(list.data!.projects.edges.map((edge) => edge.node.id)).toEqual([assigned.id]);
    const direct = await api.graphql('query P($id: ID!) { project(id: $id) { id } }', { id: other.id }, evaluator);
    expect(direct.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const edit = await api.graphql(CHANGE_STATUS, { input: { projectId: assigned.id, status: 'DIAGNOSTIC' } }, evaluator);
    expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an elected referent read without editing, even with a forged mutation', async () => {
    const lead = await api.signUp();
    const referent = await api.addMember(lead, 'ELECTED_REFERENT', invitationSecretFromOutbox);
    const project = await fixtures.project(lead);
    const read = await api.graphql<{ project: { canEdit: boolean; allowedTransitions: string[] } }>(PROJECT, { id: project.id }, referent);
    expect(read.data!.project).toMatchObject({ canEdit: false, allowedTransitions: [] });
    const forged = await api.graphql('mutation U($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id } }', { id: project.id, input: { ...BASE, code: 'X-1' } }, referent);
    expect(forged.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reads a page of 50 projects with their lists, or a whole project page, in one transaction of four statements', async () => {
    const lead = await api.signUp();
    const technician = await api.addMember(lead, 'TECHNICIAN', invitationSecretFromOutbox);
    const query = '{ projects(first: 50) { totalCount edges { node { code countries { name } thematicDomains sectors { sectorCode } team { displayName } participants { collectivityName } leadName canEdit } } } }';
    const counter = api.app.get(QueryCounter);
    async function statementsFor(): Promise<{ statements: number; projects: number }> {
      const before = counter.total;
      const response = await api.graphql<{ projects: { totalCount: number } }>(query, {}, lead);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      // The loaders' shared read transaction may send its COMMIT after the response: wait until the count settles.
      for (let settled = -1; settled !== counter.total; ) {
        settled = counter.total;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      return { statements: counter.total - before, projects: response.data!.projects.totalCount };
    }
    for (let index = 0; index < 5; index++) await fixtures.project(lead, { team: [{ userId: technician.userId, role: 'TECHNICIAN_IN_CHARGE' }] });
    const few = await statementsFor();
    for (let index = 0; index < 45; index++) await fixtures.project(lead, { team: [{ userId: technician.userId, role: 'TECHNICIAN_IN_CHARGE' }] });
    const many = await statementsFor();
    expect([few.projects, many.projects]).toEqual([5, 50]);
    // BEGIN, the session check (which writes the settings), the page with its total and lists, COMMIT.
    expect([few.statements, many.statements]).toEqual([4, 4]);

    const [first] = (await api.graphql<{ projects: { edges: { node: { id: string } }[] } }>('{ projects(first: 1) { edges { node { id } } } }', {}, lead)).data!.projects.edges;
    const before = counter.total;
    const page = await api.graphql<{ project: { team: unknown[]; deliberationCoverage: unknown } }>(
      'query P($id: ID!) { project(id: $id) { code cooperationName sectors { sectorCode } sdgs { goal } countries { name } places { name } organisations { name } team { displayName } participants { collectivityName contributions { year } canRevoke } leadName myParticipationRole statusHistory { toStatus } deliberationCoverage { state years { year } } } }',
      { id: first.node.id },
      lead,
    );
    expect(page.data!.project.team).toHaveLength(1);
    expect(counter.total - before).toBe(4);
  });
});

describe('audit journal seen by an evaluator', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    api = await ApiTestClient.start();
  });
  afterAll(() => api.close());

  it('shows the events of the projects they evaluate, not of the others nor of people’s sessions', async () => {
    const fixtures = new CooperationFixtures(api);
    const lead = await api.signUp();
    const evaluator = await api.addMember(lead, 'EVALUATOR', invitationSecretFromOutbox);
    const assigned = await fixtures.project(lead, { team: [{ userId: evaluator.userId, role: 'EVALUATOR' }] });
    const hidden = await fixtures.project(lead);
    const journal = await api.graphql<{ auditEvents: { edges: { node: { entity: string; entityId: string } }[] } }>(
      '{ auditEvents(first: 100) { edges { node { entity entityId } } } }',
      {},
      evaluator,
    );
    const events = journal.data!.auditEvents.edges.map((edge) => edge.node);
    expect(events).toContainEqual({ entity: 'Project', entityId: assigned.id });
    expect(events.map((event) => event.entityId)).not.toContain(hidden.id);
    expect(events.filter((event) => ['Session', 'User', 'Invitation'].includes(event.entity))).toEqual([]);

    const adminJournal = await api.graphql<{ auditEvents: { edges: { node: { entityId: string } }[] } }>('{ auditEvents(first: 100) { edges { node { entityId } } } }', {}, lead);
    expect(adminJournal.data!.auditEvents.edges.map((edge) => edge.node.entityId)).toContain(hidden.id);
  });
});
