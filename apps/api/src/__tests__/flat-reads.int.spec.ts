import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ApiTestClient, type TestSession } from '../../test/api-test-client';
import { CooperationFixtures, tenantSiren } from '../../test/cooperation-fixtures';
import { uploadDocument } from '../../test/document-upload';
import { withOwnerClient } from '../../test/owner-database';
import { testEnvironment } from '../../test/test-environment';

/**
 * A collectivité's reads cost the same whatever the number of collectivités. Every SELECT the API sends for a
 * realistic round of reads (the project list in each sort, the project page, the directory, coopérations,
 * conventions, deliberations, members, the journal, documents) is captured, then explained as the application
 * role for that collectivité, with 1 and then 16 times more other collectivités in the database:
 * - no sequential scan, and every index scan constrains the index's first column (with sequential scans
 *   discouraged, so that the test asks "is there a path led by what the query filters on?", not "is the
 *   table still small?");
 * - the rows the plan actually visits are the same at both sizes.
 */

interface Captured {
  text: string;
  values: unknown[];
}

const READS = [
  '{ projects(first: 50) { totalCount edges { node { code countries { name } sectors { sectorCode } sdgs { goal } places { name } organisations { name } team { displayName } participants { collectivityName contributions { year } } leadName statusHistory { toStatus } deliberationCoverage { state } cooperationName } } } }',
  '{ projects(first: 50, sort: { field: TITLE, direction: ASC }, filter: { countryCodes: ["BF"], statuses: [IDENTIFICATION], year: 2025, text: "eau" }) { totalCount edges { node { code } } } }',
  '{ projects(first: 50, sort: { field: CODE, direction: DESC }, filter: { scope: SHARED }) { totalCount edges { node { code } } } }',
  '{ organisations(first: 50) { totalCount edges { node { name } } } }',
  '{ cooperations(first: 50) { totalCount edges { node { name } } } }',
  '{ conventions(first: 50) { totalCount edges { node { title } } } }',
  '{ deliberations(first: 50) { totalCount edges { node { number projects { projectCode } } } } }',
  '{ members(first: 50) { totalCount edges { node { email } } } }',
  '{ auditEvents(first: 50) { totalCount edges { node { action } } } }',
  '{ projectInvitations { id } }',
  '{ tenantSettings { tenant { name } } }',
];

describe('reads that stay flat as the country grows', () => {
  let api: ApiTestClient;
  let reader: TestSession;
  let projectId: string;
  let conventionId: string;
  let captured: Captured[];

  beforeAll(async () => {
    api = await ApiTestClient.start();
    const fixtures = new CooperationFixtures(api);
    reader = await api.signUp({ tenantName: 'Collectivité mesurée' });
    const partnerLead = await api.signUp({ tenantName: 'Chef de file' });
    const organisation = await fixtures.organisation(reader);
    const cooperation = await fixtures.cooperation(reader, organisation.id);
    conventionId = (await fixtures.convention(reader, cooperation.id)).id;
    projectId = (await fixtures.project(reader, { cooperationId: cooperation.id, organisations: [{ organisationId: organisation.id, iatiRole: 4 }] })).id;
    await fixtures.deliberation(reader, { projects: [{ projectId, amount: '1000' }] });
    await uploadDocument(api, reader, 'PROJECT', projectId, 'rapport.pdf');
    const shared = await fixtures.project(partnerLead, { engagementMode: 'MUTUALISED' });
    const invitation = await fixtures.inviteToProject(partnerLead, shared.id, await tenantSiren(api, reader));
    await fixtures.respond(reader, invitation.id, true);
    captured = await captureSelects(async () => {
      for (const query of READS) await expectData(api, query, {}, reader);
      await expectData(api, 'query P($id: ID!) { project(id: $id) { code sectors { sectorCode } team { displayName } participants { collectivityName } deliberationCoverage { state } } }', { id: projectId }, reader);
      await expectData(api, 'query D($id: ID!) { documents(ownerType: PROJECT, ownerId: $id) { fileName } }', { id: projectId }, reader);
      await expectData(api, 'query C($id: ID!) { convention(id: $id) { title } }', { id: conventionId }, reader);
    });
  }, 120_000);
  afterAll(() => api.close());

  it('captures the statements of the round of reads', () => {
    expect(captured.length).toBeGreaterThanOrEqual(READS.length);
  });

  it('visits only this collectivité’s rows, through indexes led by what it filters on, at 1 and 16 times the country', async () => {
    await addOtherCollectivities(20);
    const small = await explainAll(captured, reader);
    await addOtherCollectivities(300);
    const large = await explainAll(captured, reader);

    // Which index serves a lookup is only meaningful once the tables are large: judged at the larger size.
    expect([...new Set([...small.problems.filter((problem) => problem.endsWith('sequential scan')), ...large.problems])]).toEqual([]);
    // The rows visited do not grow with the number of other collectivités, statement by statement. A plan may
    // change shape between sizes (a nested loop for a hash join) and visit a few rows more: never in proportion
    // to the country, which grew sixteenfold.
    const grown = captured.flatMap((statement, index) =>
      large.visited[index] > 2 * small.visited[index] + 20 ? [`${statement.text.replace(/\s+/g, ' ').slice(0, 160)}: ${small.visited[index]} → ${large.visited[index]} rows`] : [],
    );
    expect(grown).toEqual([]);
  }, 240_000);
});

async function expectData(api: ApiTestClient, query: string, variables: Record<string, unknown>, session: TestSession): Promise<void> {
  const response = await api.graphql(query, variables, session);
  if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
}

/**
 * Every SELECT the API process sends while `work` runs: Prisma's and the read path's all go through pg.Client.
 * Installed before the API starts, because each pooled client binds `query` when it is created.
 */
let recording: Captured[] | null = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function capture(this: pg.Client, ...args: unknown[]) {
  const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
  const text = typeof first === 'string' ? first : first?.text;
  const values = (typeof first === 'string' ? second : first?.values) as unknown[] | undefined;
  if (recording && typeof text === 'string' && /^\s*(SELECT|WITH)\b/i.test(text) && !/set_config|app_resolve_session|pg_roles/i.test(text)) {
    recording.push({ text, values: values ?? [] });
  }
  return (originalQuery as (...inner: unknown[]) => unknown).apply(this, args);
} as typeof originalQuery;

async function captureSelects(work: () => Promise<void>): Promise<Captured[]> {
  const seen: Captured[] = [];
  recording = seen;
  try {
    await work();
  } finally {
    recording = null;
  }
  return seen;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

async function explainAll(statements: Captured[], reader: TestSession): Promise<{ problems: string[]; visited: number[] }> {
  const leading = await withOwnerClient(async (owner) =>
    new Map(
      (
        await owner.query<{ index: string; column: string }>(`
          SELECT i.relname AS index, a.attname AS column FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
            JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
           WHERE n.nspname = 'public'`)
      ).rows.map((row) => [row.index, row.column]),
    ),
  );
  const client = new pg.Client({ connectionString: testEnvironment.appDatabaseUrl });
  await client.connect();
  const problems: string[] = [];
  const visited: number[] = [];
  try {
    for (const statement of statements) {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true), set_config('app.role', 'ADMIN', true), set_config('enable_seqscan', 'off', true)", [
        reader.tenantId,
        reader.userId,
      ]);
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values);
      await client.query('ROLLBACK');
      let rowsVisited = 0;
      for (const node of walk(rows[0]['QUERY PLAN'][0].Plan)) {
        // A branch the plan never ran (another role's part of a policy) visits nothing.
        if (node['Actual Loops'] === 0) continue;
        const where = `${statement.text.replace(/\s+/g, ' ').slice(0, 90)}… → ${node['Node Type']} on ${node['Relation Name'] ?? node['Index Name']}`;
        if (node['Node Type'] === 'Seq Scan') problems.push(`${where}: sequential scan`);
        if (node['Index Name']) {
          const column = leading.get(node['Index Name']);
          if (!column || !new RegExp(`\\b${column}\\b`).test(node['Index Cond'] ?? '')) problems.push(`${where}: index not constrained on its first column ${column}`);
          rowsVisited += (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1);
        }
      }
      visited.push(rowsVisited);
    }
  } finally {
    await client.end();
  }
  return { problems, visited };
}

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* walk(child);
}

/** Other collectivités with projects and everything the round of reads touches, written straight in SQL. */
async function addOtherCollectivities(count: number): Promise<void> {
  const batch = randomUUID().slice(0, 8);
  await withOwnerClient(async (owner) => {
    await owner.query('BEGIN');
    await owner.query(
      `CREATE TEMP TABLE others ON COMMIT DROP AS
         SELECT gen_random_uuid() AS id, gen_random_uuid() AS user_id, g FROM generate_series(1, $1::int) g`,
      [count],
    );
    await owner.query(`INSERT INTO tenants (id, name, kind, siren, region_code, slug, updated_at)
                       SELECT id, 'Autre ' || g, 'COMMUNE', lpad((floor(random() * 1e9))::bigint::text, 9, '0'), '53', 'autre-${batch}-' || g, now() FROM others`);
    await owner.query(`INSERT INTO users (id, email, name, password_hash, updated_at)
                       SELECT user_id, 'autre-${batch}-' || g || '@example.test', 'Autre ' || g, 'x', now() FROM others`);
    await owner.query(`INSERT INTO memberships (id, tenant_id, user_id, role, updated_at) SELECT gen_random_uuid(), id, user_id, 'ADMIN', now() FROM others`);
    await owner.query(`INSERT INTO organisations (id, tenant_id, name, kind, country_code, iati_type_code, updated_at)
                       SELECT gen_random_uuid(), id, 'Organisation ' || g, 'NGO', 'BF', '22', now() FROM others`);
    await owner.query(`INSERT INTO cooperations (id, tenant_id, name, partner_territory, country_code, updated_at)
                       SELECT gen_random_uuid(), id, 'Coopération ' || g, 'Bobo', 'BF', now() FROM others`);
    await owner.query(`INSERT INTO conventions (id, tenant_id, cooperation_id, title, starts_on, ends_on, objectives, updated_at)
                       SELECT gen_random_uuid(), c.tenant_id, c.id, 'Convention', DATE '2025-01-01', DATE '2027-12-31', 'Objectifs', now()
                         FROM cooperations c JOIN others o ON o.id = c.tenant_id`);
    await owner.query(`CREATE TEMP TABLE other_projects ON COMMIT DROP AS
                         SELECT gen_random_uuid() AS id, o.id AS tenant_id, p FROM others o CROSS JOIN generate_series(1, 20) p`);
    await owner.query(`INSERT INTO projects (id, tenant_id, code, title, engagement_mode, action_kind, thematic_domains, status, planned_start, planned_end, updated_at)
                       SELECT id, tenant_id, 'P-' || p, 'Projet eau ' || p, 'DIRECT', 'TWINNING', ARRAY['WATER_SANITATION'], 'IDENTIFICATION',
                              DATE '2025-01-01', DATE '2026-12-31', now() - p * interval '1 minute' FROM other_projects`);
    await owner.query(`INSERT INTO project_participations (id, tenant_id, lead_tenant_id, project_id, role, status, participant_name, lead_name, project_code, project_title, updated_at)
                       SELECT gen_random_uuid(), tenant_id, tenant_id, id, 'LEAD', 'ACTIVE', 'Autre', 'Autre', 'P-' || p, 'Projet', now() FROM other_projects`);
    await owner.query(`INSERT INTO project_countries (tenant_id, project_id, country_code) SELECT tenant_id, id, 'BF' FROM other_projects`);
    await owner.query(`INSERT INTO project_sectors (tenant_id, project_id, sector_code, percentage) SELECT tenant_id, id, '14030', 100 FROM other_projects`);
    await owner.query(`INSERT INTO project_team_members (id, tenant_id, project_id, user_id, role, display_name)
                       SELECT gen_random_uuid(), p.tenant_id, p.id, o.user_id, 'TECHNICIAN_IN_CHARGE', 'Autre' FROM other_projects p JOIN others o ON o.id = p.tenant_id`);
    await owner.query(`INSERT INTO deliberations (id, tenant_id, number, year, title, assembly, object, status, updated_at)
                       SELECT gen_random_uuid(), id, 'D-' || g, 2025, 'Délibération', 'MUNICIPAL_COUNCIL', 'GRANT', 'DRAFT', now() FROM others`);
    await owner.query(`INSERT INTO deliberation_projects (id, tenant_id, deliberation_id, project_id, amount)
                       SELECT gen_random_uuid(), d.tenant_id, d.id, p.id, 100 FROM deliberations d JOIN other_projects p ON p.tenant_id = d.tenant_id AND p.p = 1`);
    await owner.query(`INSERT INTO audit_events (id, tenant_id, entity, entity_id, action, project_id)
                       SELECT gen_random_uuid(), tenant_id, 'Project', id::text, 'CREATE', id FROM other_projects`);
    // Every other collectivité takes part in its neighbour's first project, with a contribution, a shared file
    // and the events both journals show.
    await owner.query(`CREATE TEMP TABLE neighbours ON COMMIT DROP AS
                         SELECT o.id AS tenant_id, p.tenant_id AS lead_tenant_id, p.id AS project_id, gen_random_uuid() AS participation_id
                           FROM others o JOIN others n ON n.g = o.g % $1::int + 1 JOIN other_projects p ON p.tenant_id = n.id AND p.p = 1
                          WHERE o.id <> n.id`, [count]);
    await owner.query(`INSERT INTO project_participations (id, tenant_id, lead_tenant_id, project_id, role, status, participant_name, lead_name, project_code, project_title, updated_at)
                       SELECT participation_id, tenant_id, lead_tenant_id, project_id, 'PARTNER', 'ACTIVE', 'Autre', 'Autre', 'P-1', 'Projet', now() FROM neighbours`);
    await owner.query(`INSERT INTO participation_contributions (id, tenant_id, lead_tenant_id, project_id, participation_id, year, amount)
                       SELECT gen_random_uuid(), tenant_id, lead_tenant_id, project_id, participation_id, 2025, 1000 FROM neighbours`);
    await owner.query(`INSERT INTO audit_events (id, tenant_id, entity, entity_id, action, project_id, counterpart_tenant_id)
                       SELECT gen_random_uuid(), tenant_id, 'ProjectParticipation', participation_id::text, 'ACCEPT', project_id, lead_tenant_id FROM neighbours`);
    await owner.query(`INSERT INTO documents (id, tenant_id, owner_type, owner_id, project_id, file_name, content_type, size_bytes, sha256, storage_key)
                       SELECT gen_random_uuid(), tenant_id, 'PROJECT', id, id, 'rapport.pdf', 'application/pdf', 10, repeat('0', 64), 'x/' || id FROM other_projects WHERE p <= 2`);
    await owner.query(`INSERT INTO project_shared_documents (tenant_id, project_id, document_id)
                       SELECT tenant_id, project_id, id FROM documents WHERE owner_type = 'PROJECT' AND tenant_id IN (SELECT id FROM others)`);
    await owner.query('COMMIT');
    await owner.query('ANALYZE');
  });
}
