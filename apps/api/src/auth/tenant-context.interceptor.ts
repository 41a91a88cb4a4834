import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { Observable } from 'rxjs';
import { Database } from '@passerelles/db/database';
import { runWithTenantContext } from '@passerelles/db/tenant-context';
import type { AuthState, GraphQLContext } from '../graphql/graphql-context';

/**
 * Runs each authenticated resolver inside the tenant context decided by the session (never by an argument).
 * Subscribing inside run() keeps the AsyncLocalStorage store for the whole resolver, awaits included.
 */
@Injectable()
export class TenantContextInterceptor implements NestInterceptor {
  constructor(private readonly database: Database) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const holder =
      context.getType<GqlContextType>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<GraphQLContext>()
        : context.switchToHttp().getRequest<{ auth?: AuthState | null; id: string }>();
    const auth = holder.auth;
    if (!auth) return next.handle();
    const requestId = 'requestId' in holder ? holder.requestId : String((holder as { id: string }).id);
    const reads = 'reads' in holder ? holder.reads : null;
    return new Observable((subscriber) =>
      runWithTenantContext({ tenantId: auth.tenantId, userId: auth.userId, role: auth.role, requestId }, () =>
        reads ? this.database.withRequestReads(reads, () => next.handle().subscribe(subscriber)) : next.handle().subscribe(subscriber),
      ),
    );
  }
}
