-- RPT-3, RPT-4: a month's Biểu II.06a is closed (frozen) for an agency, or for the province
-- (agency_id null), from the month's last working day: the report as computed then is stored, by
-- unit and by field, and served for that month instead of the live figures. Reopening needs a
-- reason; the row is kept (who closed, who reopened, why) and the next close adds a new one.
CREATE TABLE report_snapshot (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id      uuid REFERENCES agency (id),
  month          text NOT NULL CHECK (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  -- {"unit": Ii06aReport, "field": Ii06aReport} as computed when the month was closed.
  report         jsonb NOT NULL,
  closed_by      uuid NOT NULL REFERENCES officer (id),
  closed_at      timestamptz NOT NULL,
  reopened_by    uuid REFERENCES officer (id),
  reopened_at    timestamptz,
  reopen_reason  text,
  CHECK ((reopened_at IS NULL) = (reopened_by IS NULL) AND (reopened_at IS NULL) = (reopen_reason IS NULL))
);
-- At most one closed (not reopened) snapshot per agency (or the province) and month.
CREATE UNIQUE INDEX report_snapshot_closed_idx
  ON report_snapshot (coalesce(agency_id, '00000000-0000-0000-0000-000000000000'::uuid), month)
  WHERE reopened_at IS NULL;
