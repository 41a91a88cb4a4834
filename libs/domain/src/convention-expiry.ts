import { daysBetween } from './calendar-date';

export const EXPIRY_WARNING_DAYS = 90;

export type ConventionStatusName = 'DRAFT' | 'SIGNED' | 'TERMINATED';

/** What the validity of a convention depends on (dates are ISO calendar dates in Europe/Paris). */
export interface ConventionFacts {
  status: ConventionStatusName;
  startsOn: string;
  endsOn: string;
  /** Date of transmission to the préfet (contrôle de légalité), null until it is recorded. */
  prefectureTransmittedOn: string | null;
  /** A later version (amendment or renewal) of this convention has been signed and replaces it. */
  superseded: boolean;
}

export type ConventionValidity =
  | { state: 'NOT_SIGNED' }
  | { state: 'NOT_TRANSMITTED' }
  | { state: 'NOT_STARTED'; daysUntilStart: number }
  | { state: 'ACTIVE'; daysLeft: number }
  | { state: 'EXPIRING_SOON'; daysLeft: number }
  | { state: 'EXPIRED'; daysSince: number }
  | { state: 'SUPERSEDED' }
  | { state: 'TERMINATED' };

/**
 * The badge of a convention on a given day. In force (ACTIVE, or EXPIRING_SOON within 90 days of its end, the
 * J-90 reminder) only when signed, transmitted to the préfet — CGCT L1115-1: it takes effect from that
 * transmission — and today between its start and its end. A version replaced by a signed amendment or renewal
 * is SUPERSEDED whatever its dates, so it leaves the expiring and expired lists: its successor carries them.
 */
export function conventionValidity(convention: ConventionFacts, today: string): ConventionValidity {
  if (convention.status === 'TERMINATED') return { state: 'TERMINATED' };
  if (convention.status === 'DRAFT') return { state: 'NOT_SIGNED' };
  if (convention.superseded) return { state: 'SUPERSEDED' };
  if (today > convention.endsOn) return { state: 'EXPIRED', daysSince: daysBetween(convention.endsOn, today) };
  if (convention.prefectureTransmittedOn === null || convention.prefectureTransmittedOn > today) return { state: 'NOT_TRANSMITTED' };
  if (today < convention.startsOn) return { state: 'NOT_STARTED', daysUntilStart: daysBetween(today, convention.startsOn) };
  const daysLeft = daysBetween(today, convention.endsOn);
  return daysLeft <= EXPIRY_WARNING_DAYS ? { state: 'EXPIRING_SOON', daysLeft } : { state: 'ACTIVE', daysLeft };
}

/**
 * In force on that day: signed, transmitted to the préfet (on or before that day), not superseded nor
 * terminated, and the day between its start and its end (both included). The one definition used by the badge,
 * the `inForce` field and the project lifecycle's PROGRAMMED precondition.
 */
export function isConventionInForce(convention: ConventionFacts, today: string): boolean {
  const { state } = conventionValidity(convention, today);
  return state === 'ACTIVE' || state === 'EXPIRING_SOON';
}
