import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';

export class DocumentRejectedError extends DomainError {
  constructor(message: string, reason: string) {
    super(ErrorCode.BadUserInput, message, reason, [{ field: 'file', message }]);
  }
}
