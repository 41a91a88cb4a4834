import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { MemberRole, TenantKind } from '@passerelles/db/generated/prisma/enums';

export interface NewTenant {
  id: string;
  name: string;
  kind: TenantKind;
  siren: string;
  regionCode: string;
  slug: string;
}

export interface NewUser {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
}

const TENANT_FIELDS = { id: true, name: true, kind: true, siren: true, regionCode: true, slug: true } as const;

/** Users, their memberships and collectivités as the authentication flows need them. */
@Injectable()
export class AccountRepository {
  constructor(private readonly database: Database) {}

  findUserByEmail(email: string) {
    return this.database.tx().user.findUnique({ where: { email } });
  }

  findUserById(id: string) {
    return this.database.tx().user.findUnique({ where: { id }, select: { id: true, name: true, email: true, locale: true, lastTenantId: true } });
  }

  listMembershipsOfUser(userId: string) {
    return this.database.tx().membership.findMany({
      where: { userId },
      select: { tenantId: true, role: true, tenant: { select: TENANT_FIELDS } },
      orderBy: { tenant: { name: 'asc' } },
    });
  }

  findMembership(userId: string, tenantId: string) {
    return this.database.tx().membership.findUnique({ where: { tenantId_userId: { tenantId, userId } } });
  }

  findTenant(tenantId: string) {
    return this.database.tx().tenant.findUnique({ where: { id: tenantId }, select: TENANT_FIELDS });
  }

  createTenant(tenant: NewTenant) {
    return this.database.tx().tenant.create({ data: tenant, select: TENANT_FIELDS });
  }

  createUser(user: NewUser) {
    return this.database.tx().user.create({ data: user, select: { id: true, email: true, name: true, locale: true } });
  }

  createMembership(tenantId: string, userId: string, role: MemberRole) {
    return this.database.tx().membership.create({ data: { tenantId, userId, role } });
  }

  /** The users policy lets a transaction update only its own user (app.user_id). */
  async replacePassword(userId: string, passwordHash: string): Promise<void> {
    await this.database.tx().user.update({ where: { id: userId }, data: { passwordHash } });
  }

  async rememberLastTenant(userId: string, tenantId: string): Promise<void> {
    await this.database.tx().user.update({ where: { id: userId }, data: { lastTenantId: tenantId } });
  }
}
