import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { todayInParis } from '@passerelles/domain/calendar-date';
import { conventionValidity, isConventionInForce } from '@passerelles/domain/convention-expiry';
import { signingProblems, transmissionProblems } from '@passerelles/domain/convention-signing';
import { countryName } from '@passerelles/reference-data/countries';
import type {
  ConventionValues,
  ConventionVersionValues,
  CooperationValues,
  CreateConventionValues,
} from '@passerelles/shared/schemas/cooperation.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { fromIsoDate, toAmount, toIsoDate } from '../database/column-values';
import { NotFoundError } from '../errors/common.errors';
import { toConnection } from '../pagination/connection';
import type { PageRequest } from '../pagination/page-request';
import { conventionFacts } from './convention-facts';
import { ConventionAlreadyFollowedError, ConventionNotEditableError, ConventionRuleError, ConventionStatusError, UnknownOrganisationError } from './cooperation.errors';
import { CooperationRepository, type ConventionStep, type NewCooperation } from './cooperation.repository';
import { ConventionValidityState, type CooperationStatus } from './models/cooperation-enums';
import type { Convention, ConventionConnection } from './models/convention.model';
import type { Cooperation, CooperationConnection } from './models/cooperation.model';

type ConventionRow = NonNullable<Awaited<ReturnType<CooperationRepository['findConvention']>>>;
type CooperationRow = NonNullable<Awaited<ReturnType<CooperationRepository['findCooperation']>>>;

@Injectable()
export class CooperationService {
  constructor(
    private readonly database: Database,
    private readonly cooperations: CooperationRepository,
    private readonly audit: AuditTrail,
  ) {}

  listCooperations(filter: { text?: string; countryCode?: string; status?: CooperationStatus }, page: PageRequest): Promise<CooperationConnection> {
    const today = todayInParis();
    return this.database.tenantTransaction(async () => {
      const [rows, total] = await this.cooperations.listCooperationsPage(filter, page);
      return toConnection(rows, total, page, (row) => toCooperation(row, today));
    });
  }

  getCooperation(id: string): Promise<Cooperation> {
    return this.database.tenantTransaction(async () => toCooperation(await this.existingCooperation(id), todayInParis()));
  }

  createCooperation(values: CooperationValues): Promise<Cooperation> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      await this.assertOrganisationsExist([values.partnerOrganisationId], 'partnerOrganisationId');
      const created = await this.cooperations.createCooperation(tenantId, toNewCooperation(values));
      await this.audit.record({ entity: 'Cooperation', entityId: created.id, action: 'CREATE', after: created });
      return toCooperation(created, todayInParis());
    });
  }

  updateCooperation(id: string, values: CooperationValues): Promise<Cooperation> {
    return this.database.tenantTransaction(async () => {
      const before = await this.existingCooperation(id);
      await this.assertOrganisationsExist([values.partnerOrganisationId], 'partnerOrganisationId');
      const after = await this.cooperations.updateCooperation(id, toNewCooperation(values));
      await this.audit.record({ entity: 'Cooperation', entityId: id, action: 'UPDATE', before: { ...before, conventions: undefined }, after: { ...after, conventions: undefined } });
      return toCooperation(after, todayInParis());
    });
  }

  /** Filtered on the validity of the day (expiry badges), so the filter runs here rather than in SQL. */
  listConventions(filter: { cooperationId?: string; validity?: ConventionValidityState[] }, page: PageRequest): Promise<ConventionConnection> {
    const today = todayInParis();
    return this.database.tenantTransaction(async () => {
      const all = (await this.cooperations.listConventions(filter.cooperationId)).map((row) => toConvention(row, today));
      const wanted = filter.validity?.length ? all.filter((convention) => filter.validity!.includes(convention.validity)) : all;
      const start = page.after ? wanted.findIndex((convention) => convention.id === page.after) + 1 : 0;
      const slice = wanted.slice(start, start + page.first + 1);
      return toConnection(slice, wanted.length, page, (convention) => convention);
    });
  }

  getConvention(id: string): Promise<Convention> {
    return this.database.tenantTransaction(async () => toConvention(await this.existingConvention(id), todayInParis()));
  }

  createConvention(values: CreateConventionValues): Promise<Convention> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      await this.existingCooperation(values.cooperationId);
      await this.assertPartiesExist(values);
      const created = await this.cooperations.createConvention(tenantId, {
        ...toConventionData(values),
        cooperationId: values.cooperationId,
        kind: 'INITIAL',
        versionNumber: 1,
        previousVersionId: null,
      });
      await this.audit.record({ entity: 'Convention', entityId: created.id, action: 'CREATE', after: created });
      return toConvention(created, todayInParis());
    });
  }

  /** Only a draft is edited in place; a signed convention changes through an amendment. */
  updateConvention(id: string, values: ConventionValues): Promise<Convention> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const before = await this.existingConvention(id);
      if (before.status !== 'DRAFT') throw new ConventionNotEditableError();
      await this.assertPartiesExist(values);
      const after = await this.cooperations.replaceConvention(id, tenantId, toConventionData(values));
      await this.audit.record({ entity: 'Convention', entityId: id, action: 'UPDATE', before, after });
      return toConvention(after, todayInParis());
    });
  }

  /**
   * An amendment or a renewal: a new draft version chained to the previous one. The previous version's row is
   * locked first, so that two concurrent requests cannot both make it their version n + 1: the second one waits,
   * then finds the first one's version and is refused (the unique index on (tenant_id, previous_version_id) is
   * only the last guard).
   */
  createVersion(previousId: string, values: ConventionVersionValues): Promise<Convention> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      await this.cooperations.lockConventionForAmendment(previousId);
      const previous = await this.existingConvention(previousId);
      if (previous.status !== 'SIGNED') {
        throw new ConventionStatusError('Seule une convention signée peut recevoir un avenant ou être renouvelée.', 'CONVENTION_NOT_SIGNED');
      }
      const next = await this.cooperations.findNextVersion(previous.id);
      if (next) throw new ConventionAlreadyFollowedError(next);
      await this.assertPartiesExist(values);
      const created = await this.cooperations.createConvention(tenantId, {
        ...toConventionData(values),
        cooperationId: previous.cooperationId,
        kind: values.kind,
        versionNumber: previous.versionNumber + 1,
        previousVersionId: previous.id,
      });
      await this.audit.record({ entity: 'Convention', entityId: created.id, action: values.kind === 'RENEWAL' ? 'RENEW' : 'AMEND', before: previous, after: created });
      return toConvention(created, todayInParis());
    });
  }

  /** Signing checks the legal rules first (libs/domain), so the database's CHECK constraints never answer. */
  sign(id: string, signedOn: string): Promise<Convention> {
    return this.changeConvention(id, 'SIGN', (before) => {
      if (before.status !== 'DRAFT') throw new ConventionStatusError('Cette convention est déjà signée ou résiliée.', 'CONVENTION_NOT_DRAFT');
      const problems = signingProblems({ endsOn: toIsoDate(before.endsOn), forecastCommitment: toAmount(before.forecastCommitment) }, signedOn, todayInParis());
      if (problems.length > 0) throw new ConventionRuleError(problems);
      return { kind: 'SIGN', signedOn: fromIsoDate(signedOn) };
    });
  }

  recordPrefectureTransmission(id: string, transmittedOn: string): Promise<Convention> {
    return this.changeConvention(id, 'TRANSMIT_TO_PREFECTURE', (before) => {
      if (before.status !== 'SIGNED') throw new ConventionStatusError('Seule une convention signée est transmise au préfet.', 'CONVENTION_NOT_SIGNED');
      const problems = transmissionProblems({ signedOn: toIsoDate(before.signedOn) }, transmittedOn, todayInParis());
      if (problems.length > 0) throw new ConventionRuleError(problems);
      return { kind: 'TRANSMIT_TO_PREFECTURE', transmittedOn: fromIsoDate(transmittedOn) };
    });
  }

  terminate(id: string): Promise<Convention> {
    return this.changeConvention(id, 'TERMINATE', (before) => {
      if (before.status !== 'SIGNED') throw new ConventionStatusError('Seule une convention signée peut être résiliée.', 'CONVENTION_NOT_SIGNED');
      return { kind: 'TERMINATE' };
    });
  }

  private changeConvention(id: string, action: string, change: (before: ConventionRow) => ConventionStep): Promise<Convention> {
    return this.database.tenantTransaction(async () => {
      const before = await this.existingConvention(id);
      const after = await this.cooperations.recordConventionStep(id, change(before));
      await this.audit.record({ entity: 'Convention', entityId: id, action, before, after });
      return toConvention(after, todayInParis());
    });
  }

  private async existingCooperation(id: string): Promise<CooperationRow> {
    const cooperation = await this.cooperations.findCooperation(id);
    if (!cooperation) throw new NotFoundError('Coopération');
    return cooperation;
  }

  private async existingConvention(id: string): Promise<ConventionRow> {
    const convention = await this.cooperations.findConvention(id);
    if (!convention) throw new NotFoundError('Convention');
    return convention;
  }

  private async assertPartiesExist(values: ConventionValues): Promise<void> {
    const ids = values.parties.map((party) => party.organisationId);
    await this.assertOrganisationsExist(ids, 'parties');
  }

  /** Organisations of this collectivité's directory only: another tenant's id is "unknown". */
  private async assertOrganisationsExist(ids: (string | null)[], field: string): Promise<void> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return;
    if ((await this.cooperations.countOrganisations(wanted)) !== wanted.length) throw new UnknownOrganisationError(field);
  }
}

function toNewCooperation(values: CooperationValues): NewCooperation {
  return { ...values, startedOn: fromIsoDate(values.startedOn) };
}

function toConventionData(values: ConventionValues) {
  return {
    title: values.title,
    reference: values.reference,
    startsOn: fromIsoDate(values.startsOn),
    endsOn: fromIsoDate(values.endsOn),
    objectives: values.objectives,
    means: values.means,
    forecastCommitment: values.forecastCommitment,
    parties: values.parties,
  };
}

export function toConvention(row: ConventionRow, today: string): Convention {
  const facts = conventionFacts(row);
  const { startsOn, endsOn } = facts;
  const validity = conventionValidity(facts, today);
  return {
    id: row.id,
    cooperationId: row.cooperationId,
    cooperationName: row.cooperation.name,
    title: row.title,
    reference: row.reference,
    kind: row.kind,
    versionNumber: row.versionNumber,
    previousVersionId: row.previousVersionId,
    status: row.status,
    signedOn: toIsoDate(row.signedOn),
    startsOn,
    endsOn,
    objectives: row.objectives,
    means: row.means,
    forecastCommitment: toAmount(row.forecastCommitment),
    prefectureTransmittedOn: toIsoDate(row.prefectureTransmittedOn),
    parties: row.parties.map((party) => ({ id: party.id, organisationId: party.organisationId, name: party.name, expectedResults: party.expectedResults, commitments: party.commitments })),
    validity: ConventionValidityState[validity.state],
    daysLeft: 'daysLeft' in validity ? validity.daysLeft : null,
    inForce: isConventionInForce(facts, today),
    nextVersionId: row.nextVersion?.id ?? null,
    supersededBy: facts.superseded ? row.nextVersion!.id : null,
  };
}

function toCooperation(row: CooperationRow, today: string): Cooperation {
  return {
    id: row.id,
    name: row.name,
    partnerTerritory: row.partnerTerritory,
    countryCode: row.countryCode,
    countryName: countryName(row.countryCode) ?? row.countryCode,
    partnerOrganisation: row.partnerOrganisation,
    startedOn: toIsoDate(row.startedOn),
    status: row.status,
    description: row.description,
    conventions: row.conventions.map((convention) => toConvention(convention, today)),
  };
}
