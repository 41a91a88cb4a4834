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

export class SignUpLinkNotFoundError extends DomainError {
  constructor() {
    super(ErrorCode.NotFound, "Lien de confirmation introuvable : vérifiez le lien reçu par e-mail, ou recommencez l'inscription.", 'SIGN_UP_LINK_NOT_FOUND');
  }
}

export class SignUpLinkExpiredError extends DomainError {
  constructor() {
    super(ErrorCode.BadUserInput, "Ce lien de confirmation a expiré (il est valable 24 heures) : recommencez l'inscription, un nouvel e-mail partira.", 'SIGN_UP_LINK_EXPIRED');
  }
}

export class SignUpAlreadyConfirmedError extends DomainError {
  constructor() {
    super(ErrorCode.Conflict, 'Cette inscription est déjà confirmée : connectez-vous avec votre adresse e-mail et votre mot de passe.', 'SIGN_UP_ALREADY_CONFIRMED');
  }
}

export class ResetLinkNotFoundError extends DomainError {
  constructor() {
    super(ErrorCode.NotFound, 'Lien de réinitialisation introuvable : vérifiez le lien reçu par e-mail, ou demandez-en un nouveau.', 'RESET_LINK_NOT_FOUND');
  }
}

export class ResetLinkExpiredError extends DomainError {
  constructor() {
    super(ErrorCode.BadUserInput, 'Ce lien a expiré (il est valable une heure) : demandez-en un nouveau.', 'RESET_LINK_EXPIRED');
  }
}

export class ResetLinkUsedError extends DomainError {
  constructor() {
    super(ErrorCode.Conflict, 'Ce lien a déjà servi : demandez-en un nouveau si besoin.', 'RESET_LINK_USED');
  }
}
