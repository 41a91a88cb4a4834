import type { MemberRole } from '../graphql/generated/graphql';

/**
 * Who may change the records of the collectivité (directory, coopérations, conventions, délibérations). The API
 * decides in the end; the interface only hides controls that would be refused.
 */
export function canEditRecords(role: MemberRole): boolean {
  return role === 'ADMIN' || role === 'TECHNICIAN';
}

/** The audit journal is open to administrators and evaluators. */
export function canReadAudit(role: MemberRole): boolean {
  return role === 'ADMIN' || role === 'EVALUATOR';
}
