package app.envelope.billing.parse;

/** Null markers in billing cells: missing, empty, blank and the literal {@code NULL} (FOCUS sample). */
public final class CellText {
    private CellText() {
    }

    public static boolean isNull(String s) {
        if (s == null) return true;
        int n = s.length();
        if (n == 0) return true;
        char first = s.charAt(0);
        if (!Character.isWhitespace(first)) {
            // Not blank; a null marker only if it starts with N (most cells are decided here, by one char).
            return (first == 'N' || first == 'n') && (n == 4 ? s.equalsIgnoreCase("NULL") : s.strip().equalsIgnoreCase("NULL"));
        }
        return s.isBlank() || s.strip().equalsIgnoreCase("NULL");
    }

    /** The trimmed text, or null for a null marker. */
    public static String clean(String s) {
        if (isNull(s)) return null;
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        return first > ' ' && last > ' ' && first != '\u00A0' && last != '\u00A0' ? s : s.strip();
    }
}
