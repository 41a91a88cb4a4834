import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { linkUsability, passwordResetExpiry } from '@passerelles/domain/account-links';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '@passerelles/domain/password-policy';
import { renderPasswordResetEmail } from '@passerelles/emails/account-emails';
import type { ResetPasswordValues } from '@passerelles/shared/schemas/account.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { ApiConfig } from '../config/api-config';
import type { ClientInfo } from '../graphql/client-info';
import { WeakPasswordError } from '../invitations/invitation.errors';
import { EmailOutbox } from '../outbox/email-outbox.service';
import { RATE_LIMITS, RateLimits } from '../rate-limits/rate-limits';
import { AccountRepository } from './account.repository';
import { ResetLinkExpiredError, ResetLinkNotFoundError, ResetLinkUsedError } from './auth.errors';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { PasswordResetRepository } from './password-reset.repository';
import { hashSecret, newSecret } from './session-cookie';
import { SessionRepository } from './session.repository';

/**
 * "Mot de passe oublié": a link valid one hour and usable once, sent to the address if it has an account (the
 * answer is the same either way). Choosing the new password closes every session of the person, ends the
 * account's login lockout and is audited.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    private readonly database: Database,
    private readonly resets: PasswordResetRepository,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly outbox: EmailOutbox,
    private readonly audit: AuditTrail,
    private readonly limits: RateLimits,
    private readonly config: ApiConfig,
  ) {}

  async request(email: string, client: ClientInfo): Promise<void> {
    await this.limits.consumeAll([
      [RATE_LIMITS.passwordResetPerAddress, client.ip],
      [RATE_LIMITS.passwordResetPerEmail, email],
    ]);
    const secret = newSecret();
    const queued = await this.database.authenticationTransaction({ authEmail: email }, async () => {
      const user = await this.accounts.findUserByEmail(email);
      if (!user) return null;
      const id = randomUUID();
      const expiresAt = passwordResetExpiry(new Date());
      await this.resets.create({ id, userId: user.id, tokenHash: hashSecret(secret), expiresAt });
      // The secret travels in the fragment: browsers never send it to servers or in Referer headers.
      const message = renderPasswordResetEmail({ resetUrl: `${this.config.publicWebUrl}/mot-de-passe/nouveau#${secret}`, expiresAt });
      return this.outbox.addAccountEmail(`password-reset:${id}`, email, 'password-reset', message);
    });
    if (queued) await this.outbox.dispatch(queued);
  }

  async reset(input: ResetPasswordValues): Promise<void> {
    const tokenHash = hashSecret(input.token);
    const link = await this.database.authenticationTransaction({ passwordResetTokenHash: tokenHash }, () => this.resets.findByTokenHash(tokenHash));
    if (!link) throw new ResetLinkNotFoundError();
    switch (linkUsability(link.usedAt, link.expiresAt, new Date())) {
      case 'USED':
        throw new ResetLinkUsedError();
      case 'EXPIRED':
        throw new ResetLinkExpiredError();
      case 'USABLE':
        break;
    }
    const userId = link.userId;
    const { user, memberships } = await this.database.authenticationTransaction({ userId }, async () => ({
      user: await this.accounts.findUserById(userId),
      memberships: await this.accounts.listMembershipsOfUser(userId),
    }));
    if (!user) throw new ResetLinkNotFoundError();
    const problem = passwordProblem(input.password, user.email);
    if (problem) throw new WeakPasswordError(PASSWORD_PROBLEM_MESSAGES[problem]);
    const passwordHash = await this.hasher.hash(input.password);

    // Audited in the collectivité the person opens at login (audit events belong to one collectivité).
    const auditTenantId = memberships.find((membership) => membership.tenantId === user.lastTenantId)?.tenantId ?? memberships[0]?.tenantId ?? null;
    await this.database.authenticationTransaction({ userId, tenantId: auditTenantId, passwordResetTokenHash: tokenHash }, async () => {
      if (!(await this.resets.markUsed(link.id))) throw new ResetLinkUsedError();
      await this.resets.retireOutstandingOf(userId);
      await this.accounts.replacePassword(userId, passwordHash);
      const sessionsClosed = await this.sessions.deleteAllOfUser(userId);
      if (auditTenantId) {
        await this.audit.record({ entity: 'User', entityId: userId, action: 'PASSWORD_RESET', after: { sessionsClosed } }, { tenantId: auditTenantId, actorId: userId });
      } else {
        this.logger.log(`password of user ${userId} (no collectivité) reset by e-mail link; ${sessionsClosed} session(s) closed`);
      }
    });
    await this.throttle.unlockAccount(user.email);
  }
}
