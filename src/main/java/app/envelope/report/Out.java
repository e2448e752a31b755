package app.envelope.report;

import app.envelope.report.Styles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes cells of one sheet. Text is always written as a string cell (never parsed), with the
 * quote prefix when it starts like a formula; formulas come only from this package's fixed
 * templates and carry Envelope's own figure as their cached result.
 */
final class Out {
    /** Excel's limit on the characters of one cell. */
    static final int MAX_TEXT = 32_767;

    private final Sheet sheet;
    private final Styles styles;

    Out(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    Styles styles() {
        return styles;
    }

    Row row(int index) {
        Row r = sheet.getRow(index);
        return r == null ? sheet.createRow(index) : r;
    }

    /** Whether a string would read as a formula, a sign or a mention if typed into a spreadsheet. */
    static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** A string cell holding exactly {@code value} (nothing when null). */
    void text(Row row, int col, String value, boolean input) {
        text(row, col, value, input, false);
    }

    void text(Row row, int col, String value, boolean input, boolean total) {
        text(row, col, value, Kind.TEXT, input, total);
    }

    /** A short code (size, tier, yes/no), centred. */
    void code(Row row, int col, String value, boolean input) {
        text(row, col, value, Kind.CODE, input, false);
    }

    /** A note in words (indented from the figure before it). */
    void note(Row row, int col, String value) {
        text(row, col, value, Kind.NOTE, false, false);
    }

    private void text(Row row, int col, String value, Kind kind, boolean input, boolean total) {
        Cell c = row.createCell(col);
        if (value == null) {
            c.setCellStyle(styles.cell(kind, input, total, false));
            return;
        }
        String v = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
        c.setCellValue(v);
        c.setCellStyle(styles.cell(kind, input, total, looksLikeFormula(v)));
    }

    void styled(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** A number cell; blank (but styled) when null. */
    void number(Row row, int col, BigDecimal value, Kind kind, boolean input) {
        number(row, col, value, kind, input, false);
    }

    void number(Row row, int col, BigDecimal value, Kind kind, boolean input, boolean total) {
        Cell c = row.createCell(col);
        c.setCellStyle(styles.cell(kind, input, total, false));
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
    }

    void number(Row row, int col, long value, Kind kind, boolean input) {
        Cell c = row.createCell(col);
        c.setCellStyle(styles.cell(kind, input, false, false));
        c.setCellValue(value);
    }

    void date(Row row, int col, LocalDate value, Kind kind, boolean input) {
        Cell c = row.createCell(col);
        c.setCellStyle(styles.cell(kind, input, false, false));
        if (value != null) {
            c.setCellValue(value);
        }
    }

    /** A formula cell with a numeric cached result (Envelope's figure). */
    void formula(Row row, int col, String formula, BigDecimal cached, Kind kind, boolean total) {
        Cell c = row.createCell(col);
        c.setCellStyle(styles.cell(kind, false, total, false));
        c.setCellFormula(formula);
        if (cached != null) {
            c.setCellValue(cached.doubleValue());
        }
    }

    /** A formula cell with a text cached result. */
    void formulaText(Row row, int col, String formula, String cached, Kind kind, boolean total) {
        Cell c = row.createCell(col);
        c.setCellStyle(styles.cell(kind, false, total, false));
        c.setCellFormula(formula);
        if (cached != null) {
            c.setCellValue(cached);
        }
    }

    /** A header row: input columns get the input fill. */
    void header(int rowIndex, String[] titles, boolean[] inputs) {
        Row r = row(rowIndex);
        r.setHeightInPoints(33);
        for (int i = 0; i < titles.length; i++) {
            styled(r, i, titles[i], inputs != null && inputs[i] ? styles.headerInput : styles.header);
        }
    }

    void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256 + 200);
        }
    }

    /** {@code $A$3:$A$40} for column {@code col} over rows {@code first..last} (0-based, inclusive). */
    static String range(String sheetName, int col, int first, int last) {
        String c = CellReference.convertNumToColString(col);
        return sheetName + "!$" + c + "$" + (first + 1) + ":$" + c + "$" + (Math.max(first, last) + 1);
    }

    static String col(int index) {
        return CellReference.convertNumToColString(index);
    }
}
