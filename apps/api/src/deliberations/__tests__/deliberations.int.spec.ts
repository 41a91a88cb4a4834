import { ApiTestClient, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures, tenantSiren } from '../../../test/cooperation-fixtures';
import { invitationSecretFromOutbox } from '../../../test/owner-database';

const COVERAGE = 'query P($id: ID!) { project(id: $id) { deliberationCoverage { state planned covered missing years { year state planned covered missing } } } }';
const CHANGE = 'mutation S($input: ChangeDeliberationStatusInput!) { changeDeliberationStatus(input: $input) { id status } }';
const CORRECT = 'mutation C($input: CorrectDeliberationDateInput!) { correctDeliberationDate(input: $input) { id votedOn transmittedOn year } }';
const DETAIL = 'query D($id: ID!) { deliberation(id: $id) { number year status votedOn transmittedOn executoryOn endedOn endReason amount canEdit canCorrectDates allowedTransitions projects { projectId projectCode amount ownProject } } }';

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

  async function coverage(session: TestSession, projectId: string) {
    const response = await api.graphql<{ project: { deliberationCoverage: unknown } }>(COVERAGE, { id: projectId }, session);
    return response.data!.project.deliberationCoverage;
  }

  it('goes through the workflow, recording the date of each step, and ends by annulment with its reason', async () => {
    const deliberation = await fixtures.deliberation(admin);
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'SCHEDULED', null);
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'VOTED', '2025-02-10');
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'TRANSMITTED', '2025-02-12');
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'EXECUTORY', '2025-02-13');
    const executory = await api.graphql<{ deliberation: Record<string, unknown> }>(DETAIL, { id: deliberation.id }, admin);
    expect(executory.data!.deliberation).toMatchObject({
      status: 'EXECUTORY',
      year: 2025,
      votedOn: '2025-02-10',
      transmittedOn: '2025-02-12',
      executoryOn: '2025-02-13',
      canEdit: false,
      canCorrectDates: true,
      allowedTransitions: ['WITHDRAWN', 'ANNULLED', 'REPEALED'],
    });

    const withoutReason = await api.graphql(CHANGE, { input: { deliberationId: deliberation.id, status: 'ANNULLED', date: '2025-09-01' } }, admin);
    expect(withoutReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason' }] });
    const annulled = await api.graphql(CHANGE, { input: { deliberationId: deliberation.id, status: 'ANNULLED', date: '2025-09-01', reason: 'Jugement du tribunal administratif de Rennes n° 2503112' } }, admin);
    expect(annulled.errors).toBeUndefined();
    const after = await api.graphql<{ deliberation: Record<string, unknown> }>(DETAIL, { id: deliberation.id }, admin);
    expect(after.data!.deliberation).toMatchObject({ status: 'ANNULLED', endedOn: '2025-09-01', endReason: 'Jugement du tribunal administratif de Rennes n° 2503112', allowedTransitions: [] });
  });

  it('keeps dates in order and in the past on every step', async () => {
    const deliberation = await fixtures.deliberation(admin);
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'SCHEDULED', null);
    const future = await api.graphql(CHANGE, { input: { deliberationId: deliberation.id, status: 'VOTED', date: '2099-01-01' } }, admin);
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DELIBERATION_DATES_OUT_OF_ORDER', fields: [{ field: 'date' }] });
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'VOTED', '2025-03-10');
    const early = await api.graphql(CHANGE, { input: { deliberationId: deliberation.id, status: 'TRANSMITTED', date: '2025-03-01' } }, admin);
    expect(early.errors?.[0]).toMatchObject({ message: 'La date de transmission au préfet ne peut pas précéder la date du vote.', extensions: { fields: [{ field: 'date' }] } });
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'TRANSMITTED', '2025-03-12');
    const beforeTransmission = await api.graphql(CHANGE, { input: { deliberationId: deliberation.id, status: 'EXECUTORY', date: '2025-03-11' } }, admin);
    expect(beforeTransmission.errors?.[0].extensions).toMatchObject({ reason: 'DELIBERATION_DATES_OUT_OF_ORDER' });
  });

  it('corrects a mistaken date through a reasoned, audited correction that keeps the order', async () => {
    const deliberation = await fixtures.deliberation(admin, { number: 'CORR-1' });
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'SCHEDULED', null);
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'VOTED', '2024-12-19');
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'TRANSMITTED', '2025-01-06');
    const shortReason = await api.graphql(CORRECT, { input: { deliberationId: deliberation.id, field: 'votedOn', date: '2024-12-18', reason: 'erreur' } }, admin);
    expect(shortReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason' }] });
    const outOfOrder = await api.graphql(CORRECT, { input: { deliberationId: deliberation.id, field: 'votedOn', date: '2025-01-07', reason: 'Date relevée au registre des délibérations.' } }, admin);
    expect(outOfOrder.errors?.[0].extensions).toMatchObject({ reason: 'DELIBERATION_DATES_OUT_OF_ORDER', fields: [{ field: 'date' }] });
    const nothing = await api.graphql(CORRECT, { input: { deliberationId: deliberation.id, field: 'executoryOn', date: '2025-01-07', reason: 'Date relevée au registre des délibérations.' } }, admin);
    expect(nothing.errors?.[0].extensions).toMatchObject({ reason: 'NOTHING_TO_CORRECT' });

    // Voted on 18 December 2024 rather than 19: the year of the number stays 2024.
    const corrected = await api.graphql<{ correctDeliberationDate: unknown }>(
      CORRECT,
      { input: { deliberationId: deliberation.id, field: 'votedOn', date: '2024-12-18', reason: 'Date relevée au registre des délibérations.' } },
      admin,
    );
    expect(corrected.data!.correctDeliberationDate).toEqual({ id: deliberation.id, votedOn: '2024-12-18', transmittedOn: '2025-01-06', year: 2024 });
    const journal = await api.graphql<{ auditEvents: { edges: { node: { action: string; before: unknown; after: unknown } }[] } }>(
      'query A($id: String) { auditEvents(entityId: $id, first: 10) { edges { node { action before after } } } }',
      { id: deliberation.id },
      admin,
    );
    expect(journal.data!.auditEvents.edges[0].node).toEqual({ action: 'CORRECT_DATE', before: { votedOn: '2024-12-19' }, after: { votedOn: '2024-12-18', reason: 'Date relevée au registre des délibérations.' } });
  });

  it('refuses a forbidden transition, a missing date, and edits once voted', async () => {
    const deliberation = await fixtures.deliberation(admin);
    const jump = await api.graphql(CHANGE, { input: { deliberationId: deliberation.id, status: 'EXECUTORY', date: '2025-01-01' } }, admin);
    expect(jump.errors?.[0]).toMatchObject({ message: 'Une délibération en projet ne peut pas devenir exécutoire.', extensions: { code: 'BAD_USER_INPUT' } });
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'SCHEDULED', null);
    const noDate = await api.graphql(CHANGE, { input: { deliberationId: deliberation.id, status: 'VOTED' } }, admin);
    expect(noDate.errors?.[0].extensions).toMatchObject({ reason: 'DATE_REQUIRED' });
    await fixtures.changeDeliberationStatus(admin, deliberation.id, 'VOTED', '2025-03-01');
    const edit = await api.graphql('mutation U($id: ID!, $input: DeliberationInput!) { updateDeliberation(id: $id, input: $input) { id } }', {
      id: deliberation.id,
      input: { number: 'X-1', title: 'Changée', assembly: 'BUREAU', object: 'GRANT' },
    }, admin);
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELIBERATION_LOCKED' });
  });

  it('numbers deliberations per year: a number is unique within its year only', async () => {
    await fixtures.deliberation(admin, { number: 'CM-042', sessionDate: '2025-06-12' });
    const sameYear = await api.graphql('mutation D($input: DeliberationInput!) { createDeliberation(input: $input) { id } }', {
      input: { number: 'CM-042', title: 'Doublon', assembly: 'MUNICIPAL_COUNCIL', object: 'GRANT', sessionDate: '2025-10-02' },
    }, admin);
    expect(sameYear.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELIBERATION_NUMBER_TAKEN', fields: [{ field: 'number' }] });
    const nextYear = await fixtures.deliberation(admin, { number: 'CM-042', sessionDate: '2026-01-15' });
    expect(nextYear.id).toBeDefined();
  });

  it('covers several projects with an amount each, once per project', async () => {
    const lead = await api.signUp();
    const projects = await Promise.all(['A', 'B', 'C'].map((code) => fixtures.project(lead, { code: `GRANT-${code}`, plannedBudget: '10000' })));
    const twice = await api.graphql('mutation D($input: DeliberationInput!) { createDeliberation(input: $input) { id } }', {
      input: { number: 'CP-12', title: 'Subventions', assembly: 'PERMANENT_COMMISSION', object: 'GRANT', projects: [{ projectId: projects[0].id, amount: '1' }, { projectId: projects[0].id, amount: '2' }] },
    }, lead);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'projects.1.projectId' }] });

    const grant = await fixtures.deliberation(lead, {
      number: 'CP-12',
      object: 'GRANT',
      projects: [
        { projectId: projects[0].id, amount: '10000' },
        { projectId: projects[1].id, amount: '4000' },
        { projectId: projects[2].id, amount: '2500.50' },
      ],
    });
    await fixtures.makeExecutory(lead, grant.id);
    const detail = await api.graphql<{ deliberation: { amount: string; projects: { projectCode: string; amount: string; ownProject: boolean }[] } }>(DETAIL, { id: grant.id }, lead);
    expect(detail.data!.deliberation.amount).toBe('16500.50');
    expect(detail.data!.deliberation.projects.map((link) => [link.projectCode, link.amount, link.ownProject])).toEqual([
      ['GRANT-A', '10000.00', true],
      ['GRANT-B', '4000.00', true],
      ['GRANT-C', '2500.50', true],
    ]);
    expect(await coverage(lead, projects[0].id)).toMatchObject({ state: 'COVERED', covered: '10000.00' });
    expect(await coverage(lead, projects[1].id)).toMatchObject({ state: 'PARTIAL', covered: '4000.00', missing: '6000.00' });
    const byProject = await api.graphql<{ deliberations: { edges: { node: { number: string } }[] } }>('query Q($id: ID) { deliberations(projectId: $id, first: 10) { edges { node { number } } } }', { id: projects[2].id }, lead);
    expect(byProject.data!.deliberations.edges.map((edge) => edge.node.number)).toEqual(['CP-12']);
  });

  it("counts, year by year, only the collectivité's executory deliberations of that budget year against its own share", async () => {
    const lead = await api.signUp();
    const partner = await api.signUp({ tenantName: 'Commune partenaire' });
    const project = await fixtures.project(lead, { engagementMode: 'MUTUALISED', plannedBudget: '100000' });
    const invitation = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, partner));
    await fixtures.respond(partner, invitation.id, true);
    // The partner brings 10 000 € in 2025: the lead's own share is the other 90 000 € (no funding plan yet).
    expect(await coverage(lead, project.id)).toEqual({ state: 'UNCOVERED', planned: '90000.00', covered: '0.00', missing: '90000.00', years: [] });
    expect(await coverage(partner, project.id)).toEqual({
      state: 'UNCOVERED',
      planned: '10000.00',
      covered: '0.00',
      missing: '10000.00',
      years: [{ year: 2025, state: 'UNCOVERED', planned: '10000.00', covered: '0.00', missing: '10000.00' }],
    });

    // The partner covers 2025 with its own deliberation; one of the wrong budget year does not count for 2025.
    const own = await fixtures.deliberation(partner, { number: 'P-1', budgetYear: 2025, projects: [{ projectId: project.id, amount: '10000' }] });
    await fixtures.makeExecutory(partner, own.id);
    const wrongYear = await fixtures.deliberation(partner, { number: 'P-2', budgetYear: 2026, projects: [{ projectId: project.id, amount: '5000' }] });
    await fixtures.makeExecutory(partner, wrongYear.id);
    expect(await coverage(partner, project.id)).toEqual({
      state: 'COVERED',
      planned: '10000.00',
      covered: '10000.00',
      missing: null,
      years: [
        { year: 2025, state: 'COVERED', planned: '10000.00', covered: '10000.00', missing: null },
        { year: 2026, state: 'NO_PLANNED_SPENDING', planned: null, covered: '5000.00', missing: null },
      ],
    });
    // The partner's deliberations never cover the lead's share, and the lead does not see them.
    expect(await coverage(lead, project.id)).toMatchObject({ state: 'UNCOVERED', covered: '0.00' });
    const leadList = await api.graphql<{ deliberations: { totalCount: number } }>('query Q($id: ID) { deliberations(projectId: $id, first: 10) { totalCount } }', { id: project.id }, lead);
    expect(leadList.data!.deliberations.totalCount).toBe(0);

    // The lead plans its own share per year: each year is covered on its own.
    const lines = await api.graphql<{ project: { participants: { id: string; role: string }[] } }>('query Q($id: ID!) { project(id: $id) { participants { id role } } }', { id: project.id }, lead);
    const leadParticipation = lines.data!.project.participants.find((participant) => participant.role === 'LEAD')!.id;
    for (const [year, amount] of [[2025, '60000'], [2026, '30000']] as const) {
      const set = await api.graphql('mutation M($input: ParticipationContributionInput!) { setParticipationContribution(input: $input) { id } }', { input: { participationId: leadParticipation, year, amount } }, lead);
      expect(set.errors).toBeUndefined();
    }
    const surplus2026 = await fixtures.deliberation(lead, { number: 'L-1', budgetYear: 2026, projects: [{ projectId: project.id, amount: '90000' }] });
    await fixtures.makeExecutory(lead, surplus2026.id);
    expect(await coverage(lead, project.id)).toEqual({
      state: 'PARTIAL',
      planned: '90000.00',
      covered: '30000.00',
      missing: '60000.00',
      years: [
        { year: 2025, state: 'UNCOVERED', planned: '60000.00', covered: '0.00', missing: '60000.00' },
        { year: 2026, state: 'COVERED', planned: '30000.00', covered: '90000.00', missing: null },
      ],
    });
  });

  it("shows an evaluator only the deliberations of the projects she evaluates, and only those projects' lines", async () => {
    const lead = await api.signUp();
    const evaluator = await api.addMember(lead, 'EVALUATOR', invitationSecretFromOutbox);
    const assigned = await fixtures.project(lead, { code: 'EVAL-1', team: [{ userId: evaluator.userId, role: 'EVALUATOR' }] });
    const other = await fixtures.project(lead, { code: 'EVAL-2' });
    const both = await fixtures.deliberation(lead, { number: 'E-1', projects: [{ projectId: assigned.id, amount: '100' }, { projectId: other.id, amount: '900' }] });
    const otherOnly = await fixtures.deliberation(lead, { number: 'E-2', projects: [{ projectId: other.id, amount: '500' }] });
    const budget = await fixtures.deliberation(lead, { number: 'E-3', object: 'BUDGET' });

    const list = await api.graphql<{ deliberations: { edges: { node: { number: string; amount: string; projects: { projectCode: string }[] } }[] } }>(
      '{ deliberations(first: 10) { edges { node { number amount projects { projectCode } } } } }',
      {},
      evaluator,
    );
    expect(list.data!.deliberations.edges.map((edge) => edge.node)).toEqual([{ number: 'E-1', amount: '100.00', projects: [{ projectCode: 'EVAL-1' }] }]);
    for (const hidden of [otherOnly.id, budget.id]) {
      const response = await api.graphql(DETAIL, { id: hidden }, evaluator);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(both.id).toBeDefined();
  });

  it('filters by status, project and year', async () => {
    const lead = await api.signUp();
    const project = await fixtures.project(lead);
    await fixtures.deliberation(lead, { number: 'F-1', projects: [{ projectId: project.id, amount: '1000' }], sessionDate: '2024-05-01' });
    await fixtures.deliberation(lead, { number: 'F-2', sessionDate: '2025-05-01' });
    const byProject = await api.graphql<{ deliberations: { edges: { node: { number: string } }[] } }>('query Q($id: ID) { deliberations(projectId: $id, first: 10) { edges { node { number } } } }', { id: project.id }, lead);
    expect(byProject.data!.deliberations.edges.map((edge) => edge.node.number)).toEqual(['F-1']);
    const byYear = await api.graphql<{ deliberations: { edges: { node: { number: string } }[] } }>('{ deliberations(year: 2025, statuses: [DRAFT], first: 10) { edges { node { number } } } }', {}, lead);
    expect(byYear.data!.deliberations.edges.map((edge) => edge.node.number)).toEqual(['F-2']);
  });
});
