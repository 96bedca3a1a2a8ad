-- INT-1: the reconciliation with the national portal shows every dossier whose status there
-- differs from motcua's. A run compares motcua's dossiers of a period (not test dossiers, not
-- cancelled ones) with what the portal holds (TraCuuHoSo by codes and by period) and keeps every
-- mismatch with its likely cause, and counts per agency and month.
CREATE TABLE reconciliation_run (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trigger      text NOT NULL CHECK (trigger IN ('manual', 'schedule')),
  started_by   uuid REFERENCES officer (id),
  started_at   timestamptz NOT NULL,
  finished_at  timestamptz,
  status       text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
  -- The period of submission compared, as Vietnam dates, both included.
  period_from  date NOT NULL,
  period_to    date NOT NULL,
  -- Progress: motcua's dossiers of the period, and how many have been compared so far.
  total        int NOT NULL DEFAULT 0,
  checked      int NOT NULL DEFAULT 0,
  matched      int NOT NULL DEFAULT 0,
  mismatched   int NOT NULL DEFAULT 0,
  error        text,
  CHECK ((status = 'running') = (finished_at IS NULL)),
  CHECK (period_from <= period_to)
);
CREATE UNIQUE INDEX reconciliation_run_one_running_idx ON reconciliation_run ((true)) WHERE status = 'running';
CREATE INDEX reconciliation_run_started_idx ON reconciliation_run (started_at DESC);

CREATE TABLE reconciliation_mismatch (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id          uuid NOT NULL REFERENCES reconciliation_run (id) ON DELETE CASCADE,
  -- null for a dossier only the portal has.
  dossier_id      uuid,
  dossier_code    text NOT NULL,
  national_code   text,
  agency_code     text NOT NULL,
  -- The month of submission (motcua) or reception (portal), YYYY-MM.
  month           text NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
  cause           text NOT NULL CHECK (cause IN ('never_sent', 'waiting', 'parked', 'changed_on_portal',
                    'status_differs', 'missing_on_portal', 'missing_in_motcua')),
  motcua_status   int,
  portal_status   int,
  -- The sync message's last error, or what else explains the cause.
  detail          text
);
CREATE INDEX reconciliation_mismatch_run_idx ON reconciliation_mismatch (run_id, agency_code, month);

-- Per agency (receiving agency's identifier) and month: dossiers compared and how many matched.
CREATE TABLE reconciliation_count (
  run_id       uuid NOT NULL REFERENCES reconciliation_run (id) ON DELETE CASCADE,
  agency_code  text NOT NULL,
  month        text NOT NULL,
  checked      int NOT NULL,
  matched      int NOT NULL,
  PRIMARY KEY (run_id, agency_code, month)
);
