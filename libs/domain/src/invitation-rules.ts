export const INVITATION_VALIDITY_DAYS = 7;

export type InvitationState = 'PENDING' | 'ACCEPTED' | 'REVOKED';
export type InvitationUsability = 'USABLE' | 'EXPIRED' | 'ALREADY_ACCEPTED' | 'REVOKED';

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_VALIDITY_DAYS * 24 * 60 * 60 * 1000);
}

export function invitationUsability(state: InvitationState, expiresAt: Date, now: Date): InvitationUsability {
  if (state === 'ACCEPTED') return 'ALREADY_ACCEPTED';
  if (state === 'REVOKED') return 'REVOKED';
  if (expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'USABLE';
}
