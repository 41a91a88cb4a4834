import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { DeliberationStatus, Prisma } from '@passerelles/db/generated/prisma/client';
import type { PageRequest } from '../pagination/page-request';

export const DELIBERATION_INCLUDE = {
  convention: { select: { title: true } },
  project: { select: { title: true } },
} satisfies Prisma.DeliberationInclude;

export interface DeliberationFilter {
  text?: string;
  statuses?: DeliberationStatus[];
  projectId?: string;
  year?: number;
}

@Injectable()
export class DeliberationRepository {
  constructor(private readonly database: Database) {}

  listPage(filter: DeliberationFilter, page: PageRequest) {
    const conditions: Prisma.DeliberationWhereInput[] = [];
    if (filter.statuses?.length) conditions.push({ status: { in: filter.statuses } });
    if (filter.projectId) conditions.push({ projectId: filter.projectId });
    if (filter.text) conditions.push({ OR: [{ number: { contains: filter.text, mode: 'insensitive' } }, { title: { contains: filter.text, mode: 'insensitive' } }] });
    if (filter.year) {
      const range = { gte: new Date(Date.UTC(filter.year, 0, 1)), lte: new Date(Date.UTC(filter.year, 11, 31)) };
      conditions.push({ OR: [{ votedOn: range }, { votedOn: null, sessionDate: range }] });
    }
    const where: Prisma.DeliberationWhereInput = conditions.length ? { AND: conditions } : {};
    return Promise.all([
      this.database.tx().deliberation.findMany({
        where: page.after ? { AND: [where, { id: { lt: page.after } }] } : where,
        include: DELIBERATION_INCLUDE,
        orderBy: { id: 'desc' },
        take: page.first + 1,
      }),
      this.database.tx().deliberation.count({ where }),
    ]);
  }

  findById(id: string) {
    return this.database.tx().deliberation.findUnique({ where: { id }, include: DELIBERATION_INCLUDE });
  }

  create(tenantId: string, data: Omit<Prisma.DeliberationUncheckedCreateInput, 'tenantId'>) {
    return this.database.tx().deliberation.create({ data: { tenantId, ...data }, include: DELIBERATION_INCLUDE });
  }

  update(id: string, data: Prisma.DeliberationUncheckedUpdateInput) {
    return this.database.tx().deliberation.update({ where: { id }, data, include: DELIBERATION_INCLUDE });
  }

  /** Own projects only: a deliberation binds the collectivité that votes it. */
  async ownProjectExists(tenantId: string, projectId: string): Promise<boolean> {
    return (await this.database.tx().project.count({ where: { id: projectId, tenantId } })) > 0;
  }

  async conventionExists(conventionId: string): Promise<boolean> {
    return (await this.database.tx().convention.count({ where: { id: conventionId } })) > 0;
  }
}
