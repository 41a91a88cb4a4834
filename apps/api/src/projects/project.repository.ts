import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { Prisma, ProjectStatus, TeamRole } from '@passerelles/db/generated/prisma/client';
import { CONVENTION_FACTS_SELECT } from '../cooperations/convention-facts';
import { ProjectScope, ProjectSortField, SortDirection } from './models/project-enums';
import type { SortCursor } from '../pagination/sort-cursor';

export interface ProjectListFilter {
  text?: string;
  statuses?: ProjectStatus[];
  countryCodes?: string[];
  thematicDomains?: string[];
  engagementModes?: Prisma.EnumEngagementModeFilter['in'];
  year?: number;
  scope: ProjectScope;
}

export interface ProjectListSort {
  field: ProjectSortField;
  direction: SortDirection;
}

export interface ProjectCoreData {
  code: string;
  title: string;
  summary: string | null;
  engagementMode: Prisma.ProjectCreateInput['engagementMode'];
  actionKind: Prisma.ProjectCreateInput['actionKind'];
  thematicDomains: string[];
  plannedStart: Date | null;
  plannedEnd: Date | null;
  actualStart: Date | null;
  actualEnd: Date | null;
  plannedBudget: string | null;
  cooperationId: string | null;
  published: boolean;
}

export interface ProjectChildrenData {
  sectors: { sectorCode: string; percentage: string }[];
  sdgs: { goal: number; target: string | null }[];
  countryCodes: string[];
  places: { name: string; countryCode: string; latitude: number | null; longitude: number | null }[];
  organisations: { organisationId: string; iatiRole: number; name: string; countryCode: string; iatiTypeCode: string }[];
  team: { userId: string; role: TeamRole; displayName: string }[];
}

const SORT_COLUMNS: Record<ProjectSortField, 'updatedAt' | 'code' | 'title'> = {
  UPDATED_AT: 'updatedAt',
  CODE: 'code',
  TITLE: 'title',
};

/** Intent-named queries of projects; every query runs in the caller's tenant transaction (RLS decides visibility). */
@Injectable()
export class ProjectRepository {
  constructor(private readonly database: Database) {}

  listPage(tenantId: string, filter: ProjectListFilter, sort: ProjectListSort, first: number, after: SortCursor | null) {
    const where = projectWhere(tenantId, filter);
    const column = SORT_COLUMNS[sort.field];
    const direction = sort.direction === SortDirection.ASC ? 'asc' : 'desc';
    const keyset = after ? keysetCondition(column, direction, after) : undefined;
    return Promise.all([
      this.database.tx().project.findMany({
        where: keyset ? { AND: [where, keyset] } : where,
        orderBy: [{ [column]: direction }, { id: direction }],
        take: first + 1,
      }),
      this.database.tx().project.count({ where }),
    ]);
  }

  findById(id: string) {
    return this.database.tx().project.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]) {
    return this.database.tx().project.findMany({ where: { id: { in: [...ids] } } });
  }

  async create(tenantId: string, core: ProjectCoreData, children: ProjectChildrenData, lead: { name: string; invitedById: string }) {
    const project = await this.database.tx().project.create({ data: { tenantId, ...core } });
    await this.database.tx().projectParticipation.create({
      data: {
        tenantId,
        leadTenantId: tenantId,
        projectId: project.id,
        role: 'LEAD',
        status: 'ACTIVE',
        participantName: lead.name,
        leadName: lead.name,
        projectCode: project.code,
        projectTitle: project.title,
        invitedById: lead.invitedById,
        respondedById: lead.invitedById,
        respondedAt: new Date(),
      },
    });
    await this.writeChildren(tenantId, project.id, children);
    return project;
  }

  /** Replaces the project and its lists; the deferred trigger checks the sector percentages at commit. */
  async replace(tenantId: string, id: string, core: ProjectCoreData, children: ProjectChildrenData) {
    const tx = this.database.tx();
    const where = { tenantId, projectId: id };
    await Promise.all([
      tx.projectSector.deleteMany({ where }),
      tx.projectSdg.deleteMany({ where }),
      tx.projectCountry.deleteMany({ where }),
      tx.projectPlace.deleteMany({ where }),
      tx.projectOrganisation.deleteMany({ where }),
      tx.projectTeamMember.deleteMany({ where: { tenantId, projectId: id } }),
    ]);
    const project = await tx.project.update({ where: { id }, data: core });
    await tx.projectParticipation.updateMany({ where: { projectId: id, leadTenantId: tenantId }, data: { projectCode: core.code, projectTitle: core.title } });
    await this.writeChildren(tenantId, id, children);
    return project;
  }

  private async writeChildren(tenantId: string, projectId: string, children: ProjectChildrenData): Promise<void> {
    const tx = this.database.tx();
    await tx.projectSector.createMany({ data: children.sectors.map((sector) => ({ tenantId, projectId, ...sector })) });
    await tx.projectSdg.createMany({ data: children.sdgs.map((sdg) => ({ tenantId, projectId, ...sdg })) });
    await tx.projectCountry.createMany({ data: children.countryCodes.map((countryCode) => ({ tenantId, projectId, countryCode })) });
    await tx.projectPlace.createMany({ data: children.places.map((place) => ({ tenantId, projectId, ...place })) });
    await tx.projectOrganisation.createMany({ data: children.organisations.map((organisation) => ({ tenantId, projectId, ...organisation })) });
    await tx.projectTeamMember.createMany({ data: children.team.map((member) => ({ tenantId, projectId, ...member })) });
  }

  updateStatus(id: string, data: { status: ProjectStatus; actualStart?: Date; actualEnd?: Date }) {
    return this.database.tx().project.update({ where: { id }, data });
  }

  recordStatusChange(change: { tenantId: string; projectId: string; fromStatus: ProjectStatus; toStatus: ProjectStatus; overrideReason: string | null; changedById: string | null }) {
    return this.database.tx().projectStatusChange.create({ data: change });
  }

  /** Locks the project's row until the end of the transaction (only the lead's rows pass the UPDATE policy). */
  async lockProject(id: string): Promise<void> {
    await this.database.tx().$queryRaw`SELECT id FROM projects WHERE id = ${id}::uuid FOR UPDATE`;
  }

  /**
   * What is attached to these projects (see libs/domain/src/project-deletion.ts), counted per project in one
   * query per kind. Participations other than the lead's own count whatever their status.
   */
  async attachmentCountsOf(ids: readonly string[]) {
    const tx = this.database.tx();
    const projectIds = [...ids];
    // One after the other: queries of one transaction share its connection anyway.
    const deliberations = await tx.deliberation.groupBy({ by: ['projectId'], where: { projectId: { in: projectIds } }, _count: { _all: true } });
    const documents = await tx.document.groupBy({ by: ['ownerId'], where: { ownerType: 'PROJECT', ownerId: { in: projectIds } }, _count: { _all: true } });
    const participations = await tx.projectParticipation.groupBy({ by: ['projectId'], where: { projectId: { in: projectIds }, role: { not: 'LEAD' } }, _count: { _all: true } });
    const statusChanges = await tx.projectStatusChange.groupBy({ by: ['projectId'], where: { projectId: { in: projectIds } }, _count: { _all: true } });
    const counted = (rows: { key: string | null; count: number }[]) => new Map(rows.map((row) => [row.key, row.count]));
    const byDeliberation = counted(deliberations.map((row) => ({ key: row.projectId, count: row._count._all })));
    const byDocument = counted(documents.map((row) => ({ key: row.ownerId, count: row._count._all })));
    const byParticipation = counted(participations.map((row) => ({ key: row.projectId, count: row._count._all })));
    const byStatusChange = counted(statusChanges.map((row) => ({ key: row.projectId, count: row._count._all })));
    return projectIds.map((id) => ({
      projectId: id,
      deliberations: byDeliberation.get(id) ?? 0,
      documents: byDocument.get(id) ?? 0,
      participations: byParticipation.get(id) ?? 0,
      statusChanges: byStatusChange.get(id) ?? 0,
    }));
  }

  /** Deletes the project; its description (sectors, SDGs, countries, places, organisations, team, lead's participation) goes with it. */
  async deleteProject(id: string): Promise<void> {
    await this.database.tx().project.delete({ where: { id } });
  }

  /** The signed conventions of a coopération, with what decides whether each is in force (judged by the caller). */
  signedConventionsOf(cooperationId: string) {
    return this.database.tx().convention.findMany({ where: { cooperationId, status: 'SIGNED' }, select: CONVENTION_FACTS_SELECT });
  }

  async hasVotedDeliberation(projectId: string): Promise<boolean> {
    const count = await this.database.tx().deliberation.count({ where: { projectId, status: { in: ['VOTED', 'TRANSMITTED', 'EXECUTORY'] } } });
    return count > 0;
  }

  async findTenantName(tenantId: string): Promise<string | null> {
    const tenant = await this.database.tx().tenant.findUnique({ where: { id: tenantId }, select: { name: true } });
    return tenant?.name ?? null;
  }

  countCooperations(id: string) {
    return this.database.tx().cooperation.count({ where: { id } });
  }

  findOrganisations(ids: string[]) {
    return this.database.tx().organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, countryCode: true, iatiTypeCode: true } });
  }

  /** Members of the current collectivité (RLS), for the team's display names and role checks. */
  findMembers(tenantId: string, userIds: string[]) {
    return this.database.tx().membership.findMany({ where: { tenantId, userId: { in: userIds } }, select: { userId: true, role: true, user: { select: { name: true } } } });
  }

  // Batched child reads for the DataLoaders: one query per kind for a whole page of projects.
  sectorsOf(ids: readonly string[]) {
    return this.database.tx().projectSector.findMany({ where: { projectId: { in: [...ids] } }, orderBy: [{ percentage: 'desc' }, { sectorCode: 'asc' }] });
  }

  sdgsOf(ids: readonly string[]) {
    return this.database.tx().projectSdg.findMany({ where: { projectId: { in: [...ids] } }, orderBy: [{ goal: 'asc' }, { target: 'asc' }] });
  }

  countriesOf(ids: readonly string[]) {
    return this.database.tx().projectCountry.findMany({ where: { projectId: { in: [...ids] } }, orderBy: { countryCode: 'asc' } });
  }

  placesOf(ids: readonly string[]) {
    return this.database.tx().projectPlace.findMany({ where: { projectId: { in: [...ids] } }, orderBy: { name: 'asc' } });
  }

  organisationsOf(ids: readonly string[]) {
    return this.database.tx().projectOrganisation.findMany({ where: { projectId: { in: [...ids] } }, orderBy: [{ iatiRole: 'asc' }, { name: 'asc' }] });
  }

  teamOf(ids: readonly string[]) {
    return this.database.tx().projectTeamMember.findMany({ where: { projectId: { in: [...ids] } }, orderBy: [{ role: 'asc' }, { displayName: 'asc' }] });
  }

  /** Participants of visible projects only: the relation filter goes through the projects' RLS. */
  participantsOf(ids: readonly string[]) {
    return this.database.tx().projectParticipation.findMany({
      where: { projectId: { in: [...ids] }, project: { id: { in: [...ids] } } },
      orderBy: [{ role: 'asc' }, { participantName: 'asc' }],
    });
  }

  statusChangesOf(ids: readonly string[]) {
    return this.database.tx().projectStatusChange.findMany({ where: { projectId: { in: [...ids] } }, orderBy: { changedAt: 'desc' } });
  }

  executoryDeliberationsOf(ids: readonly string[]) {
    return this.database.tx().deliberation.findMany({ where: { projectId: { in: [...ids] }, status: 'EXECUTORY' }, select: { projectId: true, amount: true } });
  }

  cooperationNamesOf(ids: readonly string[]) {
    return this.database.tx().cooperation.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  }
}

function projectWhere(tenantId: string, filter: ProjectListFilter): Prisma.ProjectWhereInput {
  const conditions: Prisma.ProjectWhereInput[] = [];
  if (filter.scope === ProjectScope.OWN) conditions.push({ tenantId });
  if (filter.scope === ProjectScope.SHARED) conditions.push({ tenantId: { not: tenantId } });
  if (filter.statuses?.length) conditions.push({ status: { in: filter.statuses } });
  if (filter.engagementModes?.length) conditions.push({ engagementMode: { in: filter.engagementModes } });
  if (filter.thematicDomains?.length) conditions.push({ thematicDomains: { hasSome: filter.thematicDomains } });
  if (filter.countryCodes?.length) conditions.push({ countries: { some: { countryCode: { in: filter.countryCodes } } } });
  if (filter.text) {
    conditions.push({
      OR: [
        { code: { contains: filter.text, mode: 'insensitive' } },
        { title: { contains: filter.text, mode: 'insensitive' } },
        { summary: { contains: filter.text, mode: 'insensitive' } },
      ],
    });
  }
  if (filter.year) conditions.push(activeDuring(filter.year));
  return conditions.length > 0 ? { AND: conditions } : {};
}

/** Active during a year: started (actual date, else planned) before its end, not ended (same rule) before its start. */
function activeDuring(year: number): Prisma.ProjectWhereInput {
  const firstDay = new Date(Date.UTC(year, 0, 1));
  const lastDay = new Date(Date.UTC(year, 11, 31));
  return {
    AND: [
      { OR: [{ actualStart: { lte: lastDay } }, { actualStart: null, plannedStart: { lte: lastDay } }] },
      {
        OR: [
          { actualEnd: { gte: firstDay } },
          { actualEnd: null, plannedEnd: { gte: firstDay } },
          { actualEnd: null, plannedEnd: null },
        ],
      },
    ],
  };
}

function keysetCondition(column: 'updatedAt' | 'code' | 'title', direction: 'asc' | 'desc', after: SortCursor): Prisma.ProjectWhereInput {
  const value = column === 'updatedAt' ? new Date(after.value) : after.value;
  const beyond = direction === 'asc' ? 'gt' : 'lt';
  return { OR: [{ [column]: { [beyond]: value } }, { [column]: value, id: { [beyond]: after.id } }] };
}
