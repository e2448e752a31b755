package app.envelope.billing.format;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;

/**
 * Anthropic Claude Console cost CSV, all four header generations (2024: 7 columns; 2025: +
 * {@code context_window,cost_type}; 2026 H1: + {@code list_price_usd,inference_geo,speed};
 * 2026 H2: + {@code api_key_id,api_key_status}). Effective = billed = {@code cost_usd}; list =
 * {@code list_price_usd} where the file has it, else null. Tags: workspace, API key name.
 */
public final class AnthropicCostFormat implements FormatRecognizer {

    @Override
    public DetectedFormat recognize(Header h) {
        if (!h.has("usage_date_utc", "token_type", "cost_usd")) return null;
        String id;
        String name;
        if (h.has("api_key_id") || h.has("api_key_status")) {
            id = "anthropic-cost-2026h2";
            name = "Anthropic Console cost CSV (2026 H2)";
        } else if (h.has("list_price_usd")) {
            id = "anthropic-cost-2026h1";
            name = "Anthropic Console cost CSV (2026 H1)";
        } else if (h.has("context_window") || h.has("cost_type")) {
            id = "anthropic-cost-2025";
            name = "Anthropic Console cost CSV (2025)";
        } else {
            id = "anthropic-cost-2024";
            name = "Anthropic Console cost CSV (2024)";
        }
        boolean hasList = h.has("list_price_usd");
        return new DetectedFormat(id, name, hasList, true, null, bind(h));
    }

    private static RowMapper bind(Header h) {
        Header.Binder b = h.binder();
        int date = b.col("usage_date_utc");
        int model = b.col("model");
        int workspace = b.col("workspace");
        int apiKey = b.col("api_key");
        int tokenType = b.col("token_type");
        int costType = b.col("cost_type");
        int cost = b.col("cost_usd");
        int list = b.col("list_price_usd");
        int[] extras = b.unused();
        return row -> {
            BigDecimal actual = row.requiredMoney(cost, "cost");
            String type = row.text(tokenType);
            WorkTags tags = new WorkTags(null, null, row.text(workspace), row.text(apiKey), null, null, null,
                    row.extras(extras));
            return new BillingLine(row.number(), row.date(date), "Anthropic", "Claude API", row.text(costType),
                    row.text(model), type, TokenTypes.fromText(type), null, null, list < 0 ? null : row.money(list),
                    actual, actual, "USD", tags);
        };
    }
}
