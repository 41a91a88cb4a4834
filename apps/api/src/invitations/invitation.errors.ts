import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';

export class InvitationNotFoundError extends DomainError {
  constructor() {
    super(ErrorCode.NotFound, "Invitation introuvable : vérifiez le lien reçu par e-mail.", 'INVITATION_NOT_FOUND');
  }
}

export class InvitationExpiredError extends DomainError {
  constructor(expiresAt: Date) {
    const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(expiresAt);
    super(ErrorCode.BadUserInput, `Cette invitation a expiré le ${date}. Demandez-en une nouvelle à la collectivité.`, 'INVITATION_EXPIRED');
  }
}

export class InvitationAlreadyUsedError extends DomainError {
  constructor() {
    super(ErrorCode.Conflict, 'Cette invitation a déjà été utilisée. Connectez-vous avec votre compte.', 'INVITATION_ALREADY_USED');
  }
}

export class InvitationRevokedError extends DomainError {
  constructor() {
    super(ErrorCode.Conflict, 'Cette invitation a été annulée par la collectivité.', 'INVITATION_REVOKED');
  }
}

export class AlreadyMemberError extends DomainError {
  constructor() {
    super(ErrorCode.Conflict, 'Cette personne est déjà membre de la collectivité.', 'ALREADY_MEMBER', [
      { field: 'email', message: 'Déjà membre de la collectivité.' },
    ]);
  }
}

export class NameRequiredError extends DomainError {
  constructor() {
    super(ErrorCode.BadUserInput, 'Indiquez votre nom pour créer votre compte.', 'NAME_REQUIRED', [
      { field: 'name', message: 'Ce champ est obligatoire.' },
    ]);
  }
}

export class WeakPasswordError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.BadUserInput, message, 'WEAK_PASSWORD', [{ field: 'password', message }]);
  }
}

export class InvitationNotPendingError extends DomainError {
  constructor() {
    super(ErrorCode.Conflict, "Cette invitation n'est plus en attente.", 'INVITATION_NOT_PENDING');
  }
}
