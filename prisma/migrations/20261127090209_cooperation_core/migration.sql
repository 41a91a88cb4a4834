-- CreateEnum
CREATE TYPE "organisation_kind" AS ENUM ('FOREIGN_LOCAL_AUTHORITY', 'NGO', 'OPERATOR', 'COFINANCER', 'SCHOOL', 'UNIVERSITY', 'COMPANY', 'OTHER');

-- CreateEnum
CREATE TYPE "cooperation_status" AS ENUM ('ACTIVE', 'SUSPENDED', 'ENDED');

-- CreateEnum
CREATE TYPE "convention_kind" AS ENUM ('INITIAL', 'AMENDMENT', 'RENEWAL');

-- CreateEnum
CREATE TYPE "convention_status" AS ENUM ('DRAFT', 'SIGNED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "engagement_mode" AS ENUM ('DIRECT', 'MUTUALISED', 'INDIRECT', 'SUPPORT_TO_ACTORS');

-- CreateEnum
CREATE TYPE "action_kind" AS ENUM ('DECENTRALISED_COOPERATION', 'TWINNING', 'HUMANITARIAN_EMERGENCY', 'SUPPORT_TO_LOCAL_ACTORS', 'CITIZENSHIP_EDUCATION', 'YOUTH_MOBILITY');

-- CreateEnum
CREATE TYPE "project_status" AS ENUM ('IDENTIFICATION', 'DIAGNOSTIC', 'PROGRAMMED', 'IN_PROGRESS', 'CLOSING', 'CLOSED', 'EVALUATED', 'SUSPENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "team_role" AS ENUM ('TECHNICIAN_IN_CHARGE', 'ELECTED_REFERENT', 'EVALUATOR');

-- CreateEnum
CREATE TYPE "participation_role" AS ENUM ('LEAD', 'PARTNER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "participation_status" AS ENUM ('INVITED', 'ACTIVE', 'DECLINED', 'REVOKED', 'LEFT');

-- CreateEnum
CREATE TYPE "deliberation_assembly" AS ENUM ('MUNICIPAL_COUNCIL', 'COMMUNITY_COUNCIL', 'DEPARTMENTAL_COUNCIL', 'REGIONAL_COUNCIL', 'SYNDICATE_COMMITTEE', 'PERMANENT_COMMISSION', 'BUREAU');

-- CreateEnum
CREATE TYPE "deliberation_object" AS ENUM ('CONVENTION', 'BUDGET', 'PERSONNEL', 'OPERATOR_CONVENTION', 'GRANT', 'EMERGENCY_AID');

-- CreateEnum
CREATE TYPE "deliberation_status" AS ENUM ('DRAFT', 'SCHEDULED', 'VOTED', 'TRANSMITTED', 'EXECUTORY', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "document_owner_type" AS ENUM ('CONVENTION', 'DELIBERATION', 'PROJECT', 'COOPERATION');

-- CreateTable
CREATE TABLE "service_revenues" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "water_revenue" DECIMAL(16,2),
    "sanitation_revenue" DECIMAL(16,2),
    "waste_revenue" DECIMAL(16,2),
    "energy_revenue" DECIMAL(16,2),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_revenues_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisations" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "acronym" VARCHAR(40),
    "kind" "organisation_kind" NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "iati_type_code" VARCHAR(3) NOT NULL,
    "iati_identifier" VARCHAR(100),
    "website" VARCHAR(300),
    "email" VARCHAR(254),
    "phone" VARCHAR(40),
    "address" VARCHAR(500),
    "notes" VARCHAR(4000),
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation_contacts" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "position" VARCHAR(120),
    "email" VARCHAR(254),
    "phone" VARCHAR(40),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cooperations" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "partner_territory" VARCHAR(200) NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "partner_organisation_id" UUID,
    "started_on" DATE,
    "status" "cooperation_status" NOT NULL DEFAULT 'ACTIVE',
    "description" VARCHAR(4000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cooperations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conventions" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "cooperation_id" UUID NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "reference" VARCHAR(80),
    "kind" "convention_kind" NOT NULL DEFAULT 'INITIAL',
    "version_number" INTEGER NOT NULL DEFAULT 1,
    "previous_version_id" UUID,
    "status" "convention_status" NOT NULL DEFAULT 'DRAFT',
    "signed_on" DATE,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "objectives" VARCHAR(8000) NOT NULL,
    "means" VARCHAR(8000),
    "forecast_commitment" DECIMAL(16,2),
    "prefecture_transmitted_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "conventions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "convention_parties" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "convention_id" UUID NOT NULL,
    "organisation_id" UUID,
    "name" VARCHAR(200) NOT NULL,
    "expected_results" VARCHAR(4000),
    "commitments" VARCHAR(4000),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "convention_parties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "owner_type" "document_owner_type" NOT NULL,
    "owner_id" UUID NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(120) NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" VARCHAR(300) NOT NULL,
    "uploaded_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "summary" VARCHAR(8000),
    "engagement_mode" "engagement_mode" NOT NULL,
    "action_kind" "action_kind" NOT NULL,
    "thematic_domains" TEXT[],
    "status" "project_status" NOT NULL DEFAULT 'IDENTIFICATION',
    "planned_start" DATE,
    "planned_end" DATE,
    "actual_start" DATE,
    "actual_end" DATE,
    "planned_budget" DECIMAL(16,2),
    "cooperation_id" UUID,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_sectors" (
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "sector_code" CHAR(5) NOT NULL,
    "percentage" DECIMAL(5,2) NOT NULL,

    CONSTRAINT "project_sectors_pkey" PRIMARY KEY ("tenant_id","project_id","sector_code")
);

-- CreateTable
CREATE TABLE "project_sdgs" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "goal" INTEGER NOT NULL,
    "target" VARCHAR(8),

    CONSTRAINT "project_sdgs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_countries" (
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "country_code" CHAR(2) NOT NULL,

    CONSTRAINT "project_countries_pkey" PRIMARY KEY ("tenant_id","project_id","country_code")
);

-- CreateTable
CREATE TABLE "project_places" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),

    CONSTRAINT "project_places_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_organisations" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "organisation_id" UUID,
    "iati_role" INTEGER NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "iati_type_code" VARCHAR(3) NOT NULL,

    CONSTRAINT "project_organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_team_members" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "team_role" NOT NULL,
    "display_name" VARCHAR(120) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_team_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_participations" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "lead_tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "role" "participation_role" NOT NULL,
    "status" "participation_status" NOT NULL DEFAULT 'INVITED',
    "contribution" DECIMAL(16,2),
    "participant_name" VARCHAR(200) NOT NULL,
    "lead_name" VARCHAR(200) NOT NULL,
    "project_code" VARCHAR(40) NOT NULL,
    "project_title" VARCHAR(300) NOT NULL,
    "invited_by_id" UUID,
    "responded_by_id" UUID,
    "invited_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "responded_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "project_participations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_status_changes" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "from_status" "project_status" NOT NULL,
    "to_status" "project_status" NOT NULL,
    "override_reason" VARCHAR(1000),
    "changed_by_id" UUID,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deliberations" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "number" VARCHAR(40) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "assembly" "deliberation_assembly" NOT NULL,
    "object" "deliberation_object" NOT NULL,
    "status" "deliberation_status" NOT NULL DEFAULT 'DRAFT',
    "session_date" DATE,
    "voted_on" DATE,
    "transmitted_on" DATE,
    "executory_on" DATE,
    "amount" DECIMAL(16,2),
    "convention_id" UUID,
    "project_id" UUID,
    "budget_year" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "deliberations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "service_revenues_tenant_id_year_key" ON "service_revenues"("tenant_id", "year");

-- CreateIndex
CREATE INDEX "organisations_tenant_id_name_idx" ON "organisations"("tenant_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "organisations_tenant_id_id_key" ON "organisations"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "organisation_contacts_tenant_id_organisation_id_idx" ON "organisation_contacts"("tenant_id", "organisation_id");

-- CreateIndex
CREATE INDEX "cooperations_tenant_id_name_idx" ON "cooperations"("tenant_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "cooperations_tenant_id_id_key" ON "cooperations"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "conventions_tenant_id_cooperation_id_idx" ON "conventions"("tenant_id", "cooperation_id");

-- CreateIndex
CREATE INDEX "conventions_tenant_id_ends_on_idx" ON "conventions"("tenant_id", "ends_on");

-- CreateIndex
CREATE UNIQUE INDEX "conventions_tenant_id_id_key" ON "conventions"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "convention_parties_tenant_id_convention_id_idx" ON "convention_parties"("tenant_id", "convention_id");

-- CreateIndex
CREATE INDEX "documents_tenant_id_owner_type_owner_id_idx" ON "documents"("tenant_id", "owner_type", "owner_id");

-- CreateIndex
CREATE INDEX "projects_tenant_id_status_idx" ON "projects"("tenant_id", "status");

-- CreateIndex
CREATE INDEX "projects_tenant_id_updated_at_idx" ON "projects"("tenant_id", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "projects_tenant_id_code_key" ON "projects"("tenant_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "projects_tenant_id_id_key" ON "projects"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "project_sdgs_tenant_id_project_id_goal_target_key" ON "project_sdgs"("tenant_id", "project_id", "goal", "target");

-- CreateIndex
CREATE INDEX "project_countries_tenant_id_country_code_idx" ON "project_countries"("tenant_id", "country_code");

-- CreateIndex
CREATE INDEX "project_places_tenant_id_project_id_idx" ON "project_places"("tenant_id", "project_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_organisations_tenant_id_project_id_organisation_id__key" ON "project_organisations"("tenant_id", "project_id", "organisation_id", "iati_role");

-- CreateIndex
CREATE INDEX "project_team_members_project_id_idx" ON "project_team_members"("project_id");

-- CreateIndex
CREATE INDEX "project_team_members_tenant_id_user_id_idx" ON "project_team_members"("tenant_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_team_members_tenant_id_project_id_user_id_role_key" ON "project_team_members"("tenant_id", "project_id", "user_id", "role");

-- CreateIndex
CREATE INDEX "project_participations_lead_tenant_id_project_id_idx" ON "project_participations"("lead_tenant_id", "project_id");

-- CreateIndex
CREATE INDEX "project_participations_project_id_tenant_id_idx" ON "project_participations"("project_id", "tenant_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_participations_tenant_id_project_id_key" ON "project_participations"("tenant_id", "project_id");

-- CreateIndex
CREATE INDEX "project_status_changes_tenant_id_project_id_changed_at_idx" ON "project_status_changes"("tenant_id", "project_id", "changed_at");

-- CreateIndex
CREATE INDEX "deliberations_tenant_id_project_id_idx" ON "deliberations"("tenant_id", "project_id");

-- CreateIndex
CREATE INDEX "deliberations_tenant_id_convention_id_idx" ON "deliberations"("tenant_id", "convention_id");

-- CreateIndex
CREATE UNIQUE INDEX "deliberations_tenant_id_number_key" ON "deliberations"("tenant_id", "number");

-- AddForeignKey
ALTER TABLE "organisation_contacts" ADD CONSTRAINT "organisation_contacts_tenant_id_organisation_id_fkey" FOREIGN KEY ("tenant_id", "organisation_id") REFERENCES "organisations"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cooperations" ADD CONSTRAINT "cooperations_tenant_id_partner_organisation_id_fkey" FOREIGN KEY ("tenant_id", "partner_organisation_id") REFERENCES "organisations"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_tenant_id_cooperation_id_fkey" FOREIGN KEY ("tenant_id", "cooperation_id") REFERENCES "cooperations"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_tenant_id_previous_version_id_fkey" FOREIGN KEY ("tenant_id", "previous_version_id") REFERENCES "conventions"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convention_parties" ADD CONSTRAINT "convention_parties_tenant_id_convention_id_fkey" FOREIGN KEY ("tenant_id", "convention_id") REFERENCES "conventions"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convention_parties" ADD CONSTRAINT "convention_parties_tenant_id_organisation_id_fkey" FOREIGN KEY ("tenant_id", "organisation_id") REFERENCES "organisations"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_cooperation_id_fkey" FOREIGN KEY ("tenant_id", "cooperation_id") REFERENCES "cooperations"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_sectors" ADD CONSTRAINT "project_sectors_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_sdgs" ADD CONSTRAINT "project_sdgs_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_countries" ADD CONSTRAINT "project_countries_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_places" ADD CONSTRAINT "project_places_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_organisations" ADD CONSTRAINT "project_organisations_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_organisations" ADD CONSTRAINT "project_organisations_tenant_id_organisation_id_fkey" FOREIGN KEY ("tenant_id", "organisation_id") REFERENCES "organisations"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_team_members" ADD CONSTRAINT "project_team_members_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_participations" ADD CONSTRAINT "project_participations_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_status_changes" ADD CONSTRAINT "project_status_changes_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deliberations" ADD CONSTRAINT "deliberations_tenant_id_convention_id_fkey" FOREIGN KEY ("tenant_id", "convention_id") REFERENCES "conventions"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deliberations" ADD CONSTRAINT "deliberations_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─────────────────────────────────────────────────────────────────────────────
-- Row-level security of the cooperation core.
-- Plain tenant tables: the current collectivité's rows only.
-- Projects: the lead's (tenant_id) plus those shared with the current collectivité through an ACTIVE
-- participation; an EVALUATOR (app.role) sees only the projects of whose team they are an evaluator.
-- Child tables of a project follow the project's visibility and are written by the lead only.
-- No policy refers back to a table whose policy refers to it (no recursion): participations refer to
-- nothing, the team refers to participations, projects refer to both, child tables refer to projects.
-- ─────────────────────────────────────────────────────────────────────────────

CREATE FUNCTION app_current_role() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_setting_text('app.role') $$;
GRANT EXECUTE ON FUNCTION app_current_role() TO passerelles_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['service_revenues', 'organisations', 'organisation_contacts', 'cooperations', 'conventions',
                           'convention_parties', 'documents', 'deliberations'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO passerelles_app', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (tenant_id = app_current_tenant_id()) WITH CHECK (tenant_id = app_current_tenant_id())', t || '_tenant', t);
  END LOOP;
END
$$;

-- Participations: the participant's row (tenant_id) is also the lead's business (lead_tenant_id).
-- app.participants_of_projects (comma-separated ids) lists shared projects' participants to their
-- co-participants; the API sets it only for queries that also require the project itself to be visible.
ALTER TABLE project_participations ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_participations FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON project_participations TO passerelles_app;
CREATE POLICY project_participations_select ON project_participations FOR SELECT USING (
  tenant_id = app_current_tenant_id()
  OR lead_tenant_id = app_current_tenant_id()
  OR project_id = ANY (string_to_array(app_setting_text('app.participants_of_projects'), ',')::uuid[])
);
CREATE POLICY project_participations_insert ON project_participations FOR INSERT
  WITH CHECK (lead_tenant_id = app_current_tenant_id());
CREATE POLICY project_participations_update ON project_participations FOR UPDATE
  USING (tenant_id = app_current_tenant_id() OR lead_tenant_id = app_current_tenant_id())
  WITH CHECK (tenant_id = app_current_tenant_id() OR lead_tenant_id = app_current_tenant_id());

-- Team: visible to every collectivité taking active part in the project; each writes its own people.
ALTER TABLE project_team_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_team_members FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON project_team_members TO passerelles_app;
CREATE POLICY project_team_members_select ON project_team_members FOR SELECT USING (
  tenant_id = app_current_tenant_id()
  OR EXISTS (SELECT 1 FROM project_participations pp
              WHERE pp.project_id = project_team_members.project_id
                AND pp.tenant_id = app_current_tenant_id() AND pp.status = 'ACTIVE')
);
CREATE POLICY project_team_members_write ON project_team_members FOR ALL
  USING (tenant_id = app_current_tenant_id())
  WITH CHECK (
    tenant_id = app_current_tenant_id()
    AND EXISTS (SELECT 1 FROM project_participations pp
                 WHERE pp.project_id = project_team_members.project_id
                   AND pp.tenant_id = app_current_tenant_id() AND pp.status = 'ACTIVE')
  );

ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON projects TO passerelles_app;
CREATE POLICY projects_select ON projects FOR SELECT USING (
  (
    tenant_id = app_current_tenant_id()
    OR EXISTS (SELECT 1 FROM project_participations pp
                WHERE pp.project_id = projects.id AND pp.tenant_id = app_current_tenant_id()
                  AND pp.status = 'ACTIVE' AND pp.role IN ('PARTNER', 'OBSERVER'))
  )
  AND (
    app_current_role() IS DISTINCT FROM 'EVALUATOR'
    OR EXISTS (SELECT 1 FROM project_team_members t
                WHERE t.project_id = projects.id AND t.user_id = app_current_user_id() AND t.role = 'EVALUATOR')
  )
);
CREATE POLICY projects_insert ON projects FOR INSERT WITH CHECK (tenant_id = app_current_tenant_id());
CREATE POLICY projects_update ON projects FOR UPDATE
  USING (tenant_id = app_current_tenant_id()) WITH CHECK (tenant_id = app_current_tenant_id());
CREATE POLICY projects_delete ON projects FOR DELETE USING (tenant_id = app_current_tenant_id());

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['project_sectors', 'project_sdgs', 'project_countries', 'project_places',
                           'project_organisations', 'project_status_changes'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO passerelles_app', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR SELECT USING (EXISTS (SELECT 1 FROM projects p WHERE p.id = %I.project_id))',
      t || '_select', t, t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR INSERT WITH CHECK (tenant_id = app_current_tenant_id())', t || '_insert', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR UPDATE USING (tenant_id = app_current_tenant_id()) WITH CHECK (tenant_id = app_current_tenant_id())',
      t || '_update', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (tenant_id = app_current_tenant_id())', t || '_delete', t);
  END LOOP;
END
$$;

-- Sector percentages of a project sum to 100: checked at commit, after all the rows of the change.
CREATE FUNCTION project_sectors_sum_to_100() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_project uuid := coalesce(NEW.project_id, OLD.project_id);
  v_total numeric;
  v_count integer;
BEGIN
  SELECT coalesce(sum(percentage), 0), count(*) INTO v_total, v_count FROM project_sectors WHERE project_id = v_project;
  IF v_count > 0 AND v_total <> 100 THEN
    RAISE EXCEPTION 'sector percentages of project % sum to %, not 100', v_project, v_total USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER project_sectors_sum_check AFTER INSERT OR UPDATE OR DELETE ON project_sectors
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION project_sectors_sum_to_100();

ALTER TABLE project_sectors ADD CONSTRAINT project_sectors_percentage_range CHECK (percentage > 0 AND percentage <= 100);
ALTER TABLE project_sectors ADD CONSTRAINT project_sectors_code_format CHECK (sector_code ~ '^[0-9]{5}$');
ALTER TABLE project_countries ADD CONSTRAINT project_countries_code_format CHECK (country_code ~ '^[A-Z]{2}$');
ALTER TABLE project_sdgs ADD CONSTRAINT project_sdgs_goal_range CHECK (goal BETWEEN 1 AND 17);
ALTER TABLE project_organisations ADD CONSTRAINT project_organisations_role_range CHECK (iati_role BETWEEN 1 AND 4);
ALTER TABLE projects ADD CONSTRAINT projects_planned_dates CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start);
ALTER TABLE projects ADD CONSTRAINT projects_actual_dates CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start);
ALTER TABLE conventions ADD CONSTRAINT conventions_dates CHECK (ends_on >= starts_on);
ALTER TABLE service_revenues ADD CONSTRAINT service_revenues_year CHECK (year BETWEEN 2000 AND 2100);
ALTER TABLE project_participations ADD CONSTRAINT project_participations_contribution CHECK (contribution IS NULL OR contribution >= 0);
