import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Database } from '@passerelles/db/database';
import type { ReadTransaction } from '@passerelles/db/read-transaction';
import { sqlStatement } from '@passerelles/db/sql-statement';
import type { ContextRole } from '@passerelles/db/tenant-context';
import { ApiConfig } from '../config/api-config';
import type { AuthState } from '../graphql/graphql-context';
import { SessionRepository } from './session.repository';
import { SESSION_COOKIE, hashSecret, newSecret } from './session-cookie';

interface ResolvedSessionRow {
  session_id: string;
  user_id: string;
  tenant_id: string;
  role: ContextRole | null;
  csrf_token: string;
}

const RESOLVE_SESSION = sqlStatement('SELECT session_id, user_id, tenant_id, role, csrf_token FROM app_resolve_session($1, $2::int, $3::int)');

export type SessionResolution = { state: 'none' } | { state: 'membership-revoked' } | { state: 'valid'; auth: AuthState };

/**
 * Server-side sessions behind an httpOnly cookie (see README, "Sessions"): revocable at once, no token in
 * JavaScript's reach. The cookie holds a random secret; the database only its SHA-256.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly database: Database,
    private readonly sessions: SessionRepository,
    private readonly config: ApiConfig,
  ) {}

  /** For writes: one round trip, outside any transaction (app_resolve_session's settings die with the statement). */
  async resolve(request: FastifyRequest): Promise<SessionResolution> {
    const secret = sessionSecret(request);
    if (!secret) return { state: 'none' };
    const rows = await this.database.checkSession<ResolvedSessionRow>(RESOLVE_SESSION, [hashSecret(secret), this.config.sessionIdleSeconds, this.config.sessionAbsoluteSeconds]);
    return toResolution(rows[0]);
  }

  /**
   * For reads: the session check is the first statement of the request's read transaction, and the settings it
   * writes (collectivité, person, role) serve every read of the request.
   */
  async resolveWithin(reads: ReadTransaction, request: FastifyRequest): Promise<SessionResolution> {
    const secret = sessionSecret(request);
    if (!secret) return { state: 'none' };
    const rows = await reads.openWith<ResolvedSessionRow>(RESOLVE_SESSION, [hashSecret(secret), this.config.sessionIdleSeconds, this.config.sessionAbsoluteSeconds]);
    return toResolution(rows[0]);
  }

  /**
   * Whether the request carries a valid session; the resolution is kept on the context, where the access guard
   * finds it. A revoked membership is left for the guard to explain.
   */
  async hasSession(ctx: { req: FastifyRequest; auth?: AuthState | null }): Promise<boolean> {
    if (ctx.auth !== undefined) return ctx.auth !== null;
    const resolution = await this.resolve(ctx.req);
    if (resolution.state !== 'valid') return false;
    ctx.auth = resolution.auth;
    return true;
  }

  /** Inside the caller's transaction, whose settings must carry this user (RLS checks the insert). */
  async open(userId: string, tenantId: string, userAgent: string | undefined): Promise<{ secret: string; csrfToken: string }> {
    const secret = newSecret();
    const csrfToken = newSecret();
    const now = Date.now();
    await this.sessions.create({
      userId,
      currentTenantId: tenantId,
      tokenHash: hashSecret(secret),
      csrfToken,
      userAgent: userAgent?.slice(0, 300),
      expiresAt: new Date(now + Math.min(this.config.sessionIdleSeconds, this.config.sessionAbsoluteSeconds) * 1000),
    });
    return { secret, csrfToken };
  }

  setCookie(reply: FastifyReply, secret: string): void {
    reply.setCookie(SESSION_COOKIE, secret, {
      httpOnly: true,
      secure: this.config.cookieSecure,
      sameSite: 'lax',
      path: '/',
      maxAge: this.config.sessionAbsoluteSeconds,
    });
  }

  clearCookie(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure: this.config.cookieSecure, sameSite: 'lax' });
  }
}

function sessionSecret(request: FastifyRequest): string | null {
  const secret = request.cookies?.[SESSION_COOKIE];
  return secret && /^[A-Za-z0-9_-]{43}$/.test(secret) ? secret : null;
}

function toResolution(row: ResolvedSessionRow | undefined): SessionResolution {
  if (!row) return { state: 'none' };
  if (!row.role) return { state: 'membership-revoked' };
  return {
    state: 'valid',
    auth: { sessionId: row.session_id, userId: row.user_id, tenantId: row.tenant_id, role: row.role, csrfToken: row.csrf_token },
  };
}
