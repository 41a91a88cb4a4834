import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { ParticipationRole, ParticipationStatus, Prisma } from '@passerelles/db/generated/prisma/client';

const WITH_CONTRIBUTIONS = { contributions: { orderBy: { year: 'asc' } } } satisfies Prisma.ProjectParticipationInclude;

@Injectable()
export class ParticipationRepository {
  constructor(private readonly database: Database) {}

  findById(id: string) {
    return this.database.tx().projectParticipation.findUnique({ where: { id }, include: WITH_CONTRIBUTIONS });
  }

  /** The open (invited or active) participation of a collectivité in a project, if any. */
  findOpen(projectId: string, tenantId: string) {
    return this.database.tx().projectParticipation.findFirst({ where: { tenantId, projectId, status: { in: ['INVITED', 'ACTIVE'] } }, include: WITH_CONTRIBUTIONS });
  }

  /** Invitations addressed to the current collectivité, waiting for its answer. */
  listIncoming(tenantId: string) {
    return this.database.tx().projectParticipation.findMany({ where: { tenantId, status: 'INVITED' }, orderBy: { invitedAt: 'desc' }, include: WITH_CONTRIBUTIONS });
  }

  create(data: {
    tenantId: string;
    leadTenantId: string;
    projectId: string;
    role: ParticipationRole;
    participantName: string;
    leadName: string;
    projectCode: string;
    projectTitle: string;
    invitedById: string | null;
  }) {
    return this.database.tx().projectParticipation.create({ data, include: WITH_CONTRIBUTIONS });
  }

  /** Conditional move, so that two concurrent answers cannot both apply. */
  async moveStatus(id: string, from: ParticipationStatus[], data: { status: ParticipationStatus; respondedById?: string | null; respondedAt: Date }): Promise<boolean> {
    const { count } = await this.database.tx().projectParticipation.updateMany({ where: { id, status: { in: from } }, data });
    return count === 1;
  }

  async setContribution(participation: { id: string; tenantId: string; leadTenantId: string; projectId: string }, year: number, amount: string): Promise<void> {
    await this.database.tx().participationContribution.upsert({
      where: { tenantId_participationId_year: { tenantId: participation.tenantId, participationId: participation.id, year } },
      create: { tenantId: participation.tenantId, leadTenantId: participation.leadTenantId, projectId: participation.projectId, participationId: participation.id, year, amount },
      update: { amount },
    });
  }

  async removeContribution(participation: { id: string; tenantId: string }, year: number): Promise<void> {
    await this.database.tx().participationContribution.deleteMany({ where: { tenantId: participation.tenantId, participationId: participation.id, year } });
  }

  /** Only under the tenant-directory scope: another collectivité's id and name, nothing else. */
  findTenantBySiren(siren: string) {
    return this.database.tx().tenant.findUnique({ where: { siren }, select: { id: true, name: true } });
  }

  findTenantName(tenantId: string) {
    return this.database.tx().tenant.findUnique({ where: { id: tenantId }, select: { name: true } });
  }
}
