import { randomUUID } from 'node:crypto';
import type { Database } from '@passerelles/db/database';
import { createDatabase } from '@passerelles/db/create-database';
import { createPgPool } from '@passerelles/db/pg-pool';
import { createPrismaClient } from '@passerelles/db/prisma-client';
import { readDatabaseError } from '@passerelles/db/database-error';
import { ErrorCode } from '@passerelles/domain/domain-error';
import { withOwnerClient } from '../../../test/owner-database';
import { testEnvironment, uniqueSiren } from '../../../test/test-environment';
import { DATABASE_CONSTRAINTS, type ConstraintRule } from '../database-constraints';
import { mapDatabaseError } from '../database-error-mapper';

/**
 * Every constraint, unique index and constraint trigger of the migrated schema, by name, and every name a
 * trigger function raises with `RAISE … USING CONSTRAINT = '…'`.
 */
async function schemaConstraintNames(): Promise<string[]> {
  return withOwnerClient(async (client) => {
    const raised = (
      await client.query<{ source: string }>(`SELECT p.prosrc AS source FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prosrc LIKE '%CONSTRAINT%'`)
    ).rows.flatMap((row) => [...row.source.matchAll(/CONSTRAINT\s*=\s*'([a-z0-9_]+)'/g)].map((match) => match[1]));
    const { rows } = await client.query<{ name: string }>(`
      SELECT c.conname AS name
        FROM pg_constraint c
       WHERE c.connamespace = 'public'::regnamespace
         AND c.contype IN ('p', 'u', 'f', 'c', 'x', 't')
         AND c.conrelid <> 'public._prisma_migrations'::regclass
      UNION
      SELECT i.relname AS name
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
       WHERE x.indisunique
         AND i.relnamespace = 'public'::regnamespace
         AND x.indrelid <> 'public._prisma_migrations'::regclass
      ORDER BY name`);
    return [...new Set([...rows.map((row) => row.name), ...raised])].sort();
  });
}

describe('database errors: one mapper, keyed by constraint name', () => {
  let database: Database;
  let tenantId: string;
  let projectId: string;
  let organisationId: string;

  /** Runs the work in its own transaction (as the owner: these tests forge rows validation would refuse). */
  async function failure(work: (tx: ReturnType<Database['tx']>) => Promise<unknown>): Promise<unknown> {
    try {
      await database.maintenanceTransaction({}, () => work(database.tx()));
    } catch (error) {
      return error;
    }
    throw new Error('the statement was expected to fail');
  }

  beforeAll(async () => {
    database = createDatabase({ connectionString: testEnvironment.ownerDatabaseUrl, poolSize: 2 });
    tenantId = randomUUID();
    const siren = uniqueSiren();
    await database.maintenanceTransaction({}, async () => {
      await database.tx().tenant.create({ data: { id: tenantId, name: 'Commune des erreurs', kind: 'COMMUNE', siren, regionCode: '53', slug: `erreurs-${siren}` } });
      const organisation = await database.tx().organisation.create({ data: { tenantId, name: 'ONG', kind: 'NGO', countryCode: 'BF', iatiTypeCode: '21' } });
      organisationId = organisation.id;
      const project = await database.tx().project.create({
        data: { tenantId, code: 'ERR-1', title: 'Projet des erreurs', engagementMode: 'DIRECT', actionKind: 'TWINNING' },
      });
      projectId = project.id;
      await database.tx().projectOrganisation.create({ data: { tenantId, projectId, organisationId, iatiRole: 1, name: 'ONG', countryCode: 'BF', iatiTypeCode: '21' } });
      await database.tx().projectSdg.create({ data: { tenantId, projectId, goal: 6, target: null } });
    });
  });
  afterAll(() => database.disconnect());

  it('has an entry for every constraint of the schema, and none for a constraint that no longer exists', async () => {
    const names = await schemaConstraintNames();
    expect(names.length).toBeGreaterThan(50);
    const missing = names.filter((name) => !Object.hasOwn(DATABASE_CONSTRAINTS, name));
    // A new constraint needs its entry in apps/api/src/errors/database-constraints.ts.
    expect(missing).toEqual([]);
    expect(Object.keys(DATABASE_CONSTRAINTS).filter((name) => !names.includes(name))).toEqual([]);
  });

  it('unique violation → its coded answer, with the field', async () => {
    const error = await failure((tx) => tx.project.create({ data: { tenantId, code: 'ERR-1', title: 'Doublon', engagementMode: 'DIRECT', actionKind: 'TWINNING' } }));
    expect(readDatabaseError(error)).toMatchObject({ sqlState: '23505', constraint: 'projects_tenant_id_code_key', table: 'projects' });
    expect(mapDatabaseError(error)).toMatchObject({
      code: ErrorCode.Conflict,
      reason: 'PROJECT_CODE_TAKEN',
      message: 'Un projet de la collectivité porte déjà ce code.',
      fields: [{ field: 'code', message: 'Code déjà utilisé.' }],
    });
  });

  it('a goal-only SDG twice collides (NULLS NOT DISTINCT)', async () => {
    const error = await failure((tx) => tx.projectSdg.create({ data: { tenantId, projectId, goal: 6, target: null } }));
    expect(mapDatabaseError(error)).toMatchObject({ code: ErrorCode.BadUserInput, reason: 'DUPLICATE_SDG', fields: [{ field: 'sdgs' }] });
  });

  it('foreign key: a missing parent on insert, a parent still in use on delete', async () => {
    const missing = await failure((tx) => tx.cooperation.create({ data: { tenantId, name: 'C', partnerTerritory: 'T', countryCode: 'BF', partnerOrganisationId: randomUUID() } }));
    expect(readDatabaseError(missing)).toMatchObject({ sqlState: '23503', constraint: 'cooperations_tenant_id_partner_organisation_id_fkey', statement: 'INSERT' });
    expect(mapDatabaseError(missing)).toMatchObject({ code: ErrorCode.BadUserInput, reason: 'INVALID_REFERENCE', fields: [{ field: 'partnerOrganisationId' }] });

    const inUse = await failure((tx) => tx.organisation.delete({ where: { id: organisationId } }));
    expect(readDatabaseError(inUse)).toMatchObject({ sqlState: '23503', constraint: 'project_organisations_tenant_id_organisation_id_fkey', statement: 'DELETE' });
    expect(mapDatabaseError(inUse)).toMatchObject({ code: ErrorCode.Conflict, reason: 'STILL_REFERENCED', message: 'Cette organisation participe à un projet : archivez-la plutôt.' });
  });

  it('check violation → named by its constraint, not by its message', async () => {
    const error = await failure((tx) => tx.project.update({ where: { id: projectId }, data: { actualStart: new Date('2030-01-01'), actualEnd: new Date('2020-01-01') } }));
    expect(readDatabaseError(error)).toMatchObject({ sqlState: '23514', constraint: 'projects_actual_dates', table: 'projects' });
    expect(mapDatabaseError(error)).toMatchObject({ code: ErrorCode.BadUserInput, reason: 'END_BEFORE_START', fields: [{ field: 'actualEnd' }] });
  });

  it('a deferred constraint trigger failing at COMMIT is mapped by the name it raises', async () => {
    const error = await failure((tx) => tx.projectSector.create({ data: { tenantId, projectId, sectorCode: '14030', percentage: '40' } }));
    expect(readDatabaseError(error)).toMatchObject({ sqlState: '23514', constraint: 'project_sectors_sum_check', statement: 'COMMIT' });
    expect(mapDatabaseError(error)).toMatchObject({ code: ErrorCode.BadUserInput, reason: 'SECTORS_NOT_100', fields: [{ field: 'sectors' }] });
    // Still read when something wraps it.
    expect(mapDatabaseError(new Error('job failed', { cause: error }))).toMatchObject({ reason: 'SECTORS_NOT_100' });
  });

  it('not-null violation → the column as the field', async () => {
    const error = await failure((tx) => tx.$executeRaw`UPDATE projects SET title = NULL WHERE id = ${projectId}::uuid`);
    expect(readDatabaseError(error)).toMatchObject({ sqlState: '23502', column: 'title', table: 'projects' });
    expect(mapDatabaseError(error)).toMatchObject({ code: ErrorCode.BadUserInput, reason: 'REQUIRED', fields: [{ field: 'title', message: 'Ce champ est obligatoire.' }] });
  });

  it('exclusion violation → read by constraint name, mapped through the registry', async () => {
    const error = await failure(async (tx) => {
      await tx.$executeRawUnsafe('CREATE TEMPORARY TABLE bookings (during int4range, EXCLUDE USING gist (during WITH &&))');
      await tx.$executeRawUnsafe("INSERT INTO bookings VALUES ('[1,10)'), ('[5,15)')");
    });
    expect(readDatabaseError(error)).toMatchObject({ sqlState: '23P01', constraint: 'bookings_during_excl' });
    const registry: Record<string, ConstraintRule> = {
      bookings_during_excl: { kind: 'answer', answer: { code: ErrorCode.Conflict, reason: 'OVERLAP', message: 'Ces périodes se chevauchent.', field: 'during' } },
    };
    expect(mapDatabaseError(error, registry)).toMatchObject({ code: ErrorCode.Conflict, reason: 'OVERLAP', fields: [{ field: 'during', message: 'Ces périodes se chevauchent.' }] });
    // Unknown to the registry: it stays an internal error.
    expect(mapDatabaseError(error)).toBeNull();
  });

  it.each([
    ['22P02', "SELECT 'not-a-uuid'::uuid", 'INVALID_VALUE'],
    ['22007', "SELECT 'yesterday-ish'::date", 'INVALID_DATE'],
    ['22008', "SELECT '2024-13-45'::date", 'INVALID_DATE'],
    ['22003', 'SELECT 99999999999::integer', 'NUMBER_OUT_OF_RANGE'],
  ])('data exception %s → BAD_USER_INPUT by SQLSTATE', async (sqlState, sql, reason) => {
    const error = await failure((tx) => tx.$queryRawUnsafe(sql));
    expect(readDatabaseError(error)?.sqlState).toBe(sqlState);
    expect(mapDatabaseError(error)).toMatchObject({ code: ErrorCode.BadUserInput, reason });
  });

  it('a string too long for its column and a NUL character → BAD_USER_INPUT', async () => {
    const tooLong = await failure((tx) => tx.projectSdg.create({ data: { tenantId, projectId, goal: 6, target: '6.1.1.1.1.1' } }));
    expect(readDatabaseError(tooLong)?.sqlState).toBe('22001');
    expect(mapDatabaseError(tooLong)).toMatchObject({ code: ErrorCode.BadUserInput, reason: 'VALUE_TOO_LONG' });
    const nul = await failure((tx) => tx.project.findMany({ where: { title: { contains: 'a\u0000b' } } }));
    expect(readDatabaseError(nul)?.sqlState).toBe('22021');
    expect(mapDatabaseError(nul)).toMatchObject({ code: ErrorCode.BadUserInput, reason: 'INVALID_CHARACTER' });
  });

  it('leaves what is not a refusal of input to the internal-error path', async () => {
    const bug = await failure((tx) => tx.$queryRawUnsafe('SELECT no_such_column FROM projects'));
    expect(readDatabaseError(bug)?.sqlState).toBe('42703');
    expect(mapDatabaseError(bug)).toBeNull();
    const duplicateId = await failure((tx) => tx.organisation.create({ data: { id: organisationId, tenantId, name: 'Clone', kind: 'NGO', countryCode: 'BF', iatiTypeCode: '21' } }));
    expect(readDatabaseError(duplicateId)).toMatchObject({ sqlState: '23505', constraint: 'organisations_pkey' });
    expect(mapDatabaseError(duplicateId)).toBeNull();
    expect(mapDatabaseError(new Error('not a database error'))).toBeNull();
  });

  it('reads Prisma errors raised outside a Database transaction from the driver adapter alone', async () => {
    // A bare Prisma client of its own: the application never has one, but an error can still come unwrapped.
    const bare = createPrismaClient({ pool: createPgPool({ connectionString: testEnvironment.ownerDatabaseUrl, size: 1 }) });
    const error = await bare.project
      .create({ data: { tenantId, code: 'ERR-1', title: 'Doublon', engagementMode: 'DIRECT', actionKind: 'TWINNING' } })
      .catch((caught: unknown) => caught)
      .finally(() => bare.$disconnect());
    expect(readDatabaseError(error)).toMatchObject({ sqlState: '23505', constraint: 'projects_tenant_id_code_key' });
    expect(mapDatabaseError(error)).toMatchObject({ reason: 'PROJECT_CODE_TAKEN' });
  });
});
