import { randomUUID } from 'node:crypto';
import { Client, type DatabaseError } from 'pg';
import { ApiTestClient, type TestSession } from '../../test/api-test-client';
import { CooperationFixtures, tenantSiren } from '../../test/cooperation-fixtures';
import { uploadDocument } from '../../test/document-upload';
import { invitationSecretFromOutbox, withOwnerClient } from '../../test/owner-database';
import { testEnvironment } from '../../test/test-environment';

/**
 * The policy suite: row-level security on its own, in SQL, as the application's role. Every table of the schema
 * has a case below (the suite fails when one is missing). For each table and for each role of collectivité B
 * (admin, chargé·e de mission, élu·e, évaluatrice), statements try to read, update, delete and insert tenant A's
 * rows, and to insert or move B's rows onto A's ids (foreign ids, forged participations, forged team seats).
 * Nothing may be seen or changed. The API is only used to build a realistic world first.
 */

/** How to find tenant A's rows of a table, as the owner ($1: A's id). Most tables: tenant_id = $1. */
interface TableCase {
  ownedBy: string;
  why?: string;
}

const BY_TENANT: TableCase = { ownedBy: 'tenant_id = $1' };
const MEMBERS_OF_A = 'SELECT user_id FROM memberships WHERE tenant_id = $1';

const TABLE_CASES: Record<string, TableCase> = {
  tenants: { ownedBy: 'id = $1' },
  users: { ownedBy: `id IN (${MEMBERS_OF_A})`, why: 'people of A (each test person belongs to one collectivité)' },
  sessions: { ownedBy: `user_id IN (${MEMBERS_OF_A})` },
  memberships: BY_TENANT,
  invitations: BY_TENANT,
  audit_events: { ownedBy: 'tenant_id = $1 OR counterpart_tenant_id = $1' },
  email_deliveries: { ownedBy: `tenant_id = $1 OR (tenant_id IS NULL AND recipient IN (SELECT email FROM users WHERE id IN (${MEMBERS_OF_A})))` },
  sign_up_requests: { ownedBy: `email IN (SELECT email FROM users WHERE id IN (${MEMBERS_OF_A}))`, why: 'the requests that created A and its accounts' },
  password_resets: { ownedBy: `user_id IN (${MEMBERS_OF_A})` },
  service_revenues: BY_TENANT,
  organisations: BY_TENANT,
  organisation_contacts: BY_TENANT,
  cooperations: BY_TENANT,
  conventions: BY_TENANT,
  convention_parties: BY_TENANT,
  documents: BY_TENANT,
  projects: BY_TENANT,
  project_sectors: BY_TENANT,
  project_sdgs: BY_TENANT,
  project_countries: BY_TENANT,
  project_places: BY_TENANT,
  project_organisations: BY_TENANT,
  project_team_members: { ownedBy: 'tenant_id = $1 OR project_id IN (SELECT id FROM projects WHERE tenant_id = $1)' },
  project_participations: { ownedBy: 'tenant_id = $1 OR lead_tenant_id = $1' },
  project_access: { ownedBy: 'tenant_id = $1 OR lead_tenant_id = $1' },
  participation_contributions: { ownedBy: 'tenant_id = $1 OR lead_tenant_id = $1' },
  project_status_changes: BY_TENANT,
  project_shared_documents: BY_TENANT,
  deliberations: BY_TENANT,
  deliberation_projects: { ownedBy: 'tenant_id = $1 OR project_id IN (SELECT id FROM projects WHERE tenant_id = $1)' },
};

/** Columns naming a collectivité: the attacks set them to B. */
const TENANT_COLUMNS = ['tenant_id', 'lead_tenant_id', 'counterpart_tenant_id', 'current_tenant_id', 'last_tenant_id'];
const ROLES = ['ADMIN', 'TECHNICIAN', 'ELECTED_REFERENT', 'EVALUATOR'] as const;
type Role = (typeof ROLES)[number];

interface TableShape {
  name: string;
  columns: string[];
  primaryKey: string[];
  /** Columns of foreign keys, tenant columns left out: a copied row carrying them points at A's data. */
  foreignColumns: string[];
}

interface Outcome {
  rows: number;
  error: string | null;
  code: string | null;
}

interface Collectivity {
  admin: TestSession;
  sessions: Record<Role, TestSession>;
}

describe('row-level security on its own (SQL policy suite)', () => {
  let api: ApiTestClient;
  let a: Collectivity;
  let b: Collectivity;
  let c: TestSession;
  let aProjects: { evaluated: string; other: string; shared: string };
  let tables: TableShape[];
  let app: Client;

  async function collectivity(name: string): Promise<Collectivity> {
    const admin = await api.signUp({ tenantName: name });
    const sessions = { ADMIN: admin } as Record<Role, TestSession>;
    for (const role of ['TECHNICIAN', 'ELECTED_REFERENT', 'EVALUATOR'] as const) sessions[role] = await api.addMember(admin, role, invitationSecretFromOutbox);
    return { admin, sessions };
  }

  /** A collectivité with rows in every table: projects with all their lists, a shared project, deliberations… */
  async function populate(fixtures: CooperationFixtures, owner: Collectivity, partner: TestSession) {
    const organisation = await fixtures.organisation(owner.admin);
    await fixtures.contact(owner.admin, organisation.id);
    const cooperation = await fixtures.cooperation(owner.admin, organisation.id);
    const convention = await fixtures.convention(owner.admin, cooperation.id);
    const full = {
      cooperationId: cooperation.id,
      organisations: [{ organisationId: organisation.id, iatiRole: 4 }],
      places: [{ name: 'Bobo-Dioulasso', countryCode: 'BF', latitude: 11.18, longitude: -4.29 }],
    };
    const evaluated = await fixtures.project(owner.admin, {
      ...full,
      team: [
        { userId: owner.sessions.EVALUATOR.userId, role: 'EVALUATOR' },
        { userId: owner.sessions.TECHNICIAN.userId, role: 'TECHNICIAN_IN_CHARGE' },
      ],
    });
    const other = await fixtures.project(owner.admin, full);
    await api.graphql('mutation S($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { id } }', { input: { projectId: other.id, status: 'DIAGNOSTIC' } }, owner.admin);
    const shared = await fixtures.project(owner.admin, { engagementMode: 'MUTUALISED' });
    const invitation = await fixtures.inviteToProject(owner.admin, shared.id, await tenantSiren(api, partner));
    await fixtures.respond(partner, invitation.id, true);
    const deliberation = await fixtures.deliberation(owner.admin, {
      projects: [
        { projectId: evaluated.id, amount: '100' },
        { projectId: other.id, amount: '200' },
      ],
    });
    await fixtures.deliberation(owner.admin, { projects: [{ projectId: other.id, amount: '300' }] });
    await uploadDocument(api, owner.admin, 'PROJECT', other.id, 'rapport.pdf');
    await uploadDocument(api, owner.admin, 'DELIBERATION', deliberation.id, 'deliberation.pdf');
    await uploadDocument(api, owner.admin, 'CONVENTION', convention.id, 'convention.pdf');
    const sharedFile = await uploadDocument(api, owner.admin, 'PROJECT', shared.id, 'compte-rendu.pdf');
    await api.graphql('mutation S($d: ID!, $p: ID!) { shareDocumentWithProject(documentId: $d, projectId: $p, shared: true) { id } }', { d: sharedFile.id, p: shared.id }, owner.admin);
    await api.graphql('mutation R($input: ServiceRevenuesInput!) { setServiceRevenues(input: $input) { year } }', { input: { year: 2025, waterRevenue: '1000000' } }, owner.admin);
    // A forgotten password: a reset link and its account e-mail (no collectivité).
    const reset = await api.graphql('mutation R($email: String!) { requestPasswordReset(email: $email) }', { email: owner.sessions.TECHNICIAN.email });
    if (reset.errors) throw new Error(JSON.stringify(reset.errors));
    return { evaluated: evaluated.id, other: other.id, shared: shared.id };
  }

  beforeAll(async () => {
    api = await ApiTestClient.start();
    const fixtures = new CooperationFixtures(api);
    a = await collectivity('Collectivité A');
    b = await collectivity('Collectivité B');
    c = await api.signUp({ tenantName: 'Collectivité C' });
    aProjects = await populate(fixtures, a, c);
    await populate(fixtures, b, await api.signUp({ tenantName: 'Partenaire de B' }));
    tables = await withOwnerClient(readTableShapes);
    app = new Client({ connectionString: testEnvironment.appDatabaseUrl });
    await app.connect();
  }, 180_000);
  afterAll(async () => {
    await app?.end();
    await api?.close();
  });

  /** Runs one statement as the application role with a collectivité, a person and a role set; rolls back. */
  async function attempt(as: { tenantId: string; userId: string; role: Role | null }, sql: string, params: unknown[] = []): Promise<Outcome> {
    await app.query('BEGIN');
    try {
      await app.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true), set_config('app.role', $3, true)", [as.tenantId, as.userId, as.role ?? '']);
      const result = await app.query(sql, params);
      return { rows: result.command === 'SELECT' ? Number(result.rows[0]?.n ?? result.rowCount) : (result.rowCount ?? 0), error: null, code: null };
    } catch (error) {
      return { rows: 0, error: (error as DatabaseError).message, code: (error as DatabaseError).code ?? null };
    } finally {
      await app.query('ROLLBACK');
    }
  }

  function actor(collectivity: Collectivity, role: Role) {
    const session = collectivity.sessions[role];
    return { tenantId: session.tenantId, userId: session.userId, role };
  }

  async function rowsOf(table: TableShape, tenantId: string): Promise<Record<string, unknown>[]> {
    return withOwnerClient(async (owner) => (await owner.query(`SELECT to_jsonb(t) AS row FROM "${table.name}" t WHERE ${TABLE_CASES[table.name].ownedBy}`, [tenantId])).rows.map((row) => row.row));
  }

  const keyJoin = (table: TableShape) => table.primaryKey.map((column) => `t."${column}" = a."${column}"`).join(' AND ');

  it('has a case for every table of the schema', () => {
    expect(tables.map((table) => table.name).filter((name) => !(name in TABLE_CASES))).toEqual([]);
    expect(Object.keys(TABLE_CASES).filter((name) => !tables.some((table) => table.name === name))).toEqual([]);
  });

  it("gives every table rows of A's to attack", async () => {
    const empty: string[] = [];
    for (const table of tables) if ((await rowsOf(table, a.admin.tenantId)).length === 0) empty.push(table.name);
    expect(empty).toEqual([]);
  });

  for (const role of ROLES) {
    it(`shows B's ${role} none of A's rows, and lets them update or delete none`, async () => {
      const seen: string[] = [];
      for (const table of tables) {
        const rows = await rowsOf(table, a.admin.tenantId);
        const json = JSON.stringify(rows);
        const using = `jsonb_populate_recordset(null::"${table.name}", $1::jsonb) a`;
        const select = await attempt(actor(b, role), `SELECT count(*)::int AS n FROM "${table.name}" t JOIN ${using} ON ${keyJoin(table)}`, [json]);
        const firstKey = table.primaryKey[0];
        const update = await attempt(actor(b, role), `UPDATE "${table.name}" t SET "${firstKey}" = t."${firstKey}" FROM ${using} WHERE ${keyJoin(table)}`, [json]);
        const remove = await attempt(actor(b, role), `DELETE FROM "${table.name}" t USING ${using} WHERE ${keyJoin(table)}`, [json]);
        for (const [what, outcome] of [['SELECT', select], ['UPDATE', update], ['DELETE', remove]] as const) {
          if (outcome.rows !== 0) seen.push(`${what} ${table.name}: ${outcome.rows} row(s)`);
          if (what === 'SELECT' && outcome.error) seen.push(`SELECT ${table.name} failed: ${outcome.error}`);
        }
      }
      expect(seen).toEqual([]);
    });

    it(`refuses B's ${role} every insert of a row of A's, or of a row of B's pointing at A's ids`, async () => {
      const accepted: string[] = [];
      for (const table of tables) {
        const [row] = await rowsOf(table, a.admin.tenantId);
        const fresh = freshKeys(table, row);
        const variants: [string, Record<string, unknown>][] = [['as A', fresh]];
        if (table.foreignColumns.some((column) => row[column] !== null && row[column] !== undefined)) {
          variants.push(['as B with A’s ids', { ...fresh, tenant_id: b.admin.tenantId }]);
          variants.push(['as B everywhere with A’s ids', retarget(fresh, b.admin.tenantId)]);
        }
        for (const [label, values] of variants) {
          const columns = Object.keys(values).filter((column) => table.columns.includes(column));
          const outcome = await attempt(
            actor(b, role),
            `INSERT INTO "${table.name}" (${columns.map((column) => `"${column}"`).join(', ')}) SELECT ${columns.map((column) => `r."${column}"`).join(', ')} FROM jsonb_populate_record(null::"${table.name}", $1::jsonb) r`,
            [JSON.stringify(values)],
          );
          if (!outcome.error) accepted.push(`${table.name} ${label}`);
          else if (outcome.code === '23505') accepted.push(`${table.name} ${label}: refused only by a unique index (${outcome.error})`);
        }
      }
      expect(accepted).toEqual([]);
    });

    it(`refuses B's ${role} moving B's own rows onto A's ids`, async () => {
      const moved: string[] = [];
      for (const table of tables.filter((shape) => shape.foreignColumns.length > 0)) {
        const [theirs] = await rowsOf(table, a.admin.tenantId);
        const [ours] = await rowsOf(table, b.admin.tenantId);
        if (!ours) continue;
        const foreign = table.foreignColumns.filter((column) => theirs[column] !== null && theirs[column] !== undefined && theirs[column] !== ours[column]);
        if (foreign.length === 0) continue;
        const outcome = await attempt(
          actor(b, role),
          `UPDATE "${table.name}" t SET ${foreign.map((column) => `"${column}" = r."${column}"`).join(', ')} FROM jsonb_populate_record(null::"${table.name}", $1::jsonb) r, jsonb_populate_record(null::"${table.name}", $2::jsonb) mine WHERE ${table.primaryKey.map((column) => `t."${column}" = mine."${column}"`).join(' AND ')}`,
          [JSON.stringify(theirs), JSON.stringify(ours)],
        );
        if (outcome.rows > 0) moved.push(`${table.name} (${foreign.join(', ')})`);
      }
      expect(moved).toEqual([]);
    });
  }

  it("shows A's evaluator nothing that hangs on a project she does not evaluate", async () => {
    const evaluator = actor(a, 'EVALUATOR');
    const leaks: string[] = [];
    for (const table of tables.filter((shape) => shape.columns.includes('project_id'))) {
      for (const projectId of [aProjects.other, aProjects.shared]) {
        const select = await attempt(evaluator, `SELECT count(*)::int AS n FROM "${table.name}" WHERE project_id = $1`, [projectId]);
        if (select.rows !== 0 || select.error) leaks.push(`${table.name}: ${select.rows} row(s) ${select.error ?? ''}`);
      }
    }
    const assigned = await attempt(evaluator, 'SELECT count(*)::int AS n FROM projects WHERE id = $1', [aProjects.evaluated]);
    expect(assigned.rows).toBe(1);
    // Deliberations covering only the other project, and every event about it, are hidden too.
    const deliberations = await attempt(evaluator, 'SELECT count(*)::int AS n FROM deliberations');
    expect(deliberations.rows).toBe(1);
    const memberships = await attempt(evaluator, "SELECT count(*)::int AS n FROM audit_events WHERE entity IN ('Session', 'User', 'Membership', 'Invitation')");
    expect(memberships.rows).toBe(0);
    const conventionFiles = await attempt(evaluator, "SELECT count(*)::int AS n FROM documents WHERE owner_type = 'CONVENTION'");
    expect(conventionFiles.rows).toBe(1);
    expect(leaks).toEqual([]);
    // And she writes nothing, even on the project she evaluates.
    const write = await attempt(evaluator, "UPDATE projects SET title = 'modifié' WHERE id = $1", [aProjects.evaluated]);
    expect(write.rows).toBe(0);
  });

  it('never lets a participation be forged, moved or revived', async () => {
    const partner = { tenantId: c.tenantId, userId: c.userId, role: 'ADMIN' as Role };
    const participation = await withOwnerClient(async (owner) => (await owner.query('SELECT * FROM project_participations WHERE tenant_id = $1 AND project_id = $2', [c.tenantId, aProjects.shared])).rows[0]);
    // B claims an active participation in A's private project, as its own lead or under A's lead.
    for (const lead of [b.admin.tenantId, a.admin.tenantId]) {
      const forged = await attempt(
        actor(b, 'ADMIN'),
        "INSERT INTO project_participations (id, tenant_id, lead_tenant_id, project_id, role, status, participant_name, lead_name, project_code, project_title, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, 'PARTNER', 'ACTIVE', 'B', 'B', 'X', 'X', now())",
        [b.admin.tenantId, lead, aProjects.other],
      );
      expect(forged.error).not.toBeNull();
    }
    // The partner moves its participation onto another of A's projects, or changes its role.
    for (const change of ['project_id = $2', "role = 'LEAD'", 'lead_tenant_id = tenant_id']) {
      const moved = await attempt(partner, `UPDATE project_participations SET ${change} WHERE id = $1`, change.includes('$2') ? [participation.id, aProjects.other] : [participation.id]);
      expect({ change, error: moved.error !== null }).toEqual({ change, error: true });
    }
    // Forged access rows and team seats.
    const access = await attempt(actor(b, 'ADMIN'), 'INSERT INTO project_access (tenant_id, lead_tenant_id, project_id) VALUES ($1, $2, $3)', [b.admin.tenantId, a.admin.tenantId, aProjects.other]);
    expect(access.error).not.toBeNull();
    const seat = await attempt(partner, "INSERT INTO project_team_members (id, tenant_id, project_id, user_id, role, display_name) VALUES (gen_random_uuid(), $1, $2, $3, 'EVALUATOR', 'X')", [
      c.tenantId,
      aProjects.shared,
      a.sessions.EVALUATOR.userId,
    ]);
    expect(seat.error).not.toBeNull();
    // A revoked partner sees nothing more and changes nothing.
    await withOwnerClient((owner) => owner.query("SELECT set_config('app.tenant_id', $1, false), set_config('app.role', 'ADMIN', false)", [a.admin.tenantId]).then(() =>
      owner.query("UPDATE project_participations SET status = 'REVOKED' WHERE id = $1", [participation.id])));
    const afterRevocation = await attempt(partner, 'SELECT count(*)::int AS n FROM projects WHERE id = $1', [aProjects.shared]);
    expect(afterRevocation.rows).toBe(0);
    const contribution = await attempt(partner, "UPDATE participation_contributions SET amount = 1 WHERE participation_id = $1", [participation.id]);
    expect(contribution.rows).toBe(0);
    const revived = await attempt(partner, "UPDATE project_participations SET status = 'ACTIVE' WHERE id = $1", [participation.id]);
    expect(revived.error ?? `${revived.rows} row(s)`).toMatch(/cannot move from REVOKED to ACTIVE/);
  });
});

/** Tables, columns, primary keys and foreign-key columns of the public schema. */
async function readTableShapes(owner: Client): Promise<TableShape[]> {
  const { rows } = await owner.query<{ name: string; columns: string[]; primary_key: string[]; foreign_columns: string[] | null }>(`
    SELECT c.relname AS name,
           (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
           (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key,
           (SELECT array_agg(DISTINCT a.attname::text) FROM pg_constraint f CROSS JOIN LATERAL unnest(f.conkey) k(attnum)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum WHERE f.conrelid = c.oid AND f.contype = 'f') AS foreign_columns
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
     ORDER BY c.relname`);
  return rows.map((row) => ({
    name: row.name,
    columns: row.columns,
    primaryKey: row.primary_key,
    foreignColumns: (row.foreign_columns ?? []).filter((column) => !TENANT_COLUMNS.includes(column)),
  }));
}

/** A copy of a row under new keys, so that only the policies (never a unique index) can refuse it. */
function freshKeys(table: TableShape, row: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...row };
  if (table.columns.includes('id')) copy.id = randomUUID();
  if (table.name === 'users') copy.email = `copie.${randomUUID()}@example.test`;
  if (table.name === 'tenants') Object.assign(copy, { siren: '000000000', slug: `copie-${randomUUID()}` });
  if ('token_hash' in copy) copy.token_hash = randomUUID().replaceAll('-', '').padEnd(64, '0');
  if ('idempotency_key' in copy) copy.idempotency_key = `copie:${randomUUID()}`;
  if ('code' in copy && table.name === 'projects') copy.code = `COPIE-${randomUUID().slice(0, 8)}`;
  if ('number' in copy) copy.number = `COPIE-${randomUUID().slice(0, 8)}`;
  return copy;
}

function retarget(row: Record<string, unknown>, tenantId: string): Record<string, unknown> {
  const copy = { ...row };
  for (const column of TENANT_COLUMNS) if (column in copy && copy[column] !== null) copy[column] = tenantId;
  return copy;
}
