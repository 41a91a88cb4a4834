import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { MemberRole } from '@passerelles/db/generated/prisma/enums';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { invitationExpiry, invitationUsability } from '@passerelles/domain/invitation-rules';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '@passerelles/domain/password-policy';
import { renderInvitationEmail } from '@passerelles/emails/invitation-email';
import type { AcceptInvitationValues, InviteMemberValues } from '@passerelles/shared/schemas/account.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { AccountRepository } from '../auth/account.repository';
import { AuthService, type OpenedSession } from '../auth/auth.service';
import type { ClientInfo } from '../graphql/client-info';
import { InvalidCredentialsError } from '../auth/auth.errors';
import { LoginThrottle } from '../auth/login-throttle';
import { PasswordHasher } from '../auth/password-hasher';
import { hashSecret, newSecret } from '../auth/session-cookie';
import { ApiConfig } from '../config/api-config';
import { NotFoundError } from '../errors/common.errors';
import { EmailOutbox } from '../outbox/email-outbox.service';
import {
  AlreadyMemberError,
  InvitationAlreadyUsedError,
  InvitationExpiredError,
  InvitationNotFoundError,
  InvitationNotPendingError,
  InvitationRevokedError,
  NameRequiredError,
  WeakPasswordError,
} from './invitation.errors';
import { InvitationRepository } from './invitation.repository';
import type { Invitation } from './models/invitation.model';
import type { InvitationPreview } from './models/invitation-preview.model';

type InvitationRow = NonNullable<Awaited<ReturnType<InvitationRepository['findById']>>>;

@Injectable()
export class InvitationService {
  constructor(
    private readonly database: Database,
    private readonly invitations: InvitationRepository,
    private readonly accounts: AccountRepository,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly outbox: EmailOutbox,
    private readonly audit: AuditTrail,
    private readonly config: ApiConfig,
  ) {}

  async invite(input: InviteMemberValues): Promise<Invitation> {
    const { tenantId, userId } = currentTenantContext();
    const secret = newSecret();
    const { invitation, queued } = await this.database.tenantTransaction(async () => {
      if (await this.invitations.findMemberByEmail(input.email)) throw new AlreadyMemberError();
      await this.invitations.revokePendingFor(input.email);
      const created = await this.invitations.create({
        tenantId,
        email: input.email,
        role: input.role,
        tokenHash: hashSecret(secret),
        invitedById: userId!,
        expiresAt: invitationExpiry(new Date()),
      });
      await this.audit.record({ entity: 'Invitation', entityId: created.id, action: 'CREATE', after: created });
      const email = await this.composeEmail(created, secret);
      const queuedEmail = await this.outbox.add(tenantId, deliveryKey(created.id), created.email, 'invitation', email);
      return { invitation: created, queued: queuedEmail };
    });
    await this.outbox.dispatch(queued);
    return toInvitation(invitation, 'PENDING');
  }

  /** A new secret and a new e-mail; the old link stops working. */
  async resend(invitationId: string): Promise<Invitation> {
    const secret = newSecret();
    const { invitation, queued } = await this.database.tenantTransaction(async () => {
      const existing = await this.invitations.findById(invitationId);
      if (!existing) throw new NotFoundError('Invitation');
      if (existing.status !== 'PENDING' && existing.status !== 'REVOKED') throw new InvitationNotPendingError();
      await this.invitations.markRevoked(existing.id);
      const created = await this.invitations.create({
        tenantId: existing.tenantId,
        email: existing.email,
        role: existing.role,
        tokenHash: hashSecret(secret),
        invitedById: currentTenantContext().userId!,
        expiresAt: invitationExpiry(new Date()),
      });
      await this.audit.record({ entity: 'Invitation', entityId: created.id, action: 'RESEND', before: existing, after: created });
      const queuedEmail = await this.outbox.add(created.tenantId, deliveryKey(created.id), created.email, 'invitation', await this.composeEmail(created, secret));
      return { invitation: created, queued: queuedEmail };
    });
    await this.outbox.dispatch(queued);
    return toInvitation(invitation, 'PENDING');
  }

  revoke(invitationId: string): Promise<Invitation> {
    return this.database.tenantTransaction(async () => {
      const existing = await this.invitations.findById(invitationId);
      if (!existing) throw new NotFoundError('Invitation');
      if (!(await this.invitations.markRevoked(existing.id))) throw new InvitationNotPendingError();
      await this.audit.record({ entity: 'Invitation', entityId: existing.id, action: 'REVOKE', before: existing, after: { ...existing, status: 'REVOKED' } });
      return toInvitation({ ...existing, status: 'REVOKED' }, null);
    });
  }

  listPending(): Promise<Invitation[]> {
    return this.database.tenantTransaction(async () => {
      const rows = await this.invitations.listPending();
      const statuses = await this.invitations.deliveryStatuses(rows.map((row) => deliveryKey(row.id)));
      const byKey = new Map(statuses.map((status) => [status.idempotencyKey, status.status]));
      return rows.map((row) => toInvitation(row, byKey.get(deliveryKey(row.id)) ?? null));
    });
  }

  /** Public: the secret of the link is the credential that lets its holder read this one invitation. */
  async preview(secret: string): Promise<InvitationPreview> {
    const invitation = await this.usableInvitation(secret);
    return this.database.authenticationTransaction({ tenantId: invitation.tenantId, authEmail: invitation.email }, async () => {
      const [tenant, user] = await Promise.all([this.invitations.findTenantName(invitation.tenantId), this.accounts.findUserByEmail(invitation.email)]);
      return { tenantName: tenant?.name ?? '', email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, accountExists: user !== null };
    });
  }

  /**
   * Joins the collectivité: with the password of the existing account for that address, or by creating the
   * account. Membership, invitation status, audit and session commit together or not at all.
   */
  async accept(input: AcceptInvitationValues, client: ClientInfo): Promise<OpenedSession> {
    const invitation = await this.usableInvitation(input.token);
    const existingUser = await this.database.authenticationTransaction({ authEmail: invitation.email }, () => this.accounts.findUserByEmail(invitation.email));

    let userId: string;
    let passwordHash: string | null = null;
    if (existingUser) {
      // The same throttle as the login form: an invitation link must not become a way to guess passwords.
      await this.throttle.countAttempt(invitation.email, client.ip);
      if (!(await this.hasher.verify(existingUser.passwordHash, input.password))) throw new InvalidCredentialsError();
      await this.throttle.recordSuccess(invitation.email, client.ip);
      userId = existingUser.id;
    } else {
      if (!input.name) throw new NameRequiredError();
      const problem = passwordProblem(input.password, invitation.email);
      if (problem) throw new WeakPasswordError(PASSWORD_PROBLEM_MESSAGES[problem]);
      passwordHash = await this.hasher.hash(input.password);
      userId = randomUUID();
    }

    const tenantId = invitation.tenantId;
    return this.database.authenticationTransaction({ tenantId, userId, authEmail: invitation.email }, async () => {
      const actor = { tenantId, actorId: userId };
      if (passwordHash) {
        const user = await this.accounts.createUser({ id: userId, email: invitation.email, name: input.name!, passwordHash });
        await this.audit.record({ entity: 'User', entityId: userId, action: 'CREATE', after: user }, actor);
      } else if (await this.accounts.findMembership(userId, tenantId)) {
        throw new AlreadyMemberError();
      }
      if (!(await this.invitations.markAccepted(invitation.id))) throw new InvitationAlreadyUsedError();
      const membership = await this.accounts.createMembership(tenantId, userId, invitation.role);
      await this.accounts.rememberLastTenant(userId, tenantId);
      await this.audit.record({ entity: 'Invitation', entityId: invitation.id, action: 'ACCEPT', before: invitation, after: { ...invitation, status: 'ACCEPTED' } }, actor);
      await this.audit.record({ entity: 'Membership', entityId: membership.id, action: 'CREATE', after: membership }, actor);
      return this.auth.openSession(userId, tenantId, client, 'ACCEPT_INVITATION');
    });
  }

  private async usableInvitation(secret: string): Promise<InvitationRow> {
    const tokenHash = hashSecret(secret);
    const invitation = await this.database.authenticationTransaction({ invitationTokenHash: tokenHash }, () => this.invitations.findByTokenHash(tokenHash));
    if (!invitation) throw new InvitationNotFoundError();
    switch (invitationUsability(invitation.status, invitation.expiresAt, new Date())) {
      case 'ALREADY_ACCEPTED':
        throw new InvitationAlreadyUsedError();
      case 'REVOKED':
        throw new InvitationRevokedError();
      case 'EXPIRED':
        throw new InvitationExpiredError(invitation.expiresAt);
      case 'USABLE':
        return invitation;
    }
  }

  private async composeEmail(invitation: InvitationRow, secret: string) {
    const [tenant, inviter] = await Promise.all([
      this.invitations.findTenantName(invitation.tenantId),
      this.invitations.findInviterName(invitation.invitedById),
    ]);
    return renderInvitationEmail({
      tenantName: tenant?.name ?? 'votre collectivité',
      inviterName: inviter?.name ?? 'Un administrateur',
      role: invitation.role,
      // The secret travels in the fragment: browsers never send it to servers or in Referer headers.
      acceptUrl: `${this.config.publicWebUrl}/invitation#${secret}`,
      expiresAt: invitation.expiresAt,
    });
  }
}

function deliveryKey(invitationId: string): string {
  return `invitation:${invitationId}`;
}

function toInvitation(row: InvitationRow, emailStatus: string | null): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role as MemberRole,
    status: row.status,
    expired: row.status === 'PENDING' && row.expiresAt.getTime() <= Date.now(),
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    emailStatus,
  };
}
