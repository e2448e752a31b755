package app.envelope.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Spend of one sprint that no attribution rule mapped to an epic, grouped by where it came from:
 * the imported file, the vendor, the first work tag the lines carry (its kind, e.g.
 * {@code repository}, and its value) and the product. Amounts in the portfolio currency.
 */
public record UnattributedGroup(int sprintNumber, String file, String vendor, String sourceKind, String source,
                                String product, long lines, BigDecimal list, BigDecimal effective, BigDecimal billed) {
    public UnattributedGroup {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(effective, "effective");
        file = file == null ? "" : file;
        sourceKind = sourceKind == null ? "" : sourceKind;
        source = source == null ? "" : source;
        product = product == null ? "" : product;
    }
}
