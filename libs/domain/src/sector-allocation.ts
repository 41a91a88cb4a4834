import { isAmount, toCents } from './money';

export interface SectorShare {
  sectorCode: string;
  /** Decimal string with at most two decimals, e.g. "33.33". */
  percentage: string;
}

export type SectorAllocationProblem =
  | { kind: 'EMPTY' }
  | { kind: 'DUPLICATE'; sectorCode: string }
  | { kind: 'OUT_OF_RANGE'; sectorCode: string }
  | { kind: 'NOT_100'; total: string };

/** DAC sector percentages of a project (IATI: they must add up to exactly 100 when several are given). */
export function sectorAllocationProblem(shares: readonly SectorShare[]): SectorAllocationProblem | null {
  if (shares.length === 0) return { kind: 'EMPTY' };
  const seen = new Set<string>();
  let total = 0n;
  for (const share of shares) {
    if (seen.has(share.sectorCode)) return { kind: 'DUPLICATE', sectorCode: share.sectorCode };
    seen.add(share.sectorCode);
    if (!isAmount(share.percentage)) return { kind: 'OUT_OF_RANGE', sectorCode: share.sectorCode };
    const hundredths = toCents(share.percentage);
    if (hundredths <= 0n || hundredths > 10_000n) return { kind: 'OUT_OF_RANGE', sectorCode: share.sectorCode };
    total += hundredths;
  }
  if (total !== 10_000n) return { kind: 'NOT_100', total: `${total / 100n}.${(total % 100n).toString().padStart(2, '0')}` };
  return null;
}
