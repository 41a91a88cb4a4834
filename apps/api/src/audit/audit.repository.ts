import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { Prisma } from '@passerelles/db/generated/prisma/client';
import type { PageRequest } from '../pagination/page-request';

export interface NewAuditEvent {
  tenantId: string;
  actorId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: object | null;
  after: object | null;
  requestId: string | null;
  projectId: string | null;
  counterpartTenantId: string | null;
}

/** What an evaluator sees is decided by row-level security (events about the projects she evaluates). */
export interface AuditFilter {
  entity?: string;
  entityId?: string;
  /** Every event about a project and what hangs on it (documents, deliberations, participations…). */
  projectId?: string;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly database: Database) {}

  async insert(event: NewAuditEvent): Promise<void> {
    await this.database.tx().auditEvent.create({
      data: {
        ...event,
        before: (event.before ?? undefined) as Prisma.InputJsonValue | undefined,
        after: (event.after ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    });
  }

  /** Newest first; the cursor is the id (uuid v7 ids grow with time). */
  listPage(filter: AuditFilter, page: PageRequest) {
    const where: Prisma.AuditEventWhereInput = { entity: filter.entity, entityId: filter.entityId, projectId: filter.projectId };
    return Promise.all([
      this.database.tx().auditEvent.findMany({
        where: page.after ? { ...where, id: { lt: page.after } } : where,
        orderBy: { id: 'desc' },
        take: page.first + 1,
      }),
      this.database.tx().auditEvent.count({ where }),
    ]);
  }

  listActorNames(actorIds: string[]) {
    return this.database.tx().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  }
}
