import { Client } from 'pg';
import { ApiTestClient, INVITE, type TestSession } from '../../test/api-test-client';
import { invitationSecretFromOutbox, withOwnerClient } from '../../test/owner-database';
import { testEnvironment, uniqueEmail } from '../../test/test-environment';

/**
 * Two collectivités, A and B. For every query and mutation of the schema, B must not reach A's data: A's ids
 * answer NOT_FOUND (never FORBIDDEN, which would confirm they exist), lists never show A's rows. A new query or
 * mutation without a case here fails the suite, and so does a new table without forced row-level security.
 */
interface World {
  a: TestSession;
  aTechnician: TestSession;
  b: TestSession;
  aTechnicianMembershipId: string;
  aInvitationId: string;
}

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
  'Mutation.signUp': { noForeignInput: 'creates a new collectivité; a taken SIREN answers CONFLICT without revealing data' },
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
};

describe('tenant isolation', () => {
  let api: ApiTestClient;
  let world: World;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    const a = await api.signUp({ tenantName: 'Collectivité A' });
    const b = await api.signUp({ tenantName: 'Collectivité B' });
    const aTechnician = await api.addMember(a, 'TECHNICIAN', invitationSecretFromOutbox);
    const members = await api.graphql<{ members: { edges: { node: { id: string; role: string } }[] } }>('{ members { edges { node { id role } } } }', {}, a);
    const invited = await api.graphql<{ inviteMember: { id: string } }>(INVITE, { input: { email: uniqueEmail('pending-a'), role: 'EVALUATOR' } }, a);
    world = {
      a,
      b,
      aTechnician,
      aTechnicianMembershipId: members.data!.members.edges.find((edge) => edge.node.role === 'TECHNICIAN')!.node.id,
      aInvitationId: invited.data!.inviteMember.id,
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

  for (const [operation, isolationCase] of Object.entries(ISOLATION_CASES)) {
    if ('check' in isolationCase) {
      it(`${operation}: B cannot reach A`, () => isolationCase.check(api, world));
    }
  }

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
