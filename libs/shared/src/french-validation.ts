import { z } from 'zod';

type Issue = Parameters<NonNullable<z.core.$ZodConfig['localeError']>>[0];

const plural = (count: number | bigint, word: string): string => `${count} ${word}${Number(count) > 1 ? 's' : ''}`;

/** Plain French messages for people filling forms, the same on the server and in the browser. */
export function frenchMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Ce champ est obligatoire.';
      return issue.expected === 'number' || issue.expected === 'int' ? 'Un nombre est attendu.' : 'Valeur de type incorrect.';
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'Ce champ est obligatoire.' : `${plural(issue.minimum, 'caractère')} au minimum.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `Au moins ${plural(issue.minimum, 'élément')}.`;
      return `La valeur doit être ${issue.inclusive ? 'supérieure ou égale' : 'strictement supérieure'} à ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `${plural(issue.maximum, 'caractère')} au maximum.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Au plus ${plural(issue.maximum, 'élément')}.`;
      return `La valeur doit être ${issue.inclusive ? 'inférieure ou égale' : 'strictement inférieure'} à ${issue.maximum}.`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Adresse e-mail invalide.';
      if (issue.format === 'url') return 'Adresse web invalide.';
      if (issue.format === 'uuid') return 'Identifiant invalide.';
      if (issue.format === 'date' || issue.format === 'datetime') return 'Date invalide.';
      return 'Format invalide.';
    case 'invalid_value':
      return 'Valeur non autorisée.';
    case 'unrecognized_keys':
      return `Champ inconnu : ${issue.keys.join(', ')}.`;
    case 'not_multiple_of':
      return `La valeur doit être un multiple de ${issue.divisor}.`;
    default:
      return 'Valeur invalide.';
  }
}

let configured = false;

/** Installs the French messages once for the process (idempotent). Schemas of this library call it. */
export function useFrenchValidationMessages(): void {
  if (configured) return;
  z.config({ localeError: (issue) => ({ message: frenchMessage(issue) }) });
  configured = true;
}
