package app.envelope.billing.parse;

/**
 * How a file writes decimal numbers. {@link #POINT} is what every vendor export uses
 * ({@code 1234.56}); {@link #COMMA} is what a European spreadsheet writes when it re-saves a
 * CSV with {@code ;} as delimiter ({@code 1.234,56}, {@code 0,27}).
 */
public enum DecimalStyle {
    POINT('.'), COMMA(',');

    private final char separator;

    DecimalStyle(char separator) {
        this.separator = separator;
    }

    public char separator() {
        return separator;
    }

    public static DecimalStyle of(char separator) {
        if (separator == '.') return POINT;
        if (separator == ',') return COMMA;
        throw new IllegalArgumentException("decimal separator must be '.' or ',', not '" + separator + "'");
    }
}
