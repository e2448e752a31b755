package app.envelope.billing;

import java.util.List;

/**
 * A data row that was not imported.
 *
 * @param row    1-based data row number (1 = first row after the header)
 * @param reason why, e.g. {@code cost "abc" is not a number (column gross_amount)}
 * @param cells  the row's original cells
 */
public record RejectedRow(long row, String reason, List<String> cells) {
    public RejectedRow {
        cells = List.copyOf(cells);
    }

    /** {@code row 1042: cost "abc" is not a number (column gross_amount)}. */
    public String message() {
        return "row " + row + ": " + reason;
    }
}
