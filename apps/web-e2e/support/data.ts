import { randomBytes } from 'node:crypto';
import { completeSiren } from '@passerelles/domain/siren';

/** A valid SIREN (Luhn) nobody else uses in this run. */
export function uniqueSiren(): string {
  return completeSiren((randomBytes(4).readUInt32BE() % 100_000_000).toString().padStart(8, '0'));
}

export function uniqueEmail(label: string): string {
  return `${label}.${randomBytes(4).toString('hex')}@example.test`;
}

export const PASSWORD = 'une phrase de passe solide';
