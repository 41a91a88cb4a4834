import { invitationTokenField } from '@passerelles/shared/schemas/account.schemas';

/**
 * Invitation e-mails link to /invitation#<token>: the fragment never reaches a server, a proxy log or a
 * Referer header. Returns the token when the fragment has the expected shape.
 */
export function invitationTokenFromHash(hash: string): string | null {
  const raw = decodeURIComponent(hash.replace(/^#/, '')).trim();
  const parsed = invitationTokenField.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
