import { canEdit } from '@passerelles/domain/member-role';
import type { MemberRole } from '../graphql/generated/graphql';

/**
 * Who may change the records of the collectivité that carry no permission field of their own (directory,
 * coopérations, conventions): the one definition of libs/domain, which the API applies. Deliberations, projects,
 * participations and documents say it themselves (canEdit, allowedTransitions, canShare…).
 */
export function canEditRecords(role: MemberRole): boolean {
  return canEdit(role);
}

/** The audit journal is open to administrators and evaluators. */
export function canReadAudit(role: MemberRole): boolean {
  return role === 'ADMIN' || role === 'EVALUATOR';
}
