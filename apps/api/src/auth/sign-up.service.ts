import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { Prisma } from '@passerelles/db/generated/prisma/client';
import { linkUsability, signUpExpiry } from '@passerelles/domain/account-links';
import { slugify } from '@passerelles/domain/slug';
import { renderAccountExistsEmail, renderSignUpConfirmationEmail } from '@passerelles/emails/account-emails';
import type { SignUpValues } from '@passerelles/shared/schemas/account.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { ApiConfig } from '../config/api-config';
import type { ClientInfo } from '../graphql/client-info';
import { EmailOutbox } from '../outbox/email-outbox.service';
import { RATE_LIMITS, RateLimits } from '../rate-limits/rate-limits';
import { AccountRepository } from './account.repository';
import {
  EmailAlreadyRegisteredError,
  SignUpAlreadyConfirmedError,
  SignUpLinkExpiredError,
  SignUpLinkNotFoundError,
  SirenAlreadyRegisteredError,
} from './auth.errors';
import { AuthService, type OpenedSession } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { hashSecret, newSecret } from './session-cookie';
import { SignUpRequestRepository } from './sign-up-request.repository';

/**
 * Sign-up in two steps, so that the form never tells whether an address already has an account: every sign-up
 * answers "we sent you an e-mail". A new address receives a confirmation link; the collectivité, its first
 * administrator and their session are created when it is opened (the SIREN is reserved only then). An address
 * that already has an account receives a message saying so, and nothing is created.
 */
@Injectable()
export class SignUpService {
  constructor(
    private readonly database: Database,
    private readonly requests: SignUpRequestRepository,
    private readonly accounts: AccountRepository,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly outbox: EmailOutbox,
    private readonly audit: AuditTrail,
    private readonly limits: RateLimits,
    private readonly config: ApiConfig,
  ) {}

  async request(input: SignUpValues, client: ClientInfo): Promise<void> {
    await this.limits.consumeAll([
      [RATE_LIMITS.signUpPerAddress, client.ip],
      [RATE_LIMITS.signUpPerEmail, input.email],
    ]);
    // Hashed in both cases, so that the answer takes as long whether or not the address has an account.
    const passwordHash = await this.hasher.hash(input.password);
    const secret = newSecret();
    const queued = await this.database.authenticationTransaction({ authEmail: input.email }, async () => {
      if (await this.accounts.findUserByEmail(input.email)) {
        const email = renderAccountExistsEmail({ loginUrl: `${this.config.publicWebUrl}/connexion`, resetUrl: `${this.config.publicWebUrl}/mot-de-passe-oublie` });
        return this.outbox.addAccountEmail(`account-exists:${randomUUID()}`, input.email, 'account-exists', email);
      }
      const id = randomUUID();
      const expiresAt = signUpExpiry(new Date());
      await this.requests.create({
        id,
        email: input.email,
        tokenHash: hashSecret(secret),
        tenantName: input.tenantName,
        tenantKind: input.tenantKind,
        siren: input.siren,
        regionCode: input.regionCode,
        adminName: input.adminName,
        passwordHash,
        expiresAt,
      });
      // The secret travels in the fragment: browsers never send it to servers or in Referer headers.
      const email = renderSignUpConfirmationEmail({ tenantName: input.tenantName, confirmUrl: `${this.config.publicWebUrl}/inscription/confirmation#${secret}`, expiresAt });
      return this.outbox.addAccountEmail(`sign-up:${id}`, input.email, 'sign-up-confirmation', email);
    });
    await this.outbox.dispatch(queued);
  }

  /** Creates the collectivité, its first administrator and their session in one transaction, once. */
  async confirm(secret: string, client: ClientInfo): Promise<OpenedSession> {
    const tokenHash = hashSecret(secret);
    const request = await this.database.authenticationTransaction({ signUpTokenHash: tokenHash }, () => this.requests.findByTokenHash(tokenHash));
    if (!request) throw new SignUpLinkNotFoundError();
    switch (linkUsability(request.confirmedAt, request.expiresAt, new Date())) {
      case 'USED':
        throw new SignUpAlreadyConfirmedError();
      case 'EXPIRED':
        throw new SignUpLinkExpiredError();
      case 'USABLE':
        break;
    }
    const tenantId = randomUUID();
    const userId = randomUUID();
    try {
      return await this.database.authenticationTransaction({ tenantId, userId, authEmail: request.email, signUpTokenHash: tokenHash }, async () => {
        if (!(await this.requests.markConfirmed(request.id)) || !request.passwordHash) throw new SignUpAlreadyConfirmedError();
        // An account may have been made for this address since (an invitation accepted in between).
        if (await this.accounts.findUserByEmail(request.email)) throw new EmailAlreadyRegisteredError();
        const tenant = await this.accounts.createTenant({
          id: tenantId,
          name: request.tenantName,
          kind: request.tenantKind,
          siren: request.siren,
          regionCode: request.regionCode,
          slug: `${slugify(request.tenantName, 60)}-${request.siren}`,
        });
        const user = await this.accounts.createUser({ id: userId, email: request.email, name: request.adminName, passwordHash: request.passwordHash });
        const membership = await this.accounts.createMembership(tenantId, userId, 'ADMIN');
        await this.accounts.rememberLastTenant(userId, tenantId);
        const actor = { tenantId, actorId: userId };
        await this.audit.record({ entity: 'Tenant', entityId: tenantId, action: 'CREATE', after: tenant }, actor);
        await this.audit.record({ entity: 'User', entityId: userId, action: 'CREATE', after: user }, actor);
        await this.audit.record({ entity: 'Membership', entityId: membership.id, action: 'CREATE', after: membership }, actor);
        return this.auth.openSession(userId, tenantId, client, 'SIGN_UP');
      });
    } catch (error) {
      throw mapUniqueViolation(error);
    }
  }
}

/** Unique violations the checks could not see (another collectivité's SIREN is hidden by RLS, races). */
function mapUniqueViolation(error: unknown): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    const target = JSON.stringify(error.meta ?? {});
    if (target.includes('siren')) return new SirenAlreadyRegisteredError();
    if (target.includes('email')) return new EmailAlreadyRegisteredError();
  }
  return error;
}
