import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { TeamRole } from '@passerelles/db/generated/prisma/client';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { todayInParis } from '@passerelles/domain/calendar-date';
import { frenchDate } from '@passerelles/domain/french-date';
import { actualDatesOnTransition, type ActualDatesProblem } from '@passerelles/domain/project-actual-dates';
import { isConventionInForce } from '@passerelles/domain/convention-expiry';
import { judgeProjectDeletion } from '@passerelles/domain/project-deletion';
import { judgeTransition, OVERRIDE_REASON_MIN_LENGTH } from '@passerelles/domain/project-lifecycle';
import { canEdit } from '@passerelles/domain/member-role';
import type { ChangeProjectStatusValues, ProjectValues } from '@passerelles/shared/schemas/project.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { conventionFacts } from '../cooperations/convention-facts';
import { fromIsoDate, toAmount, toIsoDate } from '../database/column-values';
import { ForbiddenError, NotFoundError } from '../errors/common.errors';
import type { ConnectionShape } from '../pagination/connection';
import { InvalidCursorError } from '../pagination/page-request';
import { decodeSortCursor, encodeSortCursor } from '../pagination/sort-cursor';
import { ProjectScope, ProjectSortField, SortDirection } from './models/project-enums';
import type { Project } from './models/project.model';
import { ActualDatesError, InvalidReferenceError, ProjectDeletionRefusedError, ProjectReadOnlyError, TransitionRefusedError } from './project.errors';
import { ProjectRepository, type ProjectChildrenData, type ProjectCoreData, type ProjectListSort } from './project.repository';
import { ProjectReadRepository, type ProjectListName, type ProjectPageFilter, type ProjectRow as ProjectReadRow } from './project-read.repository';

type ProjectRow = NonNullable<Awaited<ReturnType<ProjectRepository['findById']>>>;

/** Which members may hold which team role (the evaluator role also opens the project to them, through RLS). */
const TEAM_ROLE_MEMBERS: Record<TeamRole, readonly string[]> = {
  TECHNICIAN_IN_CHARGE: ['TECHNICIAN', 'ADMIN'],
  ELECTED_REFERENT: ['ELECTED_REFERENT', 'ADMIN'],
  EVALUATOR: ['EVALUATOR'],
};

const TRANSITION_MESSAGES = {
  TRANSITION_NOT_ALLOWED: "Ce changement d'étape n'est pas possible depuis l'étape actuelle du projet.",
  PROGRAMMING_REQUIRES_COMMITMENT:
    'Pour programmer le projet, il faut une convention en vigueur (signée, transmise au préfet et dans ses dates) ou une délibération votée — ou une dérogation motivée.',
  OVERRIDE_REASON_TOO_SHORT: `Motivez la dérogation en ${OVERRIDE_REASON_MIN_LENGTH} caractères au moins.`,
} as const;

@Injectable()
export class ProjectService {
  constructor(
    private readonly database: Database,
    private readonly projects: ProjectRepository,
    private readonly reads: ProjectReadRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** A page of projects with the lists the query asks for, in one statement (the SQL read path). */
  async list(
    filter: Omit<ProjectPageFilter, 'scope'> & { scope?: ProjectScope },
    sort: ProjectListSort | null,
    first: number,
    after: string | null,
    lists: readonly ProjectListName[],
  ): Promise<ConnectionShape<Project>> {
    const { tenantId, userId, role } = currentTenantContext();
    const effectiveSort = sort ?? { field: ProjectSortField.UPDATED_AT, direction: SortDirection.DESC };
    const cursor = after ? decodeSortCursor(after, effectiveSort.field === ProjectSortField.UPDATED_AT ? 'timestamp' : 'text') : null;
    if (after && !cursor) throw new InvalidCursorError();
    const reader = { tenantId, userId, evaluator: role === 'EVALUATOR' };
    const { rows, total } = await this.reads.page(reader, { ...filter, scope: filter.scope ?? ProjectScope.ALL }, effectiveSort, first, cursor, lists);
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeSortCursor({ value: sortValue(row, effectiveSort.field), id: row.id }), node: fromReadRow(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: total };
  }

  /** One project with the lists the query asks for, in one statement. */
  async get(id: string, lists: readonly ProjectListName[]): Promise<Project> {
    const row = await this.reads.byId(currentTenantContext().tenantId, id, lists);
    if (!row) throw new NotFoundError('Projet');
    return fromReadRow(row);
  }

  async create(values: ProjectValues): Promise<Project> {
    const { tenantId, userId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const children = await this.resolveChildren(tenantId, values);
      const lead = await this.leadName(tenantId);
      const created = await this.projects.create(tenantId, toCoreData(values), children, { name: lead, invitedById: userId! });
      await this.audit.record({ entity: 'Project', entityId: created.id, action: 'CREATE', after: { ...created, ...children }, projectId: created.id });
      return toProject(created);
    });
  }

  async update(id: string, values: ProjectValues): Promise<Project> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const before = await this.editable(id);
      const children = await this.resolveChildren(tenantId, values);
      const after = await this.projects.replace(tenantId, id, toCoreData(values), children);
      await this.audit.record({ entity: 'Project', entityId: id, action: 'UPDATE', before, after: { ...after, ...children }, projectId: id });
      return toProject(after);
    });
  }

  changeStatus(input: ChangeProjectStatusValues): Promise<Project> {
    const { tenantId, userId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const before = await this.editable(input.projectId);
      const today = todayInParis();
      const evidence = {
        hasConventionInForce: before.cooperationId ? await this.hasConventionInForce(before.cooperationId, today) : false,
        hasVotedDeliberation: await this.projects.hasVotedDeliberation(before.id),
      };
      const verdict = judgeTransition(before.status, input.status, evidence, input.overrideReason);
      if (!verdict.allowed) throw new TransitionRefusedError(TRANSITION_MESSAGES[verdict.reason], verdict.reason);
      const dates = actualDatesOnTransition(input.status, { actualStart: toIsoDate(before.actualStart), actualEnd: toIsoDate(before.actualEnd) }, today);
      if (!dates.allowed) throw new ActualDatesError(dates.field, actualDatesMessage(dates.problem, dates.dates), dates.problem);
      const after = await this.projects.updateStatus(before.id, {
        status: input.status,
        ...(dates.changes.actualStart ? { actualStart: fromIsoDate(dates.changes.actualStart) } : {}),
        ...(dates.changes.actualEnd ? { actualEnd: fromIsoDate(dates.changes.actualEnd) } : {}),
      });
      const overrideReason = verdict.overridden ? input.overrideReason : null;
      await this.projects.recordStatusChange({ tenantId, projectId: before.id, fromStatus: before.status, toStatus: input.status, overrideReason, changedById: userId });
      await this.audit.record({
        entity: 'Project',
        entityId: before.id,
        action: verdict.overridden ? 'CHANGE_STATUS_WITH_OVERRIDE' : 'CHANGE_STATUS',
        before: { status: before.status },
        after: { status: input.status, ...(overrideReason ? { overrideReason } : {}) },
        projectId: before.id,
      });
      return toProject(after);
    });
  }

  /**
   * Deletes a project still in IDENTIFICATION with nothing attached (libs/domain/src/project-deletion.ts), with
   * an audit event keeping what it was; any other project is refused with a message telling to cancel it. The
   * row is locked first, so a status change or an invitation racing with the deletion waits for it.
   */
  delete(id: string): Promise<string> {
    return this.database.tenantTransaction(async () => {
      await this.projects.lockProject(id);
      const before = await this.editable(id);
      const [attachments] = await this.projects.attachmentCountsOf([before.id]);
      const verdict = judgeProjectDeletion(before.status, attachments);
      if (!verdict.allowed) throw new ProjectDeletionRefusedError(verdict);
      await this.projects.deleteProject(before.id);
      await this.audit.record({ entity: 'Project', entityId: before.id, action: 'DELETE', before });
      return before.id;
    });
  }

  /** The one rule of libs/domain (signed, transmitted to the préfet, within its dates, not superseded). */
  private async hasConventionInForce(cooperationId: string, today: string): Promise<boolean> {
    const conventions = await this.projects.signedConventionsOf(cooperationId);
    return conventions.some((convention) => isConventionInForce(conventionFacts(convention), today));
  }

  private async visible(id: string): Promise<ProjectRow> {
    const project = await this.projects.findById(id);
    if (!project) throw new NotFoundError('Projet');
    return project;
  }

  /** Only the lead collectivité's administrators and chargé·es de mission edit a project. */
  private async editable(id: string): Promise<ProjectRow> {
    const { tenantId, role } = currentTenantContext();
    const project = await this.visible(id);
    if (project.tenantId !== tenantId) throw new ProjectReadOnlyError('NOT_LEAD');
    if (!canEdit(role)) throw new ForbiddenError();
    return project;
  }

  private async leadName(tenantId: string): Promise<string> {
    return (await this.projects.findTenantName(tenantId)) ?? '';
  }

  /** Checks every reference against this collectivité's own data and copies the names shown to partners. */
  private async resolveChildren(tenantId: string, values: ProjectValues): Promise<ProjectChildrenData> {
    if (values.cooperationId && (await this.projects.countCooperations(values.cooperationId)) === 0) {
      throw new InvalidReferenceError('cooperationId', 'Coopération inconnue.');
    }
    const organisationIds = [...new Set(values.organisations.map((organisation) => organisation.organisationId))];
    const organisations = new Map((await this.projects.findOrganisations(organisationIds)).map((organisation) => [organisation.id, organisation]));
    if (organisations.size !== organisationIds.length) throw new InvalidReferenceError('organisations', "Organisation inconnue dans l'annuaire de la collectivité.");
    const userIds = [...new Set(values.team.map((member) => member.userId))];
    const members = new Map((await this.projects.findMembers(tenantId, userIds)).map((member) => [member.userId, member]));
    for (const member of values.team) {
      const membership = members.get(member.userId);
      if (!membership) throw new InvalidReferenceError('team', "Une personne de l'équipe n'est pas membre de la collectivité.");
      if (!TEAM_ROLE_MEMBERS[member.role].includes(membership.role)) {
        throw new InvalidReferenceError('team', `${membership.user.name} n'a pas le rôle qui convient pour cette fonction dans l'équipe.`);
      }
    }
    return {
      sectors: values.sectors,
      sdgs: values.sdgs,
      countryCodes: values.countryCodes,
      places: values.places,
      organisations: values.organisations.map((link) => {
        const organisation = organisations.get(link.organisationId)!;
        return { organisationId: link.organisationId, iatiRole: link.iatiRole, name: organisation.name, countryCode: organisation.countryCode, iatiTypeCode: organisation.iatiTypeCode };
      }),
      team: values.team.map((member) => ({ userId: member.userId, role: member.role, displayName: members.get(member.userId)!.user.name })),
    };
  }
}

function actualDatesMessage(problem: ActualDatesProblem, dates: { actualStart: string | null; actualEnd: string | null }): string {
  const start = dates.actualStart ? frenchDate(dates.actualStart) : '';
  const end = dates.actualEnd ? frenchDate(dates.actualEnd) : '';
  switch (problem) {
    case 'START_IN_FUTURE':
      return `La date de début réelle (${start}) est dans le futur : corrigez-la avant de clôturer le projet.`;
    case 'END_IN_FUTURE':
      return `La date de fin réelle (${end}) est dans le futur : un projet se clôture une fois terminé. Corrigez-la ou effacez-la (la clôture retiendra la date du jour).`;
    case 'END_BEFORE_START':
      return `La date de fin réelle (${end}) précède la date de début réelle (${start}) : corrigez-la.`;
  }
}

function toCoreData(values: ProjectValues): ProjectCoreData {
  return {
    code: values.code,
    title: values.title,
    summary: values.summary,
    engagementMode: values.engagementMode,
    actionKind: values.actionKind,
    thematicDomains: values.thematicDomains,
    plannedStart: fromIsoDate(values.plannedStart),
    plannedEnd: fromIsoDate(values.plannedEnd),
    actualStart: fromIsoDate(values.actualStart),
    actualEnd: fromIsoDate(values.actualEnd),
    plannedBudget: values.plannedBudget,
    cooperationId: values.cooperationId,
    published: values.published,
  };
}

function fromReadRow(row: ProjectReadRow): Project {
  const { lists, ...project } = row;
  return { ...project, lists };
}

function sortValue(row: ProjectReadRow, field: ProjectSortField): string {
  if (field === ProjectSortField.CODE) return row.code;
  if (field === ProjectSortField.TITLE) return row.title;
  return row.updatedAt.toISOString();
}

export function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    tenantId: row.tenantId,
    code: row.code,
    title: row.title,
    summary: row.summary,
    engagementMode: row.engagementMode,
    actionKind: row.actionKind,
    thematicDomains: row.thematicDomains,
    status: row.status,
    plannedStart: toIsoDate(row.plannedStart),
    plannedEnd: toIsoDate(row.plannedEnd),
    actualStart: toIsoDate(row.actualStart),
    actualEnd: toIsoDate(row.actualEnd),
    plannedBudget: toAmount(row.plannedBudget),
    cooperationId: row.cooperationId,
    published: row.published,
    updatedAt: row.updatedAt,
  };
}
