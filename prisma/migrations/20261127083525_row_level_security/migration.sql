-- ─────────────────────────────────────────────────────────────────────────────
-- Tenancy: application role, helper functions, row-level security.
-- The API and the worker connect as `passerelles_app`: not superuser, not owner, no BYPASSRLS.
-- Every policy reads transaction-local settings written with set_config(..., true) by libs/db;
-- when a setting is unset the helpers return NULL and the policies match no row (fail closed).
-- ─────────────────────────────────────────────────────────────────────────────

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'passerelles_app') THEN
    CREATE ROLE passerelles_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  -- Another database of the same cluster created it concurrently (parallel test runs): fine.
  NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO passerelles_app;

CREATE FUNCTION app_setting_uuid(name text) RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting(name, true), '')::uuid $$;

CREATE FUNCTION app_setting_text(name text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting(name, true), '') $$;

CREATE FUNCTION app_current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_setting_uuid('app.tenant_id') $$;

CREATE FUNCTION app_current_user_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_setting_uuid('app.user_id') $$;

GRANT EXECUTE ON FUNCTION app_setting_uuid(text), app_setting_text(text), app_current_tenant_id(), app_current_user_id() TO passerelles_app;

-- tenants: a member sees the collectivités they belong to (for the switcher); writes only on the current one.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON tenants TO passerelles_app;
CREATE POLICY tenants_select ON tenants FOR SELECT USING (
  -- System jobs fan out per collectivité: they may list tenants (never their data) under this explicit scope.
  app_setting_text('app.scope') = 'tenant-directory'
  OR
  id = app_current_tenant_id()
  OR EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = tenants.id AND m.user_id = app_current_user_id())
);
CREATE POLICY tenants_insert ON tenants FOR INSERT WITH CHECK (id = app_current_tenant_id());
CREATE POLICY tenants_update ON tenants FOR UPDATE USING (id = app_current_tenant_id()) WITH CHECK (id = app_current_tenant_id());

-- memberships: those of the current tenant, plus the current user's own (the list of their collectivités).
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON memberships TO passerelles_app;
CREATE POLICY memberships_select ON memberships FOR SELECT USING (
  tenant_id = app_current_tenant_id() OR user_id = app_current_user_id()
);
CREATE POLICY memberships_write ON memberships FOR INSERT WITH CHECK (tenant_id = app_current_tenant_id());
CREATE POLICY memberships_update ON memberships FOR UPDATE USING (tenant_id = app_current_tenant_id()) WITH CHECK (tenant_id = app_current_tenant_id());
CREATE POLICY memberships_delete ON memberships FOR DELETE USING (tenant_id = app_current_tenant_id());

-- users: oneself, members of the current tenant, and the single e-mail being authenticated
-- (login, sign-up, invitation acceptance set app.auth_email in their own transaction).
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON users TO passerelles_app;
CREATE POLICY users_select ON users FOR SELECT USING (
  id = app_current_user_id()
  OR email = app_setting_text('app.auth_email')
  OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.tenant_id = app_current_tenant_id())
);
CREATE POLICY users_insert ON users FOR INSERT WITH CHECK (email = app_setting_text('app.auth_email'));
CREATE POLICY users_update ON users FOR UPDATE USING (id = app_current_user_id()) WITH CHECK (id = app_current_user_id());

-- sessions: the current user's, or the one whose cookie is being checked.
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO passerelles_app;
CREATE POLICY sessions_access ON sessions FOR ALL USING (
  user_id = app_current_user_id() OR token_hash = app_setting_text('app.session_token_hash')
) WITH CHECK (user_id = app_current_user_id());

-- invitations: the current tenant's, or the one whose secret is being presented.
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON invitations TO passerelles_app;
CREATE POLICY invitations_tenant ON invitations FOR ALL USING (tenant_id = app_current_tenant_id())
  WITH CHECK (tenant_id = app_current_tenant_id());
CREATE POLICY invitations_by_token ON invitations FOR SELECT USING (token_hash = app_setting_text('app.invitation_token_hash'));

-- audit_events: append-only for everyone, the owner included (trigger below).
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON audit_events TO passerelles_app;
CREATE POLICY audit_events_select ON audit_events FOR SELECT USING (tenant_id = app_current_tenant_id());
CREATE POLICY audit_events_insert ON audit_events FOR INSERT WITH CHECK (tenant_id = app_current_tenant_id());

CREATE FUNCTION audit_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();

-- email_deliveries: tenant-owned outbox.
ALTER TABLE email_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE email_deliveries FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON email_deliveries TO passerelles_app;
CREATE POLICY email_deliveries_tenant ON email_deliveries FOR ALL USING (tenant_id = app_current_tenant_id())
  WITH CHECK (tenant_id = app_current_tenant_id());

-- Session resolution in one round trip for the auth guard. SECURITY INVOKER: it reaches the rows through the
-- same policies as the application, by writing the settings a session cookie entitles to. Call it outside any
-- transaction (its transaction-local settings then end with the statement).
CREATE FUNCTION app_resolve_session(p_token_hash text, p_idle_seconds integer, p_absolute_seconds integer)
  RETURNS TABLE (session_id uuid, user_id uuid, tenant_id uuid, role member_role, csrf_token text, expires_at timestamptz)
  LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
  v_session sessions%ROWTYPE;
BEGIN
  PERFORM set_config('app.session_token_hash', p_token_hash, true);
  SELECT * INTO v_session FROM sessions s WHERE s.token_hash = p_token_hash AND s.expires_at > now();
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM set_config('app.user_id', v_session.user_id::text, true);
  PERFORM set_config('app.tenant_id', v_session.current_tenant_id::text, true);
  -- Sliding idle expiry, capped by the absolute lifetime; written at most once a minute per session.
  IF v_session.last_seen_at < now() - interval '1 minute' THEN
    UPDATE sessions s
       SET last_seen_at = now(),
           expires_at = least(s.created_at + make_interval(secs => p_absolute_seconds), now() + make_interval(secs => p_idle_seconds))
     WHERE s.id = v_session.id
     RETURNING s.expires_at INTO v_session.expires_at;
  END IF;
  RETURN QUERY
    SELECT v_session.id, v_session.user_id, v_session.current_tenant_id, m.role, v_session.csrf_token::text, v_session.expires_at
      FROM (SELECT 1) AS one
      LEFT JOIN memberships m ON m.tenant_id = v_session.current_tenant_id AND m.user_id = v_session.user_id;
END
$$;
GRANT EXECUTE ON FUNCTION app_resolve_session(text, integer, integer) TO passerelles_app;
