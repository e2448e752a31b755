package app.envelope.ui.scenario;

import app.envelope.domain.Effort;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Scenario;
import app.envelope.domain.Tier;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.grid.Change;
import app.envelope.ui.grid.GridEdits;
import app.envelope.ui.grid.Paste;
import app.envelope.ui.grid.PlanEdit;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.grid.UndoHistory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.StringProperty;

/**
 * Every change to the open scenario: a typed cell or a pasted range (the board's own rules), its
 * budget B, re-tiering lines in bulk, and putting lines back to the plan. Each is one undoable
 * edit of the scenario's copies, applied at once and stored in the background; the plan is never
 * touched. Knows no controls.
 */
final class ScenarioEdits {
    /** The scenario screen, as these edits see it. */
    interface Host {
        /** The open scenario, or null. */
        Scenario scenario();

        /** The grid's rows, in line order. */
        List<ScenarioRow> rows();

        /** The scenario with an edit applied: keep it and show its figures. */
        void changed(Scenario scenario);

        /** An edit could not be stored: say so and read the scenario again. */
        void storeFailed(Throwable t);
    }

    private final Host host;
    private final StringProperty status;
    private final GridEdits edits;

    ScenarioEdits(Store store, BackgroundTasks tasks, Host host, StringProperty problem, StringProperty status) {
        this.host = host;
        this.status = status;
        this.edits = new GridEdits(store, tasks, new Target(), "the line is not in this scenario", problem, status);
    }

    UndoHistory history() {
        return edits.history();
    }

    String edit(long lineId, PlanField field, String text) {
        return edits.edit(lineId, field, text);
    }

    Paste.Result paste(List<Long> visibleLineIds, int firstRow, PlanField field, String text) {
        return edits.paste(visibleLineIds, firstRow, field, text);
    }

    String setBudget(String text) {
        Scenario scenario = host.scenario();
        if (scenario == null) {
            return "no scenario is open";
        }
        return edits.setBudget(text, b -> {
            if (b.signum() < 0) {
                throw new IllegalArgumentException("budget B cannot be negative");
            }
            return b.compareTo(scenario.budget()) == 0 ? null
                    : new Change.ScenarioBudgetChange(scenario.id(), scenario.budget(), b);
        });
    }

    void undo() {
        edits.undo();
    }

    void redo() {
        edits.redo();
    }

    /** Re-tiers lines in one edit: a null tier or effort keeps the line's own. Returns the number of lines changed. */
    int retier(Collection<Long> lineIds, Tier tier, Effort effort) {
        Scenario scenario = host.scenario();
        if (scenario == null || (tier == null && effort == null)) {
            return 0;
        }
        List<Change> changes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (ScenarioRow r : host.rows()) {
            if (!lineIds.contains(r.line().id())) {
                continue;
            }
            PlanLine.Builder b = r.line().toBuilder();
            if (tier != null) {
                b.tier(tier);
            }
            if (effort != null) {
                b.effort(effort);
            }
            PlanLine after = b.build();
            if (!after.equals(r.line())) {
                changes.add(new Change.ScenarioLineChange(scenario.id(), r.line(), after));
                keys.add(r.line().epicKey());
            }
        }
        if (!changes.isEmpty()) {
            String what = (tier == null ? "" : tier.label() + " tier") + (tier != null && effort != null ? ", " : "")
                    + (effort == null ? "" : effort.label() + " effort");
            edits.perform(new PlanEdit("re-tier " + String.join(", ", keys) + " to " + what, changes));
        }
        return changes.size();
    }

    /** Puts lines back to their plan values (one edit). */
    int revertToPlan(Collection<Long> lineIds) {
        Scenario scenario = host.scenario();
        if (scenario == null) {
            return 0;
        }
        List<Change> changes = new ArrayList<>();
        for (ScenarioRow r : host.rows()) {
            if (lineIds.contains(r.line().id()) && r.changed()) {
                changes.add(new Change.ScenarioLineChange(scenario.id(), r.line(), r.planLine()));
            }
        }
        if (!changes.isEmpty()) {
            edits.perform(new PlanEdit("back to the plan for " + changes.size() + " lines", changes));
        }
        return changes.size();
    }

    /** {@code s} with the edit's changes of its lines and budget (changes of another scenario are left out). */
    static Scenario applied(Scenario s, PlanEdit edit) {
        for (Change c : edit.changes()) {
            if (c instanceof Change.ScenarioLineChange lc && lc.scenarioId() == s.id()) {
                List<PlanLine> lines = new ArrayList<>(s.lines());
                lines.removeIf(l -> l.id() == lc.after().id());
                lines.add(lc.after());
                lines.sort(Comparator.comparingLong(PlanLine::id));
                s = s.withLines(lines);
            } else if (c instanceof Change.ScenarioBudgetChange bc && bc.scenarioId() == s.id()) {
                s = s.withBudget(bc.after());
            }
        }
        return s;
    }

    /** The open scenario as the grid its edits change: its copies of the plan lines and its budget. */
    private final class Target implements GridEdits.Target {
        @Override
        public PlanLine line(long id) {
            if (host.scenario() == null) {
                return null;
            }
            return host.rows().stream().filter(r -> r.line().id() == id).map(ScenarioRow::line).findFirst()
                    .orElse(null);
        }

        @Override
        public Change change(PlanLine before, PlanLine after) {
            return new Change.ScenarioLineChange(host.scenario().id(), before, after);
        }

        @Override
        public void applyAndStore(PlanEdit edit) {
            host.changed(applied(host.scenario(), edit));
            edits.store(edit, ok -> { }, host::storeFailed);
        }

        @Override
        public void performed(PlanEdit edit) {
            status.set("Scenario: " + edit.label());
        }
    }
}
