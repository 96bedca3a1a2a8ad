-- PAY-1, PAY-2, PAY-3, PAU-1(b): online payment through the national payment platform (or a bank
-- gateway speaking the same protocol), and every payment received, whatever its channel.
--
-- The dossier's state keeps what the lifecycle reads (`fees.due`, `fees.paid`, `fees.payments`,
-- written only by the `record_payment` command); these tables keep what the money itself needs:
-- the request sent to the platform, each sum received with its receipt, and every callback as it
-- arrived. `payment.applied_amount` is what `record_payment` credited to the dossier's fees; the
-- rest (`amount - applied_amount`) is refundable (PAY-3: an online payment arriving after the fees
-- were paid at the counter, or after the dossier was refused for unpaid fees).

-- One request to the platform for the balance due of a dossier. At most one open (`requested`)
-- per dossier: starting a payment again returns it. `order_ref` is motcua's reference sent to the
-- platform (it carries the dossier code, PAY-2); `transaction_ref` is the platform's.
CREATE TABLE payment_request (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id       uuid NOT NULL REFERENCES dossier (id),
  dossier_code     text NOT NULL,
  amount           bigint NOT NULL CHECK (amount > 0),
  platform         text NOT NULL CHECK (length(platform) BETWEEN 1 AND 50),
  order_ref        text NOT NULL UNIQUE CHECK (length(order_ref) BETWEEN 1 AND 100),
  transaction_ref  text NOT NULL CHECK (length(transaction_ref) BETWEEN 1 AND 100),
  pay_url          text NOT NULL,
  status           text NOT NULL DEFAULT 'requested'
                   CHECK (status IN ('requested', 'paid', 'failed', 'expired')),
  -- Who started it: a citizen's account, or null (an officer on the applicant's behalf).
  citizen_id       uuid REFERENCES citizen (id),
  created_at       timestamptz NOT NULL,
  settled_at       timestamptz,
  -- When the status query last asked the platform about it (the sweep's cursor).
  queried_at       timestamptz,
  UNIQUE (platform, transaction_ref),
  CHECK ((status = 'requested') = (settled_at IS NULL))
);
CREATE UNIQUE INDEX payment_request_open_key ON payment_request (dossier_id) WHERE status = 'requested';
-- The status-query sweep: open requests, oldest first.
CREATE INDEX payment_request_open_idx ON payment_request (created_at) WHERE status = 'requested';

-- One row per sum of money received (PAY-1), with its receipt (biên lai): numbered per receiving
-- agency and year. A request gives at most one payment.
CREATE TABLE payment (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id       uuid NOT NULL REFERENCES dossier (id),
  agency_id        uuid NOT NULL REFERENCES agency (id),
  amount           bigint NOT NULL CHECK (amount > 0),
  applied_amount   bigint NOT NULL CHECK (applied_amount >= 0 AND applied_amount <= amount),
  method           text NOT NULL CHECK (method IN ('online', 'counter', 'post', 'transfer')),
  receipt_year     int NOT NULL,
  receipt_number   text NOT NULL CHECK (length(receipt_number) BETWEEN 1 AND 50),
  payer_name       text NOT NULL CHECK (length(payer_name) BETWEEN 1 AND 300),
  -- The reference recorded on the dossier (PAY-2): the platform's transaction, or the receipt.
  reference        text NOT NULL,
  request_id       uuid UNIQUE REFERENCES payment_request (id),
  officer_id       uuid REFERENCES officer (id),
  -- The dossier version whose `payment_recorded` event credited it (null: nothing credited).
  dossier_version  int,
  paid_at          timestamptz NOT NULL,
  recorded_at      timestamptz NOT NULL,
  UNIQUE (agency_id, receipt_year, receipt_number),
  CHECK ((method = 'online') = (request_id IS NOT NULL))
);
CREATE INDEX payment_dossier_idx ON payment (dossier_id, paid_at);
-- PAY-3: what the refund helper lists.
CREATE INDEX payment_refundable_idx ON payment (paid_at) WHERE applied_amount < amount;

-- Electronic receipts of online payments: numbered per agency and year without gaps or repeats.
CREATE TABLE payment_receipt_counter (
  agency_id  uuid NOT NULL REFERENCES agency (id),
  year       int NOT NULL,
  last       int NOT NULL,
  PRIMARY KEY (agency_id, year)
);

-- Every callback (and status-query answer) received, as received, with what was decided, for
-- review. Written even when nothing else changes.
CREATE TABLE payment_callback_log (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  received_at      timestamptz NOT NULL,
  source           text NOT NULL CHECK (source IN ('callback', 'status_query')),
  raw_body         text NOT NULL,
  transaction_ref  text,
  nonce            text,
  verdict          text NOT NULL CHECK (verdict IN
                   ('accepted', 'duplicate', 'forged', 'replayed', 'amount_mismatch', 'unknown', 'malformed')),
  request_id       uuid REFERENCES payment_request (id),
  detail           text
);
CREATE INDEX payment_callback_log_review_idx ON payment_callback_log (received_at)
  WHERE verdict NOT IN ('accepted', 'duplicate');

-- Nonces of verified messages from the platform: a nonce seen again with another body is a replay;
-- with the same body (its SHA-256), a duplicate delivery. Kept for the replay window and longer.
CREATE TABLE payment_nonce (
  nonce        text PRIMARY KEY CHECK (length(nonce) BETWEEN 8 AND 100),
  body_sha256  text NOT NULL,
  seen_at      timestamptz NOT NULL
);
