import type { Prisma } from '@passerelles/db/generated/prisma/client';

/** Calendar dates (@db.Date) travel as "YYYY-MM-DD": Prisma hands them over as UTC midnights. */
export function toIsoDate(value: Date): string;
export function toIsoDate(value: Date | null): string | null;
export function toIsoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function fromIsoDate(value: string): Date;
export function fromIsoDate(value: string | null): Date | null;
export function fromIsoDate(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

/** Amounts (numeric(16,2)) travel as decimal strings with two decimals, never as floats. */
export function toAmount(value: Prisma.Decimal): string;
export function toAmount(value: Prisma.Decimal | null): string | null;
export function toAmount(value: Prisma.Decimal | null): string | null {
  return value === null ? null : value.toFixed(2);
}
