import { ApiTestClient } from '../../../test/api-test-client';
import { invitationSecretFromOutbox } from '../../../test/owner-database';

const MEMBERS = 'query M($first: Int!, $after: String) { members(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name role email } } } }';
const CHANGE_ROLE = 'mutation C($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }';
const REMOVE = 'mutation R($id: ID!) { removeMember(membershipId: $id) { id } }';

interface MembersPage {
  members: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; name: string; role: string; email: string } }[] };
}

describe('members', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    api = await ApiTestClient.start();
  });
  afterAll(() => api.close());

  it('lists the members of the collectivité page by page', async () => {
    const admin = await api.signUp();
    await api.addMember(admin, 'TECHNICIAN', invitationSecretFromOutbox);
    await api.addMember(admin, 'ELECTED_REFERENT', invitationSecretFromOutbox);

    const first = await api.graphql<MembersPage>(MEMBERS, { first: 2 }, admin);
    expect(first.data?.members.totalCount).toBe(3);
    expect(first.data?.members.edges.map((edge) => edge.node.role)).toEqual(['ADMIN', 'TECHNICIAN']);
    expect(first.data?.members.pageInfo.hasNextPage).toBe(true);

    const second = await api.graphql<MembersPage>(MEMBERS, { first: 2, after: first.data?.members.pageInfo.endCursor }, admin);
    expect(second.data?.members.edges.map((edge) => edge.node.role)).toEqual(['ELECTED_REFERENT']);
    expect(second.data?.members.pageInfo.hasNextPage).toBe(false);
  });

  it('rejects page sizes out of range and forged cursors', async () => {
    const admin = await api.signUp();
    const tooMany = await api.graphql(MEMBERS, { first: 101 }, admin);
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([{ field: 'first', message: 'La valeur doit être inférieure ou égale à 100.' }]);
    const forged = await api.graphql(MEMBERS, { first: 10, after: 'not-a-cursor' }, admin);
    expect(forged.errors?.[0].extensions?.fields).toEqual([{ field: 'after', message: 'Curseur de pagination invalide.' }]);
  });

  it('changes a role and keeps at least one administrator', async () => {
    const admin = await api.signUp();
    const technician = await api.addMember(admin, 'TECHNICIAN', invitationSecretFromOutbox);
    const list = await api.graphql<MembersPage>(MEMBERS, { first: 10 }, admin);
    const adminMembership = list.data!.members.edges.find((edge) => edge.node.role === 'ADMIN')!.node.id;
    const technicianMembership = list.data!.members.edges.find((edge) => edge.node.role === 'TECHNICIAN')!.node.id;

    const lastAdmin = await api.graphql(CHANGE_ROLE, { input: { membershipId: adminMembership, role: 'TECHNICIAN' } }, admin);
    expect(lastAdmin.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });

    const promoted = await api.graphql<{ changeMemberRole: { role: string } }>(CHANGE_ROLE, { input: { membershipId: technicianMembership, role: 'ADMIN' } }, admin);
    expect(promoted.data?.changeMemberRole.role).toBe('ADMIN');
    // The promoted person's open session takes the new role at once.
    const asNewAdmin = await api.graphql<{ pendingInvitations: unknown[] }>('{ pendingInvitations { id } }', {}, technician);
    expect(asNewAdmin.errors).toBeUndefined();
  });

  it('removes a member, whose session then stops working', async () => {
    const admin = await api.signUp();
    const referent = await api.addMember(admin, 'ELECTED_REFERENT', invitationSecretFromOutbox);
    const list = await api.graphql<MembersPage>(MEMBERS, { first: 10 }, admin);
    const membership = list.data!.members.edges.find((edge) => edge.node.role === 'ELECTED_REFERENT')!.node.id;

    expect((await api.graphql(REMOVE, { id: membership }, admin)).errors).toBeUndefined();
    const after = await api.graphql('{ members { totalCount } }', {}, referent);
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MEMBERSHIP_REVOKED' });
  });

  it('lets only administrators change roles; elected referents read', async () => {
    const admin = await api.signUp();
    const referent = await api.addMember(admin, 'ELECTED_REFERENT', invitationSecretFromOutbox);
    const list = await api.graphql<MembersPage>(MEMBERS, { first: 10 }, referent);
    expect(list.data?.members.totalCount).toBe(2);
    const forged = await api.graphql(CHANGE_ROLE, { input: { membershipId: list.data!.members.edges[0].node.id, role: 'EVALUATOR' } }, referent);
    expect(forged.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('writes every change to the audit trail, readable by admins with before and after', async () => {
    const admin = await api.signUp();
    await api.addMember(admin, 'TECHNICIAN', invitationSecretFromOutbox);
    const list = await api.graphql<MembersPage>(MEMBERS, { first: 10 }, admin);
    const technicianMembership = list.data!.members.edges.find((edge) => edge.node.role === 'TECHNICIAN')!.node.id;
    await api.graphql(CHANGE_ROLE, { input: { membershipId: technicianMembership, role: 'EVALUATOR' } }, admin);

    const audit = await api.graphql<{ auditEvents: { edges: { node: { action: string; actorName: string; before: { role: string }; after: { role: string } } }[] } }>(
      'query A($id: String) { auditEvents(entity: "Membership", entityId: $id, first: 10) { edges { node { action actorName before after } } } }',
      { id: technicianMembership },
      admin,
    );
    expect(audit.data?.auditEvents.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ action: 'CHANGE_ROLE', actorName: 'Admin de test', before: expect.objectContaining({ role: 'TECHNICIAN' }), after: expect.objectContaining({ role: 'EVALUATOR' }) }),
      expect.objectContaining({ action: 'CREATE' }),
    ]);
  });
});
