package app.envelope.billing.table;

/**
 * One data row of a table.
 *
 * @param number 1-based data row number (1 = first row after the header)
 * @param cells  the row's cells, one per header column (missing trailing cells are empty strings)
 * @param error  why the row could not be read as a row (e.g. an unclosed quote), else null
 */
public record TableRow(long number, String[] cells, String error) {
}
