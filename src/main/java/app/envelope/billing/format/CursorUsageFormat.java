package app.envelope.billing.format;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Cursor usage-events CSV: v1 (2025), the request-count variant ({@code Requests} instead of
 * {@code Cost}), v3 (2026, with {@code Cloud Agent ID,Automation ID}) and the team export (with
 * {@code User}). {@code Cost} is {@code 0.12}, {@code $0.27}, or {@code Included}/{@code Free}/
 * {@code -} (covered by the plan: 0). Effective = billed = Cost; no list price. The
 * request-count variant has no money: effective 0, billed unknown (null).
 */
public final class CursorUsageFormat implements FormatRecognizer {

    @Override
    public DetectedFormat recognize(Header h) {
        if (!h.has("Date", "Kind", "Model", "Input (w/ Cache Write)")) return null;
        boolean hasCost = h.has("Cost");
        String id;
        String name;
        if (!hasCost && h.has("Requests")) {
            id = "cursor-usage-requests";
            name = "Cursor usage CSV (request counts, no cost)";
        } else if (h.has("User")) {
            id = "cursor-usage-team";
            name = "Cursor team usage CSV";
        } else if (h.has("Cloud Agent ID") || h.has("Automation ID")) {
            id = "cursor-usage-v3";
            name = "Cursor usage CSV (2026)";
        } else {
            id = "cursor-usage-v1";
            name = "Cursor usage CSV (2025)";
        }
        return new DetectedFormat(id, name, false, hasCost, null, bind(h, hasCost));
    }

    private static RowMapper bind(Header h, boolean hasCost) {
        Header.Binder b = h.binder();
        int date = b.col("Date");
        int user = b.col("User");
        int kind = b.col("Kind");
        int model = b.col("Model");
        int total = b.col("Total Tokens");
        int cost = hasCost ? b.col("Cost") : -1;
        int requests = hasCost ? -1 : b.col("Requests");
        int[] extras = b.unused();
        return row -> {
            BigDecimal tokens = row.number(total, "total tokens");
            BigDecimal charged = hasCost ? cost(row, cost) : null;
            BigDecimal quantity = hasCost ? tokens : row.number(requests, "requests");
            WorkTags tags = new WorkTags(null, null, null, null, null, row.text(user), null, row.extras(extras));
            return new BillingLine(row.number(), row.date(date), "Cursor", "Cursor", row.text(kind), row.text(model),
                    hasCost ? "tokens" : "requests", null, quantity, tokens, null,
                    charged == null ? BigDecimal.ZERO : charged, charged, "USD", tags);
        };
    }

    private static BigDecimal cost(Row row, int col) {
        String t = row.text(col);
        if (t == null) return BigDecimal.ZERO;
        String s = t.toLowerCase(Locale.ROOT);
        if (s.equals("-") || s.equals("included") || s.equals("free") || s.startsWith("included")) return BigDecimal.ZERO;
        return row.money(col);
    }
}
