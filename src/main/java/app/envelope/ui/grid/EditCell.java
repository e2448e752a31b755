package app.envelope.ui.grid;

import app.envelope.domain.PlanLine;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;

/**
 * A grid cell that shows a formatted figure and edits the raw input of one {@link PlanField} in a
 * text field, like a spreadsheet: Enter commits, Escape cancels, Tab commits and moves right. A
 * refused value keeps the cell in edit mode, marked, with the reason beside it. Used by the board
 * and by the scenario grid; the {@link Editor} says which line a row holds and applies the edit.
 *
 * @param <R> the row type of the table
 */
public final class EditCell<R> extends TableCell<R, R> {
    /** What a grid needs from its view model to edit a cell. */
    public interface Editor<R> {
        PlanLine line(R row);

        /** Applies the typed text; returns null when accepted, else the reason it was refused. */
        String edit(R row, PlanField field, String text);

        /** The editor of rows that each hold a plan line ({@code line}), edited by its id through {@code edit}. */
        static <R> Editor<R> of(Function<R, PlanLine> line, LineEdit edit) {
            return new Editor<>() {
                @Override
                public PlanLine line(R row) {
                    return line.apply(row);
                }

                @Override
                public String edit(R row, PlanField field, String text) {
                    return edit.edit(line.apply(row).id(), field, text);
                }
            };
        }
    }

    /** A view model's edit of a plan line: null when accepted, else the reason it was refused. */
    public interface LineEdit {
        String edit(long lineId, PlanField field, String text);
    }

    private final PlanField field;
    private final Function<R, String> display;
    private final Editor<R> vm;
    private final Function<R, String> note;
    private TextField editor;
    private String initialText;

    public EditCell(PlanField field, Function<R, String> display, Editor<R> vm) {
        this(field, display, vm, null);
    }

    /**
     * @param note for a row whose value is worth pointing out (a scenario's change), the text of a
     *             tooltip; the cell is then marked with the style class {@code changed}. May be null.
     */
    public EditCell(PlanField field, Function<R, String> display, Editor<R> vm, Function<R, String> note) {
        this.field = field;
        this.display = display;
        this.vm = vm;
        this.note = note;
        getStyleClass().add("editable-cell");
    }

    /** Starts editing with {@code typed} replacing the content (type-to-edit). */
    void startEdit(String typed) {
        initialText = typed;
        startEdit();
    }

    @Override
    public void startEdit() {
        if (getItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = new TextField(initialText != null ? initialText : field.text(vm.line(getItem())));
        initialText = null;
        editor.getStyleClass().add("cell-editor");
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                boolean tab = e.getCode() == KeyCode.TAB;
                e.consume();
                if (commit() && tab) {
                    GridEditing.moveRight(getTableView());
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
            }
        });
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing()) {
                commit();
            }
        });
        setText(null);
        setGraphic(editor);
        editor.end();
        editor.requestFocus();
        if (editor.getText().equals(field.text(vm.line(getItem())))) {
            editor.selectAll();
        }
    }

    private boolean commit() {
        R row = getItem();
        String reason = row == null ? null : vm.edit(row, field, editor.getText());
        if (reason != null) {
            editor.getStyleClass().add("refused");
            Tooltip tip = new Tooltip(reason);
            tip.setShowDelay(Duration.ZERO);
            editor.setTooltip(tip);
            if (editor.getScene() != null && editor.getScene().getWindow() != null) {
                var p = editor.localToScreen(0, editor.getHeight());
                if (p != null) {
                    tip.show(editor, p.getX(), p.getY());
                }
            }
            return false;
        }
        if (isEditing()) {
            super.cancelEdit();
        }
        getTableView().requestFocus();
        return true;
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (editor != null && editor.getTooltip() != null) {
            editor.getTooltip().hide();
        }
        show(getItem(), false);
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        if (!isEditing()) {
            show(row, empty);
        }
    }

    private void show(R row, boolean empty) {
        setGraphic(null);
        setText(empty || row == null ? null : display.apply(row));
        if (note != null) {
            String n = empty || row == null ? null : note.apply(row);
            getStyleClass().remove("changed");
            if (n != null) {
                getStyleClass().add("changed");
            }
            setTooltip(n == null ? null : new Tooltip(n));
        }
    }
}
