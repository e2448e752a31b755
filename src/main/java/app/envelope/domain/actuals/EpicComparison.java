package app.envelope.domain.actuals;

import app.envelope.domain.Epic;
import app.envelope.domain.LineCost;
import app.envelope.domain.PlanLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One plan line of a sprint, planned against actual (docs/variance.md). Money in the portfolio
 * currency, exact.
 *
 * @param line           the plan line
 * @param epic           its epic (title, team)
 * @param plan           the cost model's figures for the line at the sprint's start (L, T50, U, R, C...)
 * @param labour         L against actual hours x the line's rate; 0 against 0 when no hours were entered
 *                       (labour is then unknown and left out of {@code total} on both sides)
 * @param actualHours    hours entered for the line; null when none were
 * @param tokens         T50 against the effective cost of the epic's token billing lines in the sprint
 * @param tokenVariance  the token variance and, when the billing lines allow it, its volume / mix / price split
 * @param tooling        U against the effective cost of the epic's tooling billing lines in the sprint
 * @param riskUsed       the part of the risk reserve R the token overrun consumed: min(R, max(0, tokens variance))
 * @param overReserve    token overrun beyond R: max(0, tokens variance - R)
 * @param total          C against actual labour + tokens + tooling (C - L against tokens + tooling
 *                       when no hours were entered)
 * @param actualAtBook   the actuals re-priced at book (list) price
 * @param alert          the share of C used: 75%, 90%, over plan, or none
 * @param outcome        what the line delivered, when entered
 * @param costPerOutcome actual total / outcome count (cents, half-even); null without outcomes
 * @param outcomeTrend   cost per outcome of this epic in earlier sprints (same unit) and this one, oldest first
 * @param billingLines   how many billing lines are attributed to the epic in the sprint
 */
public record EpicComparison(PlanLine line, Epic epic, LineCost plan, CategoryFigures labour, BigDecimal actualHours,
                             CategoryFigures tokens, TokenVariance tokenVariance, CategoryFigures tooling,
                             BigDecimal riskUsed, BigDecimal overReserve, CategoryFigures total,
                             BigDecimal actualAtBook, AlertLevel alert, Outcome outcome, BigDecimal costPerOutcome,
                             List<OutcomePoint> outcomeTrend, long billingLines) {
    public EpicComparison {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(plan, "plan");
        outcomeTrend = List.copyOf(outcomeTrend);
    }

    public String epicKey() {
        return line.epicKey();
    }

    public boolean hoursEntered() {
        return actualHours != null;
    }

    /** Actual total above C. */
    public boolean overPlan() {
        return total.actual().compareTo(total.plan()) > 0;
    }

    /** Actual total above the willingness Z. */
    public boolean overZ() {
        return total.actual().compareTo(line.willingness()) > 0;
    }

    /** Within Z at the prices paid, over Z at book price: the line leaned on a discount. */
    public boolean overZOnlyAtBook() {
        return !overZ() && actualAtBook.compareTo(line.willingness()) > 0;
    }

    /** L as planned, whether or not hours were entered. */
    public BigDecimal plannedLabour() {
        return plan.labour();
    }

    public BigDecimal riskPlanned() {
        return plan.risk();
    }
}
