-- ─────────────────────────────────────────────────────────────────────────────
-- Accounts before and beside collectivités: sign-up confirmed by e-mail, password reset by e-mail.
-- None of these rows belongs to a collectivité. Like users, sessions and invitations, they are reachable only
-- through what a request legitimately holds: the e-mail being authenticated (to create them), the hash of the
-- secret of a link being presented, the current user, or the worker's explicit account-outbox scope.
-- ─────────────────────────────────────────────────────────────────────────────

-- Account e-mails (sign-up confirmation, "an account already exists", password reset) go through the same
-- transactional outbox as the collectivités' e-mails, with no tenant.
ALTER TABLE email_deliveries ALTER COLUMN tenant_id DROP NOT NULL;
-- The tenant-less rows' own uniqueness (the (tenant_id, idempotency_key) index treats NULLs as distinct).
CREATE UNIQUE INDEX email_deliveries_account_idempotency_key_key ON email_deliveries (idempotency_key) WHERE tenant_id IS NULL;

-- Written by the API for the address being authenticated only; read and updated by the worker under its
-- explicit scope (it sends them and erases their bodies). A tenant's transaction never sees them.
CREATE POLICY email_deliveries_account_insert ON email_deliveries FOR INSERT
  WITH CHECK (tenant_id IS NULL AND recipient = app_setting_text('app.auth_email'));
CREATE POLICY email_deliveries_account_outbox ON email_deliveries FOR ALL
  USING (tenant_id IS NULL AND app_setting_text('app.scope') = 'account-outbox')
  WITH CHECK (tenant_id IS NULL AND app_setting_text('app.scope') = 'account-outbox');

-- A sign-up waiting for its e-mail to be confirmed. The collectivité, its administrator and the SIREN's
-- reservation are created only at confirmation; the password hash is erased then.
CREATE TABLE sign_up_requests (
  id            uuid          PRIMARY KEY,
  email         varchar(254)  NOT NULL,
  token_hash    char(64)      NOT NULL,
  tenant_name   varchar(200)  NOT NULL,
  tenant_kind   tenant_kind   NOT NULL,
  siren         char(9)       NOT NULL,
  region_code   varchar(3)    NOT NULL,
  admin_name    varchar(120)  NOT NULL,
  password_hash varchar(255),
  expires_at    timestamptz(3) NOT NULL,
  confirmed_at  timestamptz(3),
  created_at    timestamptz(3) NOT NULL DEFAULT now()
);
-- Not led by a tenant_id (there is none yet): a link is looked up by its secret.
CREATE UNIQUE INDEX sign_up_requests_token_hash_key ON sign_up_requests (token_hash);
CREATE INDEX sign_up_requests_email_idx ON sign_up_requests (email);

ALTER TABLE sign_up_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE sign_up_requests FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON sign_up_requests TO passerelles_app;
CREATE POLICY sign_up_requests_insert ON sign_up_requests FOR INSERT
  WITH CHECK (email = app_setting_text('app.auth_email'));
CREATE POLICY sign_up_requests_by_token ON sign_up_requests FOR SELECT
  USING (token_hash = app_setting_text('app.sign_up_token_hash'));
CREATE POLICY sign_up_requests_confirm ON sign_up_requests FOR UPDATE
  USING (token_hash = app_setting_text('app.sign_up_token_hash'))
  WITH CHECK (token_hash = app_setting_text('app.sign_up_token_hash'));

-- A password reset link: valid one hour, single use; only the SHA-256 of its secret is kept.
CREATE TABLE password_resets (
  id         uuid           PRIMARY KEY,
  user_id    uuid           NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash char(64)       NOT NULL,
  expires_at timestamptz(3) NOT NULL,
  used_at    timestamptz(3),
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX password_resets_token_hash_key ON password_resets (token_hash);
CREATE INDEX password_resets_user_id_idx ON password_resets (user_id);

ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY;
ALTER TABLE password_resets FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON password_resets TO passerelles_app;
-- Created for the account of the e-mail being authenticated (the "forgotten password" form).
CREATE POLICY password_resets_insert ON password_resets FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM users u WHERE u.id = password_resets.user_id AND u.email = app_setting_text('app.auth_email')));
-- Read and used through the secret of the link, or by the person themselves.
CREATE POLICY password_resets_access ON password_resets FOR SELECT
  USING (token_hash = app_setting_text('app.password_reset_token_hash') OR user_id = app_current_user_id());
CREATE POLICY password_resets_use ON password_resets FOR UPDATE
  USING (token_hash = app_setting_text('app.password_reset_token_hash') OR user_id = app_current_user_id())
  WITH CHECK (token_hash = app_setting_text('app.password_reset_token_hash') OR user_id = app_current_user_id());

-- Housekeeping by the worker (explicit account-maintenance scope): rows a day past their expiry are deleted, and
-- the pending password hashes with them. That scope sees nothing else, and no live link.
GRANT DELETE ON sign_up_requests, password_resets TO passerelles_app;
CREATE POLICY sign_up_requests_purge ON sign_up_requests FOR ALL
  USING (app_setting_text('app.scope') = 'account-maintenance' AND expires_at < now() - interval '1 day');
CREATE POLICY password_resets_purge ON password_resets FOR ALL
  USING (app_setting_text('app.scope') = 'account-maintenance' AND expires_at < now() - interval '1 day');
