import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { ErrorCode } from '@passerelles/domain/domain-error';
import { requestProblemOf } from '../graphql/http-request-errors';

const BY_STATUS: Record<number, { code: ErrorCode; reason: string; message: string }> = {
  400: { code: ErrorCode.BadUserInput, reason: 'INVALID_HTTP_REQUEST', message: 'Requête HTTP invalide.' },
  404: { code: ErrorCode.NotFound, reason: 'ROUTE_NOT_FOUND', message: "Cette adresse n'existe pas sur l'API." },
  405: { code: ErrorCode.BadUserInput, reason: 'METHOD_NOT_ALLOWED', message: "Cette méthode HTTP n'est pas acceptée à cette adresse." },
};

/**
 * The REST routes' HTTP errors raised by the framework (unknown route, unreadable body) answer like the API's
 * own errors: a code, a reason and a French message, never the framework's English.
 */
@Catch(HttpException)
export class HttpExceptionFilter implements ExceptionFilter<HttpException> {
  catch(error: HttpException, host: ArgumentsHost): HttpException | void {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    const status = error.getStatus();
    const problem = requestProblemOf(error.cause) ?? (status === 413 || status === 415 ? requestProblemOf({ code: status === 413 ? 'FST_ERR_CTP_BODY_TOO_LARGE' : 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }) : null);
    const known = BY_STATUS[status] ?? { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : ErrorCode.BadUserInput, reason: 'HTTP_ERROR', message: 'Requête refusée.' };
    const body = problem ? { code: ErrorCode.BadUserInput, reason: problem.reason, message: problem.message } : known;
    void host.switchToHttp().getResponse<FastifyReply>().status(status).send({ error: body });
  }
}
