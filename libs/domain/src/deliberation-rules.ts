import { fromCents, toCents } from './money';

export const DELIBERATION_STATUSES = ['DRAFT', 'SCHEDULED', 'VOTED', 'TRANSMITTED', 'EXECUTORY', 'WITHDRAWN'] as const;
export type DeliberationStatusName = (typeof DELIBERATION_STATUSES)[number];

/**
 * A deliberation is drafted, put on an assembly's agenda, voted, transmitted to the préfet (contrôle de
 * légalité) and becomes executory; it can be withdrawn until it is executory (then it is repealed by another
 * deliberation, which is out of this workflow).
 */
const TRANSITIONS: Readonly<Record<DeliberationStatusName, readonly DeliberationStatusName[]>> = {
  DRAFT: ['SCHEDULED', 'WITHDRAWN'],
  SCHEDULED: ['DRAFT', 'VOTED', 'WITHDRAWN'],
  VOTED: ['TRANSMITTED', 'WITHDRAWN'],
  TRANSMITTED: ['EXECUTORY', 'WITHDRAWN'],
  EXECUTORY: [],
  WITHDRAWN: [],
};

export function isDeliberationTransitionAllowed(from: DeliberationStatusName, to: DeliberationStatusName): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedDeliberationTransitions(from: DeliberationStatusName): readonly DeliberationStatusName[] {
  return TRANSITIONS[from];
}

/** Voted or beyond (and not withdrawn): the assembly has decided. */
export function isVoted(status: DeliberationStatusName): boolean {
  return status === 'VOTED' || status === 'TRANSMITTED' || status === 'EXECUTORY';
}

export type SpendingCoverage =
  | { state: 'NO_PLANNED_SPENDING'; covered: string }
  | { state: 'COVERED'; planned: string; covered: string }
  | { state: 'PARTIAL'; planned: string; covered: string; missing: string }
  | { state: 'UNCOVERED'; planned: string; covered: string; missing: string };

/** Is the planned spending of a project covered by executory deliberations? Amounts are decimal strings. */
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
