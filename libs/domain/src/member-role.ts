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
