import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(ErrorCode.Unauthenticated, 'Adresse e-mail ou mot de passe incorrect.', 'INVALID_CREDENTIALS');
  }
}

export class EmailAlreadyRegisteredError extends DomainError {
  constructor() {
    super(
      ErrorCode.Conflict,
      'Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou utilisez une autre adresse.',
      'EMAIL_TAKEN',
      [{ field: 'email', message: 'Adresse déjà utilisée par un compte.' }],
    );
  }
}

export class SirenAlreadyRegisteredError extends DomainError {
  constructor() {
    super(
      ErrorCode.Conflict,
      "Cette collectivité est déjà inscrite sur Passerelles : demandez une invitation à l'un de ses administrateurs.",
      'SIREN_TAKEN',
      [{ field: 'siren', message: 'Collectivité déjà inscrite.' }],
    );
  }
}

export class NoMembershipError extends DomainError {
  constructor() {
    super(ErrorCode.Forbidden, "Votre compte n'est rattaché à aucune collectivité.", 'NO_MEMBERSHIP');
  }
}
