package app.envelope.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

/**
 * The cost model of DESIGN.md, in one pure place. All arithmetic is exact BigDecimal; the only
 * division with a rounded result is value density (Y / C), kept to {@link #DENSITY_SCALE} places.
 */
public final class CostModel {
    public static final int DENSITY_SCALE = 6;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private CostModel() {
    }

    /** Costs a line at effective (negotiated) prices: the plan's own view. */
    public static LineCost cost(PlanLine line, Pricing pricing) {
        return cost(line, pricing, PriceBasis.EFFECTIVE);
    }

    public static LineCost cost(PlanLine line, Pricing pricing, PriceBasis basis) {
        BigDecimal multiplier = pricing.effortMultiplier(line.effort());
        SizeEnvelope env = pricing.envelope(line.size());
        BigDecimal p50 = BigDecimal.valueOf(env.p50()).multiply(multiplier);
        BigDecimal p90 = BigDecimal.valueOf(env.p90()).multiply(multiplier);
        BigDecimal blended = pricing.tier(line.tier()).blended(basis);
        BigDecimal t50 = tokenCost(p50, blended);
        BigDecimal t90 = tokenCost(p90, blended);

        BigDecimal rate = pricing.labourRate(line.role());
        BigDecimal labour = line.totalHours().multiply(rate);
        BigDecimal tooling = line.tooling();

        boolean overridden = line.riskOverride() != null;
        BigDecimal risk = overridden ? line.riskOverride() : defaultRisk(t50, t90, line.bounded());

        BigDecimal cost = labour.add(t50).add(tooling).add(risk);
        BigDecimal y = line.value();
        BigDecimal z = line.willingness();
        BigDecimal density = cost.signum() == 0 ? null : y.divide(cost, DENSITY_SCALE, RoundingMode.HALF_EVEN);
        BigDecimal envelope = z.subtract(labour).subtract(tooling).subtract(risk);

        Fit fit = fit(cost, risk, z);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (y.compareTo(cost) >= 0 && envelope.compareTo(t50) < 0) {
            flags.add(Flag.STARVED);
        }
        String overPowered = overPoweredReason(line);
        if (overPowered != null) {
            flags.add(Flag.OVER_POWERED);
        }
        return new LineCost(p50, p90, blended, t50, t90, labour, rate, tooling, risk, overridden, cost, density,
                y.subtract(cost), z.subtract(cost), envelope, fit, flags, overPowered);
    }

    /** Token money for a token count at a price per million tokens. */
    public static BigDecimal tokenCost(BigDecimal tokens, BigDecimal pricePerMillion) {
        return Money.perMillion(tokens.multiply(pricePerMillion));
    }

    /** Tokens a sum of money buys at a price per million tokens (rounded down to whole tokens). */
    public static BigDecimal tokensFor(BigDecimal money, BigDecimal pricePerMillion) {
        if (pricePerMillion.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return money.multiply(Money.MILLION).divide(pricePerMillion, 0, RoundingMode.FLOOR);
    }

    /** R = T90 - T50 for unbounded work, half that for bounded work. */
    public static BigDecimal defaultRisk(BigDecimal t50, BigDecimal t90, boolean bounded) {
        BigDecimal spread = t90.subtract(t50);
        return bounded ? spread.divide(TWO) : spread;
    }

    /** Green when C &lt;= Z; amber when C - R &lt;= Z &lt; C; red otherwise. */
    public static Fit fit(BigDecimal cost, BigDecimal risk, BigDecimal willingness) {
        if (cost.compareTo(willingness) <= 0) {
            return Fit.GREEN;
        }
        if (cost.subtract(risk).compareTo(willingness) <= 0) {
            return Fit.AMBER;
        }
        return Fit.RED;
    }

    /**
     * Why a line is over-powered, or null: small bounded work (XS or S) on the frontier tier or at
     * high effort. The reason reads like "frontier tier at high effort on bounded XS work".
     */
    public static String overPoweredReason(PlanLine line) {
        if (!line.bounded() || !line.size().isSmall()) {
            return null;
        }
        boolean frontier = line.tier() == Tier.FRONTIER;
        boolean high = line.effort() == Effort.HIGH;
        if (!frontier && !high) {
            return null;
        }
        String what;
        if (frontier && high) {
            what = "frontier tier at high effort";
        } else if (frontier) {
            what = "frontier tier";
        } else {
            what = "high effort";
        }
        return what + " on bounded " + line.size() + " work";
    }
}
