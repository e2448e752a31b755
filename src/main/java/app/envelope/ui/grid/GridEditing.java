package app.envelope.ui.grid;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Spreadsheet keys for a grid of {@link EditCell}s (the board and the scenario grid): Enter edits
 * the focused cell, Tab moves to the next editable cell, typing a character starts editing with it;
 * and the undo keys and what a paste needs to know of the grid.
 */
public final class GridEditing {
    private GridEditing() {
    }

    /** Installs Enter, Tab and type-to-edit on {@code table}. */
    public static <R> void install(TableView<R> table) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyPressed(table, e));
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> typeToEdit(table, e));
    }

    private static <R> void keyPressed(TableView<R> table, KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        TablePosition<R, ?> pos = table.getFocusModel().getFocusedCell();
        if (e.getCode() == KeyCode.ENTER && pos != null && pos.getTableColumn() != null
                && pos.getTableColumn().isEditable()) {
            table.edit(pos.getRow(), editable(pos.getTableColumn()));
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && !e.isShiftDown()) {
            moveRight(table);
            e.consume();
        }
    }

    private static <R> void typeToEdit(TableView<R> table, KeyEvent e) {
        String ch = e.getCharacter();
        TablePosition<R, ?> pos = table.getFocusModel().getFocusedCell();
        if (ch.isEmpty() || Character.isISOControl(ch.charAt(0)) || e.isShortcutDown() || pos == null
                || pos.getTableColumn() == null || !pos.getTableColumn().isEditable() || table.getEditingCell() != null) {
            return;
        }
        TableColumn<R, R> col = editable(pos.getTableColumn());
        table.lookupAll(".editable-cell").stream().filter(n -> n instanceof EditCell<?>)
                .map(n -> (EditCell<?>) n)
                .filter(c -> c.getTableColumn() == col && c.getIndex() == pos.getRow()).findFirst()
                .ifPresent(c -> c.startEdit(ch));
        e.consume();
    }

    @SuppressWarnings("unchecked")
    private static <R> TableColumn<R, R> editable(TableColumn<R, ?> col) {
        return (TableColumn<R, R>) col;
    }

    /** Moves the focus to the next editable cell to the right, or to the start of the next row. */
    public static <R> void moveRight(TableView<R> table) {
        TablePosition<R, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getTableColumn() == null) {
            return;
        }
        int col = table.getVisibleLeafIndex(pos.getTableColumn());
        int row = pos.getRow();
        for (int c = col + 1; c < table.getVisibleLeafColumns().size(); c++) {
            TableColumn<R, ?> next = table.getVisibleLeafColumn(c);
            if (next.isEditable()) {
                table.getSelectionModel().clearAndSelect(row, next);
                table.getFocusModel().focus(row, next);
                return;
            }
        }
        if (row + 1 < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(row + 1, table.getVisibleLeafColumn(0));
            table.getFocusModel().focus(row + 1, table.getVisibleLeafColumn(0));
        }
    }

    /** Ctrl+Z undoes; Ctrl+Y and Ctrl+Shift+Z redo: for key presses reaching {@code node} outside a text field. */
    public static void installUndoKeys(Node node, Runnable undo, Runnable redo) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.getTarget() instanceof TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
                undo.run();
                e.consume();
            } else if (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown())) {
                redo.run();
                e.consume();
            }
        });
    }

    /** The plan field of the focused cell's column, or null when no cell is focused or its column edits none. */
    public static PlanField focusedField(TableView<?> table) {
        TablePosition<?, ?> pos = table.getFocusModel().getFocusedCell();
        return pos != null && pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof PlanField f
                ? f : null;
    }

    /** The ids of the grid's lines in the order shown. */
    public static <R> List<Long> lineIds(TableView<R> table, Function<R, Long> lineId) {
        return table.getItems().stream().map(lineId).toList();
    }

    /**
     * Shows {@code rows} in a spreadsheet-like grid whose columns are built: single cells selectable,
     * rows sorted as the column headers say, the columns sharing the width, {@code placeholder} when empty.
     */
    public static <R> void showRows(TableView<R> table, ObservableList<R> rows, String placeholder) {
        table.getSelectionModel().setCellSelectionEnabled(true);
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    /** Undo and Redo are enabled while there is an edit to undo or redo. */
    public static void bindUndoButtons(Button undo, Button redo, UndoHistory history) {
        undo.disableProperty().bind(history.canUndoProperty().not());
        redo.disableProperty().bind(history.canRedoProperty().not());
    }
}
