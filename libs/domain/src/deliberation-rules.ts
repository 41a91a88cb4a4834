import { isIsoDate } from './calendar-date';
import type { FieldProblem } from './domain-error';
import { fromCents, toCents } from './money';

export const DELIBERATION_STATUSES = ['DRAFT', 'SCHEDULED', 'VOTED', 'TRANSMITTED', 'EXECUTORY', 'WITHDRAWN', 'ANNULLED', 'REPEALED'] as const;
export type DeliberationStatusName = (typeof DELIBERATION_STATUSES)[number];

/**
 * A deliberation is drafted, put on an assembly's agenda, voted, transmitted to the préfet (contrôle de légalité)
 * and becomes executory. Before it is executory it can be withdrawn; once executory it ends by withdrawal
 * (retrait, by the assembly), annulment (by an administrative court) or repeal (abrogation, for the future).
 */
const TRANSITIONS: Readonly<Record<DeliberationStatusName, readonly DeliberationStatusName[]>> = {
  DRAFT: ['SCHEDULED', 'WITHDRAWN'],
  SCHEDULED: ['DRAFT', 'VOTED', 'WITHDRAWN'],
  VOTED: ['TRANSMITTED', 'WITHDRAWN'],
  TRANSMITTED: ['EXECUTORY', 'WITHDRAWN'],
  EXECUTORY: ['WITHDRAWN', 'ANNULLED', 'REPEALED'],
  WITHDRAWN: [],
  ANNULLED: [],
  REPEALED: [],
};

export function isDeliberationTransitionAllowed(from: DeliberationStatusName, to: DeliberationStatusName): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedDeliberationTransitions(from: DeliberationStatusName): readonly DeliberationStatusName[] {
  return TRANSITIONS[from];
}

/** Voted or beyond, and still standing: the assembly has decided. */
export function isVoted(status: DeliberationStatusName): boolean {
  return status === 'VOTED' || status === 'TRANSMITTED' || status === 'EXECUTORY';
}

/** The text (title, object, projects and amounts) is fixed once the assembly has voted. */
export function isDeliberationTextEditable(status: DeliberationStatusName): boolean {
  return status === 'DRAFT' || status === 'SCHEDULED';
}

/** The dated facts of a deliberation, as ISO dates. */
export interface DeliberationDates {
  sessionDate: string | null;
  votedOn: string | null;
  transmittedOn: string | null;
  executoryOn: string | null;
  /** Withdrawal, annulment or repeal. */
  endedOn: string | null;
}
export type DeliberationDateField = keyof DeliberationDates;

/** Which date a new status records. */
export const STATUS_DATE_FIELD: Partial<Record<DeliberationStatusName, DeliberationDateField>> = {
  VOTED: 'votedOn',
  TRANSMITTED: 'transmittedOn',
  EXECUTORY: 'executoryOn',
  WITHDRAWN: 'endedOn',
  ANNULLED: 'endedOn',
  REPEALED: 'endedOn',
};

/** The dates a deliberation in this status must carry. */
export function requiredDates(status: DeliberationStatusName): readonly DeliberationDateField[] {
  switch (status) {
    case 'VOTED':
      return ['votedOn'];
    case 'TRANSMITTED':
      return ['votedOn', 'transmittedOn'];
    case 'EXECUTORY':
      return ['votedOn', 'transmittedOn', 'executoryOn'];
    case 'ANNULLED':
    case 'REPEALED':
      return ['votedOn', 'transmittedOn', 'executoryOn', 'endedOn'];
    case 'WITHDRAWN':
      return ['endedOn'];
    default:
      return [];
  }
}

const DATE_LABELS: Record<DeliberationDateField, string> = {
  sessionDate: 'La date de séance',
  votedOn: 'La date du vote',
  transmittedOn: 'La date de transmission au préfet',
  executoryOn: 'La date du caractère exécutoire',
  endedOn: 'La date de fin',
};

/** Facts in the order they happen: a later one can never come before an earlier one. */
const CHRONOLOGY: readonly DeliberationDateField[] = ['votedOn', 'transmittedOn', 'executoryOn', 'endedOn'];

/**
 * Dates in order and in the past: vote ≤ transmission ≤ executory force ≤ end, none of them after today (they
 * record what happened), and the vote on the session day when one was set. Returns every problem, by field.
 */
export function checkDeliberationDates(status: DeliberationStatusName, dates: DeliberationDates, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of Object.keys(dates) as DeliberationDateField[]) {
    const value = dates[field];
    if (value !== null && !isIsoDate(value)) problems.push({ field, message: 'Date invalide.' });
  }
  if (problems.length > 0) return problems;
  for (const field of requiredDates(status)) {
    if (dates[field] === null) problems.push({ field, message: `${DATE_LABELS[field]} est obligatoire à ce stade.` });
  }
  for (const field of CHRONOLOGY) {
    const value = dates[field];
    if (value !== null && value > today) problems.push({ field, message: `${DATE_LABELS[field]} ne peut pas être dans le futur.` });
  }
  for (let later = 1; later < CHRONOLOGY.length; later++) {
    const laterValue = dates[CHRONOLOGY[later]];
    if (laterValue === null) continue;
    for (let earlier = 0; earlier < later; earlier++) {
      const earlierValue = dates[CHRONOLOGY[earlier]];
      if (earlierValue !== null && earlierValue > laterValue) {
        problems.push({ field: CHRONOLOGY[later], message: `${DATE_LABELS[CHRONOLOGY[later]]} ne peut pas précéder ${lowerFirst(DATE_LABELS[CHRONOLOGY[earlier]])}.` });
        break;
      }
    }
  }
  return problems;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Deliberation numbers restart every year: the number is unique within the year of the vote, or of the
 * session while it is not voted yet, or of the day it is drafted.
 */
export function deliberationNumberYear(dates: Pick<DeliberationDates, 'votedOn' | 'sessionDate'>, today: string): number {
  return Number((dates.votedOn ?? dates.sessionDate ?? today).slice(0, 4));
}

/** Executory and still standing: only these count as covering spending. */
export function countsForCoverage(status: DeliberationStatusName): boolean {
  return status === 'EXECUTORY';
}

export type CoverageState = 'NO_PLANNED_SPENDING' | 'COVERED' | 'PARTIAL' | 'UNCOVERED';

export type SpendingCoverage =
  | { state: 'NO_PLANNED_SPENDING'; covered: string }
  | { state: 'COVERED'; planned: string; covered: string }
  | { state: 'PARTIAL'; planned: string; covered: string; missing: string }
  | { state: 'UNCOVERED'; planned: string; covered: string; missing: string };

/** Is a planned spending covered by executory deliberations? Amounts are decimal strings. */
export function spendingCoverage(plannedSpending: string | null, executoryAmounts: readonly string[]): SpendingCoverage {
  const covered = executoryAmounts.reduce((total, amount) => total + toCents(amount), 0n);
  if (plannedSpending === null || toCents(plannedSpending) === 0n) return { state: 'NO_PLANNED_SPENDING', covered: fromCents(covered) };
  const planned = toCents(plannedSpending);
  if (covered >= planned) return { state: 'COVERED', planned: fromCents(planned), covered: fromCents(covered) };
  const missing = fromCents(planned - covered);
  return covered === 0n
    ? { state: 'UNCOVERED', planned: fromCents(planned), covered: fromCents(covered), missing }
    : { state: 'PARTIAL', planned: fromCents(planned), covered: fromCents(covered), missing };
}

export interface YearAmount {
  year: number;
  amount: string;
}

export interface YearCoverage {
  year: number;
  coverage: SpendingCoverage;
}

export interface CollectivityCoverage {
  /** All years together. */
  overall: SpendingCoverage;
  /** Year by year, for every year with a planned share or an executory deliberation; oldest first. */
  years: YearCoverage[];
}

/**
 * One collectivité's coverage of its own share of a project by its own executory deliberations, per budget year:
 * a deliberation of year N covers the share planned for year N only (never another year's, never a partner's or
 * a co-financer's). `ownShareByYear` empty: the share is known only as a whole (`ownShareTotal`), and every
 * executory deliberation counts against it.
 */
export function collectivityCoverage(input: {
  ownShareByYear: readonly YearAmount[];
  ownShareTotal: string | null;
  executory: readonly { budgetYear: number | null; amount: string }[];
}): CollectivityCoverage {
  if (input.ownShareByYear.length === 0) {
    return { overall: spendingCoverage(input.ownShareTotal, input.executory.map((link) => link.amount)), years: [] };
  }
  const years = [...new Set([...input.ownShareByYear.map((share) => share.year), ...input.executory.flatMap((link) => (link.budgetYear === null ? [] : [link.budgetYear]))])].sort(
    (a, b) => a - b,
  );
  const perYear = years.map((year) => {
    const planned = input.ownShareByYear.filter((share) => share.year === year).reduce((total, share) => total + toCents(share.amount), 0n);
    const covered = input.executory.filter((link) => link.budgetYear === year).map((link) => link.amount);
    return { year, coverage: spendingCoverage(fromCents(planned), covered) };
  });
  // A year is covered on its own: one year's surplus never makes up for another year's shortfall.
  const planned = perYear.reduce((total, entry) => total + (entry.coverage.state === 'NO_PLANNED_SPENDING' ? 0n : toCents(entry.coverage.planned)), 0n);
  const missing = perYear.reduce((total, entry) => total + ('missing' in entry.coverage ? toCents(entry.coverage.missing) : 0n), 0n);
  const coveredWithinPlans = planned - missing;
  const overall: SpendingCoverage =
    planned === 0n
      ? { state: 'NO_PLANNED_SPENDING', covered: fromCents(coveredWithinPlans) }
      : missing === 0n
        ? { state: 'COVERED', planned: fromCents(planned), covered: fromCents(coveredWithinPlans) }
        : coveredWithinPlans === 0n
          ? { state: 'UNCOVERED', planned: fromCents(planned), covered: fromCents(coveredWithinPlans), missing: fromCents(missing) }
          : { state: 'PARTIAL', planned: fromCents(planned), covered: fromCents(coveredWithinPlans), missing: fromCents(missing) };
  return { overall, years: perYear };
}
