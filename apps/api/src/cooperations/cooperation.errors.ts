import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';

export class ConventionNotEditableError extends DomainError {
  constructor() {
    super(ErrorCode.Conflict, 'Une convention signée ne se modifie plus : rédigez un avenant.', 'CONVENTION_SIGNED');
  }
}

export class ConventionStatusError extends DomainError {
  constructor(message: string, reason: string) {
    super(ErrorCode.Conflict, message, reason);
  }
}

export class UnknownOrganisationError extends DomainError {
  constructor(field: string) {
    super(ErrorCode.BadUserInput, "Organisation inconnue dans l'annuaire de la collectivité.", 'UNKNOWN_ORGANISATION', [
      { field, message: "Organisation inconnue dans l'annuaire." },
    ]);
  }
}
