package app.envelope.domain.actuals;

import app.envelope.domain.Sprint;
import java.math.BigDecimal;

/**
 * One sprint of the planned-against-actual trend, by category: labour, tokens and tooling planned
 * and actual, the risk reserve planned (and the part used), and the spend nobody planned
 * (unplanned epics + unattributed). {@code hasActuals} is false for a sprint with no billing lines
 * and no hours entered: only its plan is drawn.
 */
public record SprintTrend(Sprint sprint, CategoryFigures labour, CategoryFigures tokens, CategoryFigures tooling,
                          BigDecimal riskPlanned, BigDecimal riskUsed, BigDecimal unplanned, boolean hasActuals) {

    public static SprintTrend of(SprintComparison c) {
        ComparisonTotals t = c.totals();
        return new SprintTrend(c.sprint(), t.labour(), t.tokens(), t.tooling(), t.riskPlanned(), t.riskUsed(),
                t.unplannedEpics().add(t.unattributed()), c.hasActuals());
    }

    public BigDecimal plannedTotal() {
        return labour.plan().add(tokens.plan()).add(tooling.plan()).add(riskPlanned);
    }

    public BigDecimal actualTotal() {
        return labour.actual().add(tokens.actual()).add(tooling.actual()).add(unplanned);
    }
}
