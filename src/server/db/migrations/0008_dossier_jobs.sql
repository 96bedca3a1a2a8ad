-- The scheduled jobs of the dossier lifecycle (PAU-2, PRC-7): two more columns derived from
-- `dossier.state` on every write (dossiers/job-columns.ts), so that a sweep finds the dossiers
-- a job must act on with an index instead of reading every open dossier.
--
-- fee_due_at:      PAU-2, the end of the fee period of a dossier paused for fees (fee_timeout).
-- late_warning_at: PRC-7, from when the running clock is within the warning period of its due
--                  and no warning was given for that due (warn_running_late).
ALTER TABLE dossier ADD COLUMN fee_due_at timestamptz;
ALTER TABLE dossier ADD COLUMN late_warning_at timestamptz;

CREATE INDEX dossier_fee_due_idx ON dossier (fee_due_at) WHERE fee_due_at IS NOT NULL;
CREATE INDEX dossier_late_warning_idx ON dossier (late_warning_at) WHERE late_warning_at IS NOT NULL;

-- Rows written before this migration. The fee period is read from the state exactly; the
-- warning instant needs the working calendar, so running dossiers get an early bound and the
-- first sweep that finds one too early recomputes its columns (run-due-jobs.ts).
UPDATE dossier d SET fee_due_at = to_timestamp((p.period->>'due')::bigint / 1000.0)
FROM (
  SELECT id, sd AS period FROM dossier, jsonb_array_elements(state->'subDeadlines') sd
  WHERE status = 'paused' AND sd->>'kind' = 'fee_payment' AND sd->'closedAt' = 'null'::jsonb
) p
WHERE d.id = p.id;

UPDATE dossier SET late_warning_at = due_at - interval '15 days'
WHERE closed_at IS NULL AND inbox_due_at IS NOT NULL AND inbox_due_at = due_at;
