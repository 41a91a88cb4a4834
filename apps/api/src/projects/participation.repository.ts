import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { ParticipationRole, ParticipationStatus, Prisma } from '@passerelles/db/generated/prisma/client';

@Injectable()
export class ParticipationRepository {
  constructor(private readonly database: Database) {}

  findById(id: string) {
    return this.database.tx().projectParticipation.findUnique({ where: { id } });
  }

  findForProject(projectId: string, tenantId: string) {
    return this.database.tx().projectParticipation.findUnique({ where: { tenantId_projectId: { tenantId, projectId } } });
  }

  /** Invitations addressed to the current collectivité, waiting for its answer. */
  listIncoming(tenantId: string) {
    return this.database.tx().projectParticipation.findMany({ where: { tenantId, status: 'INVITED' }, orderBy: { invitedAt: 'desc' } });
  }

  create(data: {
    tenantId: string;
    leadTenantId: string;
    projectId: string;
    role: ParticipationRole;
    contribution: string | null;
    participantName: string;
    leadName: string;
    projectCode: string;
    projectTitle: string;
    invitedById: string | null;
  }) {
    return this.database.tx().projectParticipation.create({ data });
  }

  update(id: string, data: Prisma.ProjectParticipationUpdateInput) {
    return this.database.tx().projectParticipation.update({ where: { id }, data });
  }

  /** Conditional move, so that two concurrent answers cannot both apply. */
  async moveStatus(id: string, from: ParticipationStatus[], data: Prisma.ProjectParticipationUpdateManyMutationInput): Promise<boolean> {
    const { count } = await this.database.tx().projectParticipation.updateMany({ where: { id, status: { in: from } }, data });
    return count === 1;
  }

  /** Only under the tenant-directory scope: another collectivité's id and name, nothing else. */
  findTenantBySiren(siren: string) {
    return this.database.tx().tenant.findUnique({ where: { siren }, select: { id: true, name: true } });
  }

  findTenantName(tenantId: string) {
    return this.database.tx().tenant.findUnique({ where: { id: tenantId }, select: { name: true } });
  }
}
