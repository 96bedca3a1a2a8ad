-- RES-3, DIG-1 (issue #14): the citizen's personal data store ("Kho quản lý dữ liệu điện tử").
-- An item is a stored file the citizen keeps under their account: one they uploaded themselves
-- (kind 'uploaded'), or the electronic result of one of their dossiers, put there by itself in the
-- transaction that returned it (kind 'result', with the dossier and the result's document number).
-- A file is in a citizen's store at most once. Files in a store are never deleted by the upkeep's
-- orphan sweep (upkeep/run-upkeep.ts); deleting the item lets the sweep take a file nobody attached.
CREATE TABLE data_store_item (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id          uuid NOT NULL REFERENCES citizen (id),
  file_id             uuid NOT NULL REFERENCES stored_file (id),
  title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  kind                text NOT NULL CHECK (kind IN ('uploaded', 'result')),
  source_dossier_id   uuid REFERENCES dossier (id),
  source_dossier_code text,
  document_number     text,
  created_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (citizen_id, file_id),
  CHECK ((kind = 'result') = (source_dossier_id IS NOT NULL))
);
CREATE INDEX data_store_item_citizen_idx ON data_store_item (citizen_id, created_at DESC);
CREATE INDEX data_store_item_file_idx ON data_store_item (file_id);

-- DIG-1: a component or supplement taken from the applicant's own data store (reused, not uploaded
-- again) is flagged on its attachment, so the reuse rate can be counted. Set on insert, from the
-- store of the dossier's owner (attachments are append-only).
ALTER TABLE dossier_attachment ADD COLUMN from_data_store boolean NOT NULL DEFAULT false;

CREATE FUNCTION mark_attachment_from_data_store() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.file_id IS NOT NULL AND NEW.purpose IN ('component', 'supplement') THEN
    NEW.from_data_store := EXISTS (
      SELECT 1 FROM data_store_item i JOIN dossier d ON d.applicant_account_id = i.citizen_id
      WHERE d.id = NEW.dossier_id AND i.file_id = NEW.file_id);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER dossier_attachment_from_data_store BEFORE INSERT ON dossier_attachment
  FOR EACH ROW EXECUTE FUNCTION mark_attachment_from_data_store();
