package app.envelope.ui.grid;

import app.envelope.domain.Money;
import app.envelope.domain.PlanLine;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.StringProperty;

/**
 * The editing half of a plan grid's view model, shared by the board and the scenario grid: a typed
 * cell, a pasted range or a budget is validated with the plan's own rules and becomes one undoable
 * {@link PlanEdit}; Undo and Redo replay edits; stored edits are written in one transaction, in the
 * background. What an edit changes (the plan, or a scenario's copy of it) and how it is applied in
 * memory is the grid's {@link Target}. Knows no controls.
 */
public final class GridEdits {
    /** What the grid being edited provides. */
    public interface Target {
        /** The line with this id as the grid holds it now, or null when it cannot be edited there. */
        PlanLine line(long id);

        /** The change that makes {@code before} into {@code after} in this grid. */
        Change change(PlanLine before, PlanLine after);

        /** Applies the edit in memory at once (figures included), then stores it. */
        void applyAndStore(PlanEdit edit);

        /** Called after a new edit (not an undo or redo) was applied. */
        default void performed(PlanEdit edit) {
        }
    }

    private final Store store;
    private final BackgroundTasks tasks;
    private final Target target;
    private final String lineMissing;
    private final StringProperty problem;
    private final StringProperty status;
    private final UndoHistory history = new UndoHistory();

    /**
     * @param lineMissing what an edit of a line the grid does not hold returns
     * @param problem     where a refused value's reason goes (cleared by an accepted one)
     * @param status      where Undo and Redo say what they did
     */
    public GridEdits(Store store, BackgroundTasks tasks, Target target, String lineMissing, StringProperty problem,
                     StringProperty status) {
        this.store = store;
        this.tasks = tasks;
        this.target = target;
        this.lineMissing = lineMissing;
        this.problem = problem;
        this.status = status;
    }

    public UndoHistory history() {
        return history;
    }

    /** Sets one field of one line from typed text. Returns null when accepted, else the reason it was refused. */
    public String edit(long lineId, PlanField field, String text) {
        PlanLine before = target.line(lineId);
        if (before == null) {
            return lineMissing;
        }
        try {
            PlanLine after = field.apply(before, text);
            if (!after.equals(before)) {
                perform(new PlanEdit(field.header() + " of " + before.epicKey(), List.of(target.change(before, after))));
            }
            problem.set("");
            return null;
        } catch (IllegalArgumentException e) {
            problem.set(before.epicKey() + ", " + field.header() + ": " + e.getMessage());
            return e.getMessage();
        }
    }

    /**
     * Pastes a tab-separated range at a row (of the visible order) and field: the good cells change
     * their lines in one edit, each refused cell is named with its reason.
     */
    public Paste.Result paste(List<Long> visibleLineIds, int firstRow, PlanField field, String text) {
        List<PlanLine> rows = new ArrayList<>();
        for (int i = firstRow; i < visibleLineIds.size(); i++) {
            PlanLine l = target.line(visibleLineIds.get(i));
            if (l != null) {
                rows.add(l);
            }
        }
        Paste.Result result = Paste.apply(rows, text, field);
        if (!result.changes().isEmpty()) {
            perform(new PlanEdit("paste", result.changes().stream().map(c -> (Change.LineChange) c)
                    .map(c -> target.change(c.before(), c.after())).toList()));
        }
        problem.set(result.rejected().isEmpty() ? ""
                : result.rejected().size() + " pasted cell(s) refused: " + String.join("; ", result.rejected()));
        return result;
    }

    /**
     * Sets a budget B from typed text. {@code change} turns the amount into the change of this
     * grid's budget: null when it is the same, an {@link IllegalArgumentException} when refused.
     * Returns null, or the reason it was refused.
     */
    public String setBudget(String text, Function<BigDecimal, Change> change) {
        try {
            Change c = change.apply(Money.parse(text, "budget B"));
            if (c != null) {
                perform(new PlanEdit("budget", List.of(c)));
            }
            problem.set("");
            return null;
        } catch (IllegalArgumentException e) {
            problem.set("Budget B: " + e.getMessage());
            return e.getMessage();
        }
    }

    /** Applies a new edit and makes it the one Undo reverts. */
    public void perform(PlanEdit edit) {
        history.done(edit);
        target.applyAndStore(edit);
        target.performed(edit);
    }

    public void undo() {
        PlanEdit e = history.undo();
        if (e != null) {
            target.applyAndStore(e);
            status.set("Undid " + e.label());
        }
    }

    public void redo() {
        PlanEdit e = history.redo();
        if (e != null) {
            target.applyAndStore(e);
            status.set("Redid " + e.label());
        }
    }

    /** Writes an edit's changes in one transaction, in the background. */
    public void store(PlanEdit edit, Consumer<PlanEdit> onStored, Consumer<Throwable> onFailure) {
        tasks.run("Saving " + edit.label(), () -> store.inTransaction(() -> {
            edit.changes().forEach(c -> c.write(store));
            return edit;
        }), onStored, onFailure);
    }
}
