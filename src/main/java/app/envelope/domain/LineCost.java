package app.envelope.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Everything the cost model computes for one plan line, at full precision. {@code valueDensity}
 * is null when C = 0 (no density; shown as a dash).
 *
 * @param tokensP50      P50 tokens: envelope P50 for the size times the effort multiplier
 * @param tokensP90      P90 tokens, likewise
 * @param blendedPrice   blended price per million tokens of the line's tier at the basis used
 * @param t50            token cost at P50: tokensP50 x blendedPrice / 1,000,000
 * @param t90            token cost at P90
 * @param labour         L = (labour + review hours) x hourly rate
 * @param labourRate     the hourly rate used for L
 * @param tooling        U, as entered
 * @param risk           R: the override, or T90 - T50 (unbounded) or half that (bounded)
 * @param riskOverridden whether R is the user's override
 * @param cost           C = L + T50 + U + R
 * @param tokenEnvelope  the money left for tokens: Z - L - U - R
 */
public record LineCost(BigDecimal tokensP50, BigDecimal tokensP90, BigDecimal blendedPrice, BigDecimal t50,
                       BigDecimal t90, BigDecimal labour, BigDecimal labourRate, BigDecimal tooling, BigDecimal risk,
                       boolean riskOverridden, BigDecimal cost, BigDecimal valueDensity, BigDecimal netValue,
                       BigDecimal headroom, BigDecimal tokenEnvelope, Fit fit, Set<Flag> flags,
                       String overPoweredReason) {

    public LineCost {
        flags = Set.copyOf(flags);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
