-- REC-4 (issue #14): the digital signature found in an uploaded PDF, checked when it is uploaded
-- (src/server/modules/signatures/): whether it verifies and covers the whole file, and the signer
-- named by its certificate. NULL for files without a signature (and for images). The trust chain
-- to the national CA is not checked; the issuer is recorded.
ALTER TABLE stored_file ADD COLUMN signature jsonb;
