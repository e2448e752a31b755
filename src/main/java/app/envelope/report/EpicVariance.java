package app.envelope.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One epic's plan against its actuals in one sprint, in the portfolio currency. Planned figures
 * are the plan's T50 and U at effective price; actual figures are the vendor spend attributed to
 * the epic and charged within the sprint. {@code volume}, {@code mix} and {@code price} split the
 * token variance (actual − planned tokens) and are null when no split is available; when present
 * they add up to that variance exactly. {@code epicKey} is null for the sprint's unattributed spend
 * (nothing is planned against it). {@code note} says, in words, why a row has no split (or what
 * else the reader should know about it); null when there is nothing to say.
 */
public record EpicVariance(String epicKey, BigDecimal plannedTokens, BigDecimal actualTokens, BigDecimal plannedTooling,
                           BigDecimal actualTooling, BigDecimal volume, BigDecimal mix, BigDecimal price, String note) {
    public EpicVariance {
        Objects.requireNonNull(plannedTokens, "plannedTokens");
        Objects.requireNonNull(actualTokens, "actualTokens");
        Objects.requireNonNull(plannedTooling, "plannedTooling");
        Objects.requireNonNull(actualTooling, "actualTooling");
        boolean any = volume != null || mix != null || price != null;
        boolean all = volume != null && mix != null && price != null;
        if (any && !all) {
            throw new IllegalArgumentException("the variance split of " + epicKey + " needs volume, mix and price together");
        }
        if (all && volume.add(mix).add(price).compareTo(actualTokens.subtract(plannedTokens)) != 0) {
            throw new IllegalArgumentException("the variance split of " + epicKey + " does not add up to its token variance");
        }
    }

    public boolean unattributed() {
        return epicKey == null;
    }

    public BigDecimal tokenVariance() {
        return actualTokens.subtract(plannedTokens);
    }

    public boolean hasSplit() {
        return volume != null;
    }
}
