import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';

export class LastAdminError extends DomainError {
  constructor() {
    super(ErrorCode.Conflict, 'La collectivité doit garder au moins un administrateur : nommez-en un autre avant.', 'LAST_ADMIN');
  }
}
