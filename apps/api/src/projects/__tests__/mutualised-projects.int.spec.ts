import { ApiTestClient } from '../../../test/api-test-client';
import { CooperationFixtures, tenantSiren } from '../../../test/cooperation-fixtures';
import { invitationSecretFromOutbox } from '../../../test/owner-database';

const INVITE = 'mutation I($input: InviteToProjectInput!) { inviteCollectivityToProject(input: $input) { id status role } }';
const PROJECT = 'query P($id: ID!) { project(id: $id) { title isLead canEdit myParticipationRole leadName participants { collectivityName role status contribution contributions { year amount } } } }';
const CONTRIBUTION = 'mutation C($input: ParticipationContributionInput!) { setParticipationContribution(input: $input) { id contribution contributions { year amount } } }';

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
      input: { projectId: project.id, siren: await tenantSiren(api, partner), role: 'PARTNER', contributions: [{ year: 2026, amount: '10000' }, { year: 2027, amount: '5000' }] },
    }, lead);
    expect(invited.data!.inviteCollectivityToProject.status).toBe('INVITED');

    // Before accepting, the partner sees the invitation, not the project.
    const incoming = await api.graphql<{ projectInvitations: { projectTitle: string; leadName: string; contribution: string }[] }>(
      '{ projectInvitations { projectTitle leadName contribution contributions { year amount } } }',
      {},
      partner,
    );
    expect(incoming.data!.projectInvitations).toEqual([
      {
        projectTitle: 'Appui aux communes de Madagascar',
        leadName: 'Commune de Lannion',
        contribution: '15000.00',
        contributions: [
          { year: 2026, amount: '10000.00' },
          { year: 2027, amount: '5000.00' },
        ],
      },
    ]);
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
        { collectivityName: 'Commune de Lannion', role: 'LEAD', status: 'ACTIVE', contribution: null, contributions: [] },
        {
          collectivityName: 'Commune de Perros-Guirec',
          role: 'PARTNER',
          status: 'ACTIVE',
          contribution: '15000.00',
          contributions: [
            { year: 2026, amount: '10000.00' },
            { year: 2027, amount: '5000.00' },
          ],
        },
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
    const forgedContribution = await api.graphql(CONTRIBUTION, { input: { participationId: observerInvitation.id, year: 2025, amount: '5' } }, observer);
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

  it('lets a declined invitation be sent again, as a new participation that keeps the old one as history', async () => {
    const lead = await api.signUp();
    const other = await api.signUp();
    const project = await fixtures.project(lead);
    const first = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, other));
    const declined = await fixtures.respond(other, first.id, false);
    expect(declined.status).toBe('DECLINED');
    const again = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, other), 'OBSERVER');
    expect(again.id).not.toBe(first.id);
    const late = await api.graphql('mutation R($input: RespondToProjectInvitationInput!) { respondToProjectInvitation(input: $input) { id } }', {
      input: { participationId: first.id, accept: true },
    }, other);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_NOT_PENDING' });
    await fixtures.respond(other, again.id, true);
    const seen = await api.graphql<{ project: { myParticipationRole: string; participants: { role: string; status: string }[] } }>(PROJECT, { id: project.id }, lead);
    expect(seen.data!.project.participants.map((participant) => `${participant.role}:${participant.status}`).sort()).toEqual(['LEAD:ACTIVE', 'OBSERVER:ACTIVE', 'PARTNER:DECLINED']);
  });

  it('keeps contributions per year; a revoked or departed partner can no longer change its own, and both journals record each change', async () => {
    const lead = await api.signUp({ tenantName: 'Région chef de file' });
    const partner = await api.signUp({ tenantName: 'Commune contributrice' });
    const project = await fixtures.project(lead, { engagementMode: 'MUTUALISED' });
    const invitation = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, partner));
    await fixtures.respond(partner, invitation.id, true);

    const byPartner = await api.graphql<{ setParticipationContribution: { contribution: string; contributions: unknown[] } }>(CONTRIBUTION, { input: { participationId: invitation.id, year: 2026, amount: '2500' } }, partner);
    expect(byPartner.data!.setParticipationContribution).toMatchObject({
      contribution: '12500.00',
      contributions: [
        { year: 2025, amount: '10000.00' },
        { year: 2026, amount: '2500.00' },
      ],
    });
    const removed = await api.graphql<{ setParticipationContribution: { contributions: unknown[] } }>(CONTRIBUTION, { input: { participationId: invitation.id, year: 2025 } }, lead);
    expect(removed.data!.setParticipationContribution.contributions).toEqual([{ year: 2026, amount: '2500.00' }]);

    // The change is in the partner's journal and in the lead's, once each.
    const journal = async (session: typeof lead) =>
      (
        await api.graphql<{ auditEvents: { edges: { node: { action: string } }[] } }>('query A($id: String) { auditEvents(entityId: $id, first: 20) { edges { node { action } } } }', { id: invitation.id }, session)
      ).data!.auditEvents.edges.map((edge) => edge.node.action);
    expect(await journal(lead)).toEqual(['SET_CONTRIBUTION', 'SET_CONTRIBUTION', 'ACCEPT', 'INVITE']);
    expect(await journal(partner)).toEqual(['SET_CONTRIBUTION', 'SET_CONTRIBUTION', 'ACCEPT', 'INVITE']);

    const left = await api.graphql('mutation L($id: ID!) { leaveProject(participationId: $id) { status } }', { id: invitation.id }, partner);
    expect(left.errors).toBeUndefined();
    const afterLeaving = await api.graphql(CONTRIBUTION, { input: { participationId: invitation.id, year: 2026, amount: '1' } }, partner);
    expect(afterLeaving.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PARTICIPATION_NOT_ACTIVE' });
    const byLeadAfter = await api.graphql(CONTRIBUTION, { input: { participationId: invitation.id, year: 2026, amount: '1' } }, lead);
    expect(byLeadAfter.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PARTICIPATION_NOT_ACTIVE' });
    expect(await journal(lead)).toHaveLength(5);
  });

  it('tells each person what they may do with each participation', async () => {
    const lead = await api.signUp();
    const leadTechnician = await api.addMember(lead, 'TECHNICIAN', invitationSecretFromOutbox);
    const partner = await api.signUp();
    const project = await fixtures.project(lead, { engagementMode: 'MUTUALISED' });
    const invitation = await fixtures.inviteToProject(lead, project.id, await tenantSiren(api, partner));
    await fixtures.respond(partner, invitation.id, true);
    const rights = async (session: typeof lead) =>
      (
        await api.graphql<{ project: { participants: { role: string; canRevoke: boolean; canLeave: boolean; canSetContribution: boolean }[] } }>(
          'query P($id: ID!) { project(id: $id) { participants { role canRevoke canLeave canSetContribution } } }',
          { id: project.id },
          session,
        )
      ).data!.project.participants.find((participant) => participant.role === 'PARTNER');
    expect(await rights(lead)).toEqual({ role: 'PARTNER', canRevoke: true, canLeave: false, canSetContribution: true });
    expect(await rights(leadTechnician)).toEqual({ role: 'PARTNER', canRevoke: false, canLeave: false, canSetContribution: true });
    expect(await rights(partner)).toEqual({ role: 'PARTNER', canRevoke: false, canLeave: true, canSetContribution: true });
  });
});
