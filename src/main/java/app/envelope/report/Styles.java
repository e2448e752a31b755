package app.envelope.report;

import java.util.Currency;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, created once (a workbook holds at most 64,000 styles; one per cell
 * would break it). Inputs have a light blue fill, as on the board; headers are bold on grey;
 * money is in the portfolio currency with negative amounts in red.
 */
final class Styles {
    /** Number formats, by kind. */
    enum Kind {
        TEXT, MONEY, PRICE, TOKENS, HOURS, DATE, UNTIL, RATIO, DENSITY, PERCENT, SHARE, MULTIPLIER, INTEGER, FX,
        /** A short code (size, tier, fit, yes/no), centred. */
        CODE,
        /** A sprint number, centred. */
        KEY,
        /** A note in words, set off from the figure before it. */
        NOTE
    }

    /** Dates on or after this serial (9999-12-31) mean "no end" and are shown as such. */
    static final String OPEN_END_FORMAT = "[>=2958465]\"no end\";yyyy-mm-dd";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle note;
    final CellStyle noteHeading;
    final CellStyle sectionTitle;
    final CellStyle header;
    final CellStyle headerInput;
    final CellStyle headerTotal;
    /** Cell styles by kind and the three flags (input, total, quoted): created on first use. */
    private final CellStyle[] cells = new CellStyle[Kind.values().length * 8];
    private final Workbook wb;
    private final DataFormat formats;
    private final Font bold;
    private final String moneyFormat;
    private final String priceFormat;

    Styles(Workbook wb, String currency) {
        this.wb = wb;
        this.formats = wb.createDataFormat();
        this.moneyFormat = moneyFormat(currency);
        this.priceFormat = priceFormat(currency);
        bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 15);
        Font grey = wb.createFont();
        grey.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
        grey.setItalic(true);
        Font section = wb.createFont();
        section.setBold(true);
        section.setFontHeightInPoints((short) 12);

        title = wb.createCellStyle();
        title.setFont(big);
        subtitle = wb.createCellStyle();
        subtitle.setFont(grey);
        note = wb.createCellStyle();
        noteHeading = wb.createCellStyle();
        noteHeading.setFont(section);
        sectionTitle = wb.createCellStyle();
        sectionTitle.setFont(section);
        header = headerStyle(IndexedColors.GREY_25_PERCENT);
        headerInput = headerStyle(IndexedColors.PALE_BLUE);
        headerTotal = wb.createCellStyle();
        headerTotal.setFont(bold);
        headerTotal.setBorderTop(BorderStyle.THIN);
    }

    private CellStyle headerStyle(IndexedColors fill) {
        CellStyle s = wb.createCellStyle();
        s.setFont(bold);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setFillForegroundColor(fill.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }

    /**
     * The style for a cell of this kind; {@code input} gives it the input fill, {@code total} a bold
     * face and a rule above, {@code quoted} Excel's quote prefix (text that starts like a formula
     * stays text even when a user edits the cell).
     */
    CellStyle cell(Kind kind, boolean input, boolean total, boolean quoted) {
        int key = kind.ordinal() * 8 + (input ? 4 : 0) + (total ? 2 : 0) + (quoted ? 1 : 0);
        CellStyle s = cells[key];
        if (s != null) {
            return s;
        }
        s = wb.createCellStyle();
        if (kind != Kind.TEXT && kind != Kind.CODE && kind != Kind.NOTE) {
            s.setDataFormat(formats.getFormat(format(kind)));
        }
        if (kind == Kind.DENSITY || kind == Kind.RATIO || kind == Kind.MONEY) { // a "–" in a figure column sits where the figure would
            s.setAlignment(HorizontalAlignment.RIGHT);
        }
        if (kind == Kind.CODE || kind == Kind.KEY || kind == Kind.DATE || kind == Kind.UNTIL) {
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        if (kind == Kind.NOTE) {
            s.setIndention((short) 1);
        }
        if (input) {
            s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (total) {
            s.setFont(bold);
            s.setBorderTop(BorderStyle.THIN);
        }
        s.setQuotePrefixed(quoted);
        cells[key] = s;
        return s;
    }

    private String format(Kind kind) {
        return switch (kind) {
            case TEXT, CODE, NOTE -> "@";
            case MONEY -> moneyFormat;
            case PRICE -> priceFormat;
            case TOKENS, INTEGER -> "#,##0";
            case KEY -> "0";
            case HOURS -> "#,##0.00";
            case DATE -> "yyyy-mm-dd";
            case UNTIL -> OPEN_END_FORMAT;
            case RATIO -> "0.00\"×\"";
            case DENSITY -> "0.00";
            case PERCENT -> "0%";
            case SHARE -> "0.0%";
            case MULTIPLIER -> "0.00";
            case FX -> "0.0000##";
        };
    }

    /** {@code "$"#,##0.00} with negatives in red, in the currency's symbol and minor units. */
    static String moneyFormat(String currency) {
        String number = "#,##0" + decimals(currency, 2);
        return withSymbol(currency, number) + ";[Red]-" + withSymbol(currency, number);
    }

    /** Prices per million tokens keep up to six decimals (e.g. $0.085, $1.179375). */
    static String priceFormat(String currency) {
        return withSymbol(currency, "#,##0.00####");
    }

    private static String withSymbol(String currency, String number) {
        String symbol = symbol(currency);
        return symbol.length() == 1 ? "\"" + symbol + "\"" + number : number + " \"" + symbol + "\"";
    }

    static String symbol(String currency) {
        try {
            return Currency.getInstance(currency).getSymbol(Locale.US);
        } catch (IllegalArgumentException e) {
            return currency;
        }
    }

    private static String decimals(String currency, int fallback) {
        int digits = fallback;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            // an unknown code keeps cents
        }
        return digits == 0 ? "" : "." + "0".repeat(digits);
    }
}
