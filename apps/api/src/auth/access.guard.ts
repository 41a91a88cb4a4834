import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
import type { ReadTransaction } from '@passerelles/db/read-transaction';
import { ForbiddenError, UnauthenticatedError } from '../errors/common.errors';
import type { AuthState, GraphQLContext } from '../graphql/graphql-context';
import { ACCESS_METADATA, type AccessRule } from './access.decorators';
import { CSRF_HEADER, sameSecret } from './session-cookie';
import { SessionService } from './session.service';

/**
 * Global guard, deny by default: a resolver or route without an access decorator is refused. The session is
 * resolved once per request and cached on the GraphQL context (field resolvers pass through here too).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);
  /** The session check under way for a request (keyed by its context, forgotten with it). */
  private readonly pending = new WeakMap<object, Promise<AuthState | null>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule: refused`);
      throw new ForbiddenError('Accès refusé.', 'ACCESS_NOT_DECLARED');
    }
    if (context.getType<GqlContextType>() !== 'graphql') return this.canActivateHttp(context, rule);

    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<GraphQLContext>();
    const info = gql.getInfo<GraphQLResolveInfo>();
    // A read checks the session inside its read transaction; a write outside (its writes have their own).
    const auth = await this.authenticate(ctx, ctx.req, info.operation.operation === 'query' ? ctx.reads : undefined);
    if (rule.kind === 'public') return true;
    if (!auth) throw new UnauthenticatedError();

    if (info.operation.operation === 'mutation' && info.parentType.name === 'Mutation') {
      const header = ctx.req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(header, auth.csrfToken)) {
        throw new ForbiddenError('Jeton anti-falsification manquant ou invalide : rechargez la page.', 'CSRF_TOKEN_INVALID');
      }
    }
    if (rule.kind === 'roles' && !rule.roles.includes(auth.role)) throw new ForbiddenError();
    return true;
  }

  /** REST routes (document upload and download) use the same session, CSRF token and role rules. */
  private async canActivateHttp(context: ExecutionContext, rule: AccessRule): Promise<boolean> {
    if (rule.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { auth?: AuthState | null }>();
    const auth = await this.authenticate(request, request);
    if (!auth) throw new UnauthenticatedError();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(header, auth.csrfToken)) {
        throw new ForbiddenError('Jeton anti-falsification manquant ou invalide : rechargez la page.', 'CSRF_TOKEN_INVALID');
      }
    }
    if (rule.kind === 'roles' && !rule.roles.includes(auth.role)) throw new ForbiddenError();
    return true;
  }

  /**
   * Once per request: root fields of a query run concurrently, and all of them (and the field resolvers, through
   * `ctx.auth`) share the first resolution.
   */
  private authenticate(ctx: { auth?: AuthState | null }, request: FastifyRequest, reads?: ReadTransaction): Promise<AuthState | null> {
    if (ctx.auth !== undefined) return Promise.resolve(ctx.auth);
    let pending = this.pending.get(ctx);
    if (!pending) {
      pending = this.resolveSession(ctx, request, reads);
      this.pending.set(ctx, pending);
    }
    return pending;
  }

  private async resolveSession(ctx: { auth?: AuthState | null }, request: FastifyRequest, reads?: ReadTransaction): Promise<AuthState | null> {
    const resolution = reads ? await this.sessions.resolveWithin(reads, request) : await this.sessions.resolve(request);
    if (resolution.state === 'membership-revoked') {
      ctx.auth = null;
      throw new UnauthenticatedError("Votre accès à cette collectivité a été retiré. Reconnectez-vous.", 'MEMBERSHIP_REVOKED');
    }
    ctx.auth = resolution.state === 'valid' ? resolution.auth : null;
    return ctx.auth;
  }
}
