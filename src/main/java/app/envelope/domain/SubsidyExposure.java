package app.envelope.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many lines' fit turns worse at book price instead of effective price. Above
 * {@link #WARNING_SHARE} of the lines is a warning: the plan leans on a discount.
 */
public record SubsidyExposure(int linesAffected, int lines, BigDecimal share) {
    public static final BigDecimal WARNING_SHARE = new BigDecimal("0.20");

    public static SubsidyExposure of(int affected, int total) {
        BigDecimal share = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(affected).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN);
        return new SubsidyExposure(affected, total, share);
    }

    public boolean warning() {
        return share.compareTo(WARNING_SHARE) > 0;
    }

    public String percent() {
        return share.multiply(Money.HUNDRED).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
