package app.envelope.domain.actuals;

import java.math.BigDecimal;

/**
 * How much of its plan a line or a sprint has used: a badge at 75%, 90% and 100%. The thresholds
 * compare exactly ({@code actual x 100 >= plan x 75}), no division.
 */
public enum AlertLevel {
    NONE(0, ""), AT_75(75, "75% of plan"), AT_90(90, "90% of plan"), AT_100(100, "over plan");

    private final int percent;
    private final String label;

    AlertLevel(int percent, String label) {
        this.percent = percent;
        this.label = label;
    }

    public int percent() {
        return percent;
    }

    /** Words for the badge: "75% of plan", "90% of plan", "over plan" (100% or more); empty for none. */
    public String label() {
        return label;
    }

    /**
     * The highest threshold {@code actual} reaches of {@code plan}. Spending anything against a zero
     * plan is {@link #AT_100}.
     */
    public static AlertLevel of(BigDecimal actual, BigDecimal plan) {
        if (plan.signum() <= 0) {
            return actual.signum() > 0 ? AT_100 : NONE;
        }
        BigDecimal scaled = actual.multiply(BigDecimal.valueOf(100));
        AlertLevel result = NONE;
        for (AlertLevel l : new AlertLevel[] {AT_75, AT_90, AT_100}) {
            if (scaled.compareTo(plan.multiply(BigDecimal.valueOf(l.percent))) >= 0) {
                result = l;
            }
        }
        return result;
    }
}
