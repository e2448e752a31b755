package app.envelope.billing.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Turns the date and time spellings found in billing files into the UTC day of the charge:
 * {@code 2026-11-02}, ISO date-times with {@code Z}, an offset or fractions
 * ({@code 2026-11-02T23:30:00-05:00} is 3 November UTC), {@code 2024-09-18 22:00:00} (taken as
 * UTC), US short dates {@code 4/1/25} and {@code 4/1/2025}, Unix seconds and epoch
 * milliseconds. Common spellings are parsed by hand, so the normal path throws nothing.
 */
public final class Dates {
    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Dates() {
    }

    /**
     * @return the UTC day, or null for a null marker
     * @throws DateTimeException when the text is not a date
     */
    public static LocalDate utcDay(String text) {
        if (CellText.isNull(text)) return null;
        String s = text.strip();
        if (s.endsWith(" UTC")) s = s.substring(0, s.length() - 4);
        int n = s.length();
        if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') return isoDay(s);
        if (s.indexOf('/') > 0) return usShortDate(s);
        if (allDigits(s)) return epoch(s);
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) return epoch(wholeNumber(s));
        throw new DateTimeException(s);
    }

    /** {@code 1.780272E9} (a spreadsheet's spelling of Unix seconds) → {@code 1780272000}. */
    private static String wholeNumber(String s) {
        try {
            return new java.math.BigDecimal(s).toBigIntegerExact().toString();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new DateTimeException(s);
        }
    }

    /** Parses with a user's pattern (from a column mapping), converting offsets to UTC. */
    public static LocalDate utcDay(String text, DateTimeFormatter pattern) {
        if (CellText.isNull(text)) return null;
        TemporalAccessor t = pattern.parse(text.strip());
        if (t.isSupported(ChronoField.OFFSET_SECONDS) && t.isSupported(ChronoField.HOUR_OF_DAY)) {
            return OffsetDateTime.from(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.from(t);
    }

    private static LocalDate isoDay(String s) {
        LocalDate day = LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        int n = s.length();
        if (n == 10) return day;
        char sep = s.charAt(10);
        if (sep != 'T' && sep != 't' && sep != ' ') throw new DateTimeException(s);
        if (n < 16 || s.charAt(13) != ':') throw new DateTimeException(s);
        int offsetAt = offsetStart(s);
        if (offsetAt < 0 || isUtcOffset(s, offsetAt)) {
            checkTime(s, offsetAt < 0 ? n : offsetAt);
            return day;
        }
        String iso = sep == 'T' ? s : s.substring(0, 10) + 'T' + s.substring(11);
        return OffsetDateTime.parse(iso.replace(" ", ""), ISO_OFFSET).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /** Index of {@code Z}, {@code +hh:mm} or {@code -hh:mm} after the time, or -1. */
    private static int offsetStart(String s) {
        for (int i = 16; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') return i;
            if (c == ' ' && i + 1 < s.length() && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')) return i + 1;
        }
        return -1;
    }

    private static boolean isUtcOffset(String s, int at) {
        String off = s.substring(at);
        return off.equalsIgnoreCase("Z") || off.equals("+00:00") || off.equals("-00:00") || off.equals("+0000")
                || off.equals("+00");
    }

    private static void checkTime(String s, int end) {
        String time = s.substring(11, end).strip();
        if (time.length() == 5) time = time + ":00";
        LocalTime.parse(time);
    }

    private static LocalDate usShortDate(String s) {
        int space = s.indexOf(' ');
        String date = space > 0 ? s.substring(0, space) : s;
        String[] parts = date.split("/", -1);
        if (parts.length != 3) throw new DateTimeException(s);
        int month = digits(parts[0], 0, parts[0].length());
        int day = digits(parts[1], 0, parts[1].length());
        String y = parts[2];
        int year = digits(y, 0, y.length());
        if (y.length() == 2) year += 2000;
        else if (y.length() != 4 || parts[0].length() > 2 || parts[1].length() > 2) throw new DateTimeException(s);
        if (space > 0) LocalTime.parse(padTime(s.substring(space + 1).strip()));
        return LocalDate.of(year, month, day);
    }

    private static String padTime(String t) {
        String hm = t.length() >= 2 && t.charAt(1) == ':' ? "0" + t : t;
        return hm.length() == 5 ? hm + ":00" : hm;
    }

    private static LocalDate epoch(String s) {
        long v = Long.parseLong(s);
        if (s.length() >= 9 && s.length() <= 11) return Instant.ofEpochSecond(v).atOffset(ZoneOffset.UTC).toLocalDate();
        if (s.length() >= 12 && s.length() <= 14) return Instant.ofEpochMilli(v).atOffset(ZoneOffset.UTC).toLocalDate();
        throw new DateTimeException(s);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return !s.isEmpty();
    }

    private static int digits(String s, int from, int to) {
        if (from >= to) throw new DateTimeException(s);
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new DateTimeException(s);
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
