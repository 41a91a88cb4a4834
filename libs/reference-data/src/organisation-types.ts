import { codelistLookup } from './codelist-lookup';
import { ORGANISATION_TYPE_CODELIST, type OrganisationTypeEntry } from './generated/organisation-type';
import { type ReferenceLocale } from './locale';
import { type ReferenceOption } from './reference-option';

// The IATI organisation types of the partner directory and of participating organisations.
const types = codelistLookup<string, OrganisationTypeEntry>(ORGANISATION_TYPE_CODELIST);

/** A collectivité, French or foreign, is IATI type 11: the reporting organisation of every file we export. */
export const LOCAL_GOVERNMENT_ORGANISATION_TYPE = '11';

// The codelist has no French name for some types (and misses an accent on 23): these are ours. The tests check
// that every active type ends up with a French label.
const FRENCH_LABELS: ReadonlyMap<string, string> = new Map([
  ['11', 'Collectivité territoriale'],
  ['23', 'ONG régionale'],
  ['24', 'ONG du pays partenaire'],
  ['71', 'Secteur privé du pays donateur'],
  ['72', 'Secteur privé du pays bénéficiaire'],
  ['73', "Secteur privé d'un pays tiers"],
  ['90', 'Autre'],
]);

export function isOrganisationTypeCode(code: string): boolean {
  return types.isActive(code);
}

export function organisationTypeName(code: string, locale: ReferenceLocale = 'fr'): string | undefined {
  const ours = locale === 'fr' && types.find(code) ? FRENCH_LABELS.get(code) : undefined;
  return ours ?? types.name(code, locale);
}

/** In code order, which groups public, NGO, multilateral, private and academic types together. */
export const ORGANISATION_TYPE_OPTIONS: readonly ReferenceOption[] = types.active.map((type) => ({
  code: type.code,
  label: organisationTypeName(type.code) ?? type.nameFr,
}));
