package app.envelope.domain.actuals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Planned against actual token spend of one plan line, with its volume / mix / price split when
 * the billing lines allow it.
 *
 * @param plannedTokens       Q: P50 tokens of the line (size envelope x effort multiplier)
 * @param plannedBlendedPrice b: blended effective price per million tokens of the line's tier at
 *                            the sprint's start
 * @param plannedCost         T50 = Q x b / 1,000,000
 * @param actualTokens        tokens the line's token billing lines carry; null when some carry none
 * @param actualCost          effective cost of the line's token billing lines
 * @param split               volume, mix and price; null when not available
 * @param byModel             the actual use per rate-card model (empty when the split is not available)
 * @param unavailableReason   why there is no split, in words; null when there is one
 */
public record TokenVariance(BigDecimal plannedTokens, BigDecimal plannedBlendedPrice, BigDecimal plannedCost,
                            BigDecimal actualTokens, BigDecimal actualCost, VarianceSplit split,
                            List<ModelUsage> byModel, String unavailableReason) {
    public TokenVariance {
        Objects.requireNonNull(plannedTokens, "plannedTokens");
        Objects.requireNonNull(plannedBlendedPrice, "plannedBlendedPrice");
        Objects.requireNonNull(plannedCost, "plannedCost");
        Objects.requireNonNull(actualCost, "actualCost");
        byModel = List.copyOf(byModel);
        if (split == null && unavailableReason == null) {
            throw new IllegalArgumentException("a token variance without a split needs a reason");
        }
        if (split != null && split.total().compareTo(actualCost.subtract(plannedCost)) != 0) {
            throw new IllegalStateException("volume + mix + price (" + split.total().toPlainString()
                    + ") does not equal the token variance (" + actualCost.subtract(plannedCost).toPlainString() + ")");
        }
    }

    /** Actual - planned (T50) token cost; always known. */
    public BigDecimal variance() {
        return actualCost.subtract(plannedCost);
    }

    public boolean splitAvailable() {
        return split != null;
    }
}
