package app.envelope.ui.presenter;

import app.envelope.domain.Size;
import app.envelope.domain.Tier;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.board.BoardViewModel;
import app.envelope.ui.grid.PlanField;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Presenter mode's in-place editor on the selected line: Enter opens it on the field edited last,
 * Tab stores the field and moves on, Up and Down step a size or a tier, Enter stores and closes,
 * Esc closes without storing. Every stored value is the board's own edit. Knows no controls.
 */
public final class PresenterEdit {
    /** The fields Enter edits in place, in the order Tab cycles through them. */
    public static final List<PlanField> EDITABLE = List.of(PlanField.VALUE, PlanField.WILLINGNESS, PlanField.SIZE,
            PlanField.TIER);

    private final BoardViewModel board;
    private final ObjectProperty<PlanField> editing = new SimpleObjectProperty<>();
    private final StringProperty editText = new SimpleStringProperty("");
    private final StringProperty editProblem = new SimpleStringProperty("");
    private PlanField lastField = PlanField.VALUE;

    PresenterEdit(BoardViewModel board) {
        this.board = board;
    }

    /** Opens the in-place editor on the selected line, on the field edited last (Value Y at first). */
    public boolean beginEdit() {
        BoardRow sel = board.selectedRowProperty().get();
        if (sel == null) {
            return false;
        }
        editProblem.set("");
        editText.set(lastField.text(sel.line()));
        editing.set(lastField);
        return true;
    }

    /**
     * Moves the editor to the next (+1) or previous (-1) field, storing the current one first when
     * it was changed. Returns false (and stays) when the current value is refused.
     */
    public boolean nextField(int direction) {
        PlanField f = editing.get();
        if (f == null || !storeIfChanged()) {
            return false;
        }
        int i = EDITABLE.indexOf(f);
        PlanField next = EDITABLE.get(Math.floorMod(i + direction, EDITABLE.size()));
        lastField = next;
        editText.set(next.text(board.selectedRowProperty().get().line()));
        editing.set(next);
        return true;
    }

    /** Stores the edited value and closes the editor; returns null, or the reason it was refused (the editor stays). */
    public String commitEdit() {
        if (editing.get() == null) {
            return null;
        }
        if (!storeIfChanged()) {
            return editProblem.get();
        }
        editing.set(null);
        return null;
    }

    private boolean storeIfChanged() {
        PlanField f = editing.get();
        BoardRow sel = board.selectedRowProperty().get();
        if (sel == null) {
            editing.set(null);
            return false;
        }
        if (editText.get() != null && editText.get().trim().equals(f.text(sel.line()))) {
            editProblem.set("");
            return true;
        }
        String reason = board.edit(sel.line().id(), f, editText.get());
        editProblem.set(reason == null ? "" : f.header() + ": " + reason);
        return reason == null;
    }

    /** Closes the editor without storing; a refused value's reason goes with it. */
    public void cancelEdit() {
        if (!editProblem.get().isEmpty()) {
            board.problemProperty().set("");
        }
        editProblem.set("");
        editing.set(null);
    }

    /** Size and tier: Up / Down step through the choices (XS…XL, small…frontier). */
    public void cycleChoice(int direction) {
        PlanField f = editing.get();
        BoardRow sel = board.selectedRowProperty().get();
        if (f == null || sel == null) {
            return;
        }
        if (f == PlanField.SIZE) {
            Size now = parseOr(() -> Size.parse(editText.get()), sel.line().size());
            Size[] all = Size.values();
            editText.set(all[Math.max(0, Math.min(all.length - 1, now.ordinal() + direction))].name());
        } else if (f == PlanField.TIER) {
            Tier now = parseOr(() -> Tier.parse(editText.get()), sel.line().tier());
            Tier[] all = Tier.values();
            editText.set(all[Math.max(0, Math.min(all.length - 1, now.ordinal() + direction))].label());
        }
    }

    private static <T> T parseOr(Supplier<T> parse, T fallback) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** What the editor says about the field being edited, e.g. "XS S M L XL · ↑↓ to step". */
    public String editHint() {
        PlanField f = editing.get();
        if (f == null) {
            return "";
        }
        return switch (f) {
            case VALUE, WILLINGNESS -> "amount, e.g. 120000 or $120,000";
            case SIZE -> "XS · S · M · L · XL (↑ ↓ step)";
            case TIER -> "small · mid · frontier (↑ ↓ step)";
            default -> "";
        };
    }

    /** The field being edited, or null while the editor is closed. */
    public ObjectProperty<PlanField> editingProperty() {
        return editing;
    }

    public StringProperty editTextProperty() {
        return editText;
    }

    public StringProperty editProblemProperty() {
        return editProblem;
    }
}
