package app.envelope.billing.mapping;

import app.envelope.billing.format.Header;
import app.envelope.billing.parse.DecimalStyle;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user's named mapping for a billing file no built-in format recognises: canonical field →
 * source header name, plus how the file writes dates and decimals and, when the file has no such
 * column, a fixed vendor and currency. It is recognised again by the file's set of header names.
 *
 * @param name         unique, user-chosen name
 * @param headerSet    lower-cased, trimmed header names of the file the mapping was made for
 * @param columns      canonical field → header name as written in the file
 * @param datePattern  {@link DateTimeFormatter} pattern (e.g. {@code dd.MM.yyyy}), or null for the usual spellings
 * @param decimalStyle how decimals are written, or null to use what the reader found
 * @param vendor       vendor for every line when there is no {@link CanonicalField#VENDOR} column, else null
 * @param currency     ISO 4217 code for every line when there is no {@link CanonicalField#CURRENCY} column, else null
 */
public record ColumnMapping(String name, Set<String> headerSet, Map<CanonicalField, String> columns,
                            String datePattern, DecimalStyle decimalStyle, String vendor, String currency) {

    public ColumnMapping {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a column mapping needs a name");
        Set<String> normalised = new LinkedHashSet<>();
        for (String h : headerSet) normalised.add(Header.normalise(h));
        headerSet = Set.copyOf(normalised);
        columns = Map.copyOf(new EnumMap<>(columns));
        require(columns, CanonicalField.DATE, "the date column");
        require(columns, CanonicalField.EFFECTIVE_COST, "the cost column");
        if (!columns.containsKey(CanonicalField.VENDOR) && isBlank(vendor)) {
            throw new IllegalArgumentException("mapping \"" + name + "\": choose a vendor column or a fixed vendor");
        }
        if (!columns.containsKey(CanonicalField.CURRENCY) && isBlank(currency)) {
            throw new IllegalArgumentException("mapping \"" + name + "\": choose a currency column or a fixed currency");
        }
        for (Map.Entry<CanonicalField, String> e : columns.entrySet()) {
            if (!headerSet.contains(Header.normalise(e.getValue()))) {
                throw new IllegalArgumentException("mapping \"" + name + "\": " + e.getKey() + " is mapped to \""
                        + e.getValue() + "\", which is not a column of the file");
            }
        }
        if (datePattern != null) {
            try {
                DateTimeFormatter.ofPattern(datePattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("mapping \"" + name + "\": date format \"" + datePattern
                        + "\" is not a valid pattern: " + e.getMessage(), e);
            }
        }
        currency = isBlank(currency) ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
        vendor = isBlank(vendor) ? null : vendor.strip();
    }

    /** A mapping for a file with the given header. */
    public static ColumnMapping forHeader(String name, Collection<String> header, Map<CanonicalField, String> columns,
                                          String datePattern, DecimalStyle decimalStyle, String vendor, String currency) {
        return new ColumnMapping(name, new LinkedHashSet<>(header), columns, datePattern, decimalStyle, vendor, currency);
    }

    /** The header set as one string (sorted, unit-separator joined), for storing and looking up. */
    public String headerSignature() {
        return signature(headerSet);
    }

    public static String signature(Collection<String> header) {
        Set<String> sorted = new TreeSet<>();
        for (String h : header) sorted.add(Header.normalise(h));
        return String.join("\u001F", sorted);
    }

    private static void require(Map<CanonicalField, String> columns, CanonicalField f, String what) {
        if (!columns.containsKey(f)) throw new IllegalArgumentException("a column mapping needs " + what);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
