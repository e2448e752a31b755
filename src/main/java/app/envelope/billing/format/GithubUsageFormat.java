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
        return new Mapper(date, b.col("product"), b.col("sku"), b.col("model"), b.col("quantity"), b.col("unit_type"),
                b.col("gross_amount"), b.col("net_amount"), b.col("username"), b.col("repository"),
                b.col("cost_center_name"), new int[] {b.col("input"), b.col("output"), b.col("cache_read"),
                    b.col("cache_write")}, b.unused());
    }

    /**
     * The columns of one file's header. A class rather than a lambda: the JIT then compiles a row's
     * mapping once, not once in the lambda's body and again in the generated class that calls it.
     */
    private record Mapper(int date, int product, int sku, int model, int quantity, int unit, int gross, int net, int user,
                          int repo, int costCenter, int[] tokenCols, int[] extras) implements RowMapper {
        @Override
        public BillingLine map(Row row) {
            BigDecimal grossAmount = row.requiredMoney(gross, "cost");
            WorkTags tags = new WorkTags(null, row.text(repo), null, null, row.text(costCenter), row.text(user),
                    null, row.extras(extras));
            return new BillingLine(row.number(), row.date(date), "GitHub", row.text(product), row.text(sku),
                    row.text(model), row.text(unit), null, row.number(quantity, "quantity"), tokens(row, tokenCols),
                    grossAmount, grossAmount, row.money(net), "USD", tags);
        }
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
