/** Codes carried to clients in `extensions.code`; the edge maps nothing else. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
}

export interface FieldProblem {
  /** Path of the offending input field, e.g. "siren" or "sectors.0.percentage". */
  field: string;
  /** French, for people. */
  message: string;
}

/**
 * An expected failure with a French message for the people using the product. Anything that is not a
 * DomainError reaching the edge is a bug and is reported as an internal error without details.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}
