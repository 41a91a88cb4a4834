import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { Prisma, ProjectStatus, TeamRole } from '@passerelles/db/generated/prisma/client';
import { CONVENTION_FACTS_SELECT } from '../cooperations/convention-facts';
import { ProjectSortField, SortDirection } from './models/project-enums';

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

/** Intent-named queries of projects; every query runs in the caller's tenant transaction (RLS decides visibility). */
@Injectable()
export class ProjectRepository {
  constructor(private readonly database: Database) {}

  findById(id: string) {
    return this.database.tx().project.findUnique({ where: { id } });
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
    const deliberations = await tx.deliberationProject.groupBy({ by: ['projectId'], where: { projectId: { in: projectIds } }, _count: { _all: true } });
    const documents = await tx.document.groupBy({ by: ['projectId'], where: { projectId: { in: projectIds } }, _count: { _all: true } });
    const participations = await tx.projectParticipation.groupBy({ by: ['projectId'], where: { projectId: { in: projectIds }, role: { not: 'LEAD' } }, _count: { _all: true } });
    const statusChanges = await tx.projectStatusChange.groupBy({ by: ['projectId'], where: { projectId: { in: projectIds } }, _count: { _all: true } });
    const counted = (rows: { key: string | null; count: number }[]) => new Map(rows.map((row) => [row.key, row.count]));
    const byDeliberation = counted(deliberations.map((row) => ({ key: row.projectId, count: row._count._all })));
    const byDocument = counted(documents.map((row) => ({ key: row.projectId, count: row._count._all })));
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
    const count = await this.database.tx().deliberationProject.count({ where: { projectId, deliberation: { status: { in: ['VOTED', 'TRANSMITTED', 'EXECUTORY'] } } } });
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

}
