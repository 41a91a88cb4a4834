import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { todayInParis } from '@passerelles/domain/calendar-date';
import {
  STATUS_DATE_FIELD,
  allowedDeliberationTransitions,
  checkDeliberationDates,
  deliberationNumberYear,
  isDeliberationTextEditable,
  isDeliberationTransitionAllowed,
  type DeliberationDates,
  type DeliberationStatusName,
} from '@passerelles/domain/deliberation-rules';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';
import { canEdit } from '@passerelles/domain/member-role';
import { sumAmounts } from '@passerelles/domain/money';
import type { ChangeDeliberationStatusValues, CorrectDeliberationDateValues, DeliberationValues } from '@passerelles/shared/schemas/deliberation.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { fromIsoDate, toAmount, toIsoDate } from '../database/column-values';
import { ForbiddenError, NotFoundError } from '../errors/common.errors';
import { toConnection } from '../pagination/connection';
import type { PageRequest } from '../pagination/page-request';
import { DeliberationRepository, type DeliberationFilter, type DeliberationText } from './deliberation.repository';
import type { Deliberation, DeliberationConnection } from './models/deliberation.model';

type DeliberationRow = NonNullable<Awaited<ReturnType<DeliberationRepository['findById']>>>;

const STATUS_LABELS: Record<DeliberationStatusName, string> = {
  DRAFT: 'en projet',
  SCHEDULED: "inscrite à l'ordre du jour",
  VOTED: 'votée',
  TRANSMITTED: 'transmise au préfet',
  EXECUTORY: 'exécutoire',
  WITHDRAWN: 'retirée',
  ANNULLED: 'annulée',
  REPEALED: 'abrogée',
};

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

  create(values: DeliberationValues): Promise<Deliberation> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      await this.checkLinks(tenantId, values);
      const id = await this.deliberations.create(tenantId, toText(values, todayInParis()), values.projects);
      const created = await this.existing(id);
      await this.audit.record({ entity: 'Deliberation', entityId: id, action: 'CREATE', after: created, projectId: singleProject(created) });
      return toDeliberation(created);
    });
  }

  /** The text of a deliberation (title, object, projects and amounts) is fixed once voted. */
  update(id: string, values: DeliberationValues): Promise<Deliberation> {
    const { tenantId } = currentTenantContext();
    return this.write(async () => {
      const before = await this.lockedExisting(id);
      if (!isDeliberationTextEditable(before.status)) {
        throw new DeliberationError(ErrorCode.Conflict, `Une délibération ${STATUS_LABELS[before.status]} ne se modifie plus.`, 'DELIBERATION_LOCKED');
      }
      await this.checkLinks(tenantId, values);
      await this.deliberations.updateText(tenantId, id, toText(values, todayInParis()), values.projects);
      const after = await this.existing(id);
      await this.audit.record({ entity: 'Deliberation', entityId: id, action: 'UPDATE', before, after, projectId: singleProject(after) });
      return toDeliberation(after);
    });
  }

  /** Each step records its date, and every date stays in order and in the past (checked on every step). */
  changeStatus(input: ChangeDeliberationStatusValues): Promise<Deliberation> {
    return this.write(async () => {
      const before = await this.lockedExisting(input.deliberationId);
      if (!isDeliberationTransitionAllowed(before.status, input.status)) {
        throw new DeliberationError(
          ErrorCode.BadUserInput,
          `Une délibération ${STATUS_LABELS[before.status]} ne peut pas devenir ${STATUS_LABELS[input.status]}.`,
          'DELIBERATION_TRANSITION_NOT_ALLOWED',
          [{ field: 'status', message: 'Changement de statut impossible.' }],
        );
      }
      const dateField = STATUS_DATE_FIELD[input.status];
      if (dateField && !input.date) {
        throw new DeliberationError(ErrorCode.BadUserInput, 'Indiquez la date correspondant à ce statut.', 'DATE_REQUIRED', [{ field: 'date', message: 'Ce champ est obligatoire.' }]);
      }
      const dates = { ...datesOf(before), ...(dateField ? { [dateField]: input.date } : {}) };
      const today = todayInParis();
      assertDatesInOrder(input.status, dates, today);
      const ends = input.status === 'WITHDRAWN' || input.status === 'ANNULLED' || input.status === 'REPEALED';
      await this.deliberations.recordStatus(before.id, {
        status: input.status,
        ...(dateField ? { [dateField]: fromIsoDate(input.date) } : {}),
        ...(ends ? { endReason: input.reason } : {}),
        // Voting fixes the year of the number.
        ...(dateField === 'votedOn' ? { year: deliberationNumberYear(dates, today) } : {}),
      });
      const after = await this.existing(before.id);
      await this.audit.record({
        entity: 'Deliberation',
        entityId: before.id,
        action: 'CHANGE_STATUS',
        before: { status: before.status },
        after: { status: input.status, ...(dateField ? { [dateField]: input.date } : {}), ...(ends ? { endReason: input.reason } : {}) },
        projectId: singleProject(after),
      });
      return toDeliberation(after);
    });
  }

  /** A mistaken date is corrected in the open: the correction keeps the order of dates and says why. */
  correctDate(input: CorrectDeliberationDateValues): Promise<Deliberation> {
    return this.write(async () => {
      const before = await this.lockedExisting(input.deliberationId);
      const previous = datesOf(before)[input.field];
      if (previous === null && input.field !== 'sessionDate') {
        throw new DeliberationError(ErrorCode.BadUserInput, "Cette date n'a pas encore été enregistrée : rien à corriger.", 'NOTHING_TO_CORRECT', [
          { field: 'field', message: 'Date non enregistrée.' },
        ]);
      }
      const dates = { ...datesOf(before), [input.field]: input.date };
      const today = todayInParis();
      assertDatesInOrder(before.status, dates, today);
      await this.deliberations.correctDate(before.id, { [input.field]: fromIsoDate(input.date), year: deliberationNumberYear(dates, today) });
      const after = await this.existing(before.id);
      await this.audit.record({
        entity: 'Deliberation',
        entityId: before.id,
        action: 'CORRECT_DATE',
        before: { [input.field]: previous },
        after: { [input.field]: input.date, reason: input.reason },
        projectId: singleProject(after),
      });
      return toDeliberation(after);
    });
  }

  /** Only editors write; constraint violations (a number taken this year…) are mapped at the edge by name. */
  private write(work: () => Promise<Deliberation>): Promise<Deliberation> {
    if (!canEdit(currentTenantContext().role)) throw new ForbiddenError();
    return this.database.tenantTransaction(work);
  }

  private async checkLinks(tenantId: string, values: DeliberationValues): Promise<void> {
    const projectIds = values.projects.map((project) => project.projectId);
    const coverable = projectIds.length > 0 ? await this.deliberations.coverableProjectIds(tenantId, projectIds) : new Set<string>();
    const unknown = values.projects.findIndex((project) => !coverable.has(project.projectId));
    if (unknown >= 0) {
      throw new DeliberationError(
        ErrorCode.BadUserInput,
        'Une délibération couvre les projets de la collectivité, ou sa propre contribution aux projets mutualisés dont elle est partenaire.',
        'UNKNOWN_PROJECT',
        [{ field: `projects.${unknown}.projectId`, message: 'Projet inconnu ou que votre collectivité ne finance pas.' }],
      );
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

  private async lockedExisting(id: string): Promise<DeliberationRow> {
    if (!(await this.deliberations.lockById(id))) throw new NotFoundError('Délibération');
    return this.existing(id);
  }
}

/** Only the date being entered changed, so every problem is reported on it (the input's `date` field). */
function assertDatesInOrder(status: DeliberationStatusName, dates: DeliberationDates, today: string): void {
  const problems = checkDeliberationDates(status, dates, today);
  if (problems.length === 0) return;
  throw new DeliberationError(
    ErrorCode.BadUserInput,
    problems[0].message,
    'DELIBERATION_DATES_OUT_OF_ORDER',
    problems.map((problem) => ({ field: 'date', message: problem.message })),
  );
}

function toText(values: DeliberationValues, today: string): DeliberationText {
  return {
    number: values.number,
    year: deliberationNumberYear({ votedOn: null, sessionDate: values.sessionDate }, today),
    title: values.title,
    assembly: values.assembly,
    object: values.object,
    sessionDate: fromIsoDate(values.sessionDate),
    conventionId: values.conventionId,
    budgetYear: values.budgetYear,
  };
}

function datesOf(row: DeliberationRow): DeliberationDates {
  return {
    sessionDate: toIsoDate(row.sessionDate),
    votedOn: toIsoDate(row.votedOn),
    transmittedOn: toIsoDate(row.transmittedOn),
    executoryOn: toIsoDate(row.executoryOn),
    endedOn: toIsoDate(row.endedOn),
  };
}

/** An event about a deliberation of one project is also that project's (its evaluators see it). */
function singleProject(row: DeliberationRow): string | null {
  return row.projects.length === 1 ? row.projects[0].projectId : null;
}

export function toDeliberation(row: DeliberationRow): Deliberation {
  const { tenantId, role } = currentTenantContext();
  const editor = canEdit(role) && row.tenantId === tenantId;
  return {
    id: row.id,
    number: row.number,
    year: row.year,
    title: row.title,
    assembly: row.assembly,
    object: row.object,
    status: row.status,
    sessionDate: toIsoDate(row.sessionDate),
    votedOn: toIsoDate(row.votedOn),
    transmittedOn: toIsoDate(row.transmittedOn),
    executoryOn: toIsoDate(row.executoryOn),
    endedOn: toIsoDate(row.endedOn),
    endReason: row.endReason,
    amount: row.projects.length > 0 ? sumAmounts(row.projects.map((link) => toAmount(link.amount))) : null,
    conventionId: row.conventionId,
    conventionTitle: row.convention?.title ?? null,
    projects: row.projects.map((link) => ({
      projectId: link.projectId,
      projectCode: link.project.code,
      projectTitle: link.project.title,
      amount: toAmount(link.amount),
      ownProject: link.project.tenantId === tenantId,
    })),
    budgetYear: row.budgetYear,
    canEdit: editor && isDeliberationTextEditable(row.status),
    canCorrectDates: editor,
    allowedTransitions: editor ? [...allowedDeliberationTransitions(row.status)] : [],
  };
}
