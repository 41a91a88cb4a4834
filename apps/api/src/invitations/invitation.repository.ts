import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { MemberRole } from '@passerelles/db/generated/prisma/enums';

export interface NewInvitation {
  tenantId: string;
  email: string;
  role: MemberRole;
  tokenHash: string;
  invitedById: string;
  expiresAt: Date;
}

@Injectable()
export class InvitationRepository {
  constructor(private readonly database: Database) {}

  create(invitation: NewInvitation) {
    return this.database.tx().invitation.create({ data: invitation });
  }

  findByTokenHash(tokenHash: string) {
    return this.database.tx().invitation.findFirst({ where: { tokenHash } });
  }

  findById(id: string) {
    return this.database.tx().invitation.findUnique({ where: { id } });
  }

  listPending() {
    return this.database.tx().invitation.findMany({ where: { status: 'PENDING' }, orderBy: { createdAt: 'desc' }, take: 200 });
  }

  /** Re-inviting an address replaces its earlier pending invitations. */
  revokePendingFor(email: string) {
    return this.database.tx().invitation.updateMany({ where: { email, status: 'PENDING' }, data: { status: 'REVOKED' } });
  }

  /** Conditional: only one of two concurrent acceptances (or an acceptance and a revocation) can win. */
  async markAccepted(id: string): Promise<boolean> {
    const { count } = await this.database
      .tx()
      .invitation.updateMany({ where: { id, status: 'PENDING' }, data: { status: 'ACCEPTED', acceptedAt: new Date() } });
    return count === 1;
  }

  async markRevoked(id: string): Promise<boolean> {
    const { count } = await this.database.tx().invitation.updateMany({ where: { id, status: 'PENDING' }, data: { status: 'REVOKED' } });
    return count === 1;
  }

  findMemberByEmail(email: string) {
    return this.database.tx().membership.findFirst({ where: { user: { email } }, select: { id: true } });
  }

  deliveryStatuses(keys: string[]) {
    return this.database.tx().emailDelivery.findMany({ where: { idempotencyKey: { in: keys } }, select: { idempotencyKey: true, status: true } });
  }

  findTenantName(tenantId: string) {
    return this.database.tx().tenant.findUnique({ where: { id: tenantId }, select: { name: true } });
  }

  findInviterName(userId: string) {
    return this.database.tx().user.findUnique({ where: { id: userId }, select: { name: true } });
  }
}
