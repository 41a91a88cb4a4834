import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';

export interface NewPasswordReset {
  id: string;
  userId: string;
  tokenHash: string;
  expiresAt: Date;
}

/** Password reset links: created for the e-mail being authenticated, then reached by the hash of their secret. */
@Injectable()
export class PasswordResetRepository {
  constructor(private readonly database: Database) {}

  /** Without RETURNING: the "forgotten password" transaction may create the link, not read it. */
  async create(reset: NewPasswordReset): Promise<void> {
    await this.database.tx().passwordReset.createMany({ data: [reset] });
  }

  findByTokenHash(tokenHash: string) {
    return this.database.tx().passwordReset.findUnique({ where: { tokenHash }, select: { id: true, userId: true, expiresAt: true, usedAt: true } });
  }

  /** Conditional: a link serves once, even when submitted twice at the same moment. */
  async markUsed(id: string): Promise<boolean> {
    const { count } = await this.database.tx().passwordReset.updateMany({ where: { id, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } });
    return count === 1;
  }

  /** After a reset, the person's other outstanding links stop working too. */
  async retireOutstandingOf(userId: string): Promise<void> {
    await this.database.tx().passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  }
}
