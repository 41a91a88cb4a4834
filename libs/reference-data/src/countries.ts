import { codelistLookup } from './codelist-lookup';
import { COUNTRY_CODELIST, type CountryEntry } from './generated/country';
import { type ReferenceLocale } from './locale';
import { sortByFrenchLabel, type ReferenceOption } from './reference-option';

// ISO 3166-1 alpha-2 as IATI publishes it (with XK, Kosovo). Codes are upper case, as stored.
const countries = codelistLookup<string, CountryEntry>(COUNTRY_CODELIST);

export function isCountryCode(code: string): boolean {
  return countries.isActive(code);
}

/** French (CLDR) or English name; also for a withdrawn code such as AN, so that old records still display. */
export function countryName(code: string, locale: ReferenceLocale = 'fr'): string | undefined {
  return countries.name(code, locale);
}

/** The countries that may be picked, in French alphabetical order. */
export const COUNTRY_OPTIONS: readonly ReferenceOption[] = sortByFrenchLabel(
  countries.active.map((country) => ({ code: country.code, label: country.nameFr })),
);
