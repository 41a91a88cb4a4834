import { canEdit, type MemberRoleName } from './member-role';

export type ParticipationRoleName = 'LEAD' | 'PARTNER' | 'OBSERVER';
export type ParticipationStatusName = 'INVITED' | 'ACTIVE' | 'DECLINED' | 'REVOKED' | 'LEFT';

export interface ParticipationFacts {
  tenantId: string;
  leadTenantId: string;
  role: ParticipationRoleName;
  status: ParticipationStatusName;
}

export interface Actor {
  tenantId: string;
  role: MemberRoleName | null;
}

/** Open participations still commit their collectivité; the others are history. */
export function isOpenParticipation(status: ParticipationStatusName): boolean {
  return status === 'INVITED' || status === 'ACTIVE';
}

/**
 * What a person may do with a participation in a mutualised project. The same rules are enforced by the
 * database (policies and the participations trigger); these say so to the interface in advance.
 */
export function participationPermissions(participation: ParticipationFacts, actor: Actor) {
  const isLead = actor.tenantId === participation.leadTenantId;
  const isParticipant = actor.tenantId === participation.tenantId && !isLead;
  const admin = actor.role === 'ADMIN';
  return {
    /** The lead's administrators withdraw an invitation or a partner. */
    canRevoke: isLead && admin && participation.role !== 'LEAD' && isOpenParticipation(participation.status),
    /** A partner's administrators take their collectivité out of the project. */
    canLeave: isParticipant && admin && participation.status === 'ACTIVE',
    /** The invited collectivité's administrators accept or decline. */
    canRespond: isParticipant && admin && participation.status === 'INVITED',
    /**
     * Contributions: the lead's editors for any open participation, a partner's editors for their own once
     * active; an observer contributes nothing.
     */
    canSetContribution:
      canEdit(actor.role) &&
      participation.role !== 'OBSERVER' &&
      ((isLead && isOpenParticipation(participation.status)) || (actor.tenantId === participation.tenantId && participation.status === 'ACTIVE')),
  };
}
