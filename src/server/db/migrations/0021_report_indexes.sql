-- RPT-2, RPT-7: Biểu II.06a reads, for a period, the counted dossiers (not cancelled, not test,
-- received) that were received before its end and not resolved before its start
-- (src/server/modules/reports/counting-conventions.ts). Measured over a year of a province's
-- dossiers (bench/ii06a.bench.ts), two costs dominated: reading the whole state (stored out of
-- line) of every dossier of the period to find the apologies, and reading the whole table.
--
-- PRC-7: whether an apology was issued, kept with the row so that the report never reads the
-- state. Set from the state on every write by a trigger (not a generated column, which whole-row
-- copies such as bench/audit.bench.ts's `INSERT … SELECT r.*` could not insert into).
ALTER TABLE dossier ADD COLUMN apology_issued boolean NOT NULL DEFAULT false;
UPDATE dossier SET apology_issued = true WHERE state ->> 'apology' IS NOT NULL;

CREATE FUNCTION set_dossier_apology_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.apology_issued := (NEW.state ->> 'apology') IS NOT NULL;
  RETURN NEW;
END
$$;
CREATE TRIGGER dossier_apology_issued BEFORE INSERT OR UPDATE OF state ON dossier
  FOR EACH ROW EXECUTE FUNCTION set_dossier_apology_issued();

-- The counted dossiers by their resolved instant (infinity while in progress: the same
-- expression as RESOLVED_OR_OPEN in counting-conventions.ts), holding every column the report
-- counts by (and the id, for the drill-down's page), so that a period's dossiers are one range of
-- this index, read without the table once VACUUM has marked its pages all-visible.
CREATE INDEX dossier_report_period_idx ON dossier (
  (coalesce(coalesce(finished_at, CASE WHEN status = 'withdrawn' THEN closed_at END), 'infinity'::timestamptz))
) INCLUDE (
  received_at, channel, status, finished_at, finish_outcome, closed_at, due_at, inbox_due_at,
  apology_issued, workflow_id, procedure_id, procedure_version, id
) WHERE NOT cancelled AND NOT is_test AND received_at IS NOT NULL;
