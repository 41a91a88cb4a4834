import { DomainError, ErrorCode, type FieldProblem } from '@passerelles/domain/domain-error';

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Vous devez vous connecter pour continuer.', reason = 'NOT_AUTHENTICATED') {
    super(ErrorCode.Unauthenticated, message, reason);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Votre rôle ne permet pas cette action.", reason = 'ROLE_NOT_ALLOWED') {
    super(ErrorCode.Forbidden, message, reason);
  }
}

/** Also what another collectivité's ids produce: a foreign id is indistinguishable from a missing one. */
export class NotFoundError extends DomainError {
  constructor(what: string, reason = 'NOT_FOUND') {
    super(ErrorCode.NotFound, `${what} introuvable.`, reason);
  }
}

export class InputValidationError extends DomainError {
  constructor(fields: readonly FieldProblem[]) {
    const summary = fields.length === 1 ? fields[0].message : `${fields.length} champs sont à corriger.`;
    super(ErrorCode.BadUserInput, `Saisie invalide : ${summary}`, 'INVALID_INPUT', fields);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, reason = 'RATE_LIMITED') {
    super(ErrorCode.TooManyRequests, message, reason);
  }
}
