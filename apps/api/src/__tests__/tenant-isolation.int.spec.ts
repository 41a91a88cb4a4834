import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { ApiTestClient, INVITE, type TestSession } from '../../test/api-test-client';
import { accountLinkSecretFromOutbox, invitationSecretFromOutbox, withOwnerClient } from '../../test/owner-database';
import { CooperationFixtures, tenantSiren } from '../../test/cooperation-fixtures';
import { testEnvironment, uniqueEmail } from '../../test/test-environment';
import { postDocument, uploadDocument } from '../../test/document-upload';

/**
 * Two collectivités, A and B. For every query and mutation of the schema, B must not reach A's data: A's ids
 * answer NOT_FOUND (never FORBIDDEN, which would confirm they exist), lists never show A's rows. A new query or
 * mutation without a case here fails the suite, and so does a new table without forced row-level security.
 */
interface World {
  a: TestSession;
  aTechnician: TestSession;
  b: TestSession;
  /** A partner of A's shared project: sees that project, nothing else of A. */
  c: TestSession;
  aTechnicianMembershipId: string;
  aInvitationId: string;
  aOrganisationId: string;
  aContactId: string;
  aCooperationId: string;
  aConventionId: string;
  aSignedConventionId: string;
  aProjectId: string;
  aSharedProjectId: string;
  aToCParticipationId: string;
  aDeliberationId: string;
  /** A file of A's shared project, not shared with its participants. */
  aDocumentId: string;
}

/** Asserts B gets NOT_FOUND (never FORBIDDEN: that would confirm the id exists elsewhere). */
async function expectNotFound(api: ApiTestClient, session: TestSession, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await api.graphql(query, variables, session);
  expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
}

async function expectBadReference(api: ApiTestClient, session: TestSession, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await api.graphql(query, variables, session);
  expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(response.errors?.[0]?.extensions?.code);
  expect(JSON.stringify(response.data ?? {})).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
}

const PROJECT_INPUT = {
  code: 'B-1',
  title: 'Projet de B',
  engagementMode: 'DIRECT',
  actionKind: 'TWINNING',
  sectors: [{ sectorCode: '15110', percentage: '100' }],
  countryCodes: ['PL'],
};
const CONVENTION_INPUT = {
  title: 'Convention pirate',
  startsOn: '2025-01-01',
  endsOn: '2026-01-01',
  objectives: 'Aucun',
  parties: [{ name: 'Xavier' }, { name: 'Yvette' }],
};

type IsolationCase = { check: (api: ApiTestClient, world: World) => Promise<void> } | { noForeignInput: string };

const ISOLATION_CASES: Record<string, IsolationCase> = {
  'Query.viewer': { noForeignInput: 'takes no argument; answers the session of the caller' },
  'Query.invitationPreview': { noForeignInput: 'public by design: the 43-character secret is the credential' },
  'Query.members': {
    check: async (api, { b, a }) => {
      const response = await api.graphql<{ members: { edges: { node: { email: string } }[] } }>('{ members(first: 100) { edges { node { email } } } }', {}, b);
      expect(response.data!.members.edges.map((edge) => edge.node.email)).not.toContain(a.email);
      expect(response.data!.members.edges).toHaveLength(1);
    },
  },
  'Query.pendingInvitations': {
    check: async (api, { b }) => {
      const response = await api.graphql<{ pendingInvitations: unknown[] }>('{ pendingInvitations { id } }', {}, b);
      expect(response.data!.pendingInvitations).toEqual([]);
    },
  },
  'Query.auditEvents': {
    check: async (api, { b, a }) => {
      const all = await api.graphql<{ auditEvents: { edges: { node: { actorId: string } }[] } }>('{ auditEvents(first: 100) { edges { node { actorId } } } }', {}, b);
      expect(all.data!.auditEvents.edges.map((edge) => edge.node.actorId)).not.toContain(a.userId);
      const byId = await api.graphql<{ auditEvents: { totalCount: number } }>('query Q($id: String) { auditEvents(entityId: $id, first: 10) { totalCount } }', { id: a.tenantId }, b);
      expect(byId.data!.auditEvents.totalCount).toBe(0);
    },
  },
  'Mutation.signUp': { noForeignInput: 'only sends an e-mail to the address given; answers true whether or not it has an account' },
  'Mutation.confirmSignUp': { noForeignInput: 'the secret of the e-mailed link is the credential; creates a new collectivité (a taken SIREN answers CONFLICT)' },
  'Mutation.requestPasswordReset': { noForeignInput: 'only sends an e-mail to the address given, if it has an account; always answers true' },
  'Mutation.resetPassword': { noForeignInput: "the secret of the e-mailed link is the credential; acts on that link's account only" },
  'Mutation.login': { noForeignInput: 'credentials only' },
  'Mutation.logout': { noForeignInput: "acts on the caller's own session" },
  'Mutation.acceptInvitation': { noForeignInput: 'the secret of the link is the credential' },
  'Mutation.switchTenant': {
    check: async (api, { b, a }) => {
      const response = await api.graphql('mutation S($id: ID!) { switchTenant(tenantId: $id) { role } }', { id: a.tenantId }, b);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    },
  },
  'Mutation.inviteMember': {
    check: async (api, { b, a }) => {
      // Inviting A's admin into B is legitimate (people belong to several collectivités) and must not touch A.
      const response = await api.graphql<{ inviteMember: { email: string } }>(INVITE, { input: { email: a.email, role: 'EVALUATOR' } }, b);
      expect(response.data!.inviteMember.email).toBe(a.email);
      const aPending = await api.graphql<{ pendingInvitations: { email: string }[] }>('{ pendingInvitations { email } }', {}, a);
      expect(aPending.data!.pendingInvitations.map((invitation) => invitation.email)).not.toContain(a.email);
    },
  },
  'Mutation.resendInvitation': {
    check: async (api, { b, aInvitationId }) => {
      const response = await api.graphql('mutation R($id: ID!) { resendInvitation(id: $id) { id } }', { id: aInvitationId }, b);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    },
  },
  'Mutation.revokeInvitation': {
    check: async (api, { b, aInvitationId }) => {
      const response = await api.graphql('mutation R($id: ID!) { revokeInvitation(id: $id) { id } }', { id: aInvitationId }, b);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    },
  },
  'Mutation.changeMemberRole': {
    check: async (api, { b, aTechnicianMembershipId }) => {
      const response = await api.graphql('mutation C($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }', { input: { membershipId: aTechnicianMembershipId, role: 'ADMIN' } }, b);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    },
  },
  'Mutation.removeMember': {
    check: async (api, { b, aTechnicianMembershipId }) => {
      const response = await api.graphql('mutation R($id: ID!) { removeMember(membershipId: $id) { id } }', { id: aTechnicianMembershipId }, b);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    },
  },
  'Query.tenantSettings': {
    check: async (api, { b, a }) => {
      const response = await api.graphql<{ tenantSettings: { tenant: { id: string } } }>('{ tenantSettings { tenant { id } } }', {}, b);
      expect(response.data!.tenantSettings.tenant.id).not.toBe(a.tenantId);
    },
  },
  'Query.findCollectivity': { noForeignInput: 'returns only the name and SIREN of a collectivité, public registry data, to invite it' },
  'Query.organisations': {
    check: async (api, { b }) => {
      const response = await api.graphql<{ organisations: { totalCount: number } }>('{ organisations(first: 100) { totalCount } }', {}, b);
      expect(response.data!.organisations.totalCount).toBe(0);
    },
  },
  'Query.organisation': { check: (api, w) => expectNotFound(api, w.b, 'query Q($id: ID!) { organisation(id: $id) { id } }', { id: w.aOrganisationId }) },
  'Query.cooperations': {
    check: async (api, { b, c }) => {
      for (const session of [b, c]) {
        const response = await api.graphql<{ cooperations: { totalCount: number } }>('{ cooperations(first: 100) { totalCount } }', {}, session);
        expect(response.data!.cooperations.totalCount).toBe(0);
      }
    },
  },
  'Query.cooperation': { check: (api, w) => expectNotFound(api, w.c, 'query Q($id: ID!) { cooperation(id: $id) { id } }', { id: w.aCooperationId }) },
  'Query.conventions': {
    check: async (api, { b }) => {
      const response = await api.graphql<{ conventions: { totalCount: number } }>('{ conventions(first: 100) { totalCount } }', {}, b);
      expect(response.data!.conventions.totalCount).toBe(0);
    },
  },
  'Query.convention': { check: (api, w) => expectNotFound(api, w.b, 'query Q($id: ID!) { convention(id: $id) { id } }', { id: w.aConventionId }) },
  'Query.projects': {
    check: async (api, { b, c, aSharedProjectId }) => {
      const none = await api.graphql<{ projects: { totalCount: number } }>('{ projects(first: 100) { totalCount } }', {}, b);
      expect(none.data!.projects.totalCount).toBe(0);
      const shared = await api.graphql<{ projects: { edges: { node: { id: string } }[] } }>('{ projects(first: 100) { edges { node { id } } } }', {}, c);
      expect(shared.data!.projects.edges.map((edge) => edge.node.id)).toEqual([aSharedProjectId]);
    },
  },
  'Query.project': {
    check: async (api, w) => {
      await expectNotFound(api, w.b, 'query Q($id: ID!) { project(id: $id) { id } }', { id: w.aSharedProjectId });
      await expectNotFound(api, w.c, 'query Q($id: ID!) { project(id: $id) { id } }', { id: w.aProjectId });
    },
  },
  'Query.projectInvitations': {
    check: async (api, { b }) => {
      const response = await api.graphql<{ projectInvitations: unknown[] }>('{ projectInvitations { id } }', {}, b);
      expect(response.data!.projectInvitations).toEqual([]);
    },
  },
  'Query.deliberations': {
    check: async (api, { b, c }) => {
      for (const session of [b, c]) {
        const response = await api.graphql<{ deliberations: { totalCount: number } }>('{ deliberations(first: 100) { totalCount } }', {}, session);
        expect(response.data!.deliberations.totalCount).toBe(0);
      }
    },
  },
  'Query.deliberation': { check: (api, w) => expectNotFound(api, w.b, 'query Q($id: ID!) { deliberation(id: $id) { id } }', { id: w.aDeliberationId }) },
  'Query.documents': {
    check: async (api, w) => {
      const response = await api.graphql<{ documents: unknown[] }>('query D($id: ID!) { documents(ownerType: CONVENTION, ownerId: $id) { id } }', { id: w.aConventionId }, w.b);
      expect(response.data!.documents).toEqual([]);
    },
  },
  'Mutation.deleteDocument': {
    check: async (api, w) => {
      const upload = await api.app.inject({
        method: 'POST',
        url: '/documents',
        headers: { cookie: w.a.cookie, 'x-csrf-token': w.a.csrfToken, 'content-type': 'multipart/form-data; boundary=B' },
        payload: `--B\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nCONVENTION\r\n--B\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${w.aConventionId}\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="note.txt"\r\n\r\nbonjour\r\n--B--\r\n`,
      });
      const { id } = upload.json() as { id: string };
      await expectNotFound(api, w.b, 'mutation M($id: ID!) { deleteDocument(id: $id) }', { id });
      const download = await api.app.inject({ method: 'GET', url: `/documents/${id}`, headers: { cookie: w.b.cookie } });
      expect(download.statusCode).toBe(404);
    },
  },
  'Mutation.updateTenant': { noForeignInput: "updates the caller's own collectivité, taken from the session" },
  'Mutation.setServiceRevenues': { noForeignInput: "writes the caller's own collectivité, taken from the session" },
  'Mutation.createOrganisation': { noForeignInput: 'creates in the caller’s directory' },
  'Mutation.updateOrganisation': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }', {
        id: w.aOrganisationId,
        input: { name: 'Piratée', kind: 'NGO', countryCode: 'FR', iatiTypeCode: '22' },
      }),
  },
  'Mutation.setOrganisationArchived': {
    check: (api, w) => expectNotFound(api, w.b, 'mutation M($id: ID!) { setOrganisationArchived(id: $id, archived: true) { id } }', { id: w.aOrganisationId }),
  },
  'Mutation.addOrganisationContact': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($id: ID!) { addOrganisationContact(organisationId: $id, input: { name: "Intrus" }) { id } }', { id: w.aOrganisationId }),
  },
  'Mutation.updateOrganisationContact': {
    check: (api, w) => expectNotFound(api, w.b, 'mutation M($id: ID!) { updateOrganisationContact(id: $id, input: { name: "Intrus" }) { id } }', { id: w.aContactId }),
  },
  'Mutation.removeOrganisationContact': {
    check: (api, w) => expectNotFound(api, w.b, 'mutation M($id: ID!) { removeOrganisationContact(id: $id) }', { id: w.aContactId }),
  },
  'Mutation.createCooperation': {
    check: (api, w) =>
      expectBadReference(api, w.b, 'mutation M($input: CooperationInput!) { createCooperation(input: $input) { id } }', {
        input: { name: 'Coopération de B', partnerTerritory: 'Ouagadougou', countryCode: 'BF', partnerOrganisationId: w.aOrganisationId },
      }),
  },
  'Mutation.updateCooperation': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($id: ID!, $input: CooperationInput!) { updateCooperation(id: $id, input: $input) { id } }', {
        id: w.aCooperationId,
        input: { name: 'Coopération de B', partnerTerritory: 'Ouagadougou', countryCode: 'BF' },
      }),
  },
  'Mutation.createConvention': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($input: CreateConventionInput!) { createConvention(input: $input) { id } }', { input: { ...CONVENTION_INPUT, cooperationId: w.aCooperationId } }),
  },
  'Mutation.updateConvention': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($id: ID!, $input: ConventionInput!) { updateConvention(id: $id, input: $input) { id } }', { id: w.aConventionId, input: CONVENTION_INPUT }),
  },
  'Mutation.createConventionVersion': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($id: ID!, $input: ConventionVersionInput!) { createConventionVersion(previousId: $id, input: $input) { id } }', {
        id: w.aSignedConventionId,
        input: { ...CONVENTION_INPUT, kind: 'AMENDMENT' },
      }),
  },
  'Mutation.signConvention': {
    check: (api, w) => expectNotFound(api, w.b, 'mutation M($id: ID!) { signConvention(id: $id, signedOn: "2025-01-01") { id } }', { id: w.aConventionId }),
  },
  'Mutation.recordConventionTransmission': {
    check: (api, w) => expectNotFound(api, w.b, 'mutation M($id: ID!) { recordConventionTransmission(id: $id, transmittedOn: "2025-01-01") { id } }', { id: w.aSignedConventionId }),
  },
  'Mutation.terminateConvention': {
    check: (api, w) => expectNotFound(api, w.b, 'mutation M($id: ID!) { terminateConvention(id: $id) { id } }', { id: w.aSignedConventionId }),
  },
  'Mutation.createProject': {
    check: async (api, w) => {
      await expectBadReference(api, w.b, 'mutation M($input: ProjectInput!) { createProject(input: $input) { id } }', { input: { ...PROJECT_INPUT, cooperationId: w.aCooperationId } });
      await expectBadReference(api, w.b, 'mutation M($input: ProjectInput!) { createProject(input: $input) { id } }', {
        input: { ...PROJECT_INPUT, code: 'B-2', organisations: [{ organisationId: w.aOrganisationId, iatiRole: 4 }] },
      });
      await expectBadReference(api, w.b, 'mutation M($input: ProjectInput!) { createProject(input: $input) { id } }', {
        input: { ...PROJECT_INPUT, code: 'B-3', team: [{ userId: w.aTechnician.userId, role: 'TECHNICIAN_IN_CHARGE' }] },
      });
    },
  },
  'Mutation.updateProject': {
    check: async (api, w) => {
      await expectNotFound(api, w.b, 'mutation M($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id } }', { id: w.aProjectId, input: PROJECT_INPUT });
      const partner = await api.graphql('mutation M($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id } }', { id: w.aSharedProjectId, input: PROJECT_INPUT }, w.c);
      expect(partner.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PROJECT_NOT_LEAD' });
    },
  },
  'Mutation.changeProjectStatus': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { id } }', { input: { projectId: w.aProjectId, status: 'DIAGNOSTIC' } }),
  },
  'Mutation.deleteProject': {
    check: async (api, w) => {
      // A project of A that A itself could delete: B gets NOT_FOUND, the partner C FORBIDDEN on the shared one.
      const deletable = await new CooperationFixtures(api).project(w.a, { title: 'Projet supprimable de A' });
      await expectNotFound(api, w.b, 'mutation M($id: ID!) { deleteProject(id: $id) }', { id: deletable.id });
      const partner = await api.graphql('mutation M($id: ID!) { deleteProject(id: $id) }', { id: w.aSharedProjectId }, w.c);
      expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const still = await api.graphql<{ project: { canDelete: boolean } }>('query Q($id: ID!) { project(id: $id) { canDelete } }', { id: deletable.id }, w.a);
      expect(still.data!.project.canDelete).toBe(true);
    },
  },
  'Mutation.inviteCollectivityToProject': {
    check: async (api, w) => {
      const bSiren = await tenantSiren(api, w.b);
      await expectNotFound(api, w.b, 'mutation M($input: InviteToProjectInput!) { inviteCollectivityToProject(input: $input) { id } }', {
        input: { projectId: w.aProjectId, siren: await tenantSiren(api, w.c), role: 'PARTNER' },
      });
      const partner = await api.graphql('mutation M($input: InviteToProjectInput!) { inviteCollectivityToProject(input: $input) { id } }', { input: { projectId: w.aSharedProjectId, siren: bSiren, role: 'PARTNER' } }, w.c);
      expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  },
  'Mutation.respondToProjectInvitation': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($input: RespondToProjectInvitationInput!) { respondToProjectInvitation(input: $input) { id } }', { input: { participationId: w.aToCParticipationId, accept: true } }),
  },
  'Mutation.revokeProjectParticipation': {
    check: async (api, w) => {
      await expectNotFound(api, w.b, 'mutation M($id: ID!) { revokeProjectParticipation(participationId: $id) { id } }', { id: w.aToCParticipationId });
      await expectNotFound(api, w.c, 'mutation M($id: ID!) { revokeProjectParticipation(participationId: $id) { id } }', { id: w.aToCParticipationId });
    },
  },
  'Mutation.leaveProject': {
    check: (api, w) => expectNotFound(api, w.b, 'mutation M($id: ID!) { leaveProject(participationId: $id) { id } }', { id: w.aToCParticipationId }),
  },
  'Mutation.setParticipationContribution': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($input: ParticipationContributionInput!) { setParticipationContribution(input: $input) { id } }', {
        input: { participationId: w.aToCParticipationId, year: 2025, amount: '1' },
      }),
  },
  'Mutation.createDeliberation': {
    check: async (api, w) => {
      const input = { number: 'B-DEL-1', title: 'Délibération de B', assembly: 'MUNICIPAL_COUNCIL', object: 'GRANT' };
      const create = 'mutation M($input: DeliberationInput!) { createDeliberation(input: $input) { id projects { projectId amount } } }';
      await expectBadReference(api, w.b, create, { input: { ...input, projects: [{ projectId: w.aProjectId, amount: '100' }] } });
      await expectBadReference(api, w.b, create, { input: { ...input, number: 'B-DEL-2', conventionId: w.aConventionId } });
      // A partner covers its own contribution to the shared project, never A's private project.
      await expectBadReference(api, w.c, create, { input: { ...input, number: 'C-DEL-0', projects: [{ projectId: w.aProjectId, amount: '100' }] } });
      const own = await api.graphql<{ createDeliberation: { id: string; projects: { projectId: string }[] } }>(create, { input: { ...input, number: 'C-DEL-1', projects: [{ projectId: w.aSharedProjectId, amount: '100' }] } }, w.c);
      expect(own.data!.createDeliberation.projects.map((link) => link.projectId)).toEqual([w.aSharedProjectId]);
      // The lead never sees the partner's deliberation.
      await expectNotFound(api, w.a, 'query Q($id: ID!) { deliberation(id: $id) { id } }', { id: own.data!.createDeliberation.id });
    },
  },
  'Mutation.updateDeliberation': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($id: ID!, $input: DeliberationInput!) { updateDeliberation(id: $id, input: $input) { id } }', {
        id: w.aDeliberationId,
        input: { number: 'X', title: 'Piratée', assembly: 'BUREAU', object: 'GRANT' },
      }),
  },
  'Mutation.changeDeliberationStatus': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($input: ChangeDeliberationStatusInput!) { changeDeliberationStatus(input: $input) { id } }', {
        input: { deliberationId: w.aDeliberationId, status: 'SCHEDULED' },
      }),
  },
  'Mutation.correctDeliberationDate': {
    check: (api, w) =>
      expectNotFound(api, w.b, 'mutation M($input: CorrectDeliberationDateInput!) { correctDeliberationDate(input: $input) { id } }', {
        input: { deliberationId: w.aDeliberationId, field: 'sessionDate', date: '2025-01-01', reason: 'Erreur de saisie constatée au registre.' },
      }),
  },
  'Query.sharedDocuments': {
    check: async (api, w) => {
      const response = await api.graphql<{ sharedDocuments: unknown[] }>('query Q($id: ID!) { sharedDocuments(projectId: $id) { id } }', { id: w.aSharedProjectId }, w.b);
      expect(response.data!.sharedDocuments).toEqual([]);
    },
  },
  'Query.documentUploadRules': { noForeignInput: 'the same rules for everybody, no data' },
  'Mutation.shareDocumentWithProject': {
    check: async (api, w) => {
      const share = 'mutation M($d: ID!, $p: ID!) { shareDocumentWithProject(documentId: $d, projectId: $p, shared: true) { id } }';
      await expectNotFound(api, w.b, share, { d: w.aDocumentId, p: w.aSharedProjectId });
      // The partner cannot share the lead's file either, even with the project they both take part in.
      await expectNotFound(api, w.c, share, { d: w.aDocumentId, p: w.aSharedProjectId });
    },
  },
};

/** The HTTP routes besides GraphQL: each needs its case too. */
const REST_CASES: Record<string, IsolationCase> = {
  'GET /health': { noForeignInput: 'no data of any collectivité' },
  'GET /graphql': { noForeignInput: 'GraphQL: every operation has its case above' },
  'POST /graphql': { noForeignInput: 'GraphQL: every operation has its case above' },
  'POST /documents': {
    check: async (api, w) => {
      for (const [ownerType, ownerId] of [['CONVENTION', w.aConventionId], ['PROJECT', w.aProjectId], ['COOPERATION', w.aCooperationId], ['DELIBERATION', w.aDeliberationId]]) {
        const response = await postDocument(api, w.b, ownerType, ownerId, 'intrus.pdf');
        expect({ ownerType, status: response.statusCode }).toEqual({ ownerType, status: 404 });
      }
      // A partner does not attach files to the lead's project.
      expect((await postDocument(api, w.c, 'PROJECT', w.aSharedProjectId, 'intrus.pdf')).statusCode).toBe(404);
    },
  },
  'GET /documents/:id': {
    check: async (api, w) => {
      for (const session of [w.b, w.c]) {
        const download = await api.app.inject({ method: 'GET', url: `/documents/${w.aDocumentId}`, headers: { cookie: session.cookie } });
        expect(download.statusCode).toBe(404);
      }
    },
  },
};

/** Routes as Fastify prints them (its radix tree), flattened to "METHOD /path"; HEAD and OPTIONS left out. */
function restRoutes(api: ApiTestClient): string[] {
  const tree = api.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const routes: string[] = [];
  const stack: { depth: number; path: string }[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)(?:└── |├── )(.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
    const path = `${stack.at(-1)?.path ?? ''}${match[2]}`;
    stack.push({ depth, path });
    for (const method of (match[3] ?? '').split(', ').filter((name) => name && name !== '-' && name !== 'HEAD' && name !== 'OPTIONS')) {
      routes.push(`${method} ${path.replace(/\/+$/, '') || '/'}`);
    }
  }
  return routes;
}

describe('tenant isolation', () => {
  let api: ApiTestClient;
  let world: World;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    const a = await api.signUp({ tenantName: 'Collectivité A' });
    const b = await api.signUp({ tenantName: 'Collectivité B' });
    const c = await api.signUp({ tenantName: 'Collectivité C' });
    const aTechnician = await api.addMember(a, 'TECHNICIAN', invitationSecretFromOutbox);
    const members = await api.graphql<{ members: { edges: { node: { id: string; role: string } }[] } }>('{ members { edges { node { id role } } } }', {}, a);
    const invited = await api.graphql<{ inviteMember: { id: string } }>(INVITE, { input: { email: uniqueEmail('pending-a'), role: 'EVALUATOR' } }, a);
    const fixtures = new CooperationFixtures(api);
    const organisation = await fixtures.organisation(a);
    const contact = await fixtures.contact(a, organisation.id);
    const cooperation = await fixtures.cooperation(a, organisation.id);
    const convention = await fixtures.convention(a, cooperation.id);
    const signed = await fixtures.convention(a, cooperation.id, { title: 'Convention signée' });
    await fixtures.signConvention(a, signed.id);
    const project = await fixtures.project(a, { cooperationId: cooperation.id, organisations: [{ organisationId: organisation.id, iatiRole: 4 }] });
    const shared = await fixtures.project(a, { engagementMode: 'MUTUALISED', title: 'Projet mutualisé' });
    const participation = await fixtures.inviteToProject(a, shared.id, await tenantSiren(api, c));
    await fixtures.respond(c, participation.id, true);
    const deliberation = await fixtures.deliberation(a, { projects: [{ projectId: project.id, amount: '60000' }] });
    const document = await uploadDocument(api, a, 'PROJECT', shared.id, 'rapport-a.pdf');
    world = {
      a,
      b,
      c,
      aTechnician,
      aTechnicianMembershipId: members.data!.members.edges.find((edge) => edge.node.role === 'TECHNICIAN')!.node.id,
      aInvitationId: invited.data!.inviteMember.id,
      aOrganisationId: organisation.id,
      aContactId: contact.id,
      aCooperationId: cooperation.id,
      aConventionId: convention.id,
      aSignedConventionId: signed.id,
      aProjectId: project.id,
      aSharedProjectId: shared.id,
      aToCParticipationId: participation.id,
      aDeliberationId: deliberation.id,
      aDocumentId: document.id,
    };
  });
  afterAll(() => api.close());

  it('has a case for every query and mutation of the schema', async () => {
    const response = await api.graphql<{ q: { fields: { name: string }[] }; m: { fields: { name: string }[] } }>(
      '{ q: __type(name: "Query") { fields { name } } m: __type(name: "Mutation") { fields { name } } }',
    );
    const operations = [...response.data!.q.fields.map((f) => `Query.${f.name}`), ...response.data!.m.fields.map((f) => `Mutation.${f.name}`)];
    expect(operations.filter((operation) => !(operation in ISOLATION_CASES))).toEqual([]);
  });

  it('has a case for every HTTP route', () => {
    const routes = restRoutes(api);
    expect(routes).toContain('GET /documents/:id');
    expect(routes.filter((route) => !(route in REST_CASES))).toEqual([]);
  });

  for (const [route, isolationCase] of Object.entries(REST_CASES)) {
    if ('check' in isolationCase) {
      it(`${route}: B cannot reach A`, () => isolationCase.check(api, world));
    }
  }

  for (const [operation, isolationCase] of Object.entries(ISOLATION_CASES)) {
    if ('check' in isolationCase) {
      it(`${operation}: B cannot reach A`, () => isolationCase.check(api, world));
    }
  }

  it("shows the partner of a shared project its data, but not A's directory or team beyond that project", async () => {
    const response = await api.graphql<{ project: { title: string; isLead: boolean; myParticipationRole: string; participants: { collectivityName: string }[]; organisations: unknown[]; deliberationCoverage: unknown } }>(
      'query Q($id: ID!) { project(id: $id) { title isLead myParticipationRole leadName participants { collectivityName role status } organisations { name } deliberationCoverage { state } } }',
      { id: world.aSharedProjectId },
      world.c,
    );
    // Its own coverage: its contribution (10 000 € in 2025), not covered by any deliberation of its own yet.
    expect(response.data!.project).toMatchObject({ title: 'Projet mutualisé', isLead: false, myParticipationRole: 'PARTNER', deliberationCoverage: { state: 'UNCOVERED' } });
    expect(response.data!.project.participants.map((participant) => participant.collectivityName).sort()).toEqual(['Collectivité A', 'Collectivité C']);
  });

  it("leaves A's data untouched after B's attempts", async () => {
    const members = await api.graphql<{ members: { edges: { node: { role: string } }[] } }>('{ members { edges { node { role } } } }', {}, world.a);
    expect(members.data!.members.edges.map((edge) => edge.node.role).sort()).toEqual(['ADMIN', 'TECHNICIAN']);
    const pending = await api.graphql<{ pendingInvitations: { id: string }[] }>('{ pendingInvitations { id } }', {}, world.a);
    expect(pending.data!.pendingInvitations.map((invitation) => invitation.id)).toContain(world.aInvitationId);
  });
});

describe('row-level security in PostgreSQL', () => {
  async function tenantTables(): Promise<{ name: string; rls: boolean; forced: boolean }[]> {
    return withOwnerClient(async (client) =>
      (
        await client.query(`
          SELECT c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
           ORDER BY c.relname`)
      ).rows,
    );
  }

  it('enables and forces row-level security on every table', async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(7);
    expect(tables.filter((table) => !table.rls || !table.forced).map((table) => table.name)).toEqual([]);
  });

  it('shows the application role zero rows of any table when app.tenant_id is unset', async () => {
    // Make sure there is data to hide.
    const api = await ApiTestClient.start();
    await api.signUp();
    await api.close();
    const tables = await tenantTables();
    const client = new Client({ connectionString: testEnvironment.appDatabaseUrl });
    await client.connect();
    try {
      const role = await client.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      for (const table of tables) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table.name}"`);
        expect({ table: table.name, rows: rows[0].n }).toEqual({ table: table.name, rows: 0 });
      }
    } finally {
      await client.end();
    }
  });

  it('reaches pending sign-ups, password resets and account e-mails only through their secret, the person or the worker scope', async () => {
    const api = await ApiTestClient.start();
    const a = await api.signUp();
    const b = await api.signUp();
    await api.graphql('mutation R($email: String!) { requestPasswordReset(email: $email) }', { email: a.email });
    const secret = await accountLinkSecretFromOutbox(a.email, '/mot-de-passe/nouveau');
    await api.close();
    const client = new Client({ connectionString: testEnvironment.appDatabaseUrl });
    await client.connect();
    const asApp = async <T>(settings: Record<string, string>, work: () => Promise<T>): Promise<T> => {
      await client.query('BEGIN');
      try {
        for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, true)', [name, value]);
        return await work();
      } finally {
        await client.query('ROLLBACK');
      }
    };
    const count = async (sql: string) => (await client.query(sql)).rows[0].n as number;
    try {
      // B, signed in, sees none of them, cannot forge a reset link for A, nor use A's.
      await asApp({ 'app.tenant_id': b.tenantId, 'app.user_id': b.userId, 'app.role': 'ADMIN' }, async () => {
        expect(await count('SELECT count(*)::int AS n FROM password_resets')).toBe(0);
        expect(await count('SELECT count(*)::int AS n FROM sign_up_requests')).toBe(0);
        expect(await count('SELECT count(*)::int AS n FROM email_deliveries WHERE tenant_id IS NULL')).toBe(0);
        expect((await client.query('UPDATE password_resets SET used_at = now()')).rowCount).toBe(0);
        await expect(
          client.query("INSERT INTO password_resets (id, user_id, token_hash, expires_at) VALUES (gen_random_uuid(), $1, repeat('0', 64), now() + interval '1 hour')", [a.userId]),
        ).rejects.toThrow(/row-level security/);
      });
      await asApp({ 'app.scope': 'tenant-directory' }, async () => {
        expect(await count('SELECT count(*)::int AS n FROM email_deliveries WHERE tenant_id IS NULL')).toBe(0);
      });
      // The secret of the link reaches its one row.
      const hash = createHash('sha256').update(secret).digest('hex');
      await asApp({ 'app.password_reset_token_hash': hash }, async () => {
        expect((await client.query('SELECT user_id FROM password_resets')).rows).toEqual([{ user_id: a.userId }]);
      });
      // The worker's account-outbox scope sees the account e-mails, never a collectivité's.
      await asApp({ 'app.scope': 'account-outbox' }, async () => {
        expect(await count('SELECT count(*)::int AS n FROM email_deliveries WHERE tenant_id IS NOT NULL')).toBe(0);
        expect(await count('SELECT count(*)::int AS n FROM email_deliveries WHERE tenant_id IS NULL')).toBeGreaterThan(0);
        expect(await count('SELECT count(*)::int AS n FROM password_resets')).toBe(0);
      });
      // The maintenance scope sees only links a day past their expiry: none of these.
      await asApp({ 'app.scope': 'account-maintenance' }, async () => {
        expect(await count('SELECT count(*)::int AS n FROM password_resets')).toBe(0);
        expect((await client.query('DELETE FROM password_resets')).rowCount).toBe(0);
        expect(await count('SELECT count(*)::int AS n FROM email_deliveries')).toBe(0);
      });
    } finally {
      await client.end();
    }
  });

  it("refuses the application role a write into another tenant's rows", async () => {
    const api = await ApiTestClient.start();
    const a = await api.signUp();
    const b = await api.signUp();
    await api.close();
    const client = new Client({ connectionString: testEnvironment.appDatabaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [b.tenantId]);
      await expect(
        client.query("INSERT INTO audit_events (id, tenant_id, entity, entity_id, action) VALUES (gen_random_uuid(), $1, 'X', 'x', 'FORGED')", [a.tenantId]),
      ).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [b.tenantId]);
      const updated = await client.query("UPDATE tenants SET name = 'piraté' WHERE id = $1", [a.tenantId]);
      expect(updated.rowCount).toBe(0);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });
});
