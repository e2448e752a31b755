package app.envelope.billing.format;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;

/**
 * GitHub enhanced-billing CSVs: metered usage (detailed, summarized), premium requests usage
 * (Oct 2025 - May 2026, with or without the billing-preview {@code aic_*} columns) and the AI
 * usage report (with or without the {@code input,output,cache_read,cache_write} token columns).
 * List = {@code gross_amount}, effective = {@code gross_amount}, billed = {@code net_amount}; USD.
 */
public final class GithubUsageFormat implements FormatRecognizer {

    @Override
    public DetectedFormat recognize(Header h) {
        if (!h.has("applied_cost_per_quantity", "net_amount", "gross_amount")) return null;
        String id;
        String name;
        if (h.has("model")) {
            if (h.has("input") || h.has("output") || h.has("cache_read") || h.has("cache_write")) {
                id = "github-ai-usage-tokens";
                name = "GitHub AI usage report (with tokens)";
            } else if (h.has("exceeds_quota")) {
                id = "github-premium-requests";
                name = "GitHub premium requests usage report";
            } else {
                id = "github-ai-usage";
                name = "GitHub AI usage report";
            }
        } else if (h.has("username") || h.has("workflow_path")) {
            id = "github-usage-detailed";
            name = "GitHub detailed usage report";
        } else {
            id = "github-usage-summarized";
            name = "GitHub summarized usage report";
        }
        return new DetectedFormat(id, name, true, true, null, bind(h));
    }

    private static RowMapper bind(Header h) {
        Header.Binder b = h.binder();
        int date = h.has("date") ? b.col("date") : b.col("usage_at");
        int product = b.col("product");
        int sku = b.col("sku");
        int model = b.col("model");
        int quantity = b.col("quantity");
        int unit = b.col("unit_type");
        int gross = b.col("gross_amount");
        int net = b.col("net_amount");
        int user = b.col("username");
        int repo = b.col("repository");
        int costCenter = b.col("cost_center_name");
        int[] tokenCols = {b.col("input"), b.col("output"), b.col("cache_read"), b.col("cache_write")};
        int[] extras = b.unused();
        return row -> {
            BigDecimal grossAmount = row.requiredMoney(gross, "cost");
            WorkTags tags = new WorkTags(null, row.text(repo), null, null, row.text(costCenter), row.text(user),
                    null, row.extras(extras));
            return new BillingLine(row.number(), row.date(date), "GitHub", row.text(product), row.text(sku),
                    row.text(model), row.text(unit), null, row.number(quantity, "quantity"), tokens(row, tokenCols),
                    grossAmount, grossAmount, row.money(net), "USD", tags);
        };
    }

    static BigDecimal tokens(Row row, int[] cols) {
        BigDecimal sum = null;
        for (int c : cols) {
            BigDecimal v = row.number(c, "token count");
            if (v != null) sum = sum == null ? v : sum.add(v);
        }
        return sum;
    }
}
