package app.envelope.domain;

import java.math.BigDecimal;

/**
 * A line's place on the fund line: its rank by value density, the cumulative C of it and every
 * line ranked above it, and whether that cumulative cost is within the budget B.
 */
public record FundLineEntry(long lineId, int rank, BigDecimal cumulativeCost, boolean withinBudget) {
}
