-- Envelope schema, version 9: the lines of version 6's billing_line_stored were moved into blocks
-- and sums by V8 (V8__BillingLinesIntoBlocks.java, a Java migration); the table and its view go.
DROP VIEW billing_line;
DROP TABLE billing_line_stored;
