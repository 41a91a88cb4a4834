import type { EngagementMode, ProjectFilter, ProjectScope, ProjectSort, ProjectStatus } from '../../graphql/generated/graphql';

/** The list's criteria live in the address (?q=…&statut=…), so that they survive a reload and the back button. */
export interface ProjectListCriteria {
  text: string;
  status: string;
  country: string;
  domain: string;
  mode: string;
  year: string;
  scope: string;
  sort: string;
}

const PARAMS: Record<keyof ProjectListCriteria, string> = {
  text: 'q',
  status: 'etape',
  country: 'pays',
  domain: 'domaine',
  mode: 'mode',
  year: 'annee',
  scope: 'portee',
  sort: 'tri',
};

export const DEFAULT_SORT = 'UPDATED_AT-DESC';
export const SORT_OPTIONS = ['UPDATED_AT-DESC', 'CODE-ASC', 'TITLE-ASC'] as const;

export function criteriaFrom(search: URLSearchParams): ProjectListCriteria {
  const criteria = {} as ProjectListCriteria;
  for (const [key, param] of Object.entries(PARAMS) as [keyof ProjectListCriteria, string][]) criteria[key] = search.get(param) ?? '';
  return criteria;
}

export function searchFrom(criteria: ProjectListCriteria): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAMS) as [keyof ProjectListCriteria, string][]) {
    const value = criteria[key].trim();
    if (value && !(key === 'sort' && value === DEFAULT_SORT) && !(key === 'scope' && value === 'ALL')) search.set(param, value);
  }
  return search;
}

/** True when something narrows the list (the sort order does not). */
export function hasFilters(criteria: ProjectListCriteria): boolean {
  return Boolean(criteria.text || criteria.status || criteria.country || criteria.domain || criteria.mode || criteria.year || (criteria.scope && criteria.scope !== 'ALL'));
}

export function filterFrom(criteria: ProjectListCriteria): ProjectFilter {
  const year = Number(criteria.year);
  return {
    text: criteria.text.trim() || null,
    statuses: criteria.status ? [criteria.status as ProjectStatus] : null,
    countryCodes: criteria.country ? [criteria.country] : null,
    thematicDomains: criteria.domain ? [criteria.domain] : null,
    engagementModes: criteria.mode ? [criteria.mode as EngagementMode] : null,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    scope: (criteria.scope || 'ALL') as ProjectScope,
  };
}

export function sortFrom(criteria: ProjectListCriteria): ProjectSort {
  const [field, direction] = (SORT_OPTIONS as readonly string[]).includes(criteria.sort) ? criteria.sort.split('-') : DEFAULT_SORT.split('-');
  return { field, direction } as ProjectSort;
}
