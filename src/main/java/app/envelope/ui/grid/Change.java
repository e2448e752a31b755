package app.envelope.ui.grid;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Sprint;
import app.envelope.store.Store;
import java.math.BigDecimal;

/** One reversible change to the plan; edits are lists of these, undone in reverse order. */
public sealed interface Change {
    Change inverse();

    /** Writes the change to the store (called inside a transaction, off the FX thread). */
    void write(Store store);

    /** A line added (before null), removed (after null) or changed. */
    record LineChange(PlanLine before, PlanLine after) implements Change {
        @Override
        public Change inverse() {
            return new LineChange(after, before);
        }

        @Override
        public void write(Store store) {
            if (after == null) {
                store.portfolio().deleteLine(before.id());
            } else if (before == null) {
                store.portfolio().restoreLine(after);
            } else {
                store.portfolio().saveLine(after);
            }
        }

        public long lineId() {
            return after != null ? after.id() : before.id();
        }
    }

    /** The sprint's budget B changed. */
    record BudgetChange(Sprint before, Sprint after) implements Change {
        @Override
        public Change inverse() {
            return new BudgetChange(after, before);
        }

        @Override
        public void write(Store store) {
            store.portfolio().saveSprint(after);
        }
    }

    /** A scenario's copy of a plan line changed; the plan itself is not touched. */
    record ScenarioLineChange(long scenarioId, PlanLine before, PlanLine after) implements Change {
        @Override
        public Change inverse() {
            return new ScenarioLineChange(scenarioId, after, before);
        }

        @Override
        public void write(Store store) {
            store.scenarios().saveLine(scenarioId, after);
        }
    }

    /** A scenario's own budget B changed. */
    record ScenarioBudgetChange(long scenarioId, BigDecimal before, BigDecimal after) implements Change {
        @Override
        public Change inverse() {
            return new ScenarioBudgetChange(scenarioId, after, before);
        }

        @Override
        public void write(Store store) {
            store.scenarios().setBudget(scenarioId, after);
        }
    }
}
