package app.envelope.ui.scenario;

import app.envelope.domain.CostLine;
import app.envelope.domain.Epic;
import app.envelope.domain.LineCost;
import app.envelope.domain.PlanLine;
import app.envelope.domain.ScenarioComparison;
import app.envelope.ui.grid.PlanField;
import java.util.EnumSet;
import java.util.Set;

/**
 * One line of a scenario beside its plan line: both costed, and which inputs the scenario changed
 * (compared as the text a user would type, so 20000 and 20000.00 are the same).
 */
public record ScenarioRow(ScenarioComparison.LinePair pair, Epic epic, Set<PlanField> changedFields) {
    public ScenarioRow {
        changedFields = changedFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(changedFields));
    }

    public static ScenarioRow of(ScenarioComparison.LinePair pair, Epic epic) {
        Set<PlanField> changed = EnumSet.noneOf(PlanField.class);
        for (PlanField f : PlanField.values()) {
            if (!f.text(pair.plan().line()).equals(f.text(pair.scenario().line()))) {
                changed.add(f);
            }
        }
        return new ScenarioRow(pair, epic, changed);
    }

    /** The scenario's line (the plan's id, sprint and funded mark; the scenario's inputs). */
    public PlanLine line() {
        return pair.scenario().line();
    }

    public PlanLine planLine() {
        return pair.plan().line();
    }

    public CostLine planCost() {
        return pair.plan();
    }

    public LineCost cost() {
        return pair.scenario().cost();
    }

    public boolean changed() {
        return pair.changed();
    }

    public boolean changed(PlanField f) {
        return changedFields.contains(f);
    }

    public String title() {
        return epic == null ? "" : epic.title();
    }

    public String team() {
        return epic == null ? "" : epic.team();
    }
}
