-- REC-4 (issue #14): a citizen's online submission saved as they go, resumable on another device.
-- One draft per citizen and procedure: the e-form answers, the step reached, the uploaded file ids
-- per component, the agency and delivery chosen, and the draft's Idempotency-Key (kept on resume,
-- so a resumed draft submitted twice still makes one dossier). Deleted when the dossier is
-- submitted; drafts untouched for long are deleted by the upkeep job.
CREATE TABLE online_draft (
  citizen_id       uuid NOT NULL REFERENCES citizen (id),
  procedure_id     uuid NOT NULL REFERENCES procedure (id),
  form_version     integer,
  idempotency_key  text NOT NULL CHECK (idempotency_key ~ '^[\x21-\x7e]{1,200}$'),
  step             smallint NOT NULL DEFAULT 0 CHECK (step >= 0),
  agency_id        uuid,
  form_data        jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- [{ "index": 0, "fileId": "…" }, …]: files uploaded by the citizen (POST /api/citizen/files).
  components       jsonb NOT NULL DEFAULT '[]'::jsonb,
  result_delivery  text CHECK (result_delivery IN ('counter', 'post', 'electronic')),
  signed           boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (citizen_id, procedure_id)
);
CREATE INDEX online_draft_updated_idx ON online_draft (updated_at);
