import { isAmount, sumAmounts } from '@passerelles/domain/money';
import type { DeliberationFieldsFragment } from '../../graphql/generated/graphql';
import { amountForInput } from '../../lib/format-amount';

// What the inputs of the deliberation form hold: strings as typed, covered projects as rows with a stable key.

export interface CoveredProjectRow {
  key: string;
  projectId: string;
  amount: string;
}

export interface DeliberationFormValues {
  number: string;
  title: string;
  assembly: string;
  object: string;
  sessionDate: string;
  conventionId: string;
  budgetYear: string;
  projects: CoveredProjectRow[];
}

let lastKey = 0;

/** A key for a new row (called from event handlers and initial values, never while rendering). */
export function newCoveredProjectKey(): string {
  lastKey += 1;
  return `covered-${lastKey}`;
}

/** A new deliberation; from a project's page, it starts with that project, its amount to be typed. */
export function newDeliberationValues(projectId: string | undefined): DeliberationFormValues {
  return {
    number: '',
    title: '',
    assembly: '',
    object: '',
    sessionDate: '',
    conventionId: '',
    budgetYear: '',
    projects: projectId ? [{ key: newCoveredProjectKey(), projectId, amount: '' }] : [],
  };
}

export function deliberationValuesFrom(deliberation: DeliberationFieldsFragment, language: string): DeliberationFormValues {
  return {
    number: deliberation.number,
    title: deliberation.title,
    assembly: deliberation.assembly,
    object: deliberation.object,
    sessionDate: deliberation.sessionDate ?? '',
    conventionId: deliberation.conventionId ?? '',
    budgetYear: deliberation.budgetYear ? String(deliberation.budgetYear) : '',
    projects: deliberation.projects.map((link) => ({ key: newCoveredProjectKey(), projectId: link.projectId, amount: amountForInput(link.amount, language) })),
  };
}

/** An amount as people type it ("12 500,50") as the API reads it ("12500.50"), or null while it is not one yet. */
export function typedAmount(value: string): string | null {
  const normalised = value.trim().replace(/\s/g, '').replace(',', '.');
  return isAmount(normalised) && !normalised.startsWith('-') ? normalised : null;
}

/** The running total of the rows whose amount is already a valid one. */
export function coveredTotal(rows: readonly CoveredProjectRow[]): string {
  return sumAmounts(rows.flatMap((row) => typedAmount(row.amount) ?? []));
}

const orAbsent = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** The budget year is typed as text; left as text when it is not a number, so that the schema says so. */
function year(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * What the shared schema reads. Empty required fields are sent as absent, so that the message is "Ce champ est
 * obligatoire." rather than a format complaint about an empty string.
 */
export function deliberationInputFrom(values: DeliberationFormValues): unknown {
  return {
    number: orAbsent(values.number),
    title: orAbsent(values.title),
    assembly: orAbsent(values.assembly),
    object: orAbsent(values.object),
    sessionDate: orNull(values.sessionDate),
    conventionId: orNull(values.conventionId),
    budgetYear: year(values.budgetYear),
    projects: values.projects.map((row) => ({ projectId: orAbsent(row.projectId), amount: orAbsent(row.amount) })),
  };
}
