package app.envelope.ui.board;

import app.envelope.domain.PlanLine;
import app.envelope.domain.ScenarioComparison;
import app.envelope.domain.Sprint;
import app.envelope.ui.grid.Change;
import app.envelope.ui.grid.PlanEdit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The board edit that adopts a scenario: its copies' inputs into the plan's lines, its budget B into the sprint. */
final class Adoption {
    private Adoption() {
    }

    /**
     * The changes that make {@code current} (a sprint's plan) take the inputs of {@code copies}
     * (paired by line id; the plan's funded marks stay) and B = {@code budget}.
     */
    static PlanEdit edit(String label, Sprint sprint, List<PlanLine> current, List<PlanLine> copies, BigDecimal budget) {
        Map<Long, PlanLine> byId = new HashMap<>();
        copies.forEach(c -> byId.put(c.id(), c));
        List<Change> changes = new ArrayList<>();
        for (PlanLine p : current) {
            PlanLine c = byId.get(p.id());
            if (c != null && !ScenarioComparison.sameInputs(p, c)) {
                changes.add(new Change.LineChange(p, ScenarioComparison.asAdopted(c, p)));
            }
        }
        if (budget != null && budget.compareTo(sprint.budget()) != 0) {
            changes.add(new Change.BudgetChange(sprint, sprint.withBudget(budget)));
        }
        return new PlanEdit(label, changes);
    }
}
