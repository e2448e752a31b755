package app.envelope.billing.table;

/** Cleans a header cell: byte order mark, surrounding quotes and spaces removed. */
public final class HeaderText {
    private HeaderText() {
    }

    public static String clean(String cell) {
        if (cell == null) return "";
        String s = cell.replace("\uFEFF", "").strip();
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
