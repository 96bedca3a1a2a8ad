-- Applicant notifications (house rules 2 and 8): the transactional outbox of e-mails.
--
-- A row is written in the same transaction as the dossier change and its event, so nothing is
-- sent for a change that rolled back and nothing acknowledged is lost. The dispatcher claims due
-- rows with FOR UPDATE SKIP LOCKED (several instances never send a row twice at once), sends,
-- and marks them sent; a failure records the attempt, the error (credentials removed) and when to
-- try again; after the last attempt the row is `failed` and stays for an operator to see.
-- Delivery is at least once: each message carries the row id as its Message-ID so that
-- receivers can drop a duplicate.
CREATE TABLE notification_outbox (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id       uuid NOT NULL REFERENCES dossier (id),
  -- The dossier version (= event) the message tells about; one message per event and kind.
  dossier_version  int NOT NULL CHECK (dossier_version > 0),
  dossier_code     text NOT NULL,
  -- The event type that caused it (e.g. `dossier_received`) and the rule behind it (e.g. REC-2).
  kind             text NOT NULL,
  rule             text NOT NULL,
  channel          text NOT NULL DEFAULT 'email' CHECK (channel IN ('email')),
  recipient        text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 320),
  subject          text NOT NULL CHECK (length(subject) > 0),
  body             text NOT NULL CHECK (length(body) > 0),
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts         int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  -- The last delivery error, without credentials.
  last_error       text,
  next_attempt_at  timestamptz NOT NULL,
  created_at       timestamptz NOT NULL,
  sent_at          timestamptz,
  UNIQUE (dossier_id, dossier_version, kind),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
-- What the dispatcher claims: pending rows that are due, oldest first.
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at) WHERE status = 'pending';
-- A dossier's messages (support, the officer's view of what the applicant was told).
CREATE INDEX notification_outbox_dossier_idx ON notification_outbox (dossier_id, dossier_version);
