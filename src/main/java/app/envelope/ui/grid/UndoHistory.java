package app.envelope.ui.grid;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Undo and redo stacks of plan edits; a new edit clears the redo stack. */
public final class UndoHistory {
    private static final int LIMIT = 500;
    private final Deque<PlanEdit> undo = new ArrayDeque<>();
    private final Deque<PlanEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");

    public void done(PlanEdit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    /** The edit that reverts the last one (to be applied by the caller), or null. */
    public PlanEdit undo() {
        if (undo.isEmpty()) {
            return null;
        }
        PlanEdit e = undo.pop();
        redo.push(e);
        refresh();
        return e.inverse();
    }

    /** The edit to apply again, or null. */
    public PlanEdit redo() {
        if (redo.isEmpty()) {
            return null;
        }
        PlanEdit e = redo.pop();
        undo.push(e);
        refresh();
        return e;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }
}
