-- Uploads waiting to be attached, and the upkeep that removes what nobody will use again.
--
-- `stored_file.attached` is set once a dossier attachment refers to the file (the trigger below,
-- in the attachment's own transaction), so that the files still waiting to be attached are found
-- with an index: the per-account quota of pending uploads counts them at every upload
-- (dossiers/store-file.ts), and the upkeep deletes those older than UPLOAD_ORPHAN_HOURS
-- (upkeep/delete-orphan-files.ts). A file is never detached: attachments are append-only.
ALTER TABLE stored_file ADD COLUMN attached boolean NOT NULL DEFAULT false;

UPDATE stored_file f SET attached = true
WHERE EXISTS (SELECT 1 FROM dossier_attachment a WHERE a.file_id = f.id);

CREATE FUNCTION mark_file_attached() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE stored_file SET attached = true WHERE id = NEW.file_id AND NOT attached;
  RETURN NULL;
END
$$;
CREATE TRIGGER dossier_attachment_marks_file AFTER INSERT ON dossier_attachment
  FOR EACH ROW WHEN (NEW.file_id IS NOT NULL) EXECUTE FUNCTION mark_file_attached();

-- The quota (an account's pending uploads) and the orphan sweep (the oldest pending uploads).
CREATE INDEX stored_file_pending_idx ON stored_file (uploaded_by, created_at) WHERE NOT attached;
CREATE INDEX stored_file_orphan_idx ON stored_file (created_at) WHERE NOT attached;
