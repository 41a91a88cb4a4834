import type { ConventionFieldsFragment } from '../../graphql/generated/graphql';
import { amountForInput } from '../../lib/format-amount';

export interface PartyRow {
  key: string;
  organisationId: string;
  name: string;
  expectedResults: string;
  commitments: string;
}

export interface ConventionFormValues {
  kind: string;
  title: string;
  reference: string;
  startsOn: string;
  endsOn: string;
  objectives: string;
  means: string;
  forecastCommitment: string;
  parties: PartyRow[];
}

let lastKey = 0;

export function newPartyKey(): string {
  lastKey += 1;
  return `party-${lastKey}`;
}

function party(organisationId: string, name: string, expectedResults = '', commitments = ''): PartyRow {
  return { key: newPartyKey(), organisationId, name, expectedResults, commitments };
}

/** A new convention binds the collectivité itself and, when the directory knows it, the partner authority. */
export function newConventionValues(tenantName: string, partner: { id: string; name: string } | null): ConventionFormValues {
  return {
    kind: '',
    title: '',
    reference: '',
    startsOn: '',
    endsOn: '',
    objectives: '',
    means: '',
    forecastCommitment: '',
    parties: [party('', tenantName), partner ? party(partner.id, partner.name) : party('', '')],
  };
}

export function conventionValuesFrom(convention: ConventionFieldsFragment, language: string): ConventionFormValues {
  return {
    kind: '',
    title: convention.title,
    reference: convention.reference ?? '',
    startsOn: convention.startsOn,
    endsOn: convention.endsOn,
    objectives: convention.objectives,
    means: convention.means ?? '',
    forecastCommitment: amountForInput(convention.forecastCommitment, language),
    parties: convention.parties.map((row) => party(row.organisationId ?? '', row.name, row.expectedResults ?? '', row.commitments ?? '')),
  };
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * An amendment starts from the signed text as it is; a renewal also takes the next period, of the same length,
 * starting the day after the previous one ends. The person adjusts what changes.
 */
export function versionValuesFrom(previous: ConventionFieldsFragment, kind: 'AMENDMENT' | 'RENEWAL', language: string): ConventionFormValues {
  const values = { ...conventionValuesFrom(previous, language), kind };
  if (kind === 'AMENDMENT') return values;
  const length = Math.round((Date.parse(`${previous.endsOn}T00:00:00Z`) - Date.parse(`${previous.startsOn}T00:00:00Z`)) / 86_400_000);
  const startsOn = addDays(previous.endsOn, 1);
  return { ...values, startsOn, endsOn: addDays(startsOn, length) };
}

const orAbsent = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

export function conventionInputFrom(values: ConventionFormValues): unknown {
  return {
    ...(values.kind ? { kind: values.kind } : {}),
    title: orAbsent(values.title),
    reference: orNull(values.reference),
    startsOn: orAbsent(values.startsOn),
    endsOn: orAbsent(values.endsOn),
    objectives: orAbsent(values.objectives),
    means: orNull(values.means),
    forecastCommitment: orNull(values.forecastCommitment),
    parties: values.parties.map((row) => ({
      organisationId: orNull(row.organisationId),
      name: orAbsent(row.name),
      expectedResults: orNull(row.expectedResults),
      commitments: orNull(row.commitments),
    })),
  };
}
