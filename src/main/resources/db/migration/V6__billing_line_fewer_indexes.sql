-- Envelope schema, version 6: one index entry less per imported billing line.
-- No query filters or orders on epic_key alone through an index that pays for itself: per-epic
-- spend groups whole batches or sprints (found by batch_id and sprint_id) and the rest scan the
-- table. Each index costs a B-tree insert, an undo-log record and a commit step per line.
DROP INDEX ix_billing_line_epic;
