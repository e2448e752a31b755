package app.envelope.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Billing lines of one sprint grouped by epic (null = unattributed), vendor, model and category
 * (tokens or tooling), in the portfolio currency. {@code list} and {@code billed} are null when
 * none of the lines has that column; {@code tokens} is null when none gives a token count.
 */
public record ActualGroup(int sprintNumber, String epicKey, String vendor, String model, String category, long lines,
                          BigDecimal tokens, BigDecimal list, BigDecimal effective, BigDecimal billed) {
    public static final String TOKENS = "tokens";
    public static final String TOOLING = "tooling";

    public ActualGroup {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(effective, "effective");
        model = model == null ? "" : model;
    }
}
