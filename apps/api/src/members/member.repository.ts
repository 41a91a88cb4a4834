import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { MemberRole } from '@passerelles/db/generated/prisma/enums';
import type { PageRequest } from '../pagination/page-request';

const MEMBER_FIELDS = { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } } as const;

@Injectable()
export class MemberRepository {
  constructor(private readonly database: Database) {}

  /** Members of the current collectivité only: the user's memberships elsewhere are visible to RLS, not wanted here. */
  listPage(tenantId: string, page: PageRequest) {
    const where = { tenantId };
    return Promise.all([
      this.database.tx().membership.findMany({
        where: page.after ? { ...where, id: { gt: page.after } } : where,
        select: MEMBER_FIELDS,
        orderBy: { id: 'asc' },
        take: page.first + 1,
      }),
      this.database.tx().membership.count({ where }),
    ]);
  }

  findInTenant(tenantId: string, membershipId: string) {
    return this.database.tx().membership.findFirst({ where: { id: membershipId, tenantId }, select: MEMBER_FIELDS });
  }

  /** Locks the administrators' rows so that two concurrent demotions cannot both pass the last-admin check. */
  async lockAdminCount(tenantId: string): Promise<number> {
    const rows = await this.database.tx().$queryRaw<{ id: string }[]>`
      SELECT id FROM memberships WHERE tenant_id = ${tenantId}::uuid AND role = 'ADMIN' FOR UPDATE`;
    return rows.length;
  }

  updateRole(membershipId: string, role: MemberRole) {
    return this.database.tx().membership.update({ where: { id: membershipId }, data: { role }, select: MEMBER_FIELDS });
  }

  async delete(membershipId: string): Promise<void> {
    await this.database.tx().membership.delete({ where: { id: membershipId } });
  }
}
