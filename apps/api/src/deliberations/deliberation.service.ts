import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';
import { allowedDeliberationTransitions, isDeliberationTransitionAllowed } from '@passerelles/domain/deliberation-rules';
import type { ChangeDeliberationStatusValues, DeliberationValues } from '@passerelles/shared/schemas/deliberation.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { fromIsoDate, toAmount, toIsoDate } from '../database/column-values';
import { NotFoundError } from '../errors/common.errors';
import { toConnection } from '../pagination/connection';
import type { PageRequest } from '../pagination/page-request';
import { DeliberationRepository, type DeliberationFilter } from './deliberation.repository';
import type { Deliberation, DeliberationConnection } from './models/deliberation.model';

type DeliberationRow = NonNullable<Awaited<ReturnType<DeliberationRepository['findById']>>>;

/** The date each status records. */
const STATUS_DATE_FIELD = { VOTED: 'votedOn', TRANSMITTED: 'transmittedOn', EXECUTORY: 'executoryOn' } as const;
const STATUS_LABELS = { DRAFT: 'projet', SCHEDULED: "inscrite à l'ordre du jour", VOTED: 'votée', TRANSMITTED: 'transmise', EXECUTORY: 'exécutoire', WITHDRAWN: 'retirée' } as const;

class DeliberationError extends DomainError {}

@Injectable()
export class DeliberationService {
  constructor(
    private readonly database: Database,
    private readonly deliberations: DeliberationRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(filter: DeliberationFilter, page: PageRequest): Promise<DeliberationConnection> {
    return this.database.tenantTransaction(async () => {
      const [rows, total] = await this.deliberations.listPage(filter, page);
      return toConnection(rows, total, page, toDeliberation);
    });
  }

  get(id: string): Promise<Deliberation> {
    return this.database.tenantTransaction(async () => toDeliberation(await this.existing(id)));
  }

  async create(values: DeliberationValues): Promise<Deliberation> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      await this.checkLinks(tenantId, values);
      const created = await this.deliberations.create(tenantId, toData(values));
      await this.audit.record({ entity: 'Deliberation', entityId: created.id, action: 'CREATE', after: created });
      return toDeliberation(created);
    });
  }

  /** The text of a deliberation is fixed once voted. */
  async update(id: string, values: DeliberationValues): Promise<Deliberation> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const before = await this.existing(id);
      if (before.status !== 'DRAFT' && before.status !== 'SCHEDULED') {
        throw new DeliberationError(ErrorCode.Conflict, `Une délibération ${STATUS_LABELS[before.status]} ne se modifie plus.`, 'DELIBERATION_LOCKED');
      }
      await this.checkLinks(tenantId, values);
      const after = await this.deliberations.update(id, toData(values));
      await this.audit.record({ entity: 'Deliberation', entityId: id, action: 'UPDATE', before, after });
      return toDeliberation(after);
    });
  }

  changeStatus(input: ChangeDeliberationStatusValues): Promise<Deliberation> {
    return this.database.tenantTransaction(async () => {
      const before = await this.existing(input.deliberationId);
      if (!isDeliberationTransitionAllowed(before.status, input.status)) {
        throw new DeliberationError(
          ErrorCode.BadUserInput,
          `Une délibération ${STATUS_LABELS[before.status]} ne peut pas devenir ${STATUS_LABELS[input.status]}.`,
          'DELIBERATION_TRANSITION_NOT_ALLOWED',
          [{ field: 'status', message: 'Changement de statut impossible.' }],
        );
      }
      const dateField = STATUS_DATE_FIELD[input.status as keyof typeof STATUS_DATE_FIELD];
      if (dateField && !input.date) {
        throw new DeliberationError(ErrorCode.BadUserInput, 'Indiquez la date correspondant à ce statut.', 'DATE_REQUIRED', [{ field: 'date', message: 'Ce champ est obligatoire.' }]);
      }
      const after = await this.deliberations.update(before.id, { status: input.status, ...(dateField ? { [dateField]: fromIsoDate(input.date) } : {}) });
      await this.audit.record({ entity: 'Deliberation', entityId: before.id, action: 'CHANGE_STATUS', before: { status: before.status }, after: { status: input.status, date: input.date } });
      return toDeliberation(after);
    });
  }

  private async checkLinks(tenantId: string, values: DeliberationValues): Promise<void> {
    if (values.projectId && !(await this.deliberations.ownProjectExists(tenantId, values.projectId))) {
      throw new DeliberationError(ErrorCode.BadUserInput, 'Projet inconnu parmi ceux de la collectivité.', 'UNKNOWN_PROJECT', [{ field: 'projectId', message: 'Projet inconnu.' }]);
    }
    if (values.conventionId && !(await this.deliberations.conventionExists(values.conventionId))) {
      throw new DeliberationError(ErrorCode.BadUserInput, 'Convention inconnue.', 'UNKNOWN_CONVENTION', [{ field: 'conventionId', message: 'Convention inconnue.' }]);
    }
  }

  private async existing(id: string): Promise<DeliberationRow> {
    const deliberation = await this.deliberations.findById(id);
    if (!deliberation) throw new NotFoundError('Délibération');
    return deliberation;
  }
}

function toData(values: DeliberationValues) {
  return { ...values, sessionDate: fromIsoDate(values.sessionDate) };
}

function toDeliberation(row: DeliberationRow): Deliberation {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    assembly: row.assembly,
    object: row.object,
    status: row.status,
    sessionDate: toIsoDate(row.sessionDate),
    votedOn: toIsoDate(row.votedOn),
    transmittedOn: toIsoDate(row.transmittedOn),
    executoryOn: toIsoDate(row.executoryOn),
    amount: toAmount(row.amount),
    conventionId: row.conventionId,
    conventionTitle: row.convention?.title ?? null,
    projectId: row.projectId,
    projectTitle: row.project?.title ?? null,
    budgetYear: row.budgetYear,
    allowedTransitions: [...allowedDeliberationTransitions(row.status)],
  };
}
