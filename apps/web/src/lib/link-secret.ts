/**
 * E-mailed links (sign-up confirmation, password reset, invitation) carry their secret in the fragment
 * (`/path#<secret>`): it never reaches a server, a proxy log or a Referer header. Returns it when it has the
 * expected shape: 32 random bytes in base64url.
 */
export function linkSecretFromHash(hash: string): string | null {
  const raw = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return /^[A-Za-z0-9_-]{43}$/.test(raw) ? raw : null;
}

/** The address a form sent an e-mail to, passed to the "check your inbox" page in the navigation state. */
export function sentToFromState(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const sentTo = (state as { sentTo?: unknown }).sentTo;
  return typeof sentTo === 'string' ? sentTo : null;
}
