-- PAY-3: refunds of over- or wrongly paid sums, and the daily reconciliation of each agency's
-- payments with the payment platform's settlement file (docs/PAYMENTS.md).

-- A full counter payment cancels the dossier's open online request (the citizen cannot pay twice);
-- money the platform still reports for it is recorded as refundable.
ALTER TABLE payment_request DROP CONSTRAINT payment_request_status_check;
ALTER TABLE payment_request ADD CONSTRAINT payment_request_status_check
  CHECK (status IN ('requested', 'paid', 'failed', 'expired', 'cancelled'));

-- One refund of (part of) one payment's refundable sum (`amount - applied_amount`): requested by
-- the one-stop with its reason, approved (or rejected) by a leader of the receiving agency, then
-- recorded with the date, method and reference of the money paid back. The sum of a payment's
-- refunds that are not rejected never exceeds its refundable part (checked under the payment's
-- row lock).
CREATE TABLE payment_refund (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  payment_id     uuid NOT NULL REFERENCES payment (id),
  dossier_id     uuid NOT NULL REFERENCES dossier (id),
  agency_id      uuid NOT NULL REFERENCES agency (id),
  amount         bigint NOT NULL CHECK (amount > 0),
  reason         text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  status         text NOT NULL DEFAULT 'requested'
                 CHECK (status IN ('requested', 'approved', 'rejected', 'recorded')),
  requested_by   uuid NOT NULL REFERENCES officer (id),
  requested_at   timestamptz NOT NULL,
  decided_by     uuid REFERENCES officer (id),
  decided_at     timestamptz,
  decision_note  text CHECK (length(decision_note) <= 2000),
  refunded_on    date,
  method         text CHECK (method IN ('cash', 'transfer', 'platform')),
  reference      text CHECK (length(reference) BETWEEN 1 AND 200),
  recorded_by    uuid REFERENCES officer (id),
  recorded_at    timestamptz,
  CHECK ((status = 'requested') = (decided_at IS NULL)),
  CHECK ((status = 'recorded') = (recorded_at IS NOT NULL)),
  CHECK (status <> 'recorded' OR (refunded_on IS NOT NULL AND method IS NOT NULL AND reference IS NOT NULL))
);
CREATE INDEX payment_refund_payment_idx ON payment_refund (payment_id);
CREATE INDEX payment_refund_dossier_idx ON payment_refund (dossier_id, requested_at);

-- One comparison of an agency's payment requests of a day (Vietnam time) with the platform's
-- settlement file of that day; the scheduled run is made once per agency and day.
CREATE TABLE payment_reconciliation_run (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id     uuid NOT NULL REFERENCES agency (id),
  day           date NOT NULL,
  trigger       text NOT NULL CHECK (trigger IN ('manual', 'schedule')),
  started_by    uuid REFERENCES officer (id),
  started_at    timestamptz NOT NULL,
  status        text NOT NULL CHECK (status IN ('succeeded', 'failed')),
  file_lines    int NOT NULL DEFAULT 0,
  motcua_lines  int NOT NULL DEFAULT 0,
  matched       int NOT NULL DEFAULT 0,
  error         text
);
CREATE UNIQUE INDEX payment_reconciliation_scheduled_key ON payment_reconciliation_run (agency_id, day)
  WHERE trigger = 'schedule';
CREATE INDEX payment_reconciliation_run_agency_idx ON payment_reconciliation_run (agency_id, started_at DESC);

-- Every line that does not match: `missing` (in the file, not in motcua), `extra` (in motcua, not
-- in the file), `different` (amount or status differ).
CREATE TABLE payment_reconciliation_line (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id           uuid NOT NULL REFERENCES payment_reconciliation_run (id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('missing', 'extra', 'different')),
  transaction_ref  text NOT NULL,
  dossier_code     text NOT NULL,
  file_amount      bigint,
  motcua_amount    bigint,
  file_status      text,
  motcua_status    text
);
CREATE INDEX payment_reconciliation_line_run_idx ON payment_reconciliation_line (run_id);
-- The day's requests of an agency, by Vietnam date of creation.
CREATE INDEX payment_request_created_idx ON payment_request (created_at);
