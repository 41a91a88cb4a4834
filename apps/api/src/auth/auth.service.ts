import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { LoginValues } from '@passerelles/shared/schemas/account.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import type { ClientInfo } from '../graphql/client-info';
import { NotFoundError } from '../errors/common.errors';
import type { AuthState } from '../graphql/graphql-context';
import { AccountRepository } from './account.repository';
import { InvalidCredentialsError, NoMembershipError } from './auth.errors';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import type { Viewer } from './models/viewer.model';

export interface OpenedSession {
  secret: string;
  viewer: Viewer;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly database: Database,
    private readonly accounts: AccountRepository,
    private readonly sessionRepository: SessionRepository,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditTrail,
  ) {}

  async login(input: LoginValues, client: ClientInfo): Promise<OpenedSession> {
    await this.throttle.countAttempt(input.email, client.ip);
    const user = await this.database.authenticationTransaction({ authEmail: input.email }, () => this.accounts.findUserByEmail(input.email));
    const valid = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !valid) throw new InvalidCredentialsError();
    await this.throttle.recordSuccess(input.email, client.ip);

    const memberships = await this.database.authenticationTransaction({ userId: user.id }, () => this.accounts.listMembershipsOfUser(user.id));
    if (memberships.length === 0) throw new NoMembershipError();
    const tenantId = memberships.find((membership) => membership.tenantId === user.lastTenantId)?.tenantId ?? memberships[0].tenantId;
    return this.database.authenticationTransaction({ tenantId, userId: user.id }, () => this.openSession(user.id, tenantId, client, 'LOGIN'));
  }

  async logout(auth: AuthState): Promise<void> {
    await this.database.authenticationTransaction({ tenantId: auth.tenantId, userId: auth.userId }, async () => {
      await this.sessionRepository.delete(auth.sessionId);
      await this.audit.record({ entity: 'Session', entityId: auth.sessionId, action: 'LOGOUT' }, { tenantId: auth.tenantId, actorId: auth.userId });
    });
  }

  /** Switching is checked against the person's memberships: a collectivité they do not belong to is "not found". */
  async switchTenant(auth: AuthState, tenantId: string): Promise<Viewer> {
    const membership = await this.database.authenticationTransaction({ userId: auth.userId }, () => this.accounts.findMembership(auth.userId, tenantId));
    if (!membership) throw new NotFoundError('Collectivité');
    return this.database.authenticationTransaction({ tenantId, userId: auth.userId }, async () => {
      await this.sessionRepository.switchTenant(auth.sessionId, tenantId);
      await this.accounts.rememberLastTenant(auth.userId, tenantId);
      await this.audit.record(
        { entity: 'Session', entityId: auth.sessionId, action: 'SWITCH_TENANT', before: { tenantId: auth.tenantId }, after: { tenantId } },
        { tenantId, actorId: auth.userId },
      );
      return this.viewerInTransaction(auth.userId, tenantId, auth.csrfToken);
    });
  }

  viewer(auth: AuthState): Promise<Viewer> {
    return this.database.authenticationTransaction({ tenantId: auth.tenantId, userId: auth.userId }, () =>
      this.viewerInTransaction(auth.userId, auth.tenantId, auth.csrfToken),
    );
  }

  /** Must run in a transaction whose settings carry this user and collectivité. */
  async openSession(userId: string, tenantId: string, client: ClientInfo, action: 'LOGIN' | 'SIGN_UP' | 'ACCEPT_INVITATION'): Promise<OpenedSession> {
    const { secret, csrfToken } = await this.sessions.open(userId, tenantId, client.userAgent);
    await this.audit.record({ entity: 'Session', entityId: userId, action, after: { userAgent: client.userAgent ?? null } }, { tenantId, actorId: userId });
    return { secret, viewer: await this.viewerInTransaction(userId, tenantId, csrfToken) };
  }

  private async viewerInTransaction(userId: string, tenantId: string, csrfToken: string): Promise<Viewer> {
    const [user, memberships] = await Promise.all([this.accounts.findUserById(userId), this.accounts.listMembershipsOfUser(userId)]);
    const current = memberships.find((membership) => membership.tenantId === tenantId);
    if (!user || !current) throw new NoMembershipError();
    return {
      user: { id: user.id, name: user.name, email: user.email, locale: user.locale },
      currentTenant: current.tenant,
      role: current.role,
      memberships: memberships.map((membership) => ({ tenant: membership.tenant, role: membership.role })),
      csrfToken,
    };
  }
}
