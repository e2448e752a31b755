package app.envelope.billing.format;

import app.envelope.domain.BillingLine;
import app.envelope.domain.TokenType;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * OpenAI platform "Cost data" CSV export. Times in Unix seconds and ISO; {@code amount_value}
 * with up to 30 fractional digits; currency lower case ({@code usd}); {@code line_item} such as
 * {@code "gpt-4o-2024-08-06, input"} is split on its last {@code ", "} into model and
 * component. Rows of empty time buckets (no amount, quantity or line item) are skipped.
 * Effective = billed = {@code amount_value}; no list price. Tags: project name, API key id, user e-mail.
 */
public final class OpenAiCostFormat implements FormatRecognizer {

    @Override
    public DetectedFormat recognize(Header h) {
        if (!h.has("amount_value", "line_item") || !(h.has("start_time") || h.has("start_time_iso"))) return null;
        Header.Binder b = h.binder();
        int isoTime = b.col("start_time_iso");
        int unixTime = b.col("start_time");
        int amount = b.col("amount_value");
        int currency = b.col("amount_currency");
        int quantity = b.col("quantity");
        int unit = b.col("quantity_unit");
        int lineItem = b.col("line_item");
        int project = b.col("project_name");
        int apiKey = b.col("api_key_id");
        int user = b.col("user_email");
        int[] extras = b.unused();
        RowMapper mapper = row -> {
            String item = row.text(lineItem);
            BigDecimal value = row.money(amount);
            BigDecimal qty = row.number(quantity, "quantity");
            if (value == null && qty == null && item == null) return null;
            if (value == null) throw row.missing(amount, "cost");
            String cur = row.text(currency);
            if (cur == null) throw row.missing(currency, "currency");
            int split = item == null ? -1 : item.lastIndexOf(", ");
            String model = split < 0 ? item : item.substring(0, split).strip();
            String component = split < 0 ? null : item.substring(split + 2).strip();
            String qtyUnit = row.text(unit);
            TokenType tokenType = TokenTypes.fromText(component);
            boolean tokenUnit = qtyUnit != null ? qtyUnit.toLowerCase(Locale.ROOT).contains("token") : tokenType != null;
            WorkTags tags = new WorkTags(row.text(project), null, null, row.text(apiKey), null, row.text(user), null,
                    row.extras(extras));
            return new BillingLine(row.number(), row.date(isoTime >= 0 && row.text(isoTime) != null ? isoTime : unixTime),
                    "OpenAI", "OpenAI API", item, model, qtyUnit != null ? qtyUnit : component, tokenType, qty,
                    tokenUnit ? qty : null, null, value, value, cur.toUpperCase(Locale.ROOT), tags);
        };
        return new DetectedFormat("openai-cost", "OpenAI cost export", false, true, null, mapper);
    }
}
