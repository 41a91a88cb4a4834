import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';

export interface NewSession {
  userId: string;
  currentTenantId: string;
  tokenHash: string;
  csrfToken: string;
  userAgent?: string;
  expiresAt: Date;
}

@Injectable()
export class SessionRepository {
  constructor(private readonly database: Database) {}

  async create(session: NewSession): Promise<void> {
    await this.database.tx().session.create({ data: session });
  }

  async switchTenant(sessionId: string, tenantId: string): Promise<void> {
    await this.database.tx().session.update({ where: { id: sessionId }, data: { currentTenantId: tenantId } });
  }

  async delete(sessionId: string): Promise<void> {
    await this.database.tx().session.deleteMany({ where: { id: sessionId } });
  }

  /** Every session of the person (a password reset closes them all). Returns how many were closed. */
  async deleteAllOfUser(userId: string): Promise<number> {
    const { count } = await this.database.tx().session.deleteMany({ where: { userId } });
    return count;
  }

  async findCsrfToken(sessionId: string): Promise<string | null> {
    const session = await this.database.tx().session.findUnique({ where: { id: sessionId }, select: { csrfToken: true } });
    return session?.csrfToken ?? null;
  }
}
