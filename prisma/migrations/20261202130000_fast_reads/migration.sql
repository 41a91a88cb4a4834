-- ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
-- Fast reads (issue 7): one transaction per GraphQL read, planned once per connection, flat per collectivité.
-- ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

-- No JIT for the application's role. Row-level security makes the planner overestimate rows (it cannot see how
-- selective `tenant_id = app_current_tenant_id()` is), which pushed page and count statements over
-- jit_above_cost: compiling them took ~30 ms for queries that run in 1–5 ms. The application only sends short
-- OLTP statements, where JIT never pays. Reports and exports that scan a lot run in the worker, which can turn
-- it back on for a statement with SET LOCAL jit = on if one ever needs it.
DO $$
BEGIN
  EXECUTE format('ALTER ROLE passerelles_app IN DATABASE %I SET jit = off', current_database());
END
$$;

-- The session check also writes the member's role, so that a GraphQL read can open its transaction with it and
-- run every read of the request in that same transaction (no second BEGIN / set_config / COMMIT).
CREATE OR REPLACE FUNCTION app_resolve_session(p_token_hash text, p_idle_seconds integer, p_absolute_seconds integer)
  RETURNS TABLE (session_id uuid, user_id uuid, tenant_id uuid, role member_role, csrf_token text, expires_at timestamptz)
  LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
  v_session sessions%ROWTYPE;
  v_role member_role;
BEGIN
  PERFORM set_config('app.session_token_hash', p_token_hash, true);
  SELECT * INTO v_session FROM sessions s WHERE s.token_hash = p_token_hash AND s.expires_at > now();
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM set_config('app.user_id', v_session.user_id::text, true);
  PERFORM set_config('app.tenant_id', v_session.current_tenant_id::text, true);
  SELECT m.role INTO v_role FROM memberships m WHERE m.tenant_id = v_session.current_tenant_id AND m.user_id = v_session.user_id;
  PERFORM set_config('app.role', coalesce(v_role::text, ''), true);
  -- The secret has done its work: later statements of the transaction see no more than the member may.
  PERFORM set_config('app.session_token_hash', '', true);
  -- Sliding idle expiry, capped by the absolute lifetime; written at most once a minute per session.
  IF v_session.last_seen_at < now() - interval '1 minute' THEN
    PERFORM set_config('app.session_token_hash', p_token_hash, true);
    UPDATE sessions s
       SET last_seen_at = now(),
           expires_at = least(s.created_at + make_interval(secs => p_absolute_seconds), now() + make_interval(secs => p_idle_seconds))
     WHERE s.id = v_session.id
     RETURNING s.expires_at INTO v_session.expires_at;
    PERFORM set_config('app.session_token_hash', '', true);
  END IF;
  RETURN QUERY SELECT v_session.id, v_session.user_id, v_session.current_tenant_id, v_role, v_session.csrf_token::text, v_session.expires_at;
END
$$;

-- Indexes led by what the reads filter on (a collectivité's page never walks another's rows):
-- the journal, newest first, of a collectivité and of what others share with it;
CREATE INDEX audit_events_tenant_id_id_idx ON audit_events (tenant_id, id);
CREATE INDEX audit_events_counterpart_tenant_id_id_idx ON audit_events (counterpart_tenant_id, id) WHERE counterpart_tenant_id IS NOT NULL;
DROP INDEX audit_events_counterpart_tenant_id_occurred_at_idx;
-- a participation's contributions (read with the participation).
CREATE INDEX participation_contributions_participation_id_idx ON participation_contributions (participation_id);
