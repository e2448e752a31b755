-- Envelope schema, version 10: the size in bytes of each imported file. Two files with the same
-- SHA-256 have the same size, so a file whose size no batch has cannot have been imported before,
-- and the import does not need to hash it before reading it (it hashes it as it reads; decision
-- 0022). Batches imported before this version have no size: while one exists, every import hashes
-- its file first, as before.
ALTER TABLE import_batch ADD COLUMN file_bytes BIGINT;
