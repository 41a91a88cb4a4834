/**
 * Money is exact: amounts travel as decimal strings ("1234.56") and are computed in integer cents (bigint),
 * never in binary floating point.
 */
const AMOUNT_PATTERN = /^-?\d{1,14}(\.\d{1,2})?$/;

export function isAmount(text: string): boolean {
  return AMOUNT_PATTERN.test(text);
}

export function toCents(amount: string): bigint {
  if (!isAmount(amount)) throw new Error(`not an amount: ${amount}`);
  const negative = amount.startsWith('-');
  const [units, decimals = ''] = amount.replace('-', '').split('.');
  const cents = BigInt(units) * 100n + BigInt(decimals.padEnd(2, '0'));
  return negative ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const absolute = negative ? -cents : cents;
  const units = absolute / 100n;
  const rest = (absolute % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${units}.${rest}`;
}

export function sumAmounts(amounts: readonly string[]): string {
  return fromCents(amounts.reduce((total, amount) => total + toCents(amount), 0n));
}

export function subtractAmounts(from: string, amount: string): string {
  return fromCents(toCents(from) - toCents(amount));
}

/** Never below zero (a share cannot be negative when others bring more than planned). */
export function maxZero(amount: string): string {
  return toCents(amount) < 0n ? fromCents(0n) : amount;
}
