import { codelistLookup } from './codelist-lookup';
import { CURRENCY_CODELIST, type CurrencyEntry } from './generated/currency';
import { type ReferenceLocale } from './locale';
import { sortByFrenchLabel, type ReferenceOption } from './reference-option';

// ISO 4217 as IATI publishes it. Withdrawn currencies (EEK, MRO, ZMK…) keep their name for old expenses.
const currencies = codelistLookup<string, CurrencyEntry>(CURRENCY_CODELIST);

export function isCurrencyCode(code: string): boolean {
  return currencies.isActive(code);
}

export function currencyName(code: string, locale: ReferenceLocale = 'fr'): string | undefined {
  return currencies.name(code, locale);
}

/** The currencies that may be picked, in French alphabetical order. */
export const CURRENCY_OPTIONS: readonly ReferenceOption[] = sortByFrenchLabel(
  currencies.active.map((currency) => ({ code: currency.code, label: currency.nameFr })),
);
