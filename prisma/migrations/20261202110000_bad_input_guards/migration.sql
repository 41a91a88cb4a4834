-- Bad input gets a clear error (issue 6, section 4).

-- 1. A goal-only SDG (target NULL) could be stored twice: NULLs are distinct in a plain unique index.
--    Keep one row of each duplicate, then make NULL targets collide (PostgreSQL 15+).
DELETE FROM project_sdgs duplicate
 USING project_sdgs kept
 WHERE duplicate.tenant_id = kept.tenant_id
   AND duplicate.project_id = kept.project_id
   AND duplicate.goal = kept.goal
   AND duplicate.target IS NOT DISTINCT FROM kept.target
   AND duplicate.id > kept.id;

DROP INDEX "project_sdgs_tenant_id_project_id_goal_target_key";
CREATE UNIQUE INDEX "project_sdgs_tenant_id_project_id_goal_target_key"
  ON "project_sdgs" ("tenant_id", "project_id", "goal", "target") NULLS NOT DISTINCT;

-- 2. The sector-sum trigger names itself in its error, so the API maps it by constraint name like any other
--    constraint (apps/api/src/errors/database-constraints.ts) instead of reading its message.
CREATE OR REPLACE FUNCTION project_sectors_sum_to_100() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_project uuid := coalesce(NEW.project_id, OLD.project_id);
  v_total numeric;
  v_count integer;
BEGIN
  SELECT coalesce(sum(percentage), 0), count(*) INTO v_total, v_count FROM project_sectors WHERE project_id = v_project;
  IF v_count > 0 AND v_total <> 100 THEN
    RAISE EXCEPTION 'sector percentages of project % sum to %, not 100', v_project, v_total
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_sectors_sum_check', TABLE = 'project_sectors';
  END IF;
  RETURN NULL;
END
$$;
