export const MEMBER_ROLES = ['ADMIN', 'TECHNICIAN', 'ELECTED_REFERENT', 'EVALUATOR'] as const;
export type MemberRoleName = (typeof MEMBER_ROLES)[number];

export const TENANT_KINDS = [
  'COMMUNE',
  'INTERCOMMUNALITE',
  'DEPARTEMENT',
  'REGION',
  'SYNDICAT',
  'COLLECTIVITE_UNIQUE',
] as const;
export type TenantKindName = (typeof TENANT_KINDS)[number];

/** A collectivité must always keep at least one administrator. */
export function wouldLeaveNoAdmin(adminCount: number, changedMemberIsAdmin: boolean, newRole: MemberRoleName | null): boolean {
  if (!changedMemberIsAdmin) return false;
  const stillAdmin = newRole === 'ADMIN';
  return !stillAdmin && adminCount <= 1;
}

/**
 * Who edits a collectivité's data (projects, deliberations, documents…): administrators and chargé·es de
 * mission. Elected referents and evaluators read. The one definition every check uses.
 */
export const EDITOR_ROLES = ['ADMIN', 'TECHNICIAN'] as const satisfies readonly MemberRoleName[];

export function canEdit(role: MemberRoleName | null | undefined): boolean {
  return role === 'ADMIN' || role === 'TECHNICIAN';
}
