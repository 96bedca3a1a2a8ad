-- SEC-2: the audit trail. Append-only (no role may update, delete or truncate it: the trigger
-- refuses, whoever asks) and hash-chained: each row carries the hash of the previous one.
CREATE TABLE audit_log (
  seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at               timestamptz NOT NULL,
  actor_kind       text NOT NULL CHECK (actor_kind IN ('officer', 'citizen', 'anonymous', 'system')),
  actor_id         text,
  actor_name       text,
  actor_roles      text[] NOT NULL DEFAULT '{}',
  actor_agency_id  uuid,
  action           text NOT NULL,
  object_type      text,
  object_id        text,
  outcome          text NOT NULL CHECK (outcome IN ('success', 'denied', 'rejected', 'error')),
  status           int,
  detail           jsonb NOT NULL DEFAULT '{}',
  ip               text,
  user_agent       text,
  request_id       text,
  prev_hash        bytea,
  hash             bytea NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq);
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_id, seq);
CREATE INDEX audit_log_action_idx ON audit_log (action, seq);

CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'history table % is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

-- ACC-1, ACC-2: account lifecycle and login throttling.
ALTER TABLE officer
  ADD COLUMN failed_logins         int NOT NULL DEFAULT 0,
  ADD COLUMN status_reason         text,
  ADD COLUMN status_changed_at     timestamptz,
  ADD COLUMN password_changed_at   timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN must_change_password  boolean NOT NULL DEFAULT false;
