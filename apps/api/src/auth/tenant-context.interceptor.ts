import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { Observable } from 'rxjs';
import { runWithTenantContext } from '@passerelles/db/tenant-context';
import type { GraphQLContext } from '../graphql/graphql-context';

/**
 * Runs each authenticated resolver inside the tenant context decided by the session (never by an argument).
 * Subscribing inside run() keeps the AsyncLocalStorage store for the whole resolver, awaits included.
 */
@Injectable()
export class TenantContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const ctx = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    const auth = ctx.auth;
    if (!auth) return next.handle();
    return new Observable((subscriber) =>
      runWithTenantContext({ tenantId: auth.tenantId, userId: auth.userId, role: auth.role, requestId: ctx.requestId }, () =>
        next.handle().subscribe(subscriber),
      ),
    );
  }
}
