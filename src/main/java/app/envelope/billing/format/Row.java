package app.envelope.billing.format;

import app.envelope.billing.parse.CellText;
import app.envelope.billing.parse.Dates;
import app.envelope.billing.parse.DecimalStyle;
import app.envelope.billing.parse.Decimals;
import app.envelope.domain.NamedValues;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;

/**
 * One data row as the mappers see it, with typed getters that reject the row with a reason in
 * the user's words ({@code cost "abc" is not a number (column gross_amount)}). Reused from row
 * to row by the reader.
 */
public final class Row {
    private static final int RECENT = 4;
    private final Header header;
    private final DecimalStyle style;
    /** The kept cells of the last few rows whose cells differed, and the map each got. */
    private final Extras[] recent = new Extras[RECENT];
    private int nextRecent;
    private int[] namesOf;
    private NamedValues.Names names;
    private long number;
    private String[] cells;

    private record Extras(int[] cols, String[] values, Map<String, String> map) {
    }

    public Row(Header header, DecimalStyle style) {
        this.header = header;
        this.style = style;
    }

    public Row reset(long number, String[] cells) {
        this.number = number;
        this.cells = cells;
        return this;
    }

    public long number() {
        return number;
    }

    /** Trimmed text of the column, or null when absent, empty or {@code NULL}. */
    public String text(int col) {
        return col < 0 || col >= cells.length ? null : CellText.clean(cells[col]);
    }

    /** First non-null text of the columns. */
    public String firstText(int... cols) {
        for (int c : cols) {
            String t = text(c);
            if (t != null) return t;
        }
        return null;
    }

    public String requiredText(int col, String what) {
        String t = text(col);
        if (t == null) throw missing(col, what);
        return t;
    }

    /** A money cell, or null when empty. */
    public BigDecimal money(int col) {
        return number(col, "cost");
    }

    public BigDecimal requiredMoney(int col, String what) {
        BigDecimal v = money(col);
        if (v == null) throw missing(col, what);
        return v;
    }

    /** A numeric cell, or null when empty; {@code what} names it in a rejection. */
    public BigDecimal number(int col, String what) {
        if (col < 0 || col >= cells.length) return null;
        String raw = cells[col];
        try {
            return Decimals.parse(raw, style);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(what + " \"" + raw.strip() + "\" is not a number" + column(col));
        }
    }

    /** The UTC day of a required date column. */
    public LocalDate date(int col) {
        return date(col, null);
    }

    /** The UTC day of a required date column, parsed with the pattern when it is not null. */
    public LocalDate date(int col, DateTimeFormatter pattern) {
        String raw = col < 0 || col >= cells.length ? null : cells[col];
        LocalDate day;
        try {
            day = pattern == null ? Dates.utcDay(raw) : Dates.utcDay(raw, pattern);
        } catch (DateTimeException | NumberFormatException e) {
            throw new RowRejectedException("date \"" + raw.strip() + "\" is not a date" + column(col));
        }
        if (day == null) throw missing(col, "date");
        return day;
    }

    /**
     * The non-empty cells of the given columns by header name, in column order, as an immutable map
     * (which the line's {@code WorkTags} then keeps without copying). Billing rows repeat the same
     * kept cells (an organization, a workflow, a price): a row whose cells equal those of one of the
     * last few rows gets that row's map, so the lines share it instead of each making its own.
     */
    public Map<String, String> extras(int[] cols) {
        if (cols.length == 0) return Map.of();
        String[] values = new String[cols.length];
        for (int i = 0; i < cols.length; i++) {
            values[i] = text(cols[i]);
        }
        for (Extras e : recent) {
            if (e != null && e.cols() == cols && Arrays.equals(e.values(), values)) {
                return e.map();
            }
        }
        NamedValues map = NamedValues.of(names(cols), values);
        recent[nextRecent] = new Extras(cols, values, map);
        nextRecent = (nextRecent + 1) % RECENT;
        return map;
    }

    /** The header's names of the columns, made once per set of columns (a format asks with the same array each row). */
    private NamedValues.Names names(int[] cols) {
        if (namesOf != cols) {
            String[] n = new String[cols.length];
            for (int i = 0; i < cols.length; i++) {
                n[i] = header.name(cols[i]);
            }
            names = new NamedValues.Names(n);
            namesOf = cols;
        }
        return names;
    }

    public RowRejectedException missing(int col, String what) {
        return new RowRejectedException(what + " is missing" + column(col));
    }

    private String column(int col) {
        return col >= 0 && col < header.size() ? " (column " + header.name(col) + ")" : "";
    }
}
