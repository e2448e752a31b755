package app.envelope.billing.parse;

import java.math.BigDecimal;

/**
 * Parses number strings from billing files straight into {@link BigDecimal}, never through a
 * double: {@code 0.036000000000000004}, {@code 0.003835980000000000000000000000} and
 * {@code 35.2E-7} keep every digit. Accepts a leading {@code $}, accounting parentheses for
 * negatives, and grouping separators; in {@link DecimalStyle#COMMA} files the comma is the
 * decimal separator.
 */
public final class Decimals {
    private Decimals() {
    }

    /**
     * @return the number, or null when the text is a null marker (empty, blank, {@code NULL})
     * @throws NumberFormatException when the text is not a number
     */
    public static BigDecimal parse(String text, DecimalStyle style) {
        if (CellText.isNull(text)) return null;
        String s = text.strip();
        if (style == DecimalStyle.POINT) {
            BigDecimal simple = simple(s);
            if (simple != null) return simple;
            if (isPlain(s)) return new BigDecimal(s);
        }
        return new BigDecimal(normalise(s, style));
    }

    /**
     * The common case without {@code new BigDecimal(String)}'s general parse: an optional sign, at
     * most 18 digits and at most one point ({@code 12}, {@code -0.006}, {@code 3.}, {@code .5}), as
     * {@code new BigDecimal(s)} would give it, scale included; null for anything else.
     */
    static BigDecimal simple(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        long unscaled = 0;
        int digits = 0;
        int point = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) return null;
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return null;
            }
        }
        if (digits == 0) return null;
        int scale = point < 0 ? 0 : n - point - 1;
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /** True when the text has only the characters {@code new BigDecimal} accepts. */
    private static boolean isPlain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return false;
        }
        return true;
    }

    private static String normalise(String raw, DecimalStyle style) {
        String s = raw;
        boolean negative = false;
        if (s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("-") || s.startsWith("+")) {
            negative ^= s.charAt(0) == '-';
            s = s.substring(1).strip();
        }
        if (s.startsWith("$")) s = s.substring(1).strip();
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1);
        }
        s = removeSpaces(s);
        s = style == DecimalStyle.COMMA ? commaToPoint(s) : dropGroupingCommas(s);
        if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(0) == '+') throw new NumberFormatException(raw);
        return negative ? "-" + s : s;
    }

    private static String removeSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\u202F' && c != '\'') b.append(c);
        }
        return b.toString();
    }

    /** {@code 1,234.56} → {@code 1234.56}; a comma that is not a thousands separator is an error. */
    private static String dropGroupingCommas(String s) {
        if (s.indexOf(',') < 0) return s;
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        if (!isGrouped(intPart, ',')) throw new NumberFormatException(s);
        return intPart.replace(",", "") + (dot < 0 ? "" : s.substring(dot));
    }

    /** {@code 1.234,56} → {@code 1234.56}; {@code 0,27} → {@code 0.27}; {@code 1.234} → {@code 1234}. */
    private static String commaToPoint(String s) {
        int comma = s.lastIndexOf(',');
        if (comma >= 0) {
            String intPart = s.substring(0, comma);
            if (intPart.indexOf('.') >= 0 && !isGrouped(intPart, '.')) throw new NumberFormatException(s);
            return intPart.replace(".", "") + "." + s.substring(comma + 1);
        }
        // No comma: dots are thousands separators only when they group digits in threes.
        return isGrouped(s, '.') && s.indexOf('.') > 0 && s.charAt(0) != '0' ? s.replace(".", "") : s;
    }

    /** True for {@code 1,234,567} style digit groups with the given separator (and for plain digits). */
    private static boolean isGrouped(String s, char sep) {
        int first = s.indexOf(sep);
        if (first < 0) return isDigits(s);
        if (first == 0 || first > 3 || !isDigits(s.substring(0, first))) return false;
        int i = first;
        while (i < s.length()) {
            if (s.charAt(i) != sep || i + 4 > s.length() || !isDigits(s.substring(i + 1, i + 4))) return false;
            i += 4;
        }
        return true;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }
}
