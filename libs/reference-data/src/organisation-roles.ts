import { codelistLookup } from './codelist-lookup';
import { ORGANISATION_ROLE_CODELIST, type OrganisationRoleEntry } from './generated/organisation-role';
import { type ReferenceLocale } from './locale';
import { type ReferenceOption } from './reference-option';

/** The IATI roles of a participating organisation (stored as the number, as IATI files carry it). */
export const ORGANISATION_ROLE = { FUNDING: 1, ACCOUNTABLE: 2, EXTENDING: 3, IMPLEMENTING: 4 } as const;
export type OrganisationRoleCode = (typeof ORGANISATION_ROLE)[keyof typeof ORGANISATION_ROLE];

const roles = codelistLookup<number, OrganisationRoleEntry>(ORGANISATION_ROLE_CODELIST);

// The codelist's French names describe activities ("Financement", "Octroi"); a participant is better named by
// the part it plays, in the words of French cooperation practice.
const FRENCH_ROLES: Readonly<Record<OrganisationRoleCode, { readonly label: string; readonly description: string }>> = {
  1: { label: 'Financeur', description: "Apporte des fonds à l'action." },
  2: { label: 'Responsable', description: "Répond de l'action et de ses résultats, comme maître d'ouvrage." },
  3: { label: 'Délégataire', description: "Gère le budget et la conduite de l'action pour le compte du financeur." },
  4: { label: 'Opérateur de mise en œuvre', description: "Réalise l'action sur le terrain." },
};

export function isOrganisationRoleCode(code: unknown): code is OrganisationRoleCode {
  return typeof code === 'number' && Object.hasOwn(FRENCH_ROLES, code) && roles.isActive(code);
}

export function organisationRoleLabel(code: number, locale: ReferenceLocale = 'fr'): string | undefined {
  if (locale === 'fr') return isOrganisationRoleCode(code) ? FRENCH_ROLES[code].label : undefined;
  return roles.name(code, locale);
}

/** A sentence that explains the role next to the picker. */
export function organisationRoleDescription(code: number): string | undefined {
  return isOrganisationRoleCode(code) ? FRENCH_ROLES[code].description : undefined;
}

export const ORGANISATION_ROLE_OPTIONS: readonly ReferenceOption<OrganisationRoleCode>[] = Object.values(ORGANISATION_ROLE).map((code) => ({
  code,
  label: FRENCH_ROLES[code].label,
}));
