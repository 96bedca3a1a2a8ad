-- CFG-1: procedures come from the national procedure database (CSDL quốc gia về TTHC, through the
-- national portal's LayDanhSachTTHC / LayThuTuc) and are published within 5 working days of the
-- decision that announced them. A sync run lists the portal's procedures, fetches those updated
-- since the last sync of their code and imports each as a new catalog version; what each run did
-- and what changed per procedure is kept, with the publication deadline of the decision.
CREATE TABLE procedure_sync_run (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trigger      text NOT NULL CHECK (trigger IN ('manual', 'schedule')),
  -- The officer who pressed the button; null for the schedule.
  started_by   uuid REFERENCES officer (id),
  started_at   timestamptz NOT NULL,
  finished_at  timestamptz,
  status       text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
  listed       int NOT NULL DEFAULT 0,
  fetched      int NOT NULL DEFAULT 0,
  added        int NOT NULL DEFAULT 0,
  changed      int NOT NULL DEFAULT 0,
  unchanged    int NOT NULL DEFAULT 0,
  blocked      int NOT NULL DEFAULT 0,
  -- Why the run stopped (the portal unreachable, …), credentials never included.
  error        text,
  CHECK ((status = 'running') = (finished_at IS NULL))
);
-- One run at a time, whichever instance starts it.
CREATE UNIQUE INDEX procedure_sync_run_one_running_idx ON procedure_sync_run ((true)) WHERE status = 'running';
CREATE INDEX procedure_sync_run_started_idx ON procedure_sync_run (started_at DESC);

-- Per procedure fetched in a run: a new procedure, a changed one (with the field-by-field diff
-- against the version published before) or one that could not be imported (the reason in
-- warnings; it is fetched again at the next run).
CREATE TABLE procedure_sync_change (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id            uuid NOT NULL REFERENCES procedure_sync_run (id),
  code              text NOT NULL,
  name              text NOT NULL,
  outcome           text NOT NULL CHECK (outcome IN ('added', 'changed', 'blocked')),
  procedure_id      uuid REFERENCES procedure (id),
  version           int,
  previous_version  int,
  -- [{field, label, change, item, before, after}], readable Vietnamese values.
  changes           jsonb NOT NULL DEFAULT '[]',
  -- Unknown agencies, dropped levels, why the import refused it, …
  warnings          jsonb NOT NULL DEFAULT '[]',
  -- The decision (QuyetDinhCongBo) and its date, the 5-working-day publication deadline.
  decision          text NOT NULL,
  decided_at        timestamptz,
  publish_due_at    timestamptz,
  -- The portal's NgayCapNhat of what was fetched.
  portal_updated_at timestamptz,
  created_at        timestamptz NOT NULL,
  CHECK ((outcome = 'blocked') = (version IS NULL))
);
CREATE INDEX procedure_sync_change_run_idx ON procedure_sync_change (run_id);
CREATE INDEX procedure_sync_change_code_idx ON procedure_sync_change (code, created_at);

-- The portal's NgayCapNhat of each code as last imported: a procedure is fetched again only when
-- the portal's list shows it updated later.
CREATE TABLE procedure_sync_state (
  code               text PRIMARY KEY,
  portal_updated_at  timestamptz NOT NULL,
  synced_at          timestamptz NOT NULL
);
