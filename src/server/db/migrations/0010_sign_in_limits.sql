-- SEC-6 / ACC-1: limits against guessing.
--
-- Wrong passwords lock an account for a while, never for good: `locked_until` is set when the
-- consecutive failures reach a multiple of the threshold, with a delay that doubles each time
-- (sign-in.ts). Accounts locked for good by the former rule are given back to their owners; a
-- lock by an administrator (lost, misused) stays a status.
ALTER TABLE officer ADD COLUMN locked_until timestamptz;

UPDATE officer
   SET status = 'active', status_reason = NULL, status_changed_at = now()
 WHERE status = 'locked' AND status_reason = 'too_many_failures';

-- Requests counted per source (IP address) and limit, shared by every app instance: one fixed
-- window per (bucket, source), counted with one atomic INSERT … ON CONFLICT … RETURNING
-- (http/rate-limit.ts). The counts are worth nothing after a crash, hence UNLOGGED.
CREATE UNLOGGED TABLE rate_limit_counter (
  bucket          text NOT NULL,
  source          text NOT NULL,
  hits            int NOT NULL CHECK (hits >= 0),
  window_ends_at  timestamptz NOT NULL,
  PRIMARY KEY (bucket, source)
);
CREATE INDEX rate_limit_counter_window_idx ON rate_limit_counter (window_ends_at);
