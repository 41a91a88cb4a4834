import { ApiTestClient, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures, tenantSiren } from '../../../test/cooperation-fixtures';
import { invitationSecretFromOutbox, withOwnerClient } from '../../../test/owner-database';

const DELETE = 'mutation D($id: ID!) { deleteProject(id: $id) }';
const PROJECT = 'query P($id: ID!) { project(id: $id) { id status canDelete canEdit } }';
const CHANGE_STATUS = 'mutation S($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { id status } }';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('note de cadrage\n%%EOF\n')]);

function pdfUpload(projectId: string): { body: Buffer; contentType: string } {
  const boundary = `----passerelles${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nPROJECT\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${projectId}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cadrage.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('deleting a project', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;
  let admin: TestSession;
  let technician: TestSession;
  let referent: TestSession;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    fixtures = new CooperationFixtures(api);
    admin = await api.signUp();
    technician = await api.addMember(admin, 'TECHNICIAN', invitationSecretFromOutbox);
    referent = await api.addMember(admin, 'ELECTED_REFERENT', invitationSecretFromOutbox);
  });
  afterAll(() => api.close());

  async function canDelete(id: string, session = admin): Promise<boolean | undefined> {
    return (await api.graphql<{ project: { canDelete: boolean } }>(PROJECT, { id }, session)).data?.project.canDelete;
  }

  it('deletes a project in identification with nothing attached, with its description, and audits it', async () => {
    const organisation = await fixtures.organisation(admin);
    const project = await fixtures.project(technician, { title: 'Projet saisi par erreur', organisations: [{ organisationId: organisation.id, iatiRole: 4 }], places: [{ name: 'Koudougou', countryCode: 'BF' }], team: [{ userId: technician.userId, role: 'TECHNICIAN_IN_CHARGE' }] });
    expect(await canDelete(project.id, technician)).toBe(true);

    const deleted = await api.graphql<{ deleteProject: string }>(DELETE, { id: project.id }, technician);
    expect(deleted.data).toEqual({ deleteProject: project.id });
    expect((await api.graphql(PROJECT, { id: project.id }, admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const left = await withOwnerClient(async (client) => {
      const tables = ['project_sectors', 'project_sdgs', 'project_countries', 'project_places', 'project_organisations', 'project_team_members', 'project_participations', 'project_status_changes'];
      const counts: Record<string, number> = {};
      for (const table of tables) counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE project_id = $1`, [project.id])).rows[0].n);
      return counts;
    });
    expect(left).toEqual(Object.fromEntries(Object.keys(left).map((table) => [table, 0])));

    const audit = await api.graphql<{ auditEvents: { edges: { node: { action: string; actorId: string; before: { title: string } } }[] } }>(
      'query A($id: String) { auditEvents(entity: "Project", entityId: $id, first: 5) { edges { node { action actorId before } } } }',
      { id: project.id },
      admin,
    );
    expect(audit.data!.auditEvents.edges[0].node).toMatchObject({ action: 'DELETE', actorId: technician.userId, before: { title: 'Projet saisi par erreur' } });
  });

  it.each<[string, (projectId: string) => Promise<unknown>, string]>([
    [
      'has moved through the lifecycle (even back to identification)',
      async (projectId) => {
        await api.graphql(CHANGE_STATUS, { input: { projectId, status: 'DIAGNOSTIC' } }, admin);
        await api.graphql(CHANGE_STATUS, { input: { projectId, status: 'IDENTIFICATION' } }, admin);
      },
      "il a déjà un historique d'étapes",
    ],
    ['is covered by a deliberation', (projectId) => fixtures.deliberation(admin, { projects: [{ projectId, amount: '1000' }] }), 'il a déjà une délibération'],
    [
      'holds a document',
      (projectId) => {
        const { body, contentType } = pdfUpload(projectId);
        return api.app.inject({ method: 'POST', url: '/documents', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': contentType }, payload: body });
      },
      'il a déjà des documents',
    ],
    [
      'has invited another collectivité, even one that declined',
      async (projectId) => {
        const other = await api.signUp();
        const invitation = await fixtures.inviteToProject(admin, projectId, await tenantSiren(api, other));
        await fixtures.respond(other, invitation.id, false);
      },
      "il a déjà d'autres collectivités invitées ou participantes",
    ],
  ])('refuses to delete a project that %s, and says to cancel it', async (_label, attach, attached) => {
    const project = await fixtures.project(admin);
    await attach(project.id);
    expect(await canDelete(project.id)).toBe(false);
    const refused = await api.graphql(DELETE, { id: project.id }, admin);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROJECT_HAS_ATTACHMENTS' });
    expect(refused.errors?.[0].message).toContain(attached);
    expect(refused.errors?.[0].message).toContain('Annulez-le plutôt (étape « Annulé »)');
    expect((await api.graphql<{ project: { id: string } }>(PROJECT, { id: project.id }, admin)).data?.project.id).toBe(project.id);
  });

  it('refuses a project past identification, and a cancelled one', async () => {
    const project = await fixtures.project(admin);
    await api.graphql(CHANGE_STATUS, { input: { projectId: project.id, status: 'DIAGNOSTIC' } }, admin);
    expect(await canDelete(project.id)).toBe(false);
    const refused = await api.graphql(DELETE, { id: project.id }, admin);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROJECT_NOT_IN_IDENTIFICATION' });
    expect(refused.errors?.[0].message).toMatch(/Annulez plutôt celui-ci \(étape « Annulé »\)/);

    await api.graphql(CHANGE_STATUS, { input: { projectId: project.id, status: 'CANCELLED' } }, admin);
    const cancelled = await api.graphql(DELETE, { id: project.id }, admin);
    expect(cancelled.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROJECT_NOT_IN_IDENTIFICATION' });
  });

  it('is offered to the lead’s editors only', async () => {
    const project = await fixtures.project(admin);
    expect(await canDelete(project.id, referent)).toBe(false);
    expect((await api.graphql(DELETE, { id: project.id }, referent)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const shared = await fixtures.project(admin, { engagementMode: 'MUTUALISED' });
    const partner = await api.signUp();
    const invitation = await fixtures.inviteToProject(admin, shared.id, await tenantSiren(api, partner));
    await fixtures.respond(partner, invitation.id, true);
    expect(await canDelete(shared.id, partner)).toBe(false);
    expect((await api.graphql(DELETE, { id: shared.id }, partner)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PROJECT_NOT_LEAD' });
    expect(await canDelete(project.id, admin)).toBe(true);
  });

  it('computes canDelete for a whole page of projects', async () => {
    const owner = await api.signUp();
    const kept = await fixtures.project(owner, { title: 'Avec historique' });
    await api.graphql(CHANGE_STATUS, { input: { projectId: kept.id, status: 'DIAGNOSTIC' } }, owner);
    const bare = await fixtures.project(owner, { title: 'Vierge' });
    const list = await api.graphql<{ projects: { edges: { node: { id: string; canDelete: boolean } }[] } }>('{ projects(first: 20) { edges { node { id canDelete } } } }', {}, owner);
    expect(Object.fromEntries(list.data!.projects.edges.map((edge) => [edge.node.id, edge.node.canDelete]))).toEqual({ [kept.id]: false, [bare.id]: true });
  });
});
