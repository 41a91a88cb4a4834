import type { ProjectStatusName } from './project-lifecycle';

/** The actual (not planned) dates of a project, as calendar dates (YYYY-MM-DD). */
export interface ActualDates {
  actualStart: string | null;
  actualEnd: string | null;
}

export type ActualDatesProblem = 'START_IN_FUTURE' | 'END_IN_FUTURE' | 'END_BEFORE_START';

export type ActualDatesVerdict =
  | { allowed: true; changes: Partial<Record<keyof ActualDates, string>> }
  | { allowed: false; problem: ActualDatesProblem; field: keyof ActualDates; dates: { actualStart: string | null; actualEnd: string | null } };

/**
 * What a status change does to the actual dates, and whether they stay coherent. Starting the project records
 * today as its actual start when none is known; closing it records today as its actual end. A closed project
 * started and ended in the past, and never ends before it started: the change is refused, naming the date to
 * correct, rather than stored incoherent (the database would refuse it too).
 */
export function actualDatesOnTransition(to: ProjectStatusName, dates: ActualDates, today: string): ActualDatesVerdict {
  if (to === 'IN_PROGRESS') {
    const actualStart = dates.actualStart ?? today;
    if (dates.actualEnd !== null && dates.actualEnd < actualStart) {
      return { allowed: false, problem: 'END_BEFORE_START', field: 'actualEnd', dates: { actualStart, actualEnd: dates.actualEnd } };
    }
    return { allowed: true, changes: dates.actualStart === null ? { actualStart } : {} };
  }
  if (to === 'CLOSED') {
    if (dates.actualStart !== null && dates.actualStart > today) {
      return { allowed: false, problem: 'START_IN_FUTURE', field: 'actualStart', dates };
    }
    const actualEnd = dates.actualEnd ?? today;
    if (actualEnd > today) return { allowed: false, problem: 'END_IN_FUTURE', field: 'actualEnd', dates };
    if (dates.actualStart !== null && actualEnd < dates.actualStart) {
      return { allowed: false, problem: 'END_BEFORE_START', field: 'actualEnd', dates: { actualStart: dates.actualStart, actualEnd } };
    }
    return { allowed: true, changes: dates.actualEnd === null ? { actualEnd } : {} };
  }
  return { allowed: true, changes: {} };
}
