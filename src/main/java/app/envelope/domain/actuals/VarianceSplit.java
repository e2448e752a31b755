package app.envelope.domain.actuals;

import app.envelope.domain.CostModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A token variance split into volume, mix and price (docs/variance.md). With Q the planned tokens
 * (P50), b the planned blended price per million tokens, and per model m the actual tokens q_m,
 * their rate-card cost RC_m and their actual cost A_m:
 * <pre>
 *   volume = (sum q_m - Q) x b / 1,000,000
 *   mix    = sum (RC_m - q_m x b / 1,000,000)
 *   price  = sum (A_m - RC_m)
 * </pre>
 * Every term is a sum of products of exact decimals and a division by a power of ten, so nothing
 * is rounded and volume + mix + price = sum A_m - Q x b / 1,000,000 = actual cost - T50, exactly.
 */
public record VarianceSplit(BigDecimal volume, BigDecimal mix, BigDecimal price) {
    public static final VarianceSplit ZERO = new VarianceSplit(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public VarianceSplit {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(price, "price");
    }

    /**
     * @param plannedTokens       Q, the line's P50 tokens
     * @param plannedBlendedPrice b, the plan tier's blended effective price per million tokens
     * @param usages              the actual use per model (may be empty: nothing was spent)
     */
    public static VarianceSplit of(BigDecimal plannedTokens, BigDecimal plannedBlendedPrice, List<ModelUsage> usages) {
        BigDecimal actualTokens = BigDecimal.ZERO;
        BigDecimal mix = BigDecimal.ZERO;
        BigDecimal price = BigDecimal.ZERO;
        for (ModelUsage u : usages) {
            actualTokens = actualTokens.add(u.tokens());
            mix = mix.add(u.mix(plannedBlendedPrice));
            price = price.add(u.price());
        }
        BigDecimal volume = CostModel.tokenCost(actualTokens.subtract(plannedTokens), plannedBlendedPrice);
        return new VarianceSplit(volume, mix, price);
    }

    /** volume + mix + price: the token variance. */
    public BigDecimal total() {
        return volume.add(mix).add(price);
    }

    public VarianceSplit plus(VarianceSplit o) {
        return new VarianceSplit(volume.add(o.volume), mix.add(o.mix), price.add(o.price));
    }
}
