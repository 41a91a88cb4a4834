import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Expected failures are answers, not incidents: they reach GraphQL's error formatter unchanged (and unlogged),
 * and REST routes answer with the same code and French message as JSON.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter<DomainError> {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply
      .status(HTTP_STATUS[error.code])
      .send({ error: { code: error.code, reason: error.reason, message: error.message, ...(error.fields.length ? { fields: error.fields } : {}) } });
  }
}
