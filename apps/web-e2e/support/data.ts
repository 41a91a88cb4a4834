import { randomBytes } from 'node:crypto';

/** A valid SIREN (Luhn) nobody else uses in this run. */
export function uniqueSiren(): string {
  const prefix = (randomBytes(4).readUInt32BE() % 100_000_000).toString().padStart(8, '0');
  for (let digit = 0; digit <= 9; digit++) {
    const candidate = `${prefix}${digit}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let value = Number(candidate[8 - i]);
      if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
      sum += value;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

export function uniqueEmail(label: string): string {
  return `${label}.${randomBytes(4).toString('hex')}@example.test`;
}

export const PASSWORD = 'une phrase de passe solide';
