-- Interactive e-forms (CFG-2) and electronic workflows (PRC-1, PRC-4), and the directory of
-- administrative units that address fields are checked against.
--
-- Both are versioned the way the catalog is: a draft may be edited (with an optimistic `revision`);
-- once a form is published or a workflow submitted its content never changes again (triggers
-- refuse it), so a dossier that started with version N can always read version N.

-- ------------------------------------------------------------------ administrative units
-- Two-tier local administration from 01/7/2025: provinces (tỉnh, thành phố) and communes (xã,
-- phường, đặc khu). Loaded by the deployment; read by the e-form renderer and validator.
CREATE TABLE administrative_unit (
  code           text PRIMARY KEY CHECK (code ~ '^[0-9A-Za-z._-]{1,20}$'),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  level          text NOT NULL CHECK (level IN ('province', 'commune')),
  province_code  text REFERENCES administrative_unit (code),
  CHECK ((level = 'province') = (province_code IS NULL))
);
CREATE INDEX administrative_unit_province_idx ON administrative_unit (province_code, name);

-- --------------------------------------------------------------------------------- e-forms
-- One e-form per procedure, in versions. `published_version` is what the portal shows.
CREATE TABLE form (
  procedure_id       uuid PRIMARY KEY REFERENCES procedure (id),
  published_version  int,
  created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE form_version (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id  uuid NOT NULL REFERENCES form (procedure_id),
  version       int NOT NULL CHECK (version > 0),
  status        text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  -- The definition as checked by src/domain/forms (validateFormDefinition).
  definition    jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
  -- Bumped by every edit of a draft; an edit names the revision it started from (409 otherwise).
  revision      int NOT NULL DEFAULT 1 CHECK (revision > 0),
  created_by    uuid REFERENCES officer (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    uuid REFERENCES officer (id),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  published_by  uuid REFERENCES officer (id),
  published_at  timestamptz,
  retired_at    timestamptz,
  UNIQUE (procedure_id, version),
  CHECK ((status = 'draft') = (published_at IS NULL)),
  CHECK ((status = 'retired') = (retired_at IS NOT NULL))
);
CREATE UNIQUE INDEX form_version_one_draft ON form_version (procedure_id) WHERE status = 'draft';
CREATE UNIQUE INDEX form_version_one_published ON form_version (procedure_id) WHERE status = 'published';

ALTER TABLE form
  ADD CONSTRAINT form_published_version_fk
  FOREIGN KEY (procedure_id, published_version) REFERENCES form_version (procedure_id, version);

-- Published content is immutable: only the lifecycle moves (draft → published → retired) and only
-- a draft may be deleted.
CREATE FUNCTION form_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'form version % v% is % and cannot be deleted', OLD.procedure_id, OLD.version, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF NOT (OLD.status = NEW.status
          OR (OLD.status = 'draft' AND NEW.status = 'published')
          OR (OLD.status = 'published' AND NEW.status = 'retired')) THEN
    RAISE EXCEPTION 'form version cannot go from % to %', OLD.status, NEW.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.status <> 'draft' AND (NEW.definition IS DISTINCT FROM OLD.definition
                                OR NEW.revision IS DISTINCT FROM OLD.revision
                                OR NEW.procedure_id IS DISTINCT FROM OLD.procedure_id
                                OR NEW.version IS DISTINCT FROM OLD.version) THEN
    RAISE EXCEPTION 'form version % v% is % and its content cannot change', OLD.procedure_id, OLD.version, OLD.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER form_version_guard
  BEFORE UPDATE OR DELETE ON form_version
  FOR EACH ROW EXECUTE FUNCTION form_version_guard();

-- ------------------------------------------------------------------------------- workflows
-- One workflow per procedure and agency (the agency that handles the procedure), in versions.
CREATE TABLE workflow (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id  uuid NOT NULL REFERENCES procedure (id),
  agency_id     uuid NOT NULL REFERENCES agency (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (procedure_id, agency_id)
);
CREATE INDEX workflow_agency_idx ON workflow (agency_id);

-- draft → submitted → approved (or submitted → draft when returned). The approved version in use
-- at an instant is the highest approved version whose effective_from has come; later approved
-- versions wait ("scheduled"), earlier ones are superseded. Approved versions never change.
CREATE TABLE workflow_version (
  id                            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workflow_id                   uuid NOT NULL REFERENCES workflow (id),
  version                       int NOT NULL CHECK (version > 0),
  status                        text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved')),
  -- The definition as checked by src/domain/workflow (validateWorkflow).
  definition                    jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
  revision                      int NOT NULL DEFAULT 1 CHECK (revision > 0),
  -- PRC-1: the statutory time the steps were last checked against, and the catalog version it
  -- came from (a rule that decides a date records which version applied).
  statutory_amount              double precision NOT NULL CHECK (statutory_amount >= 0),
  statutory_unit                text NOT NULL
                                  CHECK (statutory_unit IN ('working_days', 'working_hours', 'half_days', 'calendar_days')),
  statutory_cutoff              text CHECK (statutory_cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  statutory_procedure_version   int,
  -- Longest path of the steps: working minutes, or calendar days (measure).
  total_amount                  double precision NOT NULL CHECK (total_amount >= 0),
  total_measure                 text NOT NULL CHECK (total_measure IN ('working_minutes', 'calendar_days')),
  created_by                    uuid REFERENCES officer (id),
  created_at                    timestamptz NOT NULL DEFAULT now(),
  updated_by                    uuid REFERENCES officer (id),
  updated_at                    timestamptz NOT NULL DEFAULT now(),
  submitted_by                  uuid REFERENCES officer (id),
  submitted_at                  timestamptz,
  approved_by                   uuid REFERENCES officer (id),
  approved_at                   timestamptz,
  effective_from                timestamptz,
  UNIQUE (workflow_id, version),
  CHECK ((status = 'draft') = (submitted_at IS NULL)),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL)),
  CHECK (status <> 'approved' OR (approved_by IS NOT NULL AND effective_from IS NOT NULL)),
  -- PRC-1 approval step: the approver is neither the one who submitted nor the last to edit.
  CHECK (approved_by IS NULL OR (approved_by IS DISTINCT FROM submitted_by AND approved_by IS DISTINCT FROM updated_by))
);
-- At most one version in preparation (draft or submitted) per workflow.
CREATE UNIQUE INDEX workflow_version_one_open ON workflow_version (workflow_id) WHERE status IN ('draft', 'submitted');
CREATE INDEX workflow_version_approved_idx ON workflow_version (workflow_id, version DESC) WHERE status = 'approved';

CREATE FUNCTION workflow_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'workflow version % v% is % and cannot be deleted', OLD.workflow_id, OLD.version, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'approved' THEN
    RAISE EXCEPTION 'workflow version % v% is approved and cannot change', OLD.workflow_id, OLD.version
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NOT (OLD.status = NEW.status
          OR (OLD.status = 'draft' AND NEW.status = 'submitted')
          OR (OLD.status = 'submitted' AND NEW.status IN ('draft', 'approved'))) THEN
    RAISE EXCEPTION 'workflow version cannot go from % to %', OLD.status, NEW.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.status <> 'draft' AND (NEW.definition IS DISTINCT FROM OLD.definition
                                OR NEW.workflow_id IS DISTINCT FROM OLD.workflow_id
                                OR NEW.version IS DISTINCT FROM OLD.version) THEN
    RAISE EXCEPTION 'workflow version % v% is % and its steps cannot change', OLD.workflow_id, OLD.version, OLD.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER workflow_version_guard
  BEFORE UPDATE OR DELETE ON workflow_version
  FOR EACH ROW EXECUTE FUNCTION workflow_version_guard();

-- The history of a workflow version: who wrote, submitted, returned (with the reason) and
-- approved it. Append-only.
CREATE TABLE workflow_version_event (
  id           bigserial PRIMARY KEY,
  version_id   uuid NOT NULL REFERENCES workflow_version (id) ON DELETE CASCADE,
  action       text NOT NULL CHECK (action IN ('created', 'updated', 'submitted', 'returned', 'approved')),
  officer_id   uuid REFERENCES officer (id),
  at           timestamptz NOT NULL DEFAULT now(),
  note         text CHECK (length(note) <= 2000)
);
CREATE INDEX workflow_version_event_version_idx ON workflow_version_event (version_id, id);

CREATE FUNCTION workflow_version_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Deleting a discarded draft removes its events with it (ON DELETE CASCADE); nothing else may.
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM workflow_version WHERE id = OLD.version_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'workflow version events are append-only'
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;
CREATE TRIGGER workflow_version_event_append_only
  BEFORE UPDATE OR DELETE ON workflow_version_event
  FOR EACH ROW EXECUTE FUNCTION workflow_version_event_append_only();
