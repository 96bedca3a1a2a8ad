-- Dossiers (hồ sơ TTHC): the lifecycle of src/domain/dossier persisted (house rules 2 and 3).
--
-- `dossier.state` is the domain's Dossier value, the only thing the domain reads; the other
-- columns are derived from it on every change, for the inbox, lookups and reports. Every change
-- appends exactly one `dossier_event` in the same transaction as the row update (optimistic
-- `version`), and `replay(events)` gives `state` back. Events are append-only and chained by hash
-- per dossier.

-- --------------------------------------------------------------------------------- files
-- Uploaded files (scans of papers, results, consultation letters). Content is checked by its
-- magic bytes (PDF, JPEG, PNG only) and size before it is stored; S3-compatible storage can
-- replace `content` later (the id stays the reference).
CREATE TABLE stored_file (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sha256          bytea NOT NULL CHECK (length(sha256) = 32),
  mime            text NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
  size            int NOT NULL CHECK (size > 0),
  file_name       text CHECK (length(file_name) BETWEEN 1 AND 255),
  content         bytea NOT NULL,
  -- Who uploaded it (`officer:<id>` or `citizen:<id>`): only they may attach it to a dossier.
  uploaded_by     text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (length(content) = size)
);
CREATE INDEX stored_file_uploader_idx ON stored_file (uploaded_by, created_at);

-- ------------------------------------------------------------------------------- dossier
CREATE TABLE dossier (
  id                    uuid PRIMARY KEY,
  -- CODE-1/CODE-2: allocated once from dossier_code_counter, never changed, never reused.
  code                  text NOT NULL UNIQUE,
  receiving_agency_id   uuid NOT NULL REFERENCES agency (id),
  -- PRC-4: the agency holding the dossier now (null before the first hand-over).
  processing_agency_id  uuid REFERENCES agency (id),
  procedure_id          uuid NOT NULL REFERENCES procedure (id),
  procedure_version     int NOT NULL,
  -- PRC-1: the workflow version the dossier started with (its steps are in `state`).
  workflow_id           uuid NOT NULL REFERENCES workflow (id),
  workflow_version      int NOT NULL,
  -- REC-4: the e-form version the data was checked against, and the cleaned data.
  form_version          int,
  form_data             jsonb CHECK (form_data IS NULL OR jsonb_typeof(form_data) = 'object'),
  channel               text NOT NULL CHECK (channel IN ('counter', 'post', 'online')),
  applicant             jsonb NOT NULL CHECK (jsonb_typeof(applicant) = 'object'),
  applicant_name        text NOT NULL,
  applicant_kind        text NOT NULL CHECK (applicant_kind IN ('individual', 'organization')),
  -- Personal ID (CCCD) or enterprise code: how a level-2 e-ID account finds its counter dossiers.
  applicant_id_number   text,
  -- The e-ID account that submitted online (the owner on the portal).
  applicant_account_id  uuid REFERENCES citizen (id),
  status                text NOT NULL,
  step_index            int,
  -- The unit doing the current step (for a transfer not yet accepted: the unit it goes to).
  step_unit_id          uuid REFERENCES agency (id),
  step_role             text,
  step_assignee_id      uuid REFERENCES officer (id),
  -- Who must act next (role at agency or unit): what the inbox boxes filter on (PRC-9).
  holder_role           text,
  holder_agency_id      uuid REFERENCES agency (id),
  submitted_at          timestamptz NOT NULL,
  received_at           timestamptz,
  -- The statutory due in force (CAL-7, PAU-3, PRC-7) when last changed; null before reception.
  due_at                timestamptz,
  -- REC-3: the 8 working hours to accept an online dossier.
  acceptance_due_at     timestamptz,
  -- What the holder works against: the acceptance due before acceptance, the statutory due while
  -- the clock counts, null when it does not (paused, waiting for the applicant, finished).
  inbox_due_at          timestamptz,
  finished_at           timestamptz,
  finish_outcome        text CHECK (finish_outcome IN ('early', 'on_time', 'late')),
  closed_at             timestamptz,
  -- CAN-1/CAN-3: test dossiers and cancelled ones are kept, flagged, and left out of statistics.
  is_test               boolean NOT NULL DEFAULT false,
  cancelled             boolean NOT NULL DEFAULT false,
  state                 jsonb NOT NULL CHECK (jsonb_typeof(state) = 'object'),
  version               int NOT NULL CHECK (version > 0),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
-- The inbox (REC-3, PRC-9): by who must act, by receiving and processing agency, by assignee;
-- each ordered by the due the holder works against.
CREATE INDEX dossier_holder_inbox_idx ON dossier (holder_agency_id, status, inbox_due_at);
CREATE INDEX dossier_receiving_inbox_idx ON dossier (receiving_agency_id, status, inbox_due_at);
CREATE INDEX dossier_processing_inbox_idx ON dossier (processing_agency_id, status, inbox_due_at);
CREATE INDEX dossier_assignee_inbox_idx ON dossier (step_assignee_id, status, inbox_due_at)
  WHERE step_assignee_id IS NOT NULL;
-- The citizen's own dossiers.
CREATE INDEX dossier_account_idx ON dossier (applicant_account_id, submitted_at)
  WHERE applicant_account_id IS NOT NULL;
CREATE INDEX dossier_applicant_id_number_idx ON dossier (applicant_id_number, submitted_at)
  WHERE applicant_id_number IS NOT NULL;

-- ----------------------------------------------------------------------- dossier events
-- The history (house rule 3): one row per accepted command, never updated or deleted (the
-- trigger of migration 0003 refuses it for every role), each carrying the hash of the previous
-- event of the same dossier and of its own canonical content.
CREATE TABLE dossier_event (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id   uuid NOT NULL REFERENCES dossier (id),
  version      int NOT NULL CHECK (version > 0),
  type         text NOT NULL,
  rule         text NOT NULL,
  actor        jsonb NOT NULL CHECK (jsonb_typeof(actor) = 'object'),
  at           timestamptz NOT NULL,
  payload      jsonb NOT NULL,
  prev_hash    bytea CHECK ((version = 1) = (prev_hash IS NULL)),
  hash         bytea NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (dossier_id, version)
);
CREATE TRIGGER dossier_event_append_only BEFORE UPDATE OR DELETE ON dossier_event
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER dossier_event_no_truncate BEFORE TRUNCATE ON dossier_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

-- ---------------------------------------------------------------------- CODE-1 sequence
-- One row per receiving agency and Vietnam date. A reception increments `last` in its own
-- transaction: the row lock serialises receptions of that agency and day until commit, so codes
-- have no gap and no duplicate, and a rolled-back reception releases nothing.
CREATE TABLE dossier_code_counter (
  agency_id  uuid NOT NULL REFERENCES agency (id),
  day        date NOT NULL,
  last       int NOT NULL CHECK (last > 0),
  PRIMARY KEY (agency_id, day)
);

-- ------------------------------------------------------------------------- idempotency
-- An `Idempotency-Key` header on a POST: the first successful answer is kept and a repeat of
-- the same request by the same caller gets it back without changing anything.
CREATE TABLE dossier_command_key (
  caller        text NOT NULL,
  key           text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  request_hash  bytea NOT NULL,
  dossier_id    uuid REFERENCES dossier (id),
  version       int,
  status        int,
  response      jsonb,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (caller, key)
);
CREATE INDEX dossier_command_key_age_idx ON dossier_command_key (created_at);

-- -------------------------------------------------------------------------- attachments
-- What came with the dossier and with later commands: the components received (REC-2, REC-4)
-- with their counts, and the files of results, consultations (PRC-3) and proofs. Never changed.
CREATE TABLE dossier_attachment (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id        uuid NOT NULL REFERENCES dossier (id),
  -- The dossier version of the event that brought it.
  dossier_version   int NOT NULL,
  purpose           text NOT NULL CHECK (purpose IN ('component', 'supplement', 'result', 'consultation_request',
                                                     'consultation_answer', 'proof', 'letter')),
  -- The procedure's component (thành phần hồ sơ) it answers, by position and name.
  component_index   int,
  component_name    text,
  originals         int NOT NULL DEFAULT 0 CHECK (originals BETWEEN 0 AND 99),
  certified_copies  int NOT NULL DEFAULT 0 CHECK (certified_copies BETWEEN 0 AND 99),
  photocopies       int NOT NULL DEFAULT 0 CHECK (photocopies BETWEEN 0 AND 99),
  file_id           uuid REFERENCES stored_file (id),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_attachment_dossier_idx ON dossier_attachment (dossier_id, id);
CREATE INDEX dossier_attachment_file_idx ON dossier_attachment (file_id) WHERE file_id IS NOT NULL;
CREATE TRIGGER dossier_attachment_append_only BEFORE UPDATE OR DELETE ON dossier_attachment
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
