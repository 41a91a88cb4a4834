import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
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
    const auth = await this.authenticate(ctx, ctx.req);
    if (rule.kind === 'public') return true;
    if (!auth) throw new UnauthenticatedError();

    const info = gql.getInfo<GraphQLResolveInfo>();
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

  private async authenticate(ctx: { auth?: AuthState | null }, request?: FastifyRequest): Promise<AuthState | null> {
    if (ctx.auth !== undefined) return ctx.auth;
    const resolution = await this.sessions.resolve(request ?? (ctx as GraphQLContext).req);
    if (resolution.state === 'membership-revoked') {
      ctx.auth = null;
      throw new UnauthenticatedError("Votre accès à cette collectivité a été retiré. Reconnectez-vous.", 'MEMBERSHIP_REVOKED');
    }
    ctx.auth = resolution.state === 'valid' ? resolution.auth : null;
    return ctx.auth;
  }
}
