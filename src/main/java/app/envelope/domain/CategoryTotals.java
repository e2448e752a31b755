package app.envelope.domain;

import java.math.BigDecimal;

/** Sums by cost category; {@code cost} = labour + tokens + tooling + risk. */
public record CategoryTotals(BigDecimal labour, BigDecimal tokens, BigDecimal tooling, BigDecimal risk,
                             BigDecimal cost, BigDecimal value, BigDecimal willingness) {
    public static final CategoryTotals ZERO = new CategoryTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public CategoryTotals plus(PlanLine line, LineCost c) {
        return new CategoryTotals(labour.add(c.labour()), tokens.add(c.t50()), tooling.add(c.tooling()),
                risk.add(c.risk()), cost.add(c.cost()), value.add(line.value()), willingness.add(line.willingness()));
    }

    public BigDecimal netValue() {
        return value.subtract(cost);
    }
}
