import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { DeliberationStatus, Prisma } from '@passerelles/db/generated/prisma/client';
import type { PageRequest } from '../pagination/page-request';

/** The projects a deliberation covers, as the reader may see them (RLS keeps the links of visible projects). */
export const DELIBERATION_INCLUDE = {
  convention: { select: { title: true } },
  projects: { select: { projectId: true, amount: true, position: true, project: { select: { code: true, title: true, tenantId: true } } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.DeliberationInclude;

export interface DeliberationFilter {
  text?: string;
  statuses?: DeliberationStatus[];
  projectId?: string;
  year?: number;
}

export interface DeliberationText {
  number: string;
  year: number;
  title: string;
  assembly: Prisma.DeliberationCreateInput['assembly'];
  object: Prisma.DeliberationCreateInput['object'];
  sessionDate: Date | null;
  conventionId: string | null;
  budgetYear: number | null;
}

export interface DeliberationDatesData {
  sessionDate?: Date | null;
  votedOn?: Date | null;
  transmittedOn?: Date | null;
  executoryOn?: Date | null;
  endedOn?: Date | null;
}

@Injectable()
export class DeliberationRepository {
  constructor(private readonly database: Database) {}

  listPage(filter: DeliberationFilter, page: PageRequest) {
    const conditions: Prisma.DeliberationWhereInput[] = [];
    if (filter.statuses?.length) conditions.push({ status: { in: filter.statuses } });
    if (filter.projectId) conditions.push({ projects: { some: { projectId: filter.projectId } } });
    if (filter.text) conditions.push({ OR: [{ number: { contains: filter.text, mode: 'insensitive' } }, { title: { contains: filter.text, mode: 'insensitive' } }] });
    if (filter.year) conditions.push({ year: filter.year });
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

  /** Locks the row for a status change or a correction: two concurrent changes apply one after the other. */
  async lockById(id: string): Promise<boolean> {
    const rows = await this.database.tx().$queryRaw<{ id: string }[]>`SELECT id FROM deliberations WHERE id = ${id}::uuid FOR UPDATE`;
    return rows.length === 1;
  }

  async create(tenantId: string, text: DeliberationText, projects: readonly { projectId: string; amount: string }[]) {
    const created = await this.database.tx().deliberation.create({ data: { tenantId, ...text } });
    await this.replaceProjects(tenantId, created.id, projects);
    return created.id;
  }

  async updateText(tenantId: string, id: string, text: DeliberationText, projects: readonly { projectId: string; amount: string }[]): Promise<void> {
    await this.database.tx().deliberation.update({ where: { id }, data: text });
    await this.replaceProjects(tenantId, id, projects);
  }

  async recordStatus(id: string, data: { status: DeliberationStatus; year?: number; endReason?: string | null } & DeliberationDatesData): Promise<void> {
    await this.database.tx().deliberation.update({ where: { id }, data });
  }

  async correctDate(id: string, data: DeliberationDatesData & { year: number }): Promise<void> {
    await this.database.tx().deliberation.update({ where: { id }, data });
  }

  private async replaceProjects(tenantId: string, deliberationId: string, projects: readonly { projectId: string; amount: string }[]): Promise<void> {
    const tx = this.database.tx();
    await tx.deliberationProject.deleteMany({ where: { tenantId, deliberationId } });
    await tx.deliberationProject.createMany({ data: projects.map((project, position) => ({ tenantId, deliberationId, projectId: project.projectId, amount: project.amount, position })) });
  }

  /**
   * The projects this collectivité may cover with its own deliberation: its own, and those it takes part in as
   * an active partner (for its own contribution). Observers never vote money for a project.
   */
  async coverableProjectIds(tenantId: string, projectIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.database.tx().project.findMany({
      where: {
        id: { in: [...projectIds] },
        OR: [{ tenantId }, { participations: { some: { tenantId, status: 'ACTIVE', role: 'PARTNER' } } }],
      },
      select: { id: true },
    });
    return new Set(rows.map((row) => row.id));
  }

  async conventionExists(conventionId: string): Promise<boolean> {
    return (await this.database.tx().convention.count({ where: { id: conventionId } })) > 0;
  }
}
