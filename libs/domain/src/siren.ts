/**
 * SIREN: the 9-digit identifier of a French legal entity, whose last digit is a Luhn check digit.
 * La Poste's exception to the Luhn rule concerns the SIRET numbers of its establishments, not its SIREN
 * (356000000 passes Luhn), so no SIREN needs a special case.
 */

export function normalizeSiren(raw: string): string {
  return raw.replace(/[\s.\u00a0-]/g, '');
}

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidSiren(raw: string): boolean {
  const siren = normalizeSiren(raw);
  if (!/^\d{9}$/.test(siren)) return false;
  return isLuhnValid(siren);
}

export type SirenWarning = { code: 'NOT_A_PUBLIC_BODY'; message: string };

/**
 * Public legal entities, collectivités territoriales and their groupements among them, have a SIREN that starts
 * with 2 (INSEE's legal categories 7xxx). Another first digit is most often a typo or the SIREN of an association
 * or a company: worth a warning, not a refusal, since the collectivité may know better than the rule.
 * No warning for an invalid SIREN: the validation error speaks first.
 */
export function sirenWarning(raw: string): SirenWarning | null {
  const siren = normalizeSiren(raw);
  if (!isValidSiren(siren) || siren.startsWith('2')) return null;
  return {
    code: 'NOT_A_PUBLIC_BODY',
    message: 'Ce SIREN ne commence pas par 2, comme ceux des collectivités et de leurs groupements : vérifiez qu’il s’agit bien de celui de votre collectivité.',
  };
}

/** The SIREN whose first eight digits are given, completed with its Luhn check digit (demo data, tests). */
export function completeSiren(firstEightDigits: string): string {
  if (!/^\d{8}$/.test(firstEightDigits)) throw new Error('eight digits expected');
  for (let digit = 0; digit <= 9; digit++) {
    const candidate = `${firstEightDigits}${digit}`;
    if (isLuhnValid(candidate)) return candidate;
  }
  throw new Error('unreachable: one check digit always exists');
}
