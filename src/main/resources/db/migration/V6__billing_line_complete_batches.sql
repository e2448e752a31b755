-- Envelope schema, version 6: a billing file is stored in committed chunks, yet only complete
-- files are ever visible.
--
-- 1. One index entry less per imported line. No query filters or orders on epic_key alone through
--    an index that pays for itself (per-epic spend groups whole batches or sprints, found by
--    batch_id and sprint_id; the rest scan the table), and H2 chose it for "epic_key IS NULL",
--    which made a sprint's unattributed spend slow. Each index costs a B-tree insert, an undo-log
--    record and a commit step per line.
-- 2. The lines live in billing_line_stored; billing_line is a view of the lines of complete
--    batches. An import marks its batch importing = TRUE, commits its lines in chunks (a single
--    transaction for a million lines spent a third of its CPU on the undo log and on re-reading
--    evicted pages at commit) and clears the flag in its last transaction: readers of billing_line
--    see all of a file's lines or none. A cancelled or failed import deletes its lines; those of a
--    killed process are deleted when the store is next opened.
DROP INDEX ix_billing_line_epic;

ALTER TABLE import_batch ADD COLUMN importing BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE billing_line RENAME TO billing_line_stored;

CREATE VIEW billing_line AS
SELECT id, batch_id, row_number, charge_date, vendor, product, sku, model, unit, token_type, quantity, tokens,
       list_cost, effective_cost, billed_cost, currency, fx_rate, project, repository, workspace, api_key_name,
       cost_center, user_name, raw_tags, extra, epic_key, sprint_id
FROM billing_line_stored
WHERE batch_id NOT IN (SELECT id FROM import_batch WHERE importing);
