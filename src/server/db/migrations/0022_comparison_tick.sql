-- REC-2: the original of a component shown at the counter for comparison ("bản chính xuất trình để
-- đối chiếu") and handed back at once, recorded per component received; the dossier page shows it
-- and Mẫu 01 prints it.
ALTER TABLE dossier_attachment ADD COLUMN shown_for_comparison boolean NOT NULL DEFAULT false;

-- Components received before with no copy and no scan were listed only because their original was
-- shown (the reception form sent nothing else for them). The table is append-only: its guard is
-- lifted for this one correction only.
ALTER TABLE dossier_attachment DISABLE TRIGGER dossier_attachment_append_only;
UPDATE dossier_attachment
SET shown_for_comparison = true
WHERE purpose = 'component' AND originals = 0 AND certified_copies = 0 AND photocopies = 0 AND file_id IS NULL;
ALTER TABLE dossier_attachment ENABLE TRIGGER dossier_attachment_append_only;
