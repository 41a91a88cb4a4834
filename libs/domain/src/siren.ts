/**
 * SIREN: the 9-digit identifier of a French legal entity, whose last digit is a Luhn check digit.
 * (La Poste's SIREN 356000000 is the one historical exception to the Luhn rule: its establishments use a
 * different check; the SIREN itself is accepted here explicitly.)
 */
const LA_POSTE_SIREN = '356000000';

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
  return siren === LA_POSTE_SIREN || isLuhnValid(siren);
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
