import { yearAmountsSchema } from '@passerelles/shared/schemas/project.schemas';
import { isAmount, sumAmounts } from '@passerelles/domain/money';
import { amountForInput } from '../../lib/format-amount';
import { pathErrorsFromIssues, type PathErrors } from '../../lib/path-errors';
import { CURRENT_YEAR } from '../../lib/reference-options';

// A collectivité's contribution to a shared project is per budget year: the rows of the editors that enter it.

export interface YearAmountRow {
  key: string;
  year: string;
  amount: string;
}

export interface YearAmount {
  year: number;
  amount: string;
}

/** Where the rows live in a form's values, and so in the paths of their errors. */
export const CONTRIBUTIONS_PATH = 'contributions';

let lastKey = 0;

/** A key for a new row (called from event handlers and initial values, never while rendering). */
export function newYearAmountKey(): string {
  lastKey += 1;
  return `year-${lastKey}`;
}

export function yearAmountRowsFrom(entries: readonly YearAmount[], language: string): YearAmountRow[] {
  return [...entries].sort((a, b) => a.year - b.year).map((entry) => ({ key: newYearAmountKey(), year: String(entry.year), amount: amountForInput(entry.amount, language) }));
}

/** The year a new row proposes: the one after the last, or the current year for the first. */
export function nextYear(rows: readonly YearAmountRow[]): string {
  const years = rows.map((row) => Number(row.year)).filter((year) => Number.isInteger(year) && year > 0);
  return String(years.length > 0 ? Math.max(...years) + 1 : CURRENT_YEAR);
}

/** An amount as people type it ("12 500,50") as the API reads it ("12500.50"), or null while it is not one yet. */
function typedAmount(value: string): string | null {
  const normalised = value.trim().replace(/\s/g, '').replace(',', '.');
  return isAmount(normalised) && !normalised.startsWith('-') ? normalised : null;
}

/** The running total of the rows whose amount is already a valid one. */
export function yearAmountsTotal(rows: readonly YearAmountRow[]): string {
  return sumAmounts(rows.flatMap((row) => typedAmount(row.amount) ?? []));
}

/** What the shared schemas read: years as numbers (text left as is, so that the schema says a number is expected). */
export function yearAmountsInput(rows: readonly YearAmountRow[]): unknown[] {
  return rows.map((row) => {
    const year = row.year.trim();
    return { year: year === '' ? undefined : /^\d+$/.test(year) ? Number(year) : year, amount: row.amount.trim() === '' ? undefined : row.amount };
  });
}

/** Checks the rows with the API's own schema; errors are keyed "contributions.0.amount", as in the forms. */
export function parseYearAmounts(rows: readonly YearAmountRow[]): { ok: true; entries: YearAmount[] } | { ok: false; errors: PathErrors } {
  const parsed = yearAmountsSchema.safeParse(yearAmountsInput(rows));
  if (parsed.success) return { ok: true, entries: parsed.data };
  return { ok: false, errors: pathErrorsFromIssues(parsed.error.issues.map((issue) => ({ ...issue, path: [CONTRIBUTIONS_PATH, ...issue.path] }))) };
}

/**
 * The calls that turn the recorded contributions into the wanted ones: each year changed or added with its amount,
 * each year removed without one.
 */
export function contributionChanges(recorded: readonly YearAmount[], wanted: readonly YearAmount[]): { year: number; amount: string | null }[] {
  const before = new Map(recorded.map((entry) => [entry.year, entry.amount]));
  const after = new Map(wanted.map((entry) => [entry.year, entry.amount]));
  const removed = [...before.keys()].filter((year) => !after.has(year)).map((year) => ({ year, amount: null }));
  const set = wanted.filter((entry) => before.get(entry.year) === undefined || sumAmounts([before.get(entry.year)!]) !== sumAmounts([entry.amount]));
  return [...removed, ...set.map((entry) => ({ year: entry.year, amount: entry.amount }))];
}
