import type { ConventionRuleProblem } from '@passerelles/domain/convention-signing';
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

/** A legal rule of the convention broken by the requested act, each problem on the field to correct. */
export class ConventionRuleError extends DomainError {
  constructor(problems: readonly ConventionRuleProblem[]) {
    super(
      ErrorCode.BadUserInput,
      problems.length === 1 ? problems[0].message : problems.map((problem) => problem.message).join(' '),
      problems[0].code,
      problems.map((problem) => ({ field: problem.field, message: problem.message })),
    );
  }
}

export class ConventionAlreadyFollowedError extends DomainError {
  constructor(next: { versionNumber: number; status: string }) {
    super(
      ErrorCode.Conflict,
      next.status === 'DRAFT'
        ? `Cette version a déjà un avenant ou un renouvellement en préparation (version ${next.versionNumber}) : complétez-le plutôt.`
        : `Cette version a déjà été remplacée par la version ${next.versionNumber} : partez de la dernière version.`,
      'CONVENTION_ALREADY_FOLLOWED',
    );
  }
}
