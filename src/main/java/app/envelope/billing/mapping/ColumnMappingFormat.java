package app.envelope.billing.mapping;

import app.envelope.billing.format.DetectedFormat;
import app.envelope.billing.format.FormatRecognizer;
import app.envelope.billing.format.Header;
import app.envelope.billing.format.Row;
import app.envelope.billing.format.RowMapper;
import app.envelope.billing.format.TagsJson;
import app.envelope.billing.format.TokenTypes;
import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads a file through a user's {@link ColumnMapping}; recognises only files with the mapping's header set. */
public final class ColumnMappingFormat implements FormatRecognizer {
    private final ColumnMapping mapping;

    public ColumnMappingFormat(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public DetectedFormat recognize(Header h) {
        if (!h.normalisedNames().equals(mapping.headerSet())) return null;
        Map<CanonicalField, String> cols = mapping.columns();
        return new DetectedFormat("custom:" + mapping.name(), mapping.name() + " (saved column mapping)",
                cols.containsKey(CanonicalField.LIST_COST), cols.containsKey(CanonicalField.BILLED_COST),
                mapping.decimalStyle(), bind(h));
    }

    private RowMapper bind(Header h) {
        Header.Binder b = h.binder();
        Map<CanonicalField, Integer> at = new HashMap<>();
        mapping.columns().forEach((field, header) -> at.put(field, b.col(header)));
        int[] extras = b.unused();
        DateTimeFormatter pattern = mapping.datePattern() == null ? null : DateTimeFormatter.ofPattern(mapping.datePattern());
        TagsJson tagsJson = new TagsJson();
        int date = col(at, CanonicalField.DATE);
        int vendor = col(at, CanonicalField.VENDOR);
        int currency = col(at, CanonicalField.CURRENCY);
        int tokenType = col(at, CanonicalField.TOKEN_TYPE);
        int tags = col(at, CanonicalField.TAGS_JSON);
        return row -> {
            BigDecimal effective = row.requiredMoney(col(at, CanonicalField.EFFECTIVE_COST), "cost");
            String cur = vendorOrFixed(row.text(currency), mapping.currency());
            if (cur == null) throw row.missing(currency, "currency");
            String who = vendorOrFixed(row.text(vendor), mapping.vendor());
            if (who == null) throw row.missing(vendor, "vendor");
            Map<String, String> extra = row.extras(extras);
            Map<String, String> raw = tagsJson.parse(row.text(tags));
            if (raw == null) {
                extra = new HashMap<>(extra);
                extra.put(h.name(tags), row.text(tags));
            }
            WorkTags workTags = new WorkTags(text(row, at, CanonicalField.PROJECT), text(row, at, CanonicalField.REPOSITORY),
                    text(row, at, CanonicalField.WORKSPACE), text(row, at, CanonicalField.API_KEY_NAME),
                    text(row, at, CanonicalField.COST_CENTER), text(row, at, CanonicalField.USER), raw, extra);
            return new BillingLine(row.number(), row.date(date, pattern), who, text(row, at, CanonicalField.PRODUCT),
                    text(row, at, CanonicalField.SKU), text(row, at, CanonicalField.MODEL), text(row, at, CanonicalField.UNIT),
                    TokenTypes.fromText(row.text(tokenType)),
                    row.number(col(at, CanonicalField.QUANTITY), "quantity"), row.number(col(at, CanonicalField.TOKENS), "tokens"),
                    row.money(col(at, CanonicalField.LIST_COST)), effective, row.money(col(at, CanonicalField.BILLED_COST)),
                    cur.toUpperCase(Locale.ROOT), workTags);
        };
    }

    private static String text(Row row, Map<CanonicalField, Integer> at, CanonicalField f) {
        return row.text(col(at, f));
    }

    private static int col(Map<CanonicalField, Integer> at, CanonicalField f) {
        Integer i = at.get(f);
        return i == null ? -1 : i;
    }

    private static String vendorOrFixed(String fromRow, String fixed) {
        return fromRow != null ? fromRow : fixed;
    }
}
