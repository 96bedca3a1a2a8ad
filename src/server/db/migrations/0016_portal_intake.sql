-- REC-10 / INT-1: dossiers submitted on the National Public Service Portal arrive in motcua once
-- each, however often they are delivered (pushed by the portal or polled from it).
--
-- The national dossier code (TT 04/2025) is kept beside motcua's own code (CODE-1): a dossier
-- submitted on the portal has both; one national code belongs to at most one dossier.
ALTER TABLE dossier ADD COLUMN national_code text;
CREATE UNIQUE INDEX dossier_national_code_key ON dossier (national_code) WHERE national_code IS NOT NULL;

-- Every submission as received, recorded before anything else is done with it, so that nothing
-- the portal was told we have is lost: the key is its national code (or, when it carries none
-- usable, `sha256:` and the digest of the body), and a delivery of a key already recorded adds
-- nothing. `pending` while it is being processed (`claimed_until`: the lease of the delivery doing
-- it), then `received` (the dossier it became) or `parked` (a stable reason code and a Vietnamese
-- reason: an administrator retries it, back to `pending`, or discards it with a reason).
CREATE TABLE portal_submission (
  national_code    text PRIMARY KEY CHECK (length(national_code) BETWEEN 1 AND 200),
  -- As received; a body holding text PostgreSQL cannot store (NUL, a lone UTF-16 surrogate) is
  -- kept as its JSON text (a jsonb string).
  payload          jsonb NOT NULL,
  source           text NOT NULL CHECK (source IN ('push', 'poll')),
  received_at      timestamptz NOT NULL,
  status           text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'received', 'parked', 'discarded')),
  reason_code      text,
  reason           text,
  dossier_id       uuid REFERENCES dossier (id),
  attempts         int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  claimed_until    timestamptz,
  discard_reason   text,
  updated_at       timestamptz NOT NULL,
  CHECK ((status = 'received') = (dossier_id IS NOT NULL)),
  CHECK (status <> 'parked' OR reason_code IS NOT NULL),
  CHECK ((status = 'discarded') = (discard_reason IS NOT NULL))
);
-- The provincial office's list of what waits for a decision.
CREATE INDEX portal_submission_open_idx ON portal_submission (status, received_at)
  WHERE status IN ('pending', 'parked');

-- Polling (LayDanhSachHoSoNop): the last SoThuTu processed. One row.
CREATE TABLE portal_intake_cursor (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  last_seq    bigint NOT NULL DEFAULT 0,
  updated_at  timestamptz NOT NULL
);
