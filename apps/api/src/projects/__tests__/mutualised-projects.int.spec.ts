import { ApiTestClient } from '../../../test/api-test-client';
import { CooperationFixtures, tenantSiren } from '../../../test/cooperation-fixtures';
import { invitationSecretFromOutbox } from '../../../test/owner-database';

const INVITE = 'mutation I($input: InviteToProjectInput!) { inviteCollectivityToProject(input: $input) { id status role } }';
const PROJECT = 'query P($id: ID!) { project(id: $id) { title isLead canEdit myParticipationRole leadName participants { collectivityName role status contribution } } }';

describe('mutualised projects', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    fixtures = new CooperationFixtures(api);
  });
  afterAll(() => api.close());

  it('lets the lead invite a collectivité by SIREN, whose admin accepts; its members then read the project by their own roles', async () => {
    const lead = await api.signUp({ tenantName: 'Commune de Lannion' });
    const partner = await api.signUp({ tenantName: 'Commune de Perros-Guirec' });
    const partnerTechnician = await api.addMember(partner, 'TECHNICIAN', invitationSecretFromOutbox);
    const project = await fixtures.project(lead, { engagementMode: 'MUTUALISED', title: 'Appui aux communes de Madagascar' });

    const invited = await api.graphql<{ inviteCollectivityToProject: { id: string; status: string } }>(INVITE, {
      input: { projectId: project.id, siren: await tenantSiren(api, partner), role: 'PARTNER', contribution: '15000' },
    }, lead);
    expect(invited.data!.inviteCollectivityToProject.status).toBe('INVITED');

    // Before accepting, the partner sees the invitation, not the project.
    const incoming = await api.graphql<{ projectInvitations: { projectTitle: string; leadName: string; contribution: string }[] }>(
      '{ projectInvitations { projectTitle leadName contribution } }',
      {},
      partner,
    );
    expect(incoming.data!.projectInvitations).toEqual([{ projectTitle: 'Appui aux communes de Madagascar', leadName: 'Commune de Lannion', contribution: '15000.00' }]);
    expect((await api.graphql(PROJECT, { id: project.id }, partnerTechnician)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Only an administrator answers for the collectivité.
    const byTechnician = await api.graphql('mutation R($input: RespondToProjectInvitationInput!) { respondToProjectInvitation(input: $input) { id } }', {
      input: { participationId: invited.data!.inviteCollectivityToProject.id, accept: true },
    }, partnerTechnician);
    expect(byTechnician.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await fixtures.respond(partner, invited.data!.inviteCollectivityToProject.id, true);

    const seen = await api.graphql<{ project: Record<string, unknown> }>(PROJECT, { id: project.id }, partnerTechnician);
    expect(seen.data!.project).toMatchObject({
      title: 'Appui aux communes de Madagascar',
      isLead: false,
      canEdit: false,
      myParticipationRole: 'PARTNER',
      leadName: 'Commune de Lannion',
      participants: expect.arrayContaining([
        { collectivityName: 'Commune de Lannion', role: 'LEAD', status: 'ACTIVE', contribution: null },
        { collectivityName: 'Commune de Perros-Guirec', role: 'PARTNER', status: 'ACTIVE', contribution: '15000.00' },
      ]),
    });
    const list = await api.graphql<{ projects: { edges: { node: { title: string } }[] } }>('{ projects(first: 10, filter: { scope: SHARED }) { edges { node { title } } } }', {}, partnerTechnician);
    expect(list.data!.projects.edges.map((edge) => edge.node.title)).toEqual(['Appui aux communes de Madagascar']);
  });

  it('lists three communes to each other on a shared project', async () => {
    const lead = await api.signUp({ tenantName: 'Commune A' });
    const second = await api.signUp({ tenantName: 'Commune B' });
    const third = await api.signUp({ tenantName: 'Commune C' });
    const project = await fixtures.project(lead, { engagementMode: 'MUTUALISED' });
    for (const participant of [second, third]) {
      const invitation = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, participant));
      await fixtures.respond(participant, invitation.id, true);
    }
    const seenByThird = await api.graphql<{ project: { participants: { collectivityName: string }[] } }>(PROJECT, { id: project.id }, third);
    expect(seenByThird.data!.project.participants.map((participant) => participant.collectivityName).sort()).toEqual(['Commune A', 'Commune B', 'Commune C']);
  });

  it('never lets an observer edit, and lets the lead revoke and a partner leave', async () => {
    const lead = await api.signUp();
    const observer = await api.signUp();
    const partner = await api.signUp();
    const project = await fixtures.project(lead, { engagementMode: 'MUTUALISED' });
    const observerInvitation = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, observer), 'OBSERVER');
    await fixtures.respond(observer, observerInvitation.id, true);
    const partnerInvitation = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, partner));
    await fixtures.respond(partner, partnerInvitation.id, true);

    const observed = await api.graphql<{ project: { myParticipationRole: string; canEdit: boolean } }>(PROJECT, { id: project.id }, observer);
    expect(observed.data!.project).toMatchObject({ myParticipationRole: 'OBSERVER', canEdit: false });
    const forgedStatus = await api.graphql('mutation S($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { status } }', { input: { projectId: project.id, status: 'DIAGNOSTIC' } }, observer);
    expect(forgedStatus.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const forgedContribution = await api.graphql('mutation C($input: ParticipationContributionInput!) { setParticipationContribution(input: $input) { id } }', {
      input: { participationId: observerInvitation.id, contribution: '5' },
    }, observer);
    expect(forgedContribution.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PROJECT_OBSERVER' });

    const revoked = await api.graphql<{ revokeProjectParticipation: { status: string } }>('mutation R($id: ID!) { revokeProjectParticipation(participationId: $id) { status } }', { id: observerInvitation.id }, lead);
    expect(revoked.data!.revokeProjectParticipation.status).toBe('REVOKED');
    expect((await api.graphql(PROJECT, { id: project.id }, observer)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const left = await api.graphql<{ leaveProject: { status: string } }>('mutation L($id: ID!) { leaveProject(participationId: $id) { status } }', { id: partnerInvitation.id }, partner);
    expect(left.data!.leaveProject.status).toBe('LEFT');
    expect((await api.graphql(PROJECT, { id: project.id }, partner)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an invitation to oneself, to an unknown SIREN, twice, and by a non-lead', async () => {
    const lead = await api.signUp();
    const other = await api.signUp();
    const project = await fixtures.project(lead);
    const own = await api.graphql(INVITE, { input: { projectId: project.id, siren: await tenantSiren(api, lead), role: 'PARTNER' } }, lead);
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWN_COLLECTIVITY' });
    const unknown = await api.graphql(INVITE, { input: { projectId: project.id, siren: '732829320', role: 'PARTNER' } }, lead);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_SIREN' });
    expect(unknown.errors?.[0].message).toBe('Aucune collectivité inscrite sur Passerelles ne porte ce SIREN.');
    await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, other));
    const twice = await api.graphql(INVITE, { input: { projectId: project.id, siren: await tenantSiren(api, other), role: 'PARTNER' } }, lead);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_PARTICIPATING' });
    const malformed = await api.graphql(INVITE, { input: { projectId: project.id, siren: '12345', role: 'PARTNER' } }, lead);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets a declined invitation be sent again', async () => {
    const lead = await api.signUp();
    const other = await api.signUp();
    const project = await fixtures.project(lead);
    const first = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, other));
    const declined = await fixtures.respond(other, first.id, false);
    expect(declined.status).toBe('DECLINED');
    const again = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, other));
    expect(again).toEqual({ id: first.id, status: 'INVITED' });
    const answerTwice = await api.graphql('mutation R($input: RespondToProjectInvitationInput!) { respondToProjectInvitation(input: $input) { id } }', {
      input: { participationId: first.id, accept: true },
    }, other);
    expect(answerTwice.errors).toBeUndefined();
    const late = await api.graphql('mutation R($input: RespondToProjectInvitationInput!) { respondToProjectInvitation(input: $input) { id } }', {
      input: { participationId: first.id, accept: false },
    }, other);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_NOT_PENDING' });
  });
});
