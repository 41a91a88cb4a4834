import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReadTransaction } from '@passerelles/db/read-transaction';
import type { ContextRole } from '@passerelles/db/tenant-context';

/** The identity behind the session cookie, resolved once per request by the access guard. */
export interface AuthState {
  sessionId: string;
  userId: string;
  tenantId: string;
  role: ContextRole;
  csrfToken: string;
}

export interface GraphQLContext {
  req: FastifyRequest;
  reply: FastifyReply;
  requestId: string;
  /** undefined: not resolved yet; null: no valid session. */
  auth?: AuthState | null;
  /**
   * The request's reads, in one transaction: a query's session check opens it, every read of the request runs
   * in it, and it ends once the result is ready.
   */
  reads: ReadTransaction;
}
