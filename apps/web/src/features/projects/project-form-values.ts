import type { ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { amountForInput } from '../../lib/format-amount';

// What the inputs of the project form hold: strings as typed, rows with a stable key for React.

export interface SectorRow {
  key: string;
  sectorCode: string;
  percentage: string;
}

export interface SdgRow {
  key: string;
  goal: string;
  target: string;
}

export interface PlaceRow {
  key: string;
  name: string;
  countryCode: string;
  latitude: string;
  longitude: string;
}

export interface OrganisationRow {
  key: string;
  organisationId: string;
  iatiRole: string;
}

export interface TeamRow {
  key: string;
  userId: string;
  role: string;
}

export interface ProjectFormValues {
  code: string;
  title: string;
  summary: string;
  engagementMode: string;
  actionKind: string;
  thematicDomains: string[];
  sectors: SectorRow[];
  sdgs: SdgRow[];
  countryCodes: string[];
  places: PlaceRow[];
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  plannedBudget: string;
  cooperationId: string;
  organisations: OrganisationRow[];
  team: TeamRow[];
  published: boolean;
}

let lastKey = 0;

/** A key for a new row (called from event handlers, never while rendering). */
export function newRowKey(): string {
  lastKey += 1;
  return `row-${lastKey}`;
}

export function emptyProjectValues(): ProjectFormValues {
  return {
    code: '',
    title: '',
    summary: '',
    engagementMode: '',
    actionKind: '',
    thematicDomains: [],
    sectors: [{ key: newRowKey(), sectorCode: '', percentage: '100' }],
    sdgs: [],
    countryCodes: [],
    places: [],
    plannedStart: '',
    plannedEnd: '',
    actualStart: '',
    actualEnd: '',
    plannedBudget: '',
    cooperationId: '',
    organisations: [],
    team: [],
    published: false,
  };
}

/** Percentages come back as "50.00": shown as people write them ("50", "33,33"). */
function percentageForInput(value: string, language: string): string {
  const trimmed = value.includes('.') ? value.replace(/\.?0+$/, '') : value;
  return language === 'en' ? trimmed : trimmed.replace('.', ',');
}

export function projectValuesFrom(project: ProjectDetailsFragment, language: string): ProjectFormValues {
  return {
    code: project.code,
    title: project.title,
    summary: project.summary ?? '',
    engagementMode: project.engagementMode,
    actionKind: project.actionKind,
    thematicDomains: [...project.thematicDomains],
    sectors: project.sectors.map((sector) => ({ key: newRowKey(), sectorCode: sector.sectorCode, percentage: percentageForInput(sector.percentage, language) })),
    sdgs: project.sdgs.map((sdg) => ({ key: newRowKey(), goal: String(sdg.goal), target: sdg.target ?? '' })),
    countryCodes: project.countries.map((country) => country.code),
    places: project.places.map((place) => ({
      key: newRowKey(),
      name: place.name,
      countryCode: place.countryCode,
      latitude: place.latitude === null || place.latitude === undefined ? '' : String(place.latitude),
      longitude: place.longitude === null || place.longitude === undefined ? '' : String(place.longitude),
    })),
    plannedStart: project.plannedStart ?? '',
    plannedEnd: project.plannedEnd ?? '',
    actualStart: project.actualStart ?? '',
    actualEnd: project.actualEnd ?? '',
    plannedBudget: amountForInput(project.plannedBudget, language),
    cooperationId: project.cooperationId ?? '',
    organisations: project.organisations.flatMap((organisation) =>
      organisation.organisationId ? [{ key: newRowKey(), organisationId: organisation.organisationId, iatiRole: String(organisation.iatiRole) }] : [],
    ),
    team: project.team.filter((member) => member.ownCollectivity).map((member) => ({ key: newRowKey(), userId: member.userId, role: member.role })),
    published: project.published,
  };
}

const orAbsent = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

function coordinate(value: string): number | string | null {
  if (value.trim() === '') return null;
  const number = Number(value.trim().replace(',', '.'));
  // Left as text when it is not a number, so that the schema says "Un nombre est attendu.".
  return Number.isFinite(number) ? number : value;
}

/**
 * What the shared schema reads. Empty required fields are sent as absent, so that the message is "Ce champ est
 * obligatoire." rather than a format complaint about an empty string.
 */
export function projectInputFrom(values: ProjectFormValues): unknown {
  return {
    code: orAbsent(values.code),
    title: orAbsent(values.title),
    summary: orNull(values.summary),
    engagementMode: orAbsent(values.engagementMode),
    actionKind: orAbsent(values.actionKind),
    thematicDomains: values.thematicDomains,
    sectors: values.sectors.map((row) => ({ sectorCode: orAbsent(row.sectorCode), percentage: orAbsent(row.percentage) })),
    sdgs: values.sdgs.map((row) => ({ goal: row.goal ? Number(row.goal) : undefined, target: orNull(row.target) })),
    countryCodes: values.countryCodes,
    places: values.places.map((row) => ({ name: orAbsent(row.name), countryCode: orAbsent(row.countryCode), latitude: coordinate(row.latitude), longitude: coordinate(row.longitude) })),
    plannedStart: orNull(values.plannedStart),
    plannedEnd: orNull(values.plannedEnd),
    actualStart: orNull(values.actualStart),
    actualEnd: orNull(values.actualEnd),
    plannedBudget: orNull(values.plannedBudget),
    cooperationId: orNull(values.cooperationId),
    organisations: values.organisations.map((row) => ({ organisationId: orAbsent(row.organisationId), iatiRole: row.iatiRole ? Number(row.iatiRole) : undefined })),
    team: values.team.map((row) => ({ userId: orAbsent(row.userId), role: orAbsent(row.role) })),
    published: values.published,
  };
}
