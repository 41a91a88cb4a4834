import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { TenantKind } from '@passerelles/db/generated/prisma/enums';

export interface NewSignUpRequest {
  id: string;
  email: string;
  tokenHash: string;
  tenantName: string;
  tenantKind: TenantKind;
  siren: string;
  regionCode: string;
  adminName: string;
  passwordHash: string;
  expiresAt: Date;
}

/** Sign-ups waiting for their e-mail confirmation (no collectivité yet: reached by the e-mail or the link's hash). */
@Injectable()
export class SignUpRequestRepository {
  constructor(private readonly database: Database) {}

  /** Without RETURNING: the request's transaction may create it (for its own e-mail), not read it back. */
  async create(request: NewSignUpRequest): Promise<void> {
    await this.database.tx().signUpRequest.createMany({ data: [request] });
  }

  findByTokenHash(tokenHash: string) {
    return this.database.tx().signUpRequest.findUnique({ where: { tokenHash } });
  }

  /** Conditional: of two concurrent confirmations only one wins. The password hash goes with it. */
  async markConfirmed(id: string): Promise<boolean> {
    const { count } = await this.database
      .tx()
      .signUpRequest.updateMany({ where: { id, confirmedAt: null, expiresAt: { gt: new Date() } }, data: { confirmedAt: new Date(), passwordHash: null } });
    return count === 1;
  }
}
