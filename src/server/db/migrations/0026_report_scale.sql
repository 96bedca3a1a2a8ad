-- RPT-1, RPT-5, RPT-7 at province scale (issue 13): the statistics by step and by officer, the
-- dashboard's "by step", the usage per officer and QĐ 766's electronic results read the dossier's
-- JSON state (stored out of line) of every dossier of the period. Measured over 1,000,000 dossiers
-- (bench/dashboard.bench.ts), reading and decompressing it dominated. These columns hold what the
-- reports need from the state, derived on every write (dossier-store.ts `derivedColumns`, the
-- same function as the other derived columns) and backfilled here from the stored state.
--
-- The step the dossier is at now (`currentOrPendingStep`): the workflow step it is at, also while
-- paused or awaiting a correction there; a transfer not yet accepted, the step it goes to. Unlike
-- step_index/step_unit_id/step_role/step_assignee_id (the inbox's: only while in processing or
-- transferred), they are set in every status. One definition for the dashboard and the statistics
-- (counting-conventions.ts `CURRENT_STEP`).
ALTER TABLE dossier
  ADD COLUMN current_step_index int,
  ADD COLUMN current_step_unit_id uuid,
  ADD COLUMN current_step_role text,
  ADD COLUMN current_step_name text,
  ADD COLUMN current_step_assignee_id uuid,
  -- PRC-2: the officer who handed the dossier on from its last processing step.
  ADD COLUMN last_step_officer_id uuid,
  -- REC-7: how the applicant chose to receive the result (`state.resultDelivery`), set by a
  -- trigger below as apology_issued is (migration 0021).
  ADD COLUMN result_delivery text;

CREATE FUNCTION set_dossier_result_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.result_delivery := NEW.state ->> 'resultDelivery';
  RETURN NEW;
END
$$;
CREATE TRIGGER dossier_result_delivery BEFORE INSERT OR UPDATE OF state ON dossier
  FOR EACH ROW EXECUTE FUNCTION set_dossier_result_delivery();

WITH derived AS (
  SELECT d.id,
         CASE
           WHEN jsonb_typeof(d.state -> 'step') = 'object' THEN d.state -> 'step'
           WHEN d.status = 'transferred' AND d.state -> 'handOvers' -> -1 -> 'to' ->> 'kind' = 'step'
             THEN (d.state -> 'handOvers' -> -1 -> 'to') - 'assigneeId'
         END AS step,
         jsonb_path_query_array(d.state -> 'handOvers',
           '$[*] ? (@.from.kind == "step" && @.by.kind == "officer").by.officerId') ->> -1 AS last_officer
  FROM dossier d
)
UPDATE dossier d SET
  current_step_index = (x.step ->> 'index')::int,
  current_step_unit_id = (x.step ->> 'unitId')::uuid,
  current_step_role = CASE WHEN x.step IS NOT NULL THEN
    coalesce(d.state -> 'workflow' -> 'steps' -> ((x.step ->> 'index')::int) ->> 'role', 'specialist') END,
  current_step_name = d.state -> 'workflow' -> 'steps' -> ((x.step ->> 'index')::int) ->> 'name',
  current_step_assignee_id = (x.step ->> 'assigneeId')::uuid,
  last_step_officer_id = x.last_officer::uuid,
  result_delivery = d.state ->> 'resultDelivery'
FROM derived x
WHERE x.id = d.id;

-- The report index of migration 0021, holding the new columns too, so that the statistics by step
-- and by officer and QĐ 766 read a period's dossiers from the index as Biểu II.06a does.
DROP INDEX dossier_report_period_idx;
CREATE INDEX dossier_report_period_idx ON dossier (
  (coalesce(coalesce(finished_at, CASE WHEN status = 'withdrawn' THEN closed_at END), 'infinity'::timestamptz))
) INCLUDE (
  received_at, channel, status, finished_at, finish_outcome, closed_at, due_at, inbox_due_at,
  apology_issued, workflow_id, procedure_id, procedure_version, id,
  current_step_index, current_step_unit_id, current_step_role, current_step_name, current_step_assignee_id,
  last_step_officer_id, result_delivery, late_warning_at
) WHERE NOT cancelled AND NOT is_test AND received_at IS NOT NULL;

