package app.envelope.ui.actuals;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a preview in canonical form, as text for a table. The work it paid for is shown
 * (repository, project, workspace, API key, cost center); the user is not.
 */
public record PreviewRow(long row, String date, String vendor, String product, String model, String unit,
                         String quantity, String list, String effective, String billed, String currency, String work) {

    public static PreviewRow of(BillingLine l) {
        String product = l.product() == null ? nz(l.sku()) : l.sku() == null ? l.product() : l.product() + " / " + l.sku();
        String unit = l.tokenType() != null ? l.tokenType().name().toLowerCase(Locale.ROOT).replace('_', ' ') : nz(l.unit());
        BigDecimal qty = l.tokens() != null ? l.tokens() : l.quantity();
        return new PreviewRow(l.rowNumber(), l.chargeDate().toString(), l.vendor(), product, nz(l.model()), unit,
                plain(qty), plain(l.listCost()), plain(l.effectiveCost()), plain(l.billedCost()), l.currency(), work(l.tags()));
    }

    private static String work(WorkTags t) {
        List<String> parts = new ArrayList<>();
        add(parts, "repo ", t.repository());
        add(parts, "project ", t.project());
        add(parts, "workspace ", t.workspace());
        add(parts, "key ", t.apiKeyName());
        add(parts, "cost center ", t.costCenter());
        if (!t.raw().isEmpty()) {
            parts.add("tags " + t.raw().keySet().stream().sorted().reduce((a, b) -> a + ", " + b).orElse(""));
        }
        return String.join(" · ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + value);
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
