import type { GraphQLContext } from './graphql-context';

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

export function clientInfo(ctx: GraphQLContext): ClientInfo {
  const userAgent = ctx.req.headers['user-agent'];
  return { ip: ctx.req.ip, userAgent: typeof userAgent === 'string' ? userAgent : undefined };
}
