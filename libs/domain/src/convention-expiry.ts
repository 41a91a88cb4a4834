import { daysBetween } from './calendar-date';

export const EXPIRY_WARNING_DAYS = 90;

export type ConventionValidity =
  | { state: 'NOT_SIGNED' }
  | { state: 'NOT_STARTED'; daysUntilStart: number }
  | { state: 'ACTIVE'; daysLeft: number }
  | { state: 'EXPIRING_SOON'; daysLeft: number }
  | { state: 'EXPIRED'; daysSince: number }
  | { state: 'TERMINATED' };

/** The badge of a convention on a given day: expiring within 90 days (the J-90 reminder), expired, etc. */
export function conventionValidity(
  convention: { status: 'DRAFT' | 'SIGNED' | 'TERMINATED'; startsOn: string; endsOn: string },
  today: string,
): ConventionValidity {
  if (convention.status === 'TERMINATED') return { state: 'TERMINATED' };
  if (convention.status === 'DRAFT') return { state: 'NOT_SIGNED' };
  if (today < convention.startsOn) return { state: 'NOT_STARTED', daysUntilStart: daysBetween(today, convention.startsOn) };
  if (today > convention.endsOn) return { state: 'EXPIRED', daysSince: daysBetween(convention.endsOn, today) };
  const daysLeft = daysBetween(today, convention.endsOn);
  return daysLeft <= EXPIRY_WARNING_DAYS ? { state: 'EXPIRING_SOON', daysLeft } : { state: 'ACTIVE', daysLeft };
}

/** In force on that day: signed, started and not ended. */
export function isConventionInForce(convention: { status: 'DRAFT' | 'SIGNED' | 'TERMINATED'; startsOn: string; endsOn: string }, today: string): boolean {
  const validity = conventionValidity(convention, today);
  return validity.state === 'ACTIVE' || validity.state === 'EXPIRING_SOON';
}
