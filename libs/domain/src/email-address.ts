/** E-mail addresses are compared and stored trimmed and lower-cased (RFC 5321 local parts are case-sensitive in
 * theory, never in the mailboxes our users have). */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}
