-- CreateEnum
CREATE TYPE "tenant_kind" AS ENUM ('COMMUNE', 'INTERCOMMUNALITE', 'DEPARTEMENT', 'REGION', 'SYNDICAT', 'COLLECTIVITE_UNIQUE');

-- CreateEnum
CREATE TYPE "member_role" AS ENUM ('ADMIN', 'TECHNICIAN', 'ELECTED_REFERENT', 'EVALUATOR');

-- CreateEnum
CREATE TYPE "invitation_status" AS ENUM ('PENDING', 'ACCEPTED', 'REVOKED');

-- CreateEnum
CREATE TYPE "email_delivery_status" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "tenants" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "tenant_kind" NOT NULL,
    "siren" CHAR(9) NOT NULL,
    "region_code" VARCHAR(3) NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tenants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "locale" VARCHAR(5) NOT NULL DEFAULT 'fr',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "member_role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "role" "member_role" NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "status" "invitation_status" NOT NULL DEFAULT 'PENDING',
    "invited_by_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "csrf_token" CHAR(43) NOT NULL,
    "current_tenant_id" UUID NOT NULL,
    "user_agent" VARCHAR(300),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "actor_id" UUID,
    "entity" VARCHAR(60) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "action" VARCHAR(60) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "request_id" VARCHAR(64),
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_deliveries" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL,
    "recipient" VARCHAR(254) NOT NULL,
    "template" VARCHAR(60) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "status" "email_delivery_status" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" VARCHAR(1000),
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenants_siren_key" ON "tenants"("siren");

-- CreateIndex
CREATE UNIQUE INDEX "tenants_slug_key" ON "tenants"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_tenant_id_user_id_key" ON "memberships"("tenant_id", "user_id");

-- CreateIndex
CREATE INDEX "invitations_token_hash_idx" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_tenant_id_email_idx" ON "invitations"("tenant_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_tenant_id_token_hash_key" ON "invitations"("tenant_id", "token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"("token_hash");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "audit_events_tenant_id_entity_entity_id_occurred_at_idx" ON "audit_events"("tenant_id", "entity", "entity_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_events_tenant_id_occurred_at_idx" ON "audit_events"("tenant_id", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "email_deliveries_tenant_id_idempotency_key_key" ON "email_deliveries"("tenant_id", "idempotency_key");

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_current_tenant_id_fkey" FOREIGN KEY ("current_tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
