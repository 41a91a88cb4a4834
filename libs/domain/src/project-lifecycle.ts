export const PROJECT_STATUSES = [
  'IDENTIFICATION',
  'DIAGNOSTIC',
  'PROGRAMMED',
  'IN_PROGRESS',
  'CLOSING',
  'CLOSED',
  'EVALUATED',
  'SUSPENDED',
  'CANCELLED',
] as const;
export type ProjectStatusName = (typeof PROJECT_STATUSES)[number];

/**
 * Allowed moves of the project lifecycle. Forward one step at a time (the diagnostic may be skipped), back one
 * step while nothing has started, suspension while running and resumption, cancellation before closing.
 */
const TRANSITIONS: Readonly<Record<ProjectStatusName, readonly ProjectStatusName[]>> = {
  IDENTIFICATION: ['DIAGNOSTIC', 'PROGRAMMED', 'CANCELLED'],
  DIAGNOSTIC: ['IDENTIFICATION', 'PROGRAMMED', 'CANCELLED'],
  PROGRAMMED: ['DIAGNOSTIC', 'IN_PROGRESS', 'SUSPENDED', 'CANCELLED'],
  IN_PROGRESS: ['CLOSING', 'SUSPENDED', 'CANCELLED'],
  CLOSING: ['IN_PROGRESS', 'CLOSED', 'SUSPENDED'],
  CLOSED: ['EVALUATED'],
  EVALUATED: [],
  SUSPENDED: ['PROGRAMMED', 'IN_PROGRESS', 'CANCELLED'],
  CANCELLED: [],
};

export function allowedTransitions(from: ProjectStatusName): readonly ProjectStatusName[] {
  return TRANSITIONS[from];
}

export function isTransitionAllowed(from: ProjectStatusName, to: ProjectStatusName): boolean {
  return TRANSITIONS[from].includes(to);
}

/** What a project must hold to be programmed: a convention in force (see isConventionInForce) or a voted deliberation. */
export interface ProgrammingEvidence {
  /** Its coopération holds a convention in force today: signed, transmitted to the préfet, within its dates. */
  hasConventionInForce: boolean;
  hasVotedDeliberation: boolean;
}

export type TransitionVerdict =
  | { allowed: true; overridden: boolean }
  | { allowed: false; reason: 'TRANSITION_NOT_ALLOWED' | 'PROGRAMMING_REQUIRES_COMMITMENT' | 'OVERRIDE_REASON_TOO_SHORT' };

export const OVERRIDE_REASON_MIN_LENGTH = 15;

/**
 * Moving to PROGRAMMED commits the collectivité: it needs a convention in force or a voted deliberation, or an
 * explicit override whose reason is kept in the audit trail.
 */
export function judgeTransition(
  from: ProjectStatusName,
  to: ProjectStatusName,
  evidence: ProgrammingEvidence,
  overrideReason?: string | null,
): TransitionVerdict {
  if (!isTransitionAllowed(from, to)) return { allowed: false, reason: 'TRANSITION_NOT_ALLOWED' };
  if (to !== 'PROGRAMMED' || from === 'SUSPENDED') return { allowed: true, overridden: false };
  if (evidence.hasConventionInForce || evidence.hasVotedDeliberation) return { allowed: true, overridden: false };
  const reason = overrideReason?.trim() ?? '';
  if (reason.length === 0) return { allowed: false, reason: 'PROGRAMMING_REQUIRES_COMMITMENT' };
  if (reason.length < OVERRIDE_REASON_MIN_LENGTH) return { allowed: false, reason: 'OVERRIDE_REASON_TOO_SHORT' };
  return { allowed: true, overridden: true };
}
