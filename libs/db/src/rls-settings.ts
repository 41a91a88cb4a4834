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
  /** SHA-256 of the secret of a sign-up confirmation link being presented. */
  signUpTokenHash?: string | null;
  /** SHA-256 of the secret of a password reset link being presented. */
  passwordResetTokenHash?: string | null;
  /**
   * An explicit system scope: 'tenant-directory' lets system jobs list collectivités to fan out per tenant;
   * 'account-outbox' lets the worker send the e-mails that belong to no collectivité (sign-up, password reset);
   * 'account-maintenance' lets it delete sign-up and password reset links a day past their expiry.
   */
  scope?: 'tenant-directory' | 'account-outbox' | 'account-maintenance' | null;
}

export const SETTING_NAMES: Record<keyof RlsSettings, string> = {
  tenantId: 'app.tenant_id',
  userId: 'app.user_id',
  role: 'app.role',
  authEmail: 'app.auth_email',
  sessionTokenHash: 'app.session_token_hash',
  invitationTokenHash: 'app.invitation_token_hash',
  signUpTokenHash: 'app.sign_up_token_hash',
  passwordResetTokenHash: 'app.password_reset_token_hash',
  scope: 'app.scope',
};
