/**
 * Transaction-local settings read by the row-level-security policies (see the foundation migration).
 * Each is written with set_config(name, value, true): it dies with the transaction, so a pooled connection
 * never carries one request's tenant into the next.
 */
export interface RlsSettings {
  tenantId?: string | null;
  userId?: string | null;
  /** The member's role in the tenant: an EVALUATOR sees only the projects assigned to them. */
  role?: string | null;
  /** The single e-mail being authenticated (login, sign-up, invitation acceptance). */
  authEmail?: string | null;
  /** SHA-256 of the session cookie being checked. */
  sessionTokenHash?: string | null;
  /** SHA-256 of the invitation secret being presented. */
  invitationTokenHash?: string | null;
  /** An explicit system scope: 'tenant-directory' lets system jobs list collectivités to fan out per tenant. */
  scope?: 'tenant-directory' | null;
}

export const SETTING_NAMES: Record<keyof RlsSettings, string> = {
  tenantId: 'app.tenant_id',
  userId: 'app.user_id',
  role: 'app.role',
  authEmail: 'app.auth_email',
  sessionTokenHash: 'app.session_token_hash',
  invitationTokenHash: 'app.invitation_token_hash',
  scope: 'app.scope',
};
