import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';

export class ProjectReadOnlyError extends DomainError {
  constructor(reason: 'NOT_LEAD' | 'OBSERVER') {
    super(
      ErrorCode.Forbidden,
      reason === 'OBSERVER'
        ? 'Votre collectivité observe ce projet : elle ne peut pas le modifier.'
        : 'Seule la collectivité chef de file modifie ce projet.',
      reason === 'OBSERVER' ? 'PROJECT_OBSERVER' : 'PROJECT_NOT_LEAD',
    );
  }
}

export class TransitionRefusedError extends DomainError {
  constructor(message: string, reason: string) {
    super(ErrorCode.BadUserInput, message, reason, [{ field: 'status', message }]);
  }
}

export class InvalidReferenceError extends DomainError {
  constructor(field: string, message: string) {
    super(ErrorCode.BadUserInput, message, 'INVALID_REFERENCE', [{ field, message }]);
  }
}

export class ParticipationError extends DomainError {
  constructor(code: ErrorCode, message: string, reason: string, field?: string) {
    super(code, message, reason, field ? [{ field, message }] : []);
  }
}

/** A status change that would leave the actual dates incoherent (closing a project that starts in the future…). */
export class ActualDatesError extends DomainError {
  constructor(field: 'actualStart' | 'actualEnd', message: string, reason: string) {
    super(ErrorCode.BadUserInput, message, reason, [{ field, message }]);
  }
}

/** A project that has moved or holds anything is cancelled, not deleted: the message says so. */
export class ProjectDeletionRefusedError extends DomainError {
  constructor(verdict: { reason: 'NOT_IN_IDENTIFICATION' | 'HAS_ATTACHMENTS'; message: string }) {
    super(ErrorCode.Conflict, verdict.message, verdict.reason === 'HAS_ATTACHMENTS' ? 'PROJECT_HAS_ATTACHMENTS' : 'PROJECT_NOT_IN_IDENTIFICATION');
  }
}
