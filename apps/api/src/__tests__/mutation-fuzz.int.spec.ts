import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { Client } from 'pg';
import { normalizeSiren } from '@passerelles/domain/siren';
import { ApiTestClient, DEFAULT_PASSWORD, INVITE, type GraphqlResponse, type TestSession } from '../../test/api-test-client';
import { CooperationFixtures, tenantSiren } from '../../test/cooperation-fixtures';
import { operationFor, stringsIn, variablesArbitrary, type IdPools } from '../../test/graphql-fuzz';
import { invitationSecretFromOutbox } from '../../test/owner-database';
import { testEnvironment, uniqueEmail, uniqueSiren } from '../../test/test-environment';

/**
 * Every mutation of the schema, fuzzed through the real API (Fastify inject) by an administrator of a collectivité
 * that holds a few rows: hostile strings, numbers, dates, ids (random, malformed, another collectivité's) and enum
 * values, around a valid baseline so that calls reach the services and the database, not only validation.
 * No answer may be an internal error or a 5xx, and a refused call changes no row (read as the owner in SQL).
 *
 * A new mutation fails the suite until BASELINES has its entry (a valid call; the hostile variants are derived
 * from the schema's types). Deterministic: a fixed seed per mutation (FUZZ_SEED overrides it), printed on failure.
 */
const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 25);
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS']);
/** A request body stays under the API's 1 MiB limit: oversized bodies are another test's subject. */
const MAX_BODY_BYTES = 900_000;

interface World {
  admin: TestSession;
  /** A second session of the administrator, for `logout`. */
  spareSession: TestSession;
  tenantA: string;
  tenantB: string;
  sirenB: string;
  adminEmail: string;
  technicianMembershipId: string;
  invitationId: string;
  organisationId: string;
  secondOrganisationId: string;
  contactId: string;
  cooperationId: string;
  conventionId: string;
  signedConventionId: string;
  projectId: string;
  sharedProjectId: string;
  /** B's participation in A's shared project (A is the lead). */
  partnerParticipationId: string;
  /** A's invitation to B's project (A answers it). */
  invitationToAId: string;
  deliberationId: string;
  documentId: string;
  ids: IdPools;
  /** Users whose rows (and sessions) a refused call must not change. */
  userIds: string[];
}

type Auth = 'admin' | 'anonymous' | 'spare';

interface Baseline {
  auth?: Auth;
  variables: (world: World) => Record<string, unknown>;
}

const CONVENTION = (world: World) => ({
  title: 'Convention de coopération 2026-2028',
  reference: 'CONV-2026',
  startsOn: '2026-01-01',
  endsOn: '2028-12-31',
  objectives: "Améliorer l'accès à l'eau potable",
  means: 'Deux missions par an',
  forecastCommitment: '150000',
  parties: [{ name: 'La collectivité' }, { name: 'Commune partenaire', organisationId: world.organisationId, expectedResults: 'Service de l’eau', commitments: 'Maîtrise d’ouvrage' }],
});

const PROJECT = (world: World) => ({
  code: 'FUZZ-1',
  title: 'Eau potable pour trois villages',
  summary: 'Forages et comités de gestion.\nDeux phases.',
  engagementMode: 'DIRECT',
  actionKind: 'DECENTRALISED_COOPERATION',
  thematicDomains: ['WATER_SANITATION'],
  sectors: [
    { sectorCode: '14030', percentage: '70' },
    { sectorCode: '14081', percentage: '30' },
  ],
  sdgs: [{ goal: 6, target: '6.1' }, { goal: 6 }],
  countryCodes: ['BF', 'ML'],
  places: [{ name: 'Bobo-Dioulasso', countryCode: 'BF', latitude: 11.18, longitude: -4.29 }],
  plannedStart: '2026-03-01',
  plannedEnd: '2028-02-28',
  actualStart: null,
  actualEnd: null,
  plannedBudget: '120000.50',
  cooperationId: world.cooperationId,
  organisations: [{ organisationId: world.organisationId, iatiRole: 4 }],
  team: [{ userId: world.admin.userId, role: 'TECHNICIAN_IN_CHARGE' }],
  published: false,
});

const ORGANISATION = {
  name: 'Association Eau Vive Sahel',
  acronym: 'AEVS',
  kind: 'NGO',
  countryCode: 'BF',
  iatiTypeCode: '21',
  iatiIdentifier: 'BF-RCCM-2019-B-1234',
  website: 'https://eau-vive.example',
  email: 'contact@eau-vive.example',
  phone: '+226 20 00 00 00',
  address: 'Secteur 22\nBobo-Dioulasso',
  notes: 'Partenaire depuis 2019.',
};

const COOPERATION = (world: World) => ({
  name: 'Coopération Bretagne – Hauts-Bassins',
  partnerTerritory: 'Région des Hauts-Bassins',
  countryCode: 'BF',
  partnerOrganisationId: world.organisationId,
  startedOn: '2019-05-01',
  status: 'ACTIVE',
  description: 'Eau, assainissement, jeunesse.',
});

const DELIBERATION = (world: World) => ({
  number: 'DEL-2026-042',
  title: 'Approbation de la convention de coopération',
  assembly: 'MUNICIPAL_COUNCIL',
  object: 'CONVENTION',
  sessionDate: '2026-02-10',
  conventionId: world.conventionId,
  projects: [{ projectId: world.projectId, amount: '60000' }],
  budgetYear: 2026,
});

/** One valid call of each mutation; the fuzzer derives hostile variants from it and from the schema's types. */
const BASELINES: Record<string, Baseline> = {
  confirmSignUp: { auth: 'anonymous', variables: () => ({ token: randomToken() }) },
  requestPasswordReset: { auth: 'anonymous', variables: () => ({ email: 'personne.inconnue@example.test' }) },
  resetPassword: { auth: 'anonymous', variables: () => ({ input: { token: randomToken(), password: DEFAULT_PASSWORD } }) },
  acceptInvitation: { auth: 'anonymous', variables: () => ({ input: { token: randomToken(), name: 'Nouvelle Personne', password: DEFAULT_PASSWORD } }) },
  addOrganisationContact: { variables: (w) => ({ organisationId: w.organisationId, input: { name: 'Awa Ouédraogo', position: 'Directrice', email: 'awa@example.bf', phone: '+226 70 00 00 00' } }) },
  changeDeliberationStatus: { variables: (w) => ({ input: { deliberationId: w.deliberationId, status: 'SCHEDULED', date: '2026-02-10' } }) },
  correctDeliberationDate: { variables: (w) => ({ input: { deliberationId: w.deliberationId, field: 'sessionDate', date: '2026-02-11', reason: 'Séance déplacée au lendemain (registre).' } }) },
  changeMemberRole: { variables: (w) => ({ input: { membershipId: w.technicianMembershipId, role: 'EVALUATOR' } }) },
  changeProjectStatus: { variables: (w) => ({ input: { projectId: w.projectId, status: 'DIAGNOSTIC', overrideReason: null } }) },
  createConvention: { variables: (w) => ({ input: { cooperationId: w.cooperationId, ...CONVENTION(w) } }) },
  createConventionVersion: { variables: (w) => ({ previousId: w.signedConventionId, input: { ...CONVENTION(w), kind: 'AMENDMENT' } }) },
  createCooperation: { variables: (w) => ({ input: COOPERATION(w) }) },
  createDeliberation: { variables: (w) => ({ input: DELIBERATION(w) }) },
  createOrganisation: { variables: () => ({ input: ORGANISATION }) },
  createProject: { variables: (w) => ({ input: PROJECT(w) }) },
  deleteDocument: { variables: (w) => ({ id: w.documentId }) },
  inviteCollectivityToProject: { variables: (w) => ({ input: { projectId: w.sharedProjectId, siren: w.sirenB, role: 'PARTNER', contributions: [{ year: 2026, amount: '5000' }] } }) },
  inviteMember: { variables: () => ({ input: { email: 'nouvelle.personne@example.test', role: 'TECHNICIAN' } }) },
  leaveProject: { variables: (w) => ({ participationId: w.invitationToAId }) },
  login: { auth: 'anonymous', variables: (w) => ({ input: { email: w.adminEmail, password: 'pas le bon mot de passe' } }) },
  logout: { auth: 'spare', variables: () => ({}) },
  recordConventionTransmission: { variables: (w) => ({ id: w.signedConventionId, transmittedOn: '2025-01-20' }) },
  removeMember: { variables: (w) => ({ membershipId: w.technicianMembershipId }) },
  removeOrganisationContact: { variables: (w) => ({ id: w.contactId }) },
  resendInvitation: { variables: (w) => ({ id: w.invitationId }) },
  respondToProjectInvitation: { variables: (w) => ({ input: { participationId: w.invitationToAId, accept: true, contributions: [{ year: 2026, amount: '2500.50' }] } }) },
  revokeInvitation: { variables: (w) => ({ id: w.invitationId }) },
  revokeProjectParticipation: { variables: (w) => ({ participationId: w.partnerParticipationId }) },
  setOrganisationArchived: { variables: (w) => ({ id: w.secondOrganisationId, archived: true }) },
  setParticipationContribution: { variables: (w) => ({ input: { participationId: w.partnerParticipationId, year: 2026, amount: '7500' } }) },
  shareDocumentWithProject: { variables: (w) => ({ documentId: w.documentId, projectId: w.projectId, shared: true }) },
  // The project holds a deliberation: every variant is refused (or aims at nothing), none deletes it.
  deleteProject: { variables: (w) => ({ id: w.projectId }) },
  setServiceRevenues: { variables: () => ({ input: { year: 2025, waterRevenue: '1200000', sanitationRevenue: '800000', wasteRevenue: null, energyRevenue: '0' } }) },
  signConvention: { variables: (w) => ({ id: w.conventionId, signedOn: '2026-01-05' }) },
  signUp: {
    auth: 'anonymous',
    variables: () => ({
      input: { tenantName: 'Commune de Fuzz-sur-Mer', tenantKind: 'COMMUNE', siren: uniqueSiren(), regionCode: '53', adminName: 'Alex Fuzz', email: uniqueEmail('fuzz'), password: DEFAULT_PASSWORD },
    }),
  },
  switchTenant: { variables: (w) => ({ tenantId: w.tenantA }) },
  terminateConvention: { variables: (w) => ({ id: w.signedConventionId }) },
  updateConvention: { variables: (w) => ({ id: w.conventionId, input: CONVENTION(w) }) },
  updateCooperation: { variables: (w) => ({ id: w.cooperationId, input: COOPERATION(w) }) },
  updateDeliberation: { variables: (w) => ({ id: w.deliberationId, input: DELIBERATION(w) }) },
  updateOrganisation: { variables: (w) => ({ id: w.organisationId, input: ORGANISATION }) },
  updateOrganisationContact: { variables: (w) => ({ id: w.contactId, input: { name: 'Awa Ouédraogo', position: 'Secrétaire générale', email: null, phone: null } }) },
  updateProject: { variables: (w) => ({ id: w.projectId, input: { ...PROJECT(w), code: 'FUZZ-0' } }) },
  updateTenant: { variables: (w) => ({ input: { name: 'Commune fuzzée', kind: 'COMMUNE', siren: w.sirenB, regionCode: '53' } }) },
};

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function seedOf(mutation: string): number {
  return (BASE_SEED + createHash('sha256').update(mutation).digest().readUInt32BE(0)) | 0;
}

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('convention\n%%EOF\n')]);

async function uploadDocument(api: ApiTestClient, session: TestSession, ownerId: string): Promise<string> {
  const boundary = `----fuzz${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nCONVENTION\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${ownerId}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="convention.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await api.app.inject({
    method: 'POST',
    url: '/documents',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.body}`);
  return (response.json() as { id: string }).id;
}

/**
 * Row count and content checksum of every table, limited to what the fuzzed calls could touch: the rows of
 * collectivités A and B, and the collectivités, accounts and sessions that the strings sent could have created.
 * A table without tenant_id and without a scope here fails the suite.
 */
class RowCounter {
  private statement: string | null = null;

  constructor(private readonly client: Client) {}

  async snapshot(tenantIds: string[], userIds: string[], sent: Set<string>): Promise<Record<string, string>> {
    this.statement ??= await this.buildStatement();
    // A named statement: planned once, not on each of the thousand snapshots.
    const { rows } = await this.client.query<{ name: string; state: string }>({ name: 'fuzz-row-snapshot', text: this.statement, values: [tenantIds, userIds, [...sent]] });
    return Object.fromEntries(rows.map((row) => [row.name, row.state]));
  }

  private async buildStatement(): Promise<string> {
    const { rows } = await this.client.query<{ table_name: string; has_tenant: boolean }>(`
      SELECT t.tablename AS table_name,
             EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.tablename AND c.column_name = 'tenant_id') AS has_tenant
        FROM pg_tables t
       WHERE t.schemaname = 'public' AND t.tablename <> '_prisma_migrations'
       ORDER BY 1`);
    const scopedUsers = 'SELECT u.id FROM users u WHERE u.id = ANY($2::uuid[]) OR u.email = ANY($3::text[])';
    // Counted, not compared: the worker of another suite may send this collectivité's e-mails meanwhile (its
    // outbox sweep spans every collectivité), and the audit journal is append-only (a trigger refuses changes).
    const countedOnly = new Set(['email_deliveries', 'audit_events']);
    const tenantLess: Record<string, { where: string; checksum: boolean }> = {
      tenants: { where: 'x.id = ANY($1::uuid[]) OR x.siren = ANY($3::text[])', checksum: true },
      users: { where: `x.id IN (${scopedUsers})`, checksum: true },
      // Sessions slide their expiry on every request: counted, not compared.
      sessions: { where: `x.user_id IN (${scopedUsers})`, checksum: false },
      password_resets: { where: `x.user_id IN (${scopedUsers})`, checksum: true },
      sign_up_requests: { where: `x.email IN (SELECT u.email FROM users u WHERE u.id IN (${scopedUsers})) OR x.siren = ANY($3::text[])`, checksum: true },
    };
    return rows
      .map(({ table_name: table, has_tenant: hasTenant }) => {
        const scope = hasTenant ? { where: 'x.tenant_id = ANY($1::uuid[])', checksum: !countedOnly.has(table) } : tenantLess[table];
        if (!scope) throw new Error(`table ${table} has no tenant_id: give it a scope in RowCounter (mutation-fuzz.int.spec.ts)`);
        const checksum = scope.checksum ? "coalesce(sum(hashtextextended(x::text, 0)), 0)::text" : "''";
        return `SELECT '${table}' AS name, count(*)::text || ':' || ${checksum} AS state FROM "${table}" x WHERE ${scope.where}`;
      })
      .join('\nUNION ALL\n');
  }
}

function mutationFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {});
}

describe('fuzzing every mutation: no internal error, no row changed by a refused call', () => {
  let api: ApiTestClient;
  let owner: Client;
  let world: World;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    // Its own Redis prefix: the failed logins of the fuzz must not throttle the other suites of the run.
    api = await ApiTestClient.start({ redisPrefix: `${testEnvironment.redisPrefix}-fuzz` });
    schema = api.app.get(GraphQLSchemaHost).schema;
    owner = new Client({ connectionString: testEnvironment.ownerDatabaseUrl });
    await owner.connect();
    const fixtures = new CooperationFixtures(api);

    const admin = await api.signUp();
    const spareSession = await api.login(admin.email, admin.password);
    const other = await api.signUp();
    const technician = await api.addMember(admin, 'TECHNICIAN', invitationSecretFromOutbox);
    const members = await api.graphql<{ members: { edges: { node: { id: string; userId: string } }[] } }>('{ members { edges { node { id userId } } } }', {}, admin);
    const technicianMembershipId = members.data!.members.edges.find((edge) => edge.node.userId === technician.userId)!.node.id;
    const invited = await api.graphql<{ inviteMember: { id: string } }>(INVITE, { input: { email: uniqueEmail('pending'), role: 'EVALUATOR' } }, admin);
    const organisation = await fixtures.organisation(admin);
    const secondOrganisation = await fixtures.organisation(admin, { name: 'Agence de l’eau Loire-Bretagne', kind: 'COFINANCER', countryCode: 'FR', iatiTypeCode: '10' });
    const contact = await fixtures.contact(admin, organisation.id);
    const cooperation = await fixtures.cooperation(admin, organisation.id);
    const convention = await fixtures.convention(admin, cooperation.id);
    const signed = await fixtures.convention(admin, cooperation.id, { title: 'Convention signée' });
    await fixtures.signConvention(admin, signed.id);
    const project = await fixtures.project(admin, { cooperationId: cooperation.id, organisations: [{ organisationId: organisation.id, iatiRole: 4 }] });
    const shared = await fixtures.project(admin, { engagementMode: 'MUTUALISED', title: 'Projet mutualisé' });
    const sirenB = await tenantSiren(api, other);
    const partner = await fixtures.inviteToProject(admin, shared.id, sirenB);
    await fixtures.respond(other, partner.id, true);
    const deliberation = await fixtures.deliberation(admin, { projects: [{ projectId: project.id, amount: '60000' }] });
    const documentId = await uploadDocument(api, admin, convention.id);

    const otherOrganisation = await fixtures.organisation(other);
    const otherCooperation = await fixtures.cooperation(other, otherOrganisation.id);
    const otherConvention = await fixtures.convention(other, otherCooperation.id);
    const otherProject = await fixtures.project(other);
    const otherDeliberation = await fixtures.deliberation(other, { projects: [{ projectId: otherProject.id, amount: '1000' }] });
    const invitationToA = await fixtures.inviteToProject(other, otherProject.id, await tenantSiren(api, admin));
    const otherMembers = await api.graphql<{ members: { edges: { node: { id: string } }[] } }>('{ members { edges { node { id } } } }', {}, other);

    world = {
      admin,
      spareSession,
      tenantA: admin.tenantId,
      tenantB: other.tenantId,
      sirenB,
      adminEmail: admin.email,
      technicianMembershipId,
      invitationId: invited.data!.inviteMember.id,
      organisationId: organisation.id,
      secondOrganisationId: secondOrganisation.id,
      contactId: contact.id,
      cooperationId: cooperation.id,
      conventionId: convention.id,
      signedConventionId: signed.id,
      projectId: project.id,
      sharedProjectId: shared.id,
      partnerParticipationId: partner.id,
      invitationToAId: invitationToA.id,
      deliberationId: deliberation.id,
      documentId,
      // The administrator's own membership is left out: the fuzz must not demote or remove its own account.
      ids: {
        own: [admin.tenantId, admin.userId, technician.userId, technicianMembershipId, invited.data!.inviteMember.id, organisation.id, secondOrganisation.id, contact.id, cooperation.id, convention.id, signed.id, project.id, shared.id, partner.id, invitationToA.id, deliberation.id, documentId],
        foreign: [other.tenantId, other.userId, otherMembers.data!.members.edges[0].node.id, otherOrganisation.id, otherCooperation.id, otherConvention.id, otherProject.id, otherDeliberation.id],
      },
      userIds: [admin.userId, technician.userId, other.userId],
    };
  }, 60_000);

  afterAll(async () => {
    await owner?.end();
    await api?.close();
  });

  it('has a baseline for every mutation of the schema', () => {
    const names = mutationFields(schema).map((field) => field.name);
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => !(name in BASELINES))).toEqual([]);
    expect(Object.keys(BASELINES).filter((name) => !names.includes(name))).toEqual([]);
  });

  it(`answers every fuzzed call with a coded error or a result (${RUNS_PER_MUTATION} runs per mutation)`, async () => {
    const counter = new RowCounter(owner);
    const sent = new Set<string>();
    const tenants = [world.tenantA, world.tenantB];
    let counts = await counter.snapshot(tenants, world.userIds, sent);
    const outcomes = new Outcomes();

    for (const field of mutationFields(schema)) {
      const baseline = BASELINES[field.name];
      if (!baseline) continue; // reported by the completeness test
      const query = operationFor('mutation', field);
      const session = { admin: world.admin, spare: world.spareSession, anonymous: undefined }[baseline.auth ?? 'admin'];
      const seed = seedOf(field.name);
      await fc.assert(
        fc.asyncProperty(variablesArbitrary(field.args, baseline.variables(world), world.ids), async (variables) => {
          const body = JSON.stringify({ query, variables });
          fc.pre(Buffer.byteLength(body) < MAX_BODY_BYTES);
          // The SIRENs and e-mail addresses sent: what a collectivité or an account created by a call would carry.
          for (const text of stringsIn(variables)) {
            const siren = normalizeSiren(text);
            const email = text.trim().toLowerCase();
            if (/^\d{9}$/.test(siren)) sent.add(siren);
            if (email.includes('@') && email.length <= 254 && !email.includes('\u0000')) sent.add(email);
          }
          const response = await api.graphql(query, variables, session);
          const after = await counter.snapshot(tenants, world.userIds, sent);
          const before = counts;
          counts = after;
          expectCodedAnswer(field.name, variables, response);
          outcomes.record(field.name, response.errors?.[0]?.extensions?.reason ?? response.errors?.[0]?.extensions?.code ?? 'OK');
          if (response.errors?.length) {
            const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
            if (changed.length > 0) throw new Error(`${field.name} was refused (${response.errors[0].extensions?.code}) yet changed ${changed.join(', ')}`);
          }
        }),
        { seed, numRuns: RUNS_PER_MUTATION, endOnFailure: true },
      ).catch((error: unknown) => {
        const cause = (error as Error).cause instanceof Error ? `\n${((error as Error).cause as Error).message}` : '';
        throw new Error(`Mutation ${field.name} (seed ${seed}, FUZZ_SEED=${BASE_SEED}): ${(error as Error).message}${cause}`, { cause: error });
      });
    }
    // FUZZ_VERBOSE=1 prints what the calls answered, to see which layers the fuzz reaches.
    if (process.env.FUZZ_VERBOSE) console.log(outcomes.summary());
  }, 240_000);
});

class Outcomes {
  private readonly byMutation = new Map<string, Map<string, number>>();

  record(mutation: string, outcome: string): void {
    const counts = this.byMutation.get(mutation) ?? new Map<string, number>();
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    this.byMutation.set(mutation, counts);
  }

  summary(): string {
    return [...this.byMutation]
      .map(([mutation, counts]) => `${mutation}: ${[...counts].map(([outcome, count]) => `${outcome}×${count}`).join(' ')}`)
      .join('\n');
  }
}

function expectCodedAnswer(mutation: string, variables: Record<string, unknown>, response: GraphqlResponse & { setCookie: string[] }): void {
  const problem =
    response.status >= 500
      ? `HTTP ${response.status}`
      : response.errors?.find((error) => !KNOWN_CODES.has(error.extensions?.code ?? ''))
        ? `error ${JSON.stringify(response.errors)}`
        : !response.errors?.length && !response.data
          ? 'neither data nor errors'
          : null;
  if (problem) {
    const shown = JSON.stringify(variables).slice(0, 2000);
    throw new Error(`${mutation} answered ${problem}\nvariables: ${shown}`);
  }
}
