import { todayInParis } from '@passerelles/domain/calendar-date';
import { ApiTestClient, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures } from '../../../test/cooperation-fixtures';
import { withOwnerClient } from '../../../test/owner-database';

const CONVENTION = 'query C($id: ID!) { convention(id: $id) { status validity inForce versionNumber kind previousVersionId nextVersionId supersededBy signedOn prefectureTransmittedOn } }';
const SIGN = 'mutation S($id: ID!, $on: String!) { signConvention(id: $id, signedOn: $on) { id status } }';
const TRANSMIT = 'mutation T($id: ID!, $on: String!) { recordConventionTransmission(id: $id, transmittedOn: $on) { id inForce validity } }';
const NEW_VERSION = 'mutation V($id: ID!, $input: ConventionVersionInput!) { createConventionVersion(previousId: $id, input: $input) { id versionNumber kind previousVersionId } }';
const CHANGE_STATUS = 'mutation S($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { id status } }';

interface ConventionState {
  status: string;
  validity: string;
  inForce: boolean;
  versionNumber: number;
  kind: string;
  previousVersionId: string | null;
  nextVersionId: string | null;
  supersededBy: string | null;
  signedOn: string | null;
  prefectureTransmittedOn: string | null;
}

function tomorrowInParis(): string {
  return new Date(Date.parse(`${todayInParis()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function amendment(title: string, kind = 'AMENDMENT') {
  return { kind, title, startsOn: '2025-01-01', endsOn: '2028-12-31', objectives: 'Étendre le réseau', forecastCommitment: '200000', parties: [{ name: 'La collectivité' }, { name: 'Partenaire' }] };
}

describe('the legal rules of conventions', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;
  let admin: TestSession;
  let cooperationId: string;

  beforeAll(async () => {
    // A pool wider than the concurrent requests below, so that they really overlap in PostgreSQL.
    api = await ApiTestClient.start({ databasePoolSize: 10 });
    fixtures = new CooperationFixtures(api);
    admin = await api.signUp();
    cooperationId = (await fixtures.cooperation(admin)).id;
  });
  afterAll(() => api.close());

  async function state(id: string): Promise<ConventionState> {
    const response = await api.graphql<{ convention: ConventionState }>(CONVENTION, { id }, admin);
    return response.data!.convention;
  }

  describe('signing', () => {
    it('requires the forecast financial commitment (loi Thiollière), on that field, and leaves the draft unsigned', async () => {
      const convention = await fixtures.convention(admin, cooperationId, { forecastCommitment: null });
      const response = await api.graphql(SIGN, { id: convention.id, on: '2025-01-15' }, admin);
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'COMMITMENT_REQUIRED',
        fields: [{ field: 'forecastCommitment', message: "Indiquez l'engagement financier prévisionnel de la convention avant de la signer (loi Thiollière)." }],
      });
      expect(await state(convention.id)).toMatchObject({ status: 'DRAFT', signedOn: null });

      // A zero commitment is a commitment.
      const free = await fixtures.convention(admin, cooperationId, { forecastCommitment: '0' });
      expect((await api.graphql(SIGN, { id: free.id, on: '2025-01-15' }, admin)).errors).toBeUndefined();
    });

    it.each([
      ['after its end', '2025-12-31', '2026-01-05', 'SIGNED_AFTER_END', 'La signature ne peut pas être postérieure à la fin de la convention (31 décembre 2025).'],
      ['on a day still to come', '2099-12-31', tomorrowInParis(), 'SIGNED_IN_FUTURE', 'La date de signature ne peut pas être dans le futur.'],
    ])('refuses a signature %s, on the date', async (_label, endsOn, signedOn, reason, message) => {
      const convention = await fixtures.convention(admin, cooperationId, { endsOn });
      const response = await api.graphql(SIGN, { id: convention.id, on: signedOn }, admin);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: [{ field: 'signedOn', message }] });
      expect((await state(convention.id)).status).toBe('DRAFT');
    });

    it.each([
      ['before the signature', '2025-01-14', 'TRANSMITTED_BEFORE_SIGNATURE', 'La transmission au préfet ne peut pas précéder la signature (15 janvier 2025).'],
      ['on a day still to come', tomorrowInParis(), 'TRANSMITTED_IN_FUTURE', 'La date de transmission ne peut pas être dans le futur.'],
    ])('refuses a transmission to the préfet %s', async (_label, transmittedOn, reason, message) => {
      const convention = await fixtures.convention(admin, cooperationId);
      await fixtures.signConvention(admin, convention.id, '2025-01-15');
      const response = await api.graphql(TRANSMIT, { id: convention.id, on: transmittedOn }, admin);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: [{ field: 'transmittedOn', message }] });
      expect(await state(convention.id)).toMatchObject({ prefectureTransmittedOn: null, inForce: false });
    });
  });

  describe('in force', () => {
    it('is in force from the transmission to the préfet, not from the signature', async () => {
      const convention = await fixtures.convention(admin, cooperationId);
      await fixtures.signConvention(admin, convention.id);
      expect(await state(convention.id)).toMatchObject({ status: 'SIGNED', validity: 'NOT_TRANSMITTED', inForce: false });
      const transmitted = await api.graphql<{ recordConventionTransmission: { inForce: boolean; validity: string } }>(TRANSMIT, { id: convention.id, on: '2025-01-20' }, admin);
      expect(transmitted.data!.recordConventionTransmission).toMatchObject({ inForce: true, validity: 'ACTIVE' });
    });

    it('is not in force before its start, even signed and transmitted', async () => {
      const convention = await fixtures.conventionInForce(admin, cooperationId, { startsOn: '2098-01-01', endsOn: '2099-12-31' });
      expect(await state(convention.id)).toMatchObject({ validity: 'NOT_STARTED', inForce: false });
    });

    it('keeps the database from storing what the rules forbid (CHECK constraints named after the rule)', async () => {
      const convention = await fixtures.conventionInForce(admin, cooperationId);
      await withOwnerClient(async (client) => {
        const attempts: [string, string][] = [
          ['UPDATE conventions SET prefecture_transmitted_on = signed_on - 1 WHERE id = $1', 'conventions_signature_before_transmission'],
          ['UPDATE conventions SET forecast_commitment = NULL WHERE id = $1', 'conventions_signed_with_forecast_commitment'],
          ["UPDATE conventions SET signed_on = ends_on + 1, prefecture_transmitted_on = NULL WHERE id = $1", 'conventions_signature_not_after_end'],
          ["UPDATE conventions SET status = 'DRAFT' WHERE id = $1", 'conventions_signature_matches_status'],
          ['UPDATE conventions SET ends_on = starts_on - 1 WHERE id = $1', 'conventions_dates'],
          ["UPDATE conventions SET kind = 'AMENDMENT' WHERE id = $1", 'conventions_version_chain'],
        ];
        for (const [sql, constraint] of attempts) await expect(client.query(sql, [convention.id])).rejects.toMatchObject({ code: '23514', constraint });
      });
      expect(await state(convention.id)).toMatchObject({ inForce: true });
    });
  });

  describe('amendments and renewals', () => {
    it('keeps the signed version in force while its amendment is a draft, then shows it superseded once the amendment is signed', async () => {
      const initial = await fixtures.conventionInForce(admin, cooperationId, { title: 'Convention remplacée' });
      const draft = await api.graphql<{ createConventionVersion: { id: string; versionNumber: number } }>(NEW_VERSION, { id: initial.id, input: amendment('Avenant n° 1') }, admin);
      const amendmentId = draft.data!.createConventionVersion.id;
      expect(draft.data!.createConventionVersion.versionNumber).toBe(2);
      expect(await state(initial.id)).toMatchObject({ validity: 'ACTIVE', inForce: true, nextVersionId: amendmentId, supersededBy: null });

      await fixtures.signConvention(admin, amendmentId, '2025-06-01');
      expect(await state(initial.id)).toMatchObject({ validity: 'SUPERSEDED', inForce: false, nextVersionId: amendmentId, supersededBy: amendmentId });
      expect(await state(amendmentId)).toMatchObject({ versionNumber: 2, kind: 'AMENDMENT', previousVersionId: initial.id, validity: 'NOT_TRANSMITTED', supersededBy: null });

      // Near its end, the superseded version stays out of the expiring and expired lists.
      await withOwnerClient((client) => client.query('UPDATE conventions SET ends_on = current_date + 20 WHERE id = $1', [initial.id]));
      const expiring = await api.graphql<{ conventions: { edges: { node: { id: string } }[] } }>('{ conventions(validity: [EXPIRING_SOON, EXPIRED], first: 100) { edges { node { id } } } }', {}, admin);
      expect(expiring.data!.conventions.edges.map((edge) => edge.node.id)).not.toContain(initial.id);
      const superseded = await api.graphql<{ conventions: { edges: { node: { id: string } }[] } }>('{ conventions(validity: [SUPERSEDED], first: 100) { edges { node { id } } } }', {}, admin);
      expect(superseded.data!.conventions.edges.map((edge) => edge.node.id)).toContain(initial.id);

      // A version already followed is not amended a second time: the amendment is amended instead.
      const again = await api.graphql(NEW_VERSION, { id: initial.id, input: amendment('Avenant concurrent') }, admin);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONVENTION_ALREADY_FOLLOWED' });
      expect(again.errors?.[0].message).toBe('Cette version a déjà été remplacée par la version 2 : partez de la dernière version.');
      const third = await api.graphql<{ createConventionVersion: { versionNumber: number } }>(NEW_VERSION, { id: amendmentId, input: amendment('Renouvellement 2029', 'RENEWAL') }, admin);
      expect(third.data!.createConventionVersion.versionNumber).toBe(3);
    });

    it('numbers concurrent amendments of one version atomically: one becomes version 2, the others are refused', async () => {
      const initial = await fixtures.conventionInForce(admin, cooperationId, { title: 'Convention très demandée' });
      const attempts = await Promise.all(
        Array.from({ length: 6 }, (_, index) => api.graphql<{ createConventionVersion: { id: string; versionNumber: number } }>(NEW_VERSION, { id: initial.id, input: amendment(`Avenant simultané ${index}`) }, admin)),
      );
      const created = attempts.filter((attempt) => attempt.data?.createConventionVersion);
      expect(created).toHaveLength(1);
      expect(created[0].data!.createConventionVersion.versionNumber).toBe(2);
      const refusals = attempts.filter((attempt) => attempt.errors).map((attempt) => attempt.errors![0].extensions);
      expect(refusals).toEqual(Array.from({ length: 5 }, () => expect.objectContaining({ code: 'CONFLICT', reason: 'CONVENTION_ALREADY_FOLLOWED' })));
      const successors = await withOwnerClient((client) => client.query('SELECT version_number FROM conventions WHERE previous_version_id = $1', [initial.id]));
      expect(successors.rows).toEqual([{ version_number: 2 }]);
    });

    it('has a unique index as the last guard when a write goes around the service', async () => {
      const initial = await fixtures.conventionInForce(admin, cooperationId, { title: 'Convention gardée par un index' });
      const insert = `INSERT INTO conventions (id, tenant_id, cooperation_id, title, kind, version_number, previous_version_id, starts_on, ends_on, objectives, updated_at)
        SELECT gen_random_uuid(), tenant_id, cooperation_id, 'Avenant par la bande', 'AMENDMENT', 2, id, starts_on, ends_on, objectives, now() FROM conventions WHERE id = $1`;
      await withOwnerClient(async (client) => {
        await client.query(insert, [initial.id]);
        await expect(client.query(insert, [initial.id])).rejects.toMatchObject({ code: '23505', constraint: 'conventions_one_successor_per_version' });
      });
    });
  });

  describe('the PROGRAMMED step of a project needs a convention in force', () => {
    async function programme(conventionSetUp: (cooperation: string) => Promise<unknown>): Promise<string | undefined> {
      const cooperation = (await fixtures.cooperation(admin)).id;
      await conventionSetUp(cooperation);
      const project = await fixtures.project(admin, { cooperationId: cooperation });
      const response = await api.graphql<{ changeProjectStatus: { status: string } }>(CHANGE_STATUS, { input: { projectId: project.id, status: 'PROGRAMMED' } }, admin);
      return response.data?.changeProjectStatus.status ?? (response.errors?.[0].extensions?.reason as string);
    }

    it.each<[string, (fixtures: CooperationFixtures, session: TestSession, cooperation: string) => Promise<unknown>, string]>([
      ['signed and transmitted, within its dates', (f, s, c) => f.conventionInForce(s, c), 'PROGRAMMED'],
      ['signed, never transmitted to the préfet', async (f, s, c) => f.signConvention(s, (await f.convention(s, c)).id), 'PROGRAMMING_REQUIRES_COMMITMENT'],
      ['signed and transmitted, starting in 2098', (f, s, c) => f.conventionInForce(s, c, { startsOn: '2098-01-01', endsOn: '2099-12-31' }), 'PROGRAMMING_REQUIRES_COMMITMENT'],
      ['a draft', (f, s, c) => f.convention(s, c), 'PROGRAMMING_REQUIRES_COMMITMENT'],
      [
        'superseded by a signed amendment not yet transmitted',
        async (f, s, c) => {
          const initial = await f.conventionInForce(s, c);
          const next = await api.graphql<{ createConventionVersion: { id: string } }>(NEW_VERSION, { id: initial.id, input: amendment('Avenant non transmis') }, s);
          await f.signConvention(s, next.data!.createConventionVersion.id, '2025-06-01');
        },
        'PROGRAMMING_REQUIRES_COMMITMENT',
      ],
    ])('with a convention %s → %s', async (_label, setUp, expected) => {
      expect(await programme((cooperation) => setUp(fixtures, admin, cooperation))).toBe(expected);
    });
  });
});
