import { frenchLongDate } from './calendar-date';

/**
 * The legal rules of a partnership convention's dates and signature, as pure checks: each returns the problems
 * found (the field at fault, a code and a French message), empty when the act is lawful. The API runs them
 * before writing (the database's CHECK constraints are only the last guard), and the web forms run the same
 * functions through libs/shared's schemas, so the person reads the same sentence inline.
 */
export type ConventionRuleCode =
  | 'END_BEFORE_START'
  | 'COMMITMENT_REQUIRED'
  | 'SIGNED_AFTER_END'
  | 'SIGNED_IN_FUTURE'
  | 'TRANSMITTED_BEFORE_SIGNATURE'
  | 'TRANSMITTED_IN_FUTURE';

export interface ConventionRuleProblem {
  /** The input field at fault: the one the person must change. */
  field: 'endsOn' | 'forecastCommitment' | 'signedOn' | 'transmittedOn';
  code: ConventionRuleCode;
  message: string;
}

/** The term of a convention: it ends on or after the day it starts. */
export function conventionTermProblems(terms: { startsOn: string; endsOn: string }): ConventionRuleProblem[] {
  return terms.endsOn < terms.startsOn ? [{ field: 'endsOn', code: 'END_BEFORE_START', message: 'La date de fin précède la date de début.' }] : [];
}

/**
 * Signing: the loi Thiollière requires the forecast financial commitment in the convention (zero is a
 * commitment, absence is not), and a convention is not signed after its end, nor on a day still to come.
 */
export function signingProblems(convention: { endsOn: string; forecastCommitment: string | null }, signedOn: string, today: string): ConventionRuleProblem[] {
  const problems: ConventionRuleProblem[] = [];
  if (convention.forecastCommitment === null) {
    problems.push({
      field: 'forecastCommitment',
      code: 'COMMITMENT_REQUIRED',
      message: "Indiquez l'engagement financier prévisionnel de la convention avant de la signer (loi Thiollière).",
    });
  }
  if (signedOn > convention.endsOn) {
    problems.push({
      field: 'signedOn',
      code: 'SIGNED_AFTER_END',
      message: `La signature ne peut pas être postérieure à la fin de la convention (${frenchLongDate(convention.endsOn)}).`,
    });
  } else if (signedOn > today) {
    problems.push({ field: 'signedOn', code: 'SIGNED_IN_FUTURE', message: 'La date de signature ne peut pas être dans le futur.' });
  }
  return problems;
}

/** Transmission to the préfet: after the signature (or the same day), and not on a day still to come. */
export function transmissionProblems(convention: { signedOn: string | null }, transmittedOn: string, today: string): ConventionRuleProblem[] {
  if (convention.signedOn !== null && transmittedOn < convention.signedOn) {
    return [
      {
        field: 'transmittedOn',
        code: 'TRANSMITTED_BEFORE_SIGNATURE',
        message: `La transmission au préfet ne peut pas précéder la signature (${frenchLongDate(convention.signedOn)}).`,
      },
    ];
  }
  if (transmittedOn > today) return [{ field: 'transmittedOn', code: 'TRANSMITTED_IN_FUTURE', message: 'La date de transmission ne peut pas être dans le futur.' }];
  return [];
}
