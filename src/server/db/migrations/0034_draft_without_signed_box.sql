-- REC-4 (issue #14): a submission's digital signature is what the server verifies in the uploaded
-- PDFs (stored_file.signature, migration 0032), never a box the applicant ticks; the drafts no
-- longer keep that box.
ALTER TABLE online_draft DROP COLUMN signed;
