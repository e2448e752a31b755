package app.envelope.billing.format;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;

/**
 * GitHub's legacy premium request analytics report ({@code Timestamp,User,Model,Requests Used,
 * Exceeds Monthly Quota,Total Monthly Quota}; closed down 2025-12-01). It has no money column:
 * the effective cost is the requests at GitHub's published USD 0.04 per premium request (the
 * {@code applied_cost_per_quantity} of the later reports); list and billed cost are unknown (null).
 */
public final class GithubLegacyPremiumFormat implements FormatRecognizer {
    static final BigDecimal PRICE_PER_PREMIUM_REQUEST = new BigDecimal("0.04");

    @Override
    public DetectedFormat recognize(Header h) {
        if (!h.has("Timestamp", "User", "Model", "Requests Used")) return null;
        Header.Binder b = h.binder();
        int time = b.col("Timestamp");
        int user = b.col("User");
        int model = b.col("Model");
        int requests = b.col("Requests Used");
        int[] extras = b.unused();
        RowMapper mapper = row -> {
            BigDecimal used = row.number(requests, "requests used");
            if (used == null) throw row.missing(requests, "requests used");
            WorkTags tags = new WorkTags(null, null, null, null, null, row.text(user), null, row.extras(extras));
            return new BillingLine(row.number(), row.date(time), "GitHub", "copilot", "copilot_premium_request",
                    row.text(model), "requests", null, used, null, null, used.multiply(PRICE_PER_PREMIUM_REQUEST), null,
                    "USD", tags);
        };
        return new DetectedFormat("github-legacy-premium-requests", "GitHub premium requests report (legacy)", false,
                false, null, mapper);
    }
}
