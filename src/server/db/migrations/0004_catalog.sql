-- Procedure catalog (thủ tục hành chính): LKP-2 search, CFG-1 import/export, versioned content.
--
-- `procedure` is the identity (national code) and points at its published version, if any.
-- `procedure_version` holds the content. A draft may be edited; once published its content never
-- changes again (a trigger refuses it), so a dossier that started on version N can always read
-- version N. Publishing version N+1 retires version N; retired versions stay forever.

-- Search folding: lower case, no diacritics (đ → d), every run of other characters one space,
-- with a space at both ends so that "% word%" matches a word prefix. unaccent() itself is only
-- STABLE (it reads its dictionary through search_path), so the wrapper names the dictionary by
-- its schema and is declared IMMUTABLE: it can then feed a generated column and an index.
DO $do$
DECLARE
  ext_schema text;
BEGIN
  SELECT n.nspname INTO ext_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'unaccent';
  EXECUTE format(
    $f$CREATE FUNCTION catalog_fold(text) RETURNS text
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $b$ SELECT ' ' || btrim(regexp_replace(lower(%1$I.unaccent(%2$L::regdictionary, $1)),
                                                   '[^a-z0-9]+', ' ', 'g')) || ' ' $b$ $f$,
    ext_schema, quote_ident(ext_schema) || '.unaccent');
END
$do$;

CREATE TABLE procedure (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Code of the national procedure database (CSDL quốc gia về TTHC), e.g. 1.001193.
  code               text NOT NULL UNIQUE CHECK (code ~ '^[0-9]\.[0-9]{6}$'),
  -- The version the public sees; NULL when unpublished. Kept in step with procedure_version.status.
  published_version  int,
  -- The last version number given out; numbers are never reused, even for a discarded draft.
  last_version       int NOT NULL DEFAULT 0 CHECK (last_version >= 0),
  created_at         timestamptz NOT NULL DEFAULT now()
);

-- Column order matters for search speed: what search and facets read comes first (fixed-width,
-- then short text), the large jsonb lists last, so that scanning every published row does not
-- have to step over them.
CREATE TABLE procedure_version (
  id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id                uuid NOT NULL REFERENCES procedure (id),
  version                     int NOT NULL CHECK (version > 0),
  -- Facet bit masks for search, in the order of the API enums (src/contracts/catalog.ts):
  -- applicants individual=1, organization=2; levels province=1, department=2, district=4, commune=8.
  applicant_mask              smallint GENERATED ALWAYS AS (
                                (CASE WHEN 'individual' = ANY (applicant_types) THEN 1 ELSE 0 END)
                                | (CASE WHEN 'organization' = ANY (applicant_types) THEN 2 ELSE 0 END)) STORED,
  level_mask                  smallint GENERATED ALWAYS AS (
                                (CASE WHEN 'province' = ANY (levels) THEN 1 ELSE 0 END)
                                | (CASE WHEN 'department' = ANY (levels) THEN 2 ELSE 0 END)
                                | (CASE WHEN 'district' = ANY (levels) THEN 4 ELSE 0 END)
                                | (CASE WHEN 'commune' = ANY (levels) THEN 8 ELSE 0 END)) STORED,
  status                      text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  service_level               text NOT NULL
                                CHECK (service_level IN ('full_online', 'partial_online', 'information_only')),
  field_code                  text NOT NULL CHECK (field_code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
  search_name                 text GENERATED ALWAYS AS (catalog_fold(name)) STORED,
  search_text                 text GENERATED ALWAYS AS (catalog_fold(name || ' ' || field_name)) STORED,
  name                        text NOT NULL CHECK (length(name) BETWEEN 1 AND 1000),
  field_name                  text NOT NULL CHECK (length(field_name) BETWEEN 1 AND 300),
  levels                      text[] NOT NULL
                                CHECK (cardinality(levels) > 0
                                       AND levels <@ ARRAY['province', 'department', 'district', 'commune']),
  applicant_types             text[] NOT NULL
                                CHECK (cardinality(applicant_types) > 0
                                       AND applicant_types <@ ARRAY['individual', 'organization']),
  -- Statutory processing time (CAL-5).
  processing_amount           double precision NOT NULL CHECK (processing_amount BETWEEN 0 AND 3650),
  processing_unit             text NOT NULL
                                CHECK (processing_unit IN ('working_days', 'working_hours', 'half_days', 'calendar_days')),
  -- CAL-8 same-day cut-off, HH:MM.
  same_day_cutoff             text CHECK (same_day_cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  -- PRC-5: a return for supplement comes no later than this many working days after reception.
  supplement_limit_days       int NOT NULL DEFAULT 3 CHECK (supplement_limit_days BETWEEN 1 AND 30),
  digital_signature_required  boolean NOT NULL,
  electronic_result           boolean NOT NULL,
  created_by                  uuid REFERENCES officer (id),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  published_at                timestamptz,
  published_by                uuid REFERENCES officer (id),
  retired_at                  timestamptz,
  result_name                 text NOT NULL CHECK (length(result_name) BETWEEN 1 AND 1000),
  -- Lists, as validated by the API contracts (src/contracts/catalog.ts). Money is integer đồng.
  fees                        jsonb NOT NULL CHECK (jsonb_typeof(fees) = 'array'),
  components                  jsonb NOT NULL CHECK (jsonb_typeof(components) = 'array'),
  steps                       jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
  requirements                jsonb NOT NULL CHECK (jsonb_typeof(requirements) = 'array'),
  legal_basis                 jsonb NOT NULL CHECK (jsonb_typeof(legal_basis) = 'array'),
  UNIQUE (procedure_id, version),
  CHECK ((status = 'draft') = (published_at IS NULL)),
  CHECK ((status = 'retired') = (retired_at IS NOT NULL))
);
-- At most one published and one draft version per procedure.
CREATE UNIQUE INDEX procedure_version_one_published ON procedure_version (procedure_id) WHERE status = 'published';
CREATE UNIQUE INDEX procedure_version_one_draft ON procedure_version (procedure_id) WHERE status = 'draft';
-- LKP-2: word-prefix and similarity search over the published catalog.
CREATE INDEX procedure_version_search_trgm ON procedure_version
  USING gin (search_text gin_trgm_ops) WHERE status = 'published';
CREATE INDEX procedure_version_field_idx ON procedure_version (field_code) WHERE status = 'published';

-- Every word of the published catalog (folded), to correct typos in search words (LKP-2): a word
-- that begins no catalog word is replaced by the most similar ones. Filled when a version is
-- published; words of later retired versions stay (harmless: they only suggest a spelling).
CREATE TABLE catalog_word (
  word  text PRIMARY KEY
);
CREATE INDEX catalog_word_prefix_idx ON catalog_word (word text_pattern_ops);
CREATE INDEX catalog_word_trgm_idx ON catalog_word USING gist (word gist_trgm_ops);

CREATE FUNCTION catalog_word_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalog_word (word)
  SELECT DISTINCT w
    FROM changed, unnest(string_to_array(btrim(changed.search_text), ' ')) AS w
   WHERE changed.status = 'published' AND w <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER catalog_word_collect
  AFTER UPDATE ON procedure_version
  REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_word_collect();

ALTER TABLE procedure
  ADD CONSTRAINT procedure_published_version_fk
  FOREIGN KEY (id, published_version) REFERENCES procedure_version (procedure_id, version);

-- The agencies that offer a version of a procedure (where to submit).
CREATE TABLE procedure_version_agency (
  version_id  uuid NOT NULL REFERENCES procedure_version (id) ON DELETE CASCADE,
  agency_id   uuid NOT NULL REFERENCES agency (id),
  PRIMARY KEY (version_id, agency_id)
);
CREATE INDEX procedure_version_agency_agency_idx ON procedure_version_agency (agency_id);

-- Published content is immutable: only the lifecycle may move (draft → published → retired), and
-- only a draft may be deleted. Dossiers rely on the version they started with.
CREATE FUNCTION procedure_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  lifecycle constant text[] := ARRAY['status', 'published_at', 'published_by', 'retired_at',
                                     'updated_at', 'search_name', 'search_text', 'applicant_mask',
                                     'level_mask'];
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'procedure version % v% is % and cannot be deleted', OLD.procedure_id, OLD.version, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF NOT (OLD.status = NEW.status
          OR (OLD.status = 'draft' AND NEW.status = 'published')
          OR (OLD.status = 'published' AND NEW.status = 'retired')) THEN
    RAISE EXCEPTION 'procedure version cannot go from % to %', OLD.status, NEW.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.status <> 'draft' AND (to_jsonb(OLD) - lifecycle) IS DISTINCT FROM (to_jsonb(NEW) - lifecycle) THEN
    RAISE EXCEPTION 'procedure version % v% is % and its content cannot change', OLD.procedure_id, OLD.version, OLD.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER procedure_version_guard
  BEFORE UPDATE OR DELETE ON procedure_version
  FOR EACH ROW EXECUTE FUNCTION procedure_version_guard();

-- The agencies of a published or retired version are part of its content.
CREATE FUNCTION procedure_version_agency_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  version_status text;
  row_version uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
BEGIN
  SELECT status INTO version_status FROM procedure_version WHERE id = row_version;
  IF version_status IS NOT NULL AND version_status <> 'draft' THEN
    RAISE EXCEPTION 'the agencies of a % procedure version cannot change', version_status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER procedure_version_agency_guard
  AFTER INSERT OR UPDATE OR DELETE ON procedure_version_agency
  FOR EACH ROW EXECUTE FUNCTION procedure_version_agency_guard();
