import { ACCEPT, ApiTestClient, DEFAULT_PASSWORD, INVITE, sessionFrom, type TestSession } from '../../../test/api-test-client';
import { invitationSecretFromOutbox, withOwnerClient } from '../../../test/owner-database';
import { uniqueEmail } from '../../../test/test-environment';

const PREVIEW = 'query Preview($token: String!) { invitationPreview(token: $token) { tenantName email role accountExists } }';

describe('invitations', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    api = await ApiTestClient.start();
  });
  afterAll(() => api.close());

  async function invite(admin: TestSession, email = uniqueEmail('invitee'), role = 'TECHNICIAN') {
    const response = await api.graphql<{ inviteMember: { id: string; email: string; status: string; emailStatus: string } }>(INVITE, { input: { email, role } }, admin);
    expect(response.errors).toBeUndefined();
    const invitation = response.data!.inviteMember;
    return { invitation, email, token: await invitationSecretFromOutbox(invitation.id) };
  }

  it('writes the invitation and its French e-mail to the outbox in one transaction', async () => {
    const admin = await api.signUp({ tenantName: 'Commune de Plouguerneau' });
    const { invitation, token } = await invite(admin);
    expect(invitation).toMatchObject({ status: 'PENDING', emailStatus: 'PENDING' });
    const delivery = await withOwnerClient(async (client) => (await client.query('SELECT subject, html_body, recipient FROM email_deliveries WHERE idempotency_key = $1', [`invitation:${invitation.id}`])).rows[0]);
    expect(delivery.subject).toBe('Invitation à rejoindre Commune de Plouguerneau sur Passerelles');
    expect(delivery.html_body).toContain(`http://web.test/invitation#${token}`);
    // Only the hash of the secret is kept on the invitation itself.
    const stored = await withOwnerClient(async (client) => (await client.query('SELECT token_hash FROM invitations WHERE id = $1', [invitation.id])).rows[0].token_hash);
    expect(stored).not.toContain(token);
  });

  it('lets a new person preview, then accept with a name and a password, and opens their session', async () => {
    const admin = await api.signUp({ tenantName: 'Métropole de test' });
    const { token, email } = await invite(admin, uniqueEmail('new'), 'EVALUATOR');
    const preview = await api.graphql<{ invitationPreview: { tenantName: string; role: string; accountExists: boolean } }>(PREVIEW, { token });
    expect(preview.data?.invitationPreview).toEqual({ tenantName: 'Métropole de test', email, role: 'EVALUATOR', accountExists: false });

    const accepted = await api.graphql<{ acceptInvitation: { role: string; currentTenant: { id: string } } }>(ACCEPT, { input: { token, name: 'Évaluatrice Externe', password: DEFAULT_PASSWORD } });
    expect(accepted.data?.acceptInvitation).toMatchObject({ role: 'EVALUATOR', currentTenant: { id: admin.tenantId } });
    expect(accepted.setCookie.join()).toContain('pst_session=');
  });

  it('refuses a reused invitation', async () => {
    const admin = await api.signUp();
    const { token } = await invite(admin);
    await api.graphql(ACCEPT, { input: { token, name: 'Première fois', password: DEFAULT_PASSWORD } });
    const again = await api.graphql(ACCEPT, { input: { token, name: 'Deuxième fois', password: DEFAULT_PASSWORD } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_ALREADY_USED' });
  });

  it('refuses an expired invitation with its date, and writes nothing', async () => {
    const admin = await api.signUp();
    const { token, invitation, email } = await invite(admin);
    await withOwnerClient((client) => client.query("UPDATE invitations SET expires_at = now() - interval '1 day' WHERE id = $1", [invitation.id]));
    const response = await api.graphql(ACCEPT, { input: { token, name: 'Trop tard', password: DEFAULT_PASSWORD } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_EXPIRED' });
    expect(response.errors?.[0].message).toMatch(/^Cette invitation a expiré le \d{1,2} \S+ \d{4}/);
    const users = await withOwnerClient(async (client) => (await client.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email])).rows[0].n);
    expect(users).toBe(0);
  });

  it('answers NOT_FOUND for an unknown token and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await api.graphql(PREVIEW, { token: 'A'.repeat(43) });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await api.graphql(PREVIEW, { token: 'abc' });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('asks a new person for a name and a strong password', async () => {
    const admin = await api.signUp();
    const { token } = await invite(admin);
    const noName = await api.graphql(ACCEPT, { input: { token, password: DEFAULT_PASSWORD } });
    expect(noName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NAME_REQUIRED' });
    const weak = await api.graphql(ACCEPT, { input: { token, name: 'Jean Test', password: 'court' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
  });

  it('lets a person of another collectivité join with their password, then switch between both', async () => {
    const lead = await api.signUp({ tenantName: 'Département A' });
    const other = await api.signUp({ tenantName: 'Commune B' });
    const { token } = await invite(lead, other.email, 'EVALUATOR');
    const preview = await api.graphql<{ invitationPreview: { accountExists: boolean } }>(PREVIEW, { token });
    expect(preview.data?.invitationPreview.accountExists).toBe(true);

    const wrong = await api.graphql(ACCEPT, { input: { token, password: 'pas son mot de passe' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const accepted = await api.graphql<{ acceptInvitation: never }>(ACCEPT, { input: { token, password: DEFAULT_PASSWORD } });
    const session = sessionFrom(accepted as never, 'acceptInvitation', other.email, DEFAULT_PASSWORD);
    expect(session.tenantId).toBe(lead.tenantId);

    const viewer = await api.graphql<{ viewer: { role: string; memberships: { role: string; tenant: { name: string } }[] } }>(
      '{ viewer { role memberships { role tenant { name } } } }',
      {},
      session,
    );
    expect(viewer.data?.viewer.memberships).toEqual([
      { role: 'ADMIN', tenant: { name: 'Commune B' } },
      { role: 'EVALUATOR', tenant: { name: 'Département A' } },
    ]);

    const switched = await api.graphql<{ switchTenant: { role: string; currentTenant: { name: string } } }>(
      'mutation Switch($id: ID!) { switchTenant(tenantId: $id) { role currentTenant { name } } }',
      { id: other.tenantId },
      session,
    );
    expect(switched.data?.switchTenant).toEqual({ role: 'ADMIN', currentTenant: { name: 'Commune B' } });
    const members = await api.graphql<{ members: { totalCount: number } }>('{ members { totalCount } }', {}, session);
    expect(members.data?.members.totalCount).toBe(1);
  });

  it('refuses to invite an existing member', async () => {
    const admin = await api.signUp();
    const response = await api.graphql(INVITE, { input: { email: admin.email, role: 'TECHNICIAN' } }, admin);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
  });

  it('resends with a new link that replaces the old one, and revokes', async () => {
    const admin = await api.signUp();
    const { invitation, token: oldToken } = await invite(admin);
    const resent = await api.graphql<{ resendInvitation: { id: string } }>('mutation R($id: ID!) { resendInvitation(id: $id) { id } }', { id: invitation.id }, admin);
    const newToken = await invitationSecretFromOutbox(resent.data!.resendInvitation.id);
    expect((await api.graphql(PREVIEW, { token: oldToken })).errors?.[0].extensions?.reason).toBe('INVITATION_REVOKED');
    expect((await api.graphql(PREVIEW, { token: newToken })).errors).toBeUndefined();

    const revoked = await api.graphql<{ revokeInvitation: { status: string } }>('mutation V($id: ID!) { revokeInvitation(id: $id) { status } }', { id: resent.data!.resendInvitation.id }, admin);
    expect(revoked.data?.revokeInvitation.status).toBe('REVOKED');
    expect((await api.graphql(PREVIEW, { token: newToken })).errors?.[0].extensions?.reason).toBe('INVITATION_REVOKED');
    const pending = await api.graphql<{ pendingInvitations: unknown[] }>('{ pendingInvitations { id } }', {}, admin);
    expect(pending.data?.pendingInvitations).toEqual([]);
  });

  it('is reserved to administrators', async () => {
    const admin = await api.signUp();
    const technician = await api.addMember(admin, 'TECHNICIAN', invitationSecretFromOutbox);
    const response = await api.graphql(INVITE, { input: { email: uniqueEmail('x'), role: 'ADMIN' } }, technician);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
  });
});
