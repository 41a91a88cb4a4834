-- ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
-- Project-scoped visibility (issue 6, sections 1 and 2).
--
-- 1. One template for every table that hangs on a project: `app_apply_project_child_policies`. Its rows are read
--    where the project itself is readable (the projects policy decides: lead, active participants, evaluators'
--    assignments), and written only by the roles that may write, on projects they may write to. Every later
--    project-child table calls it in its migration (see docs/row-level-security.md).
-- 2. Participations can no longer be forged: their project belongs to their lead (composite foreign key), their
--    project, lead, participant and role never change, only the lead invites, only the invited collectivité
--    answers, and status changes follow the workflow in SQL.
-- 3. Who sees a project is one table, project_access (the collectivités taking active part, the evaluators
--    assigned), kept by triggers; team rows name members of their own collectivité only.
-- 4. Deliberations cover several projects with an amount each (deliberation_projects); a partner records its
--    own deliberation for its own contribution. Contributions are per year (participation_contributions).
-- 5. Documents, deliberations and audit events about a project are visible where the project is.
-- ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

-- ── The template ─────────────────────────────────────────────────────────────────────────────────────────────
-- p_writers: 'lead' (only the lead collectivité writes, on its own projects) or 'participants' (the lead and its
-- ACTIVE PARTNER collectivités write their own rows). p_readers: 'project' (whoever sees the project sees the
-- rows) or 'own' (each collectivité sees its own rows, on projects it sees). Owner-only: migrations call it.
CREATE FUNCTION app_apply_project_child_policies(
  p_table regclass,
  p_writers text DEFAULT 'lead',
  p_readers text DEFAULT 'project',
  p_writer_roles text[] DEFAULT ARRAY['ADMIN', 'TECHNICIAN']
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_table text;
  v_visible text;
  v_read text;
  v_write text;
  v_policy record;
BEGIN
  SELECT relname INTO v_table FROM pg_class WHERE oid = p_table;
  IF p_writers NOT IN ('lead', 'participants') OR p_readers NOT IN ('project', 'own') THEN
    RAISE EXCEPTION 'app_apply_project_child_policies(%): writers must be lead|participants, readers project|own', v_table;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = p_table AND attname = 'project_id' AND NOT attisdropped)
     OR NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = p_table AND attname = 'tenant_id' AND NOT attisdropped) THEN
    RAISE EXCEPTION 'app_apply_project_child_policies(%): a project-child table needs tenant_id and project_id', v_table;
  END IF;

  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_table);
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', v_table);
  EXECUTE format('REVOKE ALL ON %I FROM passerelles_app', v_table);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO passerelles_app', v_table);
  FOR v_policy IN SELECT policyname FROM pg_policies WHERE schemaname = current_schema() AND tablename = v_table LOOP
    EXECUTE format('DROP POLICY %I ON %I', v_policy.policyname, v_table);
  END LOOP;

  -- The projects policy applies inside this subquery: visibility follows the project's, with no extra code.
  v_visible := format('EXISTS (SELECT 1 FROM projects p WHERE p.id = %I.project_id)', v_table);
  v_read := CASE p_readers
    WHEN 'project' THEN v_visible
    ELSE format('%I.tenant_id = app_current_tenant_id() AND %s', v_table, v_visible)
  END;
  v_write := CASE p_writers
    WHEN 'lead' THEN format(
      '%1$I.tenant_id = app_current_tenant_id() AND app_current_role() = ANY (%2$L::text[])'
      ' AND EXISTS (SELECT 1 FROM projects p WHERE p.id = %1$I.project_id AND p.tenant_id = app_current_tenant_id())',
      v_table, p_writer_roles)
    ELSE format(
      '%1$I.tenant_id = app_current_tenant_id() AND app_current_role() = ANY (%2$L::text[])'
      ' AND EXISTS (SELECT 1 FROM projects p WHERE p.id = %1$I.project_id AND (p.tenant_id = app_current_tenant_id()'
      ' OR EXISTS (SELECT 1 FROM project_participations pp WHERE pp.project_id = p.id'
      ' AND pp.tenant_id = app_current_tenant_id() AND pp.status = ''ACTIVE'' AND pp.role = ''PARTNER'')))',
      v_table, p_writer_roles)
  END;
  EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (%s)', v_table || '_select', v_table, v_read);
  EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (%s)', v_table || '_insert', v_table, v_write);
  EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (%s) WITH CHECK (%s)', v_table || '_update', v_table, v_write, v_write);
  EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (%s)', v_table || '_delete', v_table, v_write);
  EXECUTE format('COMMENT ON TABLE %I IS %L', v_table,
    format('project-child table: app_apply_project_child_policies(writers => %s, readers => %s, roles => %s)', p_writers, p_readers, p_writer_roles));
END
$$;
REVOKE ALL ON FUNCTION app_apply_project_child_policies(regclass, text, text, text[]) FROM PUBLIC;

-- ── Who sees which project: project_access ─────────────────────────────────────────────────────────────────
-- One row per collectivité taking active part in a project (the nil user: the lead and its ACTIVE partners and
-- observers) and one per evaluator assigned to it (user_id set). Maintained by triggers on participations and
-- team rows, and unforgeable: a row may only exist while the participation or assignment it mirrors exists.
-- The projects policy reads only this table, whose policies read nothing for a SELECT, so every other table's
-- policy may refer to projects without a cycle (participations, team rows, contributions… all follow the
-- project's visibility).
CREATE TABLE project_access (
  tenant_id UUID NOT NULL,
  lead_tenant_id UUID NOT NULL,
  project_id UUID NOT NULL,
  -- The nil UUID for the collectivité's row (a primary key holds no NULL), an evaluator's id otherwise.
  user_id UUID NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  CONSTRAINT project_access_pkey PRIMARY KEY (tenant_id, project_id, user_id),
  CONSTRAINT project_access_project_fkey FOREIGN KEY (lead_tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX project_access_project_id_idx ON project_access (project_id);
ALTER TABLE project_access ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_access FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, DELETE ON project_access TO passerelles_app;
-- An evaluator needs only what the projects policy reads for her: her collectivité's part in other
-- collectivités' projects and her own assignments (never which of her collectivité's projects exist).
CREATE POLICY project_access_select ON project_access FOR SELECT USING (
  CASE WHEN app_current_role() = 'EVALUATOR'
    THEN tenant_id = app_current_tenant_id()
         AND (user_id = app_current_user_id() OR (user_id = '00000000-0000-0000-0000-000000000000' AND tenant_id <> lead_tenant_id))
    ELSE tenant_id = app_current_tenant_id() OR lead_tenant_id = app_current_tenant_id()
  END
);
-- Inserted and deleted by the triggers below, as the person acting, only to mirror what exists.
CREATE POLICY project_access_insert ON project_access FOR INSERT WITH CHECK (
  CASE WHEN user_id = '00000000-0000-0000-0000-000000000000'
    THEN EXISTS (SELECT 1 FROM project_participations pp
                  WHERE pp.project_id = project_access.project_id AND pp.tenant_id = project_access.tenant_id
                    AND pp.lead_tenant_id = project_access.lead_tenant_id AND pp.status = 'ACTIVE')
    ELSE EXISTS (SELECT 1 FROM project_team_members t
                  WHERE t.project_id = project_access.project_id AND t.tenant_id = project_access.tenant_id
                    AND t.user_id = project_access.user_id AND t.role = 'EVALUATOR')
  END
);
CREATE POLICY project_access_delete ON project_access FOR DELETE USING (
  CASE WHEN user_id = '00000000-0000-0000-0000-000000000000'
    THEN NOT EXISTS (SELECT 1 FROM project_participations pp
                      WHERE pp.project_id = project_access.project_id AND pp.tenant_id = project_access.tenant_id
                        AND pp.status = 'ACTIVE')
    ELSE NOT EXISTS (SELECT 1 FROM project_team_members t
                      WHERE t.project_id = project_access.project_id AND t.tenant_id = project_access.tenant_id
                        AND t.user_id = project_access.user_id AND t.role = 'EVALUATOR')
  END
);

INSERT INTO project_access (tenant_id, lead_tenant_id, project_id)
  SELECT DISTINCT tenant_id, lead_tenant_id, project_id FROM project_participations WHERE status = 'ACTIVE';
INSERT INTO project_access (tenant_id, lead_tenant_id, project_id, user_id)
  SELECT DISTINCT t.tenant_id, p.tenant_id, t.project_id, t.user_id
    FROM project_team_members t JOIN projects p ON p.id = t.project_id WHERE t.role = 'EVALUATOR';

CREATE FUNCTION project_access_follow_participation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'ACTIVE' THEN
    INSERT INTO project_access (tenant_id, lead_tenant_id, project_id) VALUES (NEW.tenant_id, NEW.lead_tenant_id, NEW.project_id)
      ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'UPDATE' AND OLD.status = 'ACTIVE' THEN
    DELETE FROM project_access
     WHERE tenant_id = NEW.tenant_id AND project_id = NEW.project_id AND user_id = '00000000-0000-0000-0000-000000000000';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER project_access_follow_participation AFTER INSERT OR UPDATE OF status ON project_participations
  FOR EACH ROW EXECUTE FUNCTION project_access_follow_participation();

CREATE FUNCTION project_access_follow_team() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.role = 'EVALUATOR' THEN
    DELETE FROM project_access WHERE tenant_id = OLD.tenant_id AND project_id = OLD.project_id AND user_id = OLD.user_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.role = 'EVALUATOR' THEN
    INSERT INTO project_access (tenant_id, lead_tenant_id, project_id, user_id)
      SELECT NEW.tenant_id, p.tenant_id, NEW.project_id, NEW.user_id FROM projects p WHERE p.id = NEW.project_id
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER project_access_follow_team AFTER INSERT OR UPDATE OR DELETE ON project_team_members
  FOR EACH ROW EXECUTE FUNCTION project_access_follow_team();

-- ── Projects: the lead's and those it takes active part in; evaluators only their assignments ──────────────
DROP POLICY projects_select ON projects;
DROP POLICY projects_insert ON projects;
DROP POLICY projects_update ON projects;
DROP POLICY projects_delete ON projects;
CREATE POLICY projects_select ON projects FOR SELECT USING (
  (
    tenant_id = app_current_tenant_id()
    OR EXISTS (SELECT 1 FROM project_access a
                WHERE a.project_id = projects.id AND a.tenant_id = app_current_tenant_id()
                  AND a.user_id = '00000000-0000-0000-0000-000000000000')
  )
  AND (
    app_current_role() IS DISTINCT FROM 'EVALUATOR'
    OR EXISTS (SELECT 1 FROM project_access a
                WHERE a.project_id = projects.id AND a.tenant_id = app_current_tenant_id() AND a.user_id = app_current_user_id())
  )
);
CREATE POLICY projects_insert ON projects FOR INSERT
  WITH CHECK (tenant_id = app_current_tenant_id() AND app_current_role() IN ('ADMIN', 'TECHNICIAN'));
CREATE POLICY projects_update ON projects FOR UPDATE
  USING (tenant_id = app_current_tenant_id() AND app_current_role() IN ('ADMIN', 'TECHNICIAN'))
  WITH CHECK (tenant_id = app_current_tenant_id() AND app_current_role() IN ('ADMIN', 'TECHNICIAN'));
CREATE POLICY projects_delete ON projects FOR DELETE
  USING (tenant_id = app_current_tenant_id() AND app_current_role() IN ('ADMIN', 'TECHNICIAN'));

-- ── Team: read where the project is seen; each collectivité writes its own members ───────────────────────────
ALTER TABLE project_team_members
  ADD CONSTRAINT project_team_members_tenant_id_user_id_fkey FOREIGN KEY (tenant_id, user_id)
  REFERENCES memberships (tenant_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE;
DROP POLICY project_team_members_select ON project_team_members;
DROP POLICY project_team_members_write ON project_team_members;
CREATE POLICY project_team_members_select ON project_team_members FOR SELECT
  USING (EXISTS (SELECT 1 FROM projects p WHERE p.id = project_team_members.project_id));
-- Written by the lead or an active partner (never an observer), for its own members, on a project it sees.
CREATE POLICY project_team_members_write ON project_team_members FOR ALL
  USING (tenant_id = app_current_tenant_id() AND app_current_role() IN ('ADMIN', 'TECHNICIAN'))
  WITH CHECK (
    tenant_id = app_current_tenant_id()
    AND app_current_role() IN ('ADMIN', 'TECHNICIAN')
    AND EXISTS (SELECT 1 FROM project_participations pp
                 WHERE pp.project_id = project_team_members.project_id
                   AND pp.tenant_id = app_current_tenant_id() AND pp.status = 'ACTIVE' AND pp.role IN ('LEAD', 'PARTNER'))
  );

-- ── Participations: unforgeable ──────────────────────────────────────────────────────────────────────────────
-- A participation's project belongs to its lead.
ALTER TABLE project_participations DROP CONSTRAINT project_participations_project_id_fkey;
ALTER TABLE project_participations
  ADD CONSTRAINT project_participations_lead_project_fkey FOREIGN KEY (lead_tenant_id, project_id)
  REFERENCES projects (tenant_id, id) ON DELETE CASCADE ON UPDATE CASCADE;
-- The lead's own row is the only LEAD row, and only the lead's row is LEAD.
ALTER TABLE project_participations
  ADD CONSTRAINT project_participations_lead_role CHECK ((role = 'LEAD') = (tenant_id = lead_tenant_id));
CREATE UNIQUE INDEX project_participations_one_lead ON project_participations (lead_tenant_id, project_id) WHERE role = 'LEAD';
-- One open participation per collectivité and project; past ones (declined, revoked, left) stay as history, and a
-- new invitation is a new row (its role is then chosen anew: a row's role never changes).
DROP INDEX project_participations_tenant_id_project_id_key;
CREATE UNIQUE INDEX project_participations_one_open ON project_participations (tenant_id, project_id)
  WHERE status IN ('INVITED', 'ACTIVE');
CREATE INDEX project_participations_tenant_id_project_id_idx ON project_participations (tenant_id, project_id);
-- Target of the contributions' composite foreign key (a contribution repeats its participation's parties).
CREATE UNIQUE INDEX project_participations_parties_key ON project_participations (id, tenant_id, lead_tenant_id, project_id);

ALTER TABLE project_participations DROP COLUMN contribution;

-- Participations: the participant's and the lead's rows, and those of every project the reader sees (the
-- co-participants of a shared project). Evaluators: only those of the projects they see. This replaces the
-- app.participants_of_projects setting, which a caller could have filled with any project's id.
DROP POLICY project_participations_select ON project_participations;
CREATE POLICY project_participations_select ON project_participations FOR SELECT USING (
  (app_current_role() IS DISTINCT FROM 'EVALUATOR'
   AND (tenant_id = app_current_tenant_id() OR lead_tenant_id = app_current_tenant_id()))
  OR EXISTS (SELECT 1 FROM projects p WHERE p.id = project_participations.project_id)
);
DROP POLICY project_participations_insert ON project_participations;
DROP POLICY project_participations_update ON project_participations;
-- Only the lead's editors invite, on the lead's own projects; a new row is an invitation (or the lead's own row).
CREATE POLICY project_participations_insert ON project_participations FOR INSERT WITH CHECK (
  lead_tenant_id = app_current_tenant_id()
  AND app_current_role() IN ('ADMIN', 'TECHNICIAN')
  AND EXISTS (SELECT 1 FROM projects p WHERE p.id = project_participations.project_id AND p.tenant_id = app_current_tenant_id())
  AND ((role = 'LEAD' AND status = 'ACTIVE') OR (role <> 'LEAD' AND status = 'INVITED'))
);
CREATE POLICY project_participations_update ON project_participations FOR UPDATE
  USING (tenant_id = app_current_tenant_id() OR lead_tenant_id = app_current_tenant_id())
  WITH CHECK (tenant_id = app_current_tenant_id() OR lead_tenant_id = app_current_tenant_id());

-- Who may move a participation where, in SQL: the policies say whose rows, this says which changes.
CREATE FUNCTION project_participations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_tenant uuid := app_current_tenant_id();
  v_role text := app_current_role();
BEGIN
  IF NEW.id <> OLD.id OR NEW.tenant_id <> OLD.tenant_id OR NEW.lead_tenant_id <> OLD.lead_tenant_id
     OR NEW.project_id <> OLD.project_id OR NEW.role <> OLD.role
     OR NEW.invited_at <> OLD.invited_at OR NEW.invited_by_id IS DISTINCT FROM OLD.invited_by_id THEN
    RAISE EXCEPTION 'a participation''s project, parties, role and invitation never change'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_participations_immutable';
  END IF;
  -- Maintenance by the owner (no collectivité set): the application role never reaches a row without one.
  IF v_tenant IS NULL THEN
    RETURN NEW;
  END IF;
  IF NEW.status <> OLD.status THEN
    IF NOT (
      (OLD.status = 'INVITED' AND NEW.status IN ('ACTIVE', 'DECLINED') AND v_tenant = OLD.tenant_id AND v_role = 'ADMIN')
      OR (OLD.status IN ('INVITED', 'ACTIVE') AND NEW.status = 'REVOKED' AND OLD.role <> 'LEAD' AND v_tenant = OLD.lead_tenant_id AND v_role = 'ADMIN')
      OR (OLD.status = 'ACTIVE' AND NEW.status = 'LEFT' AND OLD.role <> 'LEAD' AND v_tenant = OLD.tenant_id AND v_role = 'ADMIN')
    ) THEN
      RAISE EXCEPTION 'participation % cannot move from % to % for this collectivité', OLD.id, OLD.status, NEW.status
        USING ERRCODE = 'check_violation', CONSTRAINT = 'project_participations_status_workflow';
    END IF;
  ELSIF OLD.status NOT IN ('INVITED', 'ACTIVE')
        AND (NEW.participant_name <> OLD.participant_name OR NEW.responded_at IS DISTINCT FROM OLD.responded_at
             OR NEW.responded_by_id IS DISTINCT FROM OLD.responded_by_id) THEN
    -- A past participation is history: only the lead's copies of the project's code and title follow renames.
    RAISE EXCEPTION 'participation % is closed', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_participations_closed';
  END IF;
  IF (NEW.project_code <> OLD.project_code OR NEW.project_title <> OLD.project_title OR NEW.lead_name <> OLD.lead_name)
     AND v_tenant <> OLD.lead_tenant_id THEN
    RAISE EXCEPTION 'only the lead renames its project'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_participations_lead_copies';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER project_participations_guard BEFORE UPDATE ON project_participations
  FOR EACH ROW EXECUTE FUNCTION project_participations_guard();

-- ── Contributions, per participant and per year ──────────────────────────────────────────────────────────────
CREATE TABLE participation_contributions (
  id UUID NOT NULL,
  tenant_id UUID NOT NULL,
  lead_tenant_id UUID NOT NULL,
  project_id UUID NOT NULL,
  participation_id UUID NOT NULL,
  year INTEGER NOT NULL,
  amount DECIMAL(16, 2) NOT NULL,
  updated_at TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT participation_contributions_pkey PRIMARY KEY (id),
  CONSTRAINT participation_contributions_year CHECK (year BETWEEN 2000 AND 2100),
  CONSTRAINT participation_contributions_amount CHECK (amount >= 0),
  CONSTRAINT participation_contributions_participation_fkey FOREIGN KEY (participation_id, tenant_id, lead_tenant_id, project_id)
    REFERENCES project_participations (id, tenant_id, lead_tenant_id, project_id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX participation_contributions_tenant_id_participation_id_year_key
  ON participation_contributions (tenant_id, participation_id, year);
CREATE INDEX participation_contributions_lead_tenant_id_project_id_idx ON participation_contributions (lead_tenant_id, project_id);

ALTER TABLE participation_contributions ENABLE ROW LEVEL SECURITY;
ALTER TABLE participation_contributions FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON participation_contributions TO passerelles_app;
-- Read by the two parties (the invited collectivité reads what is asked of it before it sees the project) and
-- by whoever sees the project (the funding plan of a mutualised project is shared by its participants).
CREATE POLICY participation_contributions_select ON participation_contributions FOR SELECT USING (
  (app_current_role() IS DISTINCT FROM 'EVALUATOR'
   AND (tenant_id = app_current_tenant_id() OR lead_tenant_id = app_current_tenant_id()))
  OR EXISTS (SELECT 1 FROM projects p WHERE p.id = participation_contributions.project_id)
);
-- Written by the lead (for an invited or active participant) or by the participant itself once active; never
-- by an observer's row, never once the participation is over.
CREATE POLICY participation_contributions_write ON participation_contributions FOR ALL
  USING (
    (tenant_id = app_current_tenant_id() OR lead_tenant_id = app_current_tenant_id())
    AND app_current_role() IN ('ADMIN', 'TECHNICIAN')
    AND EXISTS (SELECT 1 FROM project_participations pp
                 WHERE pp.id = participation_contributions.participation_id AND pp.role <> 'OBSERVER'
                   AND (pp.status = 'ACTIVE' OR (pp.status = 'INVITED' AND pp.lead_tenant_id = app_current_tenant_id())))
  )
  WITH CHECK (
    (tenant_id = app_current_tenant_id() OR lead_tenant_id = app_current_tenant_id())
    AND app_current_role() IN ('ADMIN', 'TECHNICIAN')
    AND EXISTS (SELECT 1 FROM project_participations pp
                 WHERE pp.id = participation_contributions.participation_id AND pp.role <> 'OBSERVER'
                   AND (pp.status = 'ACTIVE' OR (pp.status = 'INVITED' AND pp.lead_tenant_id = app_current_tenant_id())))
  );

-- ── Deliberations: several projects, an amount each; a number unique per collectivité and year ───────────────
ALTER TYPE deliberation_status ADD VALUE 'ANNULLED';
ALTER TYPE deliberation_status ADD VALUE 'REPEALED';

CREATE UNIQUE INDEX deliberations_tenant_id_id_key ON deliberations (tenant_id, id);
CREATE TABLE deliberation_projects (
  id UUID NOT NULL,
  tenant_id UUID NOT NULL,
  deliberation_id UUID NOT NULL,
  project_id UUID NOT NULL,
  amount DECIMAL(16, 2) NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT deliberation_projects_pkey PRIMARY KEY (id),
  CONSTRAINT deliberation_projects_amount CHECK (amount >= 0),
  CONSTRAINT deliberation_projects_deliberation_fkey FOREIGN KEY (tenant_id, deliberation_id)
    REFERENCES deliberations (tenant_id, id) ON DELETE CASCADE ON UPDATE CASCADE,
  -- Not (tenant_id, project_id): a partner's deliberation covers the lead's project. The policies check that the
  -- project is the writer's own or one it takes part in as a partner.
  CONSTRAINT deliberation_projects_project_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX deliberation_projects_tenant_id_deliberation_id_project_id_key ON deliberation_projects (tenant_id, deliberation_id, project_id);
CREATE INDEX deliberation_projects_tenant_id_project_id_idx ON deliberation_projects (tenant_id, project_id);
CREATE INDEX deliberation_projects_project_id_idx ON deliberation_projects (project_id);
SELECT app_apply_project_child_policies('deliberation_projects', p_writers => 'participants', p_readers => 'own');

-- Deliberations keep their links; the former single project and amount become the first link.
INSERT INTO deliberation_projects (id, tenant_id, deliberation_id, project_id, amount)
  SELECT gen_random_uuid(), tenant_id, id, project_id, coalesce(amount, 0) FROM deliberations WHERE project_id IS NOT NULL;
ALTER TABLE deliberations DROP CONSTRAINT deliberations_tenant_id_project_id_fkey;
DROP INDEX deliberations_tenant_id_project_id_idx;
ALTER TABLE deliberations DROP COLUMN project_id;
ALTER TABLE deliberations DROP COLUMN amount;

-- The year of the number: numbering restarts every year (« 2025-042 »). The vote's year once voted, else the
-- session's, else the year it was drafted; written by the API from the domain rule.
ALTER TABLE deliberations ADD COLUMN year INTEGER;
UPDATE deliberations SET year = extract(year FROM coalesce(voted_on, session_date, (created_at AT TIME ZONE 'Europe/Paris')::date))::integer;
ALTER TABLE deliberations ALTER COLUMN year SET NOT NULL;
ALTER TABLE deliberations ADD CONSTRAINT deliberations_year CHECK (year BETWEEN 2000 AND 2100);
DROP INDEX deliberations_tenant_id_number_key;
CREATE UNIQUE INDEX deliberations_tenant_id_year_number_key ON deliberations (tenant_id, year, number);
-- Withdrawal, annulment or repeal: when, and why (the court's decision, the repealing deliberation…).
ALTER TABLE deliberations ADD COLUMN ended_on DATE;
ALTER TABLE deliberations ADD COLUMN end_reason VARCHAR(1000);
-- Dates in order: vote ≤ transmission ≤ executory force ≤ end.
ALTER TABLE deliberations ADD CONSTRAINT deliberations_vote_before_transmission
  CHECK (transmitted_on IS NULL OR voted_on IS NULL OR voted_on <= transmitted_on);
ALTER TABLE deliberations ADD CONSTRAINT deliberations_transmission_before_executory
  CHECK (executory_on IS NULL OR transmitted_on IS NULL OR transmitted_on <= executory_on);
ALTER TABLE deliberations ADD CONSTRAINT deliberations_vote_before_executory
  CHECK (executory_on IS NULL OR voted_on IS NULL OR voted_on <= executory_on);
ALTER TABLE deliberations ADD CONSTRAINT deliberations_executory_before_end
  CHECK (ended_on IS NULL OR executory_on IS NULL OR executory_on <= ended_on);

DROP POLICY deliberations_tenant ON deliberations;
-- An evaluator reads a deliberation only when it covers a project she sees (the links' policy filters them).
CREATE POLICY deliberations_select ON deliberations FOR SELECT USING (
  tenant_id = app_current_tenant_id()
  AND (app_current_role() IS DISTINCT FROM 'EVALUATOR'
       OR EXISTS (SELECT 1 FROM deliberation_projects dp WHERE dp.deliberation_id = deliberations.id))
);
CREATE POLICY deliberations_write ON deliberations FOR ALL
  USING (tenant_id = app_current_tenant_id() AND app_current_role() IN ('ADMIN', 'TECHNICIAN'))
  WITH CHECK (tenant_id = app_current_tenant_id() AND app_current_role() IN ('ADMIN', 'TECHNICIAN'));

-- ── Documents: attached to one owner, visible where their owner is ───────────────────────────────────────────
ALTER TABLE documents ADD COLUMN project_id UUID;
ALTER TABLE documents ADD COLUMN deliberation_id UUID;
ALTER TABLE documents ADD COLUMN convention_id UUID;
ALTER TABLE documents ADD COLUMN cooperation_id UUID;
UPDATE documents SET project_id = owner_id WHERE owner_type = 'PROJECT';
UPDATE documents SET deliberation_id = owner_id WHERE owner_type = 'DELIBERATION';
UPDATE documents SET cooperation_id = owner_id WHERE owner_type = 'COOPERATION';
UPDATE documents d SET convention_id = d.owner_id, cooperation_id = c.cooperation_id
  FROM conventions c WHERE d.owner_type = 'CONVENTION' AND c.id = d.owner_id;
-- Orphans (their owner was deleted before owners were foreign keys) cannot be attached to anything: dropped.
DELETE FROM documents WHERE owner_type = 'CONVENTION' AND convention_id IS NULL;
DELETE FROM documents d WHERE d.owner_type = 'PROJECT' AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.id = d.project_id AND p.tenant_id = d.tenant_id);
DELETE FROM documents d WHERE d.owner_type = 'DELIBERATION' AND NOT EXISTS (SELECT 1 FROM deliberations x WHERE x.id = d.deliberation_id AND x.tenant_id = d.tenant_id);
DELETE FROM documents d WHERE d.owner_type = 'COOPERATION' AND NOT EXISTS (SELECT 1 FROM cooperations x WHERE x.id = d.cooperation_id AND x.tenant_id = d.tenant_id);

CREATE UNIQUE INDEX conventions_tenant_id_id_cooperation_id_key ON conventions (tenant_id, id, cooperation_id);
ALTER TABLE documents
  ADD CONSTRAINT documents_project_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE RESTRICT ON UPDATE CASCADE,
  ADD CONSTRAINT documents_deliberation_fkey FOREIGN KEY (tenant_id, deliberation_id) REFERENCES deliberations (tenant_id, id) ON DELETE RESTRICT ON UPDATE CASCADE,
  ADD CONSTRAINT documents_cooperation_fkey FOREIGN KEY (tenant_id, cooperation_id) REFERENCES cooperations (tenant_id, id) ON DELETE RESTRICT ON UPDATE CASCADE,
  -- The convention's coopération is copied so that visibility needs no join; this key keeps the copy true.
  ADD CONSTRAINT documents_convention_fkey FOREIGN KEY (tenant_id, convention_id, cooperation_id)
    REFERENCES conventions (tenant_id, id, cooperation_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  ADD CONSTRAINT documents_owner CHECK (
    CASE owner_type
      WHEN 'PROJECT' THEN project_id = owner_id AND deliberation_id IS NULL AND convention_id IS NULL AND cooperation_id IS NULL
      WHEN 'DELIBERATION' THEN deliberation_id = owner_id AND project_id IS NULL AND convention_id IS NULL AND cooperation_id IS NULL
      WHEN 'CONVENTION' THEN convention_id = owner_id AND cooperation_id IS NOT NULL AND project_id IS NULL AND deliberation_id IS NULL
      WHEN 'COOPERATION' THEN cooperation_id = owner_id AND project_id IS NULL AND deliberation_id IS NULL AND convention_id IS NULL
    END
  );
CREATE INDEX documents_tenant_id_project_id_idx ON documents (tenant_id, project_id) WHERE project_id IS NOT NULL;
CREATE INDEX documents_tenant_id_cooperation_id_idx ON documents (tenant_id, cooperation_id) WHERE cooperation_id IS NOT NULL;

-- Documents the lead shares with the participants of one of its projects (the convention, reports…).
CREATE TABLE project_shared_documents (
  tenant_id UUID NOT NULL,
  project_id UUID NOT NULL,
  document_id UUID NOT NULL,
  shared_by_id UUID,
  shared_at TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT project_shared_documents_pkey PRIMARY KEY (tenant_id, project_id, document_id),
  CONSTRAINT project_shared_documents_project_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX documents_tenant_id_id_key ON documents (tenant_id, id);
ALTER TABLE project_shared_documents
  ADD CONSTRAINT project_shared_documents_document_fkey FOREIGN KEY (tenant_id, document_id) REFERENCES documents (tenant_id, id) ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX project_shared_documents_document_id_idx ON project_shared_documents (document_id);
SELECT app_apply_project_child_policies('project_shared_documents');

DROP POLICY documents_tenant ON documents;
CREATE POLICY documents_select ON documents FOR SELECT USING (
  (
    tenant_id = app_current_tenant_id()
    AND CASE owner_type
      WHEN 'PROJECT' THEN EXISTS (SELECT 1 FROM projects p WHERE p.id = documents.project_id)
      WHEN 'DELIBERATION' THEN EXISTS (SELECT 1 FROM deliberations d WHERE d.id = documents.deliberation_id)
      -- A coopération's or a convention's files: every member but evaluators, who see them only through a
      -- project of that coopération that they evaluate.
      ELSE app_current_role() IS DISTINCT FROM 'EVALUATOR'
        OR EXISTS (SELECT 1 FROM projects p WHERE p.tenant_id = documents.tenant_id AND p.cooperation_id = documents.cooperation_id)
    END
  )
  -- Shared by the lead with the participants of a project the reader sees.
  OR EXISTS (SELECT 1 FROM project_shared_documents s WHERE s.document_id = documents.id)
);
CREATE POLICY documents_insert ON documents FOR INSERT
  WITH CHECK (tenant_id = app_current_tenant_id() AND app_current_role() IN ('ADMIN', 'TECHNICIAN'));
CREATE POLICY documents_delete ON documents FOR DELETE
  USING (tenant_id = app_current_tenant_id() AND app_current_role() IN ('ADMIN', 'TECHNICIAN'));
-- Files are immutable once stored: a new version is a new document.
REVOKE UPDATE ON documents FROM passerelles_app;

-- ── Audit journal: events about a project follow the project; shared events reach both collectivités ────────
ALTER TABLE audit_events ADD COLUMN project_id UUID;
-- The other collectivité concerned by an event (a participation's lead or participant): one row, two journals.
ALTER TABLE audit_events ADD COLUMN counterpart_tenant_id UUID;
ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
UPDATE audit_events SET project_id = entity_id::uuid WHERE entity = 'Project' AND entity_id ~ '^[0-9a-f-]{36}$';
UPDATE audit_events a SET project_id = d.project_id FROM documents d WHERE a.entity = 'Document' AND a.entity_id = d.id::text;
UPDATE audit_events a SET project_id = pp.project_id,
       counterpart_tenant_id = CASE WHEN a.tenant_id = pp.tenant_id THEN pp.lead_tenant_id ELSE pp.tenant_id END
  FROM project_participations pp WHERE a.entity = 'ProjectParticipation' AND a.entity_id = pp.id::text;
UPDATE audit_events SET counterpart_tenant_id = NULL WHERE counterpart_tenant_id = tenant_id;
ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;
CREATE INDEX audit_events_tenant_id_project_id_idx ON audit_events (tenant_id, project_id) WHERE project_id IS NOT NULL;
CREATE INDEX audit_events_counterpart_tenant_id_occurred_at_idx ON audit_events (counterpart_tenant_id, occurred_at) WHERE counterpart_tenant_id IS NOT NULL;

DROP POLICY audit_events_select ON audit_events;
DROP POLICY audit_events_insert ON audit_events;
CREATE POLICY audit_events_select ON audit_events FOR SELECT USING (
  CASE
    -- Evaluators: only events about a project they see (never sessions, accounts, the directory…).
    WHEN app_current_role() = 'EVALUATOR' THEN
      tenant_id = app_current_tenant_id() AND project_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM projects p WHERE p.id = audit_events.project_id)
    -- Others: their collectivité's journal (a deleted project's events included), plus the events another
    -- collectivité shares with them about a project they both take part in.
    ELSE tenant_id = app_current_tenant_id() OR counterpart_tenant_id = app_current_tenant_id()
  END
);
-- An event is written in the acting collectivité's journal; it names a counterpart only where the two share a
-- project through a participation.
CREATE POLICY audit_events_insert ON audit_events FOR INSERT WITH CHECK (
  tenant_id = app_current_tenant_id()
  AND (
    counterpart_tenant_id IS NULL
    OR EXISTS (SELECT 1 FROM project_participations pp
                WHERE pp.project_id = audit_events.project_id
                  AND ((pp.tenant_id = app_current_tenant_id() AND pp.lead_tenant_id = audit_events.counterpart_tenant_id)
                    OR (pp.lead_tenant_id = app_current_tenant_id() AND pp.tenant_id = audit_events.counterpart_tenant_id)))
  )
);

-- ── Memberships: a person joins a collectivité only as themself (sign-up, accepted invitation) ──────────────
-- Otherwise a collectivité could enrol anyone's account and read their name and e-mail through the users policy.
DROP POLICY memberships_write ON memberships;
CREATE POLICY memberships_insert ON memberships FOR INSERT
  WITH CHECK (tenant_id = app_current_tenant_id() AND user_id = app_current_user_id());
-- A membership's person and collectivité never change: only its role does.
REVOKE UPDATE ON memberships FROM passerelles_app;
GRANT UPDATE (role, updated_at) ON memberships TO passerelles_app;

-- ── The existing project-child tables, rewritten with the template ───────────────────────────────────────────
SELECT app_apply_project_child_policies('project_sectors');
SELECT app_apply_project_child_policies('project_sdgs');
SELECT app_apply_project_child_policies('project_countries');
SELECT app_apply_project_child_policies('project_places');
SELECT app_apply_project_child_policies('project_organisations');
SELECT app_apply_project_child_policies('project_status_changes');
