-- One delivery outbox for every integration (issue 12): e-mail to applicants now, the national
-- public service portal later. A message is written in the same transaction as the change that
-- causes it, so nothing is delivered for a change that rolled back and nothing committed is lost.
--
-- Workers claim due messages with FOR UPDATE SKIP LOCKED and take a lease (lease_token,
-- lease_until) for the time of the delivery; the lease expires when a worker dies, and another
-- worker delivers the message again (at least once; the message id is the idempotency key the
-- receiver deduplicates on). Per destination and ordering key (the dossier), a message is claimed
-- only when no earlier message of the same key is still queued or parked: a later status never
-- overtakes an earlier one. A parked message (failed for the last time) blocks its followers until
-- an administrator retries it or discards it with a reason.
CREATE TABLE outbox_message (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The order of writing: per ordering key, messages are delivered by increasing seq.
  seq              bigint GENERATED ALWAYS AS IDENTITY,
  destination      text NOT NULL CHECK (destination ~ '^[a-z][a-z0-9-]{1,39}$'),
  ordering_key     text NOT NULL CHECK (length(ordering_key) BETWEEN 1 AND 200),
  -- What makes a message unique for its producer (e.g. the event and kind of an e-mail), so that
  -- writing it twice adds nothing; null when the producer needs no such check.
  dedup_key        text,
  payload          jsonb NOT NULL,
  status           text NOT NULL DEFAULT 'queued'
                   CHECK (status IN ('queued', 'delivered', 'parked', 'discarded')),
  attempts         int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  timestamptz NOT NULL,
  lease_token      uuid,
  lease_until      timestamptz,
  -- The last delivery error, credentials removed by the sender.
  last_error       text,
  last_attempt_at  timestamptz,
  created_at       timestamptz NOT NULL,
  delivered_at     timestamptz,
  parked_at        timestamptz,
  -- The administrator's reason for a discard.
  discard_reason   text,
  UNIQUE (destination, dedup_key),
  CHECK ((status = 'delivered') = (delivered_at IS NOT NULL)),
  CHECK ((status = 'discarded') = (discard_reason IS NOT NULL))
);
-- What workers claim: queued messages of a destination, in order of writing.
CREATE INDEX outbox_message_queued_idx ON outbox_message (destination, seq) WHERE status = 'queued';
-- The ordering check (an earlier unfinished message of the same key) and the blocked count.
CREATE INDEX outbox_message_open_key_idx ON outbox_message (destination, ordering_key, seq)
  WHERE status IN ('queued', 'parked');
-- The health view and a dossier's messages.
CREATE INDEX outbox_message_status_idx ON outbox_message (destination, status);

-- The applicants' e-mails move onto it, nothing lost: pending → queued, sent → delivered,
-- failed → parked (an administrator can now retry or discard them). The row id is kept, so the
-- Message-ID of a message already tried does not change.
INSERT INTO outbox_message (id, destination, ordering_key, dedup_key, payload, status, attempts,
  next_attempt_at, last_error, last_attempt_at, created_at, delivered_at, parked_at)
SELECT id, 'email', dossier_id::text, dossier_id::text || ':' || dossier_version || ':' || kind,
  jsonb_build_object('dossierId', dossier_id, 'dossierVersion', dossier_version,
    'dossierCode', dossier_code, 'kind', kind, 'rule', rule, 'recipient', recipient,
    'subject', subject, 'body', body),
  CASE status WHEN 'pending' THEN 'queued' WHEN 'sent' THEN 'delivered' ELSE 'parked' END,
  attempts, next_attempt_at, last_error,
  CASE WHEN attempts > 0 THEN coalesce(sent_at, next_attempt_at) END,
  created_at, sent_at, CASE WHEN status = 'failed' THEN next_attempt_at END
FROM notification_outbox
ORDER BY created_at, dossier_version;

DROP TABLE notification_outbox;
