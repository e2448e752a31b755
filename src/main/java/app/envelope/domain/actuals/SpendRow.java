package app.envelope.domain.actuals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Spend nobody planned, as its own row: an epic attributed spend but not planned in the sprint,
 * the sprint's unattributed spend, or spend charged outside any sprint. Money in the portfolio
 * currency, exact; {@code byVendor} explains the total, vendors in alphabetical order (the same order
 * on every run, in the JSON and on screen).
 */
public record SpendRow(Kind kind, String key, String label, long lines, BigDecimal tokens, BigDecimal tooling,
                       Map<String, BigDecimal> byVendor) {
    public enum Kind { UNPLANNED_EPIC, UNATTRIBUTED, OUTSIDE_SPRINT }

    public SpendRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(tooling, "tooling");
        byVendor = Collections.unmodifiableSortedMap(new TreeMap<>(byVendor));
    }

    public BigDecimal total() {
        return tokens.add(tooling);
    }
}
