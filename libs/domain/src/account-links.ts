/** A sign-up waits 24 hours for its e-mail to be confirmed; nothing is created or reserved before. */
export const SIGN_UP_VALIDITY_HOURS = 24;
/** A password reset link is valid one hour (OWASP's order of magnitude for a secret sent by e-mail). */
export const PASSWORD_RESET_VALIDITY_MINUTES = 60;

export type LinkUsability = 'USABLE' | 'USED' | 'EXPIRED';

export function signUpExpiry(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + SIGN_UP_VALIDITY_HOURS * 3600 * 1000);
}

export function passwordResetExpiry(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + PASSWORD_RESET_VALIDITY_MINUTES * 60 * 1000);
}

/** Single-use links: used once is used, whatever the time; otherwise usable until (excluded) the expiry. */
export function linkUsability(usedAt: Date | null, expiresAt: Date, now: Date): LinkUsability {
  if (usedAt) return 'USED';
  return expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'USABLE';
}
