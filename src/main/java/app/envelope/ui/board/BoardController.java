package app.envelope.ui.board;

import app.envelope.domain.CategoryTotals;
import app.envelope.domain.Fit;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.ui.Controls;
import app.envelope.ui.grid.GridEditing;
import app.envelope.ui.grid.Paste;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.grid.SprintChoices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** Binds the board's controls to its view model and turns keys into view-model actions. */
public final class BoardController {
    private static final double GRID_SHARE = 0.62;
    private static final PseudoClass BELOW_FUND_LINE = PseudoClass.getPseudoClass("below-fund-line");

    private final BoardViewModel vm;
    private final List<Node> lowerPanels;

    @FXML private BorderPane root;
    @FXML private ComboBox<Sprint> sprintBox;
    @FXML private ComboBox<String> teamBox;
    @FXML private ComboBox<Fit> fitBox;
    @FXML private Label sprintDates;
    @FXML private Label fitSummary;
    @FXML private Label totalValue;
    @FXML private Label totalLabour;
    @FXML private Label totalTokens;
    @FXML private Label totalTooling;
    @FXML private Label totalRisk;
    @FXML private Label totalCost;
    @FXML private TextField budgetField;
    @FXML private Label headroom;
    @FXML private HBox stackedBar;
    @FXML private Label bestSet;
    @FXML private Label bestSetMethod;
    @FXML private Button fundButton;
    @FXML private Button removeButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Label subsidy;
    @FXML private Label problem;
    @FXML private Label status;
    @FXML private TableView<BoardRow> table;
    @FXML private StackPane chartHolder;
    @FXML private StackPane balanceHolder;
    @FXML private SplitPane split;
    private boolean dividerMoved;

    /** @param lowerPanels the chart and the balance panel, shown under the grid (built by the window) */
    public BoardController(BoardViewModel vm, List<Node> lowerPanels) {
        this.vm = vm;
        this.lowerPanels = lowerPanels;
    }

    @FXML
    private void initialize() {
        Controls.choose(sprintBox, vm.sprints(), vm.selectedSprintProperty(), SprintChoices::label);
        vm.selectedSprintProperty().addListener((o, a, s) -> {
            sprintDates.setText(s == null ? "" : s.start() + " – " + s.end() + " · " + s.status().name().toLowerCase());
            budgetField.setText(vm.summary().budgetInput());
        });
        teamBox.setItems(vm.teams());
        teamBox.valueProperty().bindBidirectional(vm.teamFilterProperty());
        fitBox.getItems().setAll(new ArrayList<>(java.util.Arrays.asList((Fit) null, Fit.GREEN, Fit.AMBER, Fit.RED)));
        Controls.showAs(fitBox, f -> f == null ? "All" : f.label());
        fitBox.valueProperty().bindBidirectional(vm.fitFilterProperty());
        status.textProperty().bind(vm.statusProperty());
        problem.textProperty().bind(vm.problemProperty());
        GridEditing.bindUndoButtons(undoButton, redoButton, vm.history());
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        new BoardColumns(vm, table).build();
        GridEditing.showRows(table, vm.visibleRows(), "No plan lines match");
        table.setRowFactory(t -> new FundLineRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedRowProperty().set(r);
            }
        });
        vm.selectedRowProperty().addListener((o, a, r) -> select(r));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::gridKey);
        GridEditing.install(table);
        GridEditing.installUndoKeys(root, vm::undo, vm::redo);
        Controls.onCommit(budgetField, this::commitBudget);
        vm.evaluationProperty().addListener((o, a, e) -> showTotals(e));
        // Rows carry their own figures and are replaced when those change (an edit replaces only the
        // rows it changed); only the currency, which every money cell shows, is outside them.
        vm.currencyProperty().addListener((o, a, c) -> table.refresh());
        keepGridShare();
        if (lowerPanels.size() > 0) {
            chartHolder.getChildren().add(lowerPanels.get(0));
        }
        if (lowerPanels.size() > 1) {
            balanceHolder.getChildren().add(lowerPanels.get(1));
        }
    }

    private void showTotals(SprintEvaluation e) {
        totalValue.setText(vm.summary().total(CategoryTotals::value));
        totalLabour.setText(vm.summary().total(CategoryTotals::labour));
        totalTokens.setText(vm.summary().total(CategoryTotals::tokens));
        totalTooling.setText(vm.summary().total(CategoryTotals::tooling));
        totalRisk.setText(vm.summary().total(CategoryTotals::risk));
        totalCost.setText(vm.summary().total(CategoryTotals::cost));
        if (!budgetField.isFocused()) {
            budgetField.setText(vm.summary().budgetInput());
        }
        headroom.setText(vm.summary().headroomText());
        Controls.styleIf(headroom, "negative-total", e != null && e.budgetHeadroom().signum() < 0);
        fitSummary.setText(vm.summary().fitSummary());
        subsidy.setText(vm.summary().subsidyText());
        Controls.styleIf(subsidy, "warning", vm.summary().subsidyWarning());
        bestSet.setText(vm.summary().bestSetText());
        bestSetMethod.setText(vm.summary().bestSetMethod());
        StackedBar.fill(stackedBar, e == null ? null : e.totals(), vm.currencyProperty().get());
    }

    private void commitBudget() {
        Controls.styleIf(budgetField, "refused", vm.setBudget(budgetField.getText()) != null);
    }

    private void select(BoardRow r) {
        if (r == null || r.equals(table.getSelectionModel().getSelectedItem())) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).line().id() == r.line().id()) {
                table.getSelectionModel().clearAndSelect(i, table.getVisibleLeafColumn(0));
                table.scrollTo(i);
                return;
            }
        }
    }

    // Keys //

    private void gridKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        TablePosition<BoardRow, ?> pos = table.getFocusModel().getFocusedCell();
        if (e.isShortcutDown() && e.getCode() == KeyCode.V) {
            paste(pos);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
            removeLine();
            e.consume();
        }
    }

    private void paste(TablePosition<BoardRow, ?> pos) {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || pos == null || pos.getTableColumn() == null) {
            return;
        }
        PlanField field = GridEditing.focusedField(table);
        if (field == null) {
            vm.problemProperty().set("Paste into an editable column (Value Y … Risk override).");
            return;
        }
        vm.paste(GridEditing.lineIds(table, r -> r.line().id()), pos.getRow(), field, text);
    }

    // Buttons //

    @FXML
    private void addLine() {
        Optional<String[]> input = AddLineDialog.ask(root.getScene().getWindow());
        input.ifPresent(v -> vm.addLine(v[0], v[1], v[2]));
    }

    @FXML
    private void removeLine() {
        BoardRow r = table.getSelectionModel().getSelectedItem();
        if (r != null && AddLineDialog.confirm(root.getScene().getWindow(), "Remove " + r.line().epicKey()
                + " from this sprint? (Ctrl+Z brings it back.)") == ButtonType.OK) {
            vm.removeLine(r.line().id());
        }
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    @FXML
    private void redo() {
        vm.redo();
    }

    @FXML
    private void fundBestSet() {
        vm.fundBestSet();
    }

    /** Greys the lines below the fund line. */
    private static final class FundLineRow extends TableRow<BoardRow> {
        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            boolean below = !empty && r != null && r.fund() != null && !r.fund().withinBudget();
            pseudoClassStateChanged(BELOW_FUND_LINE, below);
        }
    }

    /**
     * The grid keeps 62% of the height until the user drags the divider: a window first laid out
     * small and then maximised would otherwise keep the chart's share of the small layout.
     */
    private void keepGridShare() {
        split.heightProperty().addListener((o, a, h) -> {
            if (!dividerMoved) {
                split.setDividerPositions(GRID_SHARE);
            }
        });
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    dividerMoved = true;
                }
            }
        });
    }
}
