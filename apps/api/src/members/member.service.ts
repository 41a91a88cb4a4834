import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { MemberRole } from '@passerelles/db/generated/prisma/enums';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { wouldLeaveNoAdmin } from '@passerelles/domain/member-role';
import { AuditTrail } from '../audit/audit-trail.service';
import { NotFoundError } from '../errors/common.errors';
import { toConnection } from '../pagination/connection';
import type { PageRequest } from '../pagination/page-request';
import { LastAdminError } from './member.errors';
import { MemberRepository } from './member.repository';
import type { Member, MemberConnection } from './models/member.model';

type MemberRow = NonNullable<Awaited<ReturnType<MemberRepository['findInTenant']>>>;

@Injectable()
export class MemberService {
  constructor(
    private readonly database: Database,
    private readonly members: MemberRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(page: PageRequest): Promise<MemberConnection> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const [rows, total] = await this.members.listPage(tenantId, page);
      return toConnection(rows, total, page, toMember);
    });
  }

  changeRole(membershipId: string, role: MemberRole): Promise<Member> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const adminCount = await this.members.lockAdminCount(tenantId);
      const before = await this.members.findInTenant(tenantId, membershipId);
      if (!before) throw new NotFoundError('Membre');
      if (wouldLeaveNoAdmin(adminCount, before.role === 'ADMIN', role)) throw new LastAdminError();
      const after = await this.members.updateRole(membershipId, role);
      await this.audit.record({ entity: 'Membership', entityId: membershipId, action: 'CHANGE_ROLE', before, after });
      return toMember(after);
    });
  }

  /** The person's sessions in this collectivité stop working at their next request (the guard checks the membership). */
  remove(membershipId: string): Promise<Member> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const adminCount = await this.members.lockAdminCount(tenantId);
      const before = await this.members.findInTenant(tenantId, membershipId);
      if (!before) throw new NotFoundError('Membre');
      if (wouldLeaveNoAdmin(adminCount, before.role === 'ADMIN', null)) throw new LastAdminError();
      await this.members.delete(membershipId);
      await this.audit.record({ entity: 'Membership', entityId: membershipId, action: 'DELETE', before });
      return toMember(before);
    });
  }
}

function toMember(row: MemberRow): Member {
  return { id: row.id, userId: row.userId, name: row.user.name, email: row.user.email, role: row.role, joinedAt: row.createdAt };
}
