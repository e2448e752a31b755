package app.envelope.ui.presenter;

import app.envelope.ui.Controls;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.grid.PlanField;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The view of {@link PresenterEdit}: a panel just under the selected line (above it near the
 * bottom) with the editable fields, the one being edited as a text field, a hint and the reason a
 * value was refused. Its keys (Enter, Esc, Tab, Up, Down) go to the view model.
 */
final class PresenterEditor {
    private final PresenterViewModel vm;
    private final TableView<BoardRow> table;
    private final Pane layer;
    private final VBox editor;
    private TextField input;

    /** @param layer the pane over the table that holds {@code editor} */
    PresenterEditor(PresenterViewModel vm, TableView<BoardRow> table, Pane layer, VBox editor) {
        this.vm = vm;
        this.table = table;
        this.layer = layer;
        this.editor = editor;
        vm.edit().editingProperty().addListener(o -> show());
        layer.widthProperty().addListener(o -> position());
        layer.heightProperty().addListener(o -> position());
    }

    private void show() {
        PresenterEdit edit = vm.edit();
        PlanField f = edit.editingProperty().get();
        BoardRow r = vm.board().selectedRowProperty().get();
        if (input != null) {
            input.textProperty().unbindBidirectional(edit.editTextProperty());
            input = null;
        }
        editor.getChildren().clear();
        if (f == null || r == null) {
            editor.setVisible(false);
            table.requestFocus();
            return;
        }
        Label title = new Label("Edit " + r.line().epicKey() + " · " + r.title());
        title.getStyleClass().add("editor-title");
        HBox fields = new HBox();
        fields.getStyleClass().add("editor-fields");
        for (PlanField pf : PresenterEdit.EDITABLE) {
            Label label = new Label(pf.header());
            label.getStyleClass().add("editor-field-label");
            VBox box = new VBox(label);
            box.getStyleClass().add("editor-field");
            if (pf == f) {
                box.getStyleClass().add("active");
                input = new TextField();
                input.setId("presenterEditorInput");
                input.getStyleClass().add("editor-input");
                input.textProperty().bindBidirectional(edit.editTextProperty());
                input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
                TextField field = input;
                edit.editProblemProperty().addListener((o, a, reason) -> Controls.styleIf(field, "refused",
                        !reason.isEmpty()));
                box.getChildren().add(input);
            } else {
                box.getChildren().add(RevealedPanel.bold(display(pf, r)));
            }
            fields.getChildren().add(box);
        }
        Label hint = new Label(edit.editHint() + "   ·   Tab next field   ·   Enter save   ·   Esc cancel");
        hint.getStyleClass().add("editor-hint");
        Label reason = new Label();
        reason.getStyleClass().add("problem");
        reason.setId("presenterEditorProblem");
        reason.textProperty().bind(edit.editProblemProperty());
        reason.managedProperty().bind(edit.editProblemProperty().isNotEmpty());
        editor.getChildren().addAll(title, fields, hint, reason);
        editor.setVisible(true);
        position();
        TextField focused = input;
        focused.requestFocus();
        focused.selectAll();
    }

    private String display(PlanField f, BoardRow r) {
        return switch (f) {
            case VALUE -> vm.money(r.line().value());
            case WILLINGNESS -> vm.money(r.line().willingness());
            case SIZE -> r.line().size().name();
            case TIER -> r.line().tier().label();
            default -> f.text(r.line());
        };
    }

    /** Puts the editor just under the selected line (above it near the bottom). */
    void position() {
        if (editor == null || !editor.isVisible()) {
            return;
        }
        table.applyCss();
        table.layout();
        int index = vm.selectedIndex();
        Node rowNode = table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> tr && tr.getIndex() == index && tr.isVisible())
                .findFirst().orElse(null);
        editor.applyCss();
        double w = Math.min(editor.prefWidth(-1), Math.max(100, layer.getWidth() - 16));
        double h = editor.prefHeight(w);
        double y = 40;
        if (rowNode != null) {
            Bounds b = layer.sceneToLocal(rowNode.localToScene(rowNode.getBoundsInLocal()));
            y = b.getMaxY() + 2;
            if (y + h > layer.getHeight()) {
                y = Math.max(0, b.getMinY() - h - 2);
            }
        }
        editor.resizeRelocate(8, y, w, h);
    }

    private void key(KeyEvent e) {
        PresenterEdit edit = vm.edit();
        KeyCode k = e.getCode();
        if (k == KeyCode.ENTER) {
            edit.commitEdit();
        } else if (k == KeyCode.ESCAPE) {
            edit.cancelEdit();
        } else if (k == KeyCode.TAB) {
            if (edit.nextField(e.isShiftDown() ? -1 : 1)) {
                show();
            }
        } else if (k == KeyCode.UP || k == KeyCode.DOWN) {
            edit.cycleChoice(k == KeyCode.UP ? 1 : -1);
            if (input != null) {
                input.selectAll();
            }
        } else {
            return;
        }
        e.consume();
    }
}
