import { COUNTRY_OPTIONS } from '@passerelles/reference-data/countries';
import { ORGANISATION_ROLE_OPTIONS } from '@passerelles/reference-data/organisation-roles';
import { ORGANISATION_TYPE_OPTIONS } from '@passerelles/reference-data/organisation-types';
import { SDG_GOAL_OPTIONS } from '@passerelles/reference-data/sdgs';
import { SECTOR_OPTION_GROUPS } from '@passerelles/reference-data/sectors';
import { THEMATIC_DOMAIN_OPTIONS } from '@passerelles/reference-data/thematic-domains';
import type { SelectOption, SelectOptionGroup } from '../ui/select-field';

// The reference lists, shaped once for the select fields. Their labels are French: they are the official
// names of the codelists (IATI, OECD DAC, UN), which the product shows in French whatever the interface language.

export const COUNTRY_SELECT_OPTIONS: readonly SelectOption[] = COUNTRY_OPTIONS.map((option) => ({ value: option.code, label: option.label }));

export const SECTOR_SELECT_GROUPS: readonly SelectOptionGroup[] = SECTOR_OPTION_GROUPS.map((group) => ({
  label: `${group.categoryCode} — ${group.label}`,
  options: group.options.map((option) => ({ value: option.code, label: `${option.code} — ${option.label}` })),
}));

export const SDG_SELECT_OPTIONS: readonly SelectOption[] = SDG_GOAL_OPTIONS.map((option) => ({ value: String(option.code), label: option.label }));

export const DOMAIN_SELECT_OPTIONS: readonly SelectOption[] = THEMATIC_DOMAIN_OPTIONS.map((option) => ({ value: option.code, label: option.label }));

export const ORGANISATION_TYPE_SELECT_OPTIONS: readonly SelectOption[] = ORGANISATION_TYPE_OPTIONS.map((option) => ({
  value: option.code,
  label: `${option.label} (${option.code})`,
}));

export const ORGANISATION_ROLE_SELECT_OPTIONS: readonly SelectOption[] = ORGANISATION_ROLE_OPTIONS.map((option) => ({ value: String(option.code), label: option.label }));

const domainLabels = new Map(THEMATIC_DOMAIN_OPTIONS.map((option) => [option.code as string, option.label]));

export function domainLabel(code: string): string {
  return domainLabels.get(code) ?? code;
}

const countryLabels = new Map(COUNTRY_OPTIONS.map((option) => [option.code, option.label]));

export function countryLabel(code: string): string {
  return countryLabels.get(code) ?? code;
}

/** Years offered by the year filters and the revenue table: a decade back, five years ahead. */
const THIS_YEAR = new Date().getFullYear();
export const YEAR_OPTIONS: readonly SelectOption[] = Array.from({ length: 16 }, (_, index) => String(THIS_YEAR + 5 - index)).map((year) => ({ value: year, label: year }));
export const CURRENT_YEAR = THIS_YEAR;
