import { Catch, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';
import { DatabaseRefusalError, mapDatabaseError } from './database-error-mapper';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Expected failures are answers, not incidents: domain errors, and database refusals mapped by constraint name
 * (database-error-mapper.ts), reach GraphQL's error formatter as domain errors, and REST routes answer with the
 * same code and French message as JSON. Anything else keeps Nest's handling (GraphQL: the formatter's internal
 * error with a reference id; REST: a bare 500).
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('DatabaseRefusal');

  override catch(exception: unknown, host: ArgumentsHost): DomainError | void {
    const error = exception instanceof DomainError ? exception : mapDatabaseError(exception);
    if (host.getType<GqlContextType>() === 'graphql') return error ?? undefined;
    if (!error) return super.catch(exception, host);
    if (error instanceof DatabaseRefusalError) this.logger.warn({ database: error.database }, 'the database refused input that validation let through');
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply
      .status(HTTP_STATUS[error.code])
      .send({ error: { code: error.code, reason: error.reason, message: error.message, ...(error.fields.length ? { fields: error.fields } : {}) } });
  }
}
