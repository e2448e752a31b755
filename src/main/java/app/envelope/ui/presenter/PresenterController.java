package app.envelope.ui.presenter;

import app.envelope.domain.CategoryTotals;
import app.envelope.ui.Controls;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.board.StackedBar;
import app.envelope.ui.board.ValueCostChart;
import app.envelope.ui.theme.Appearance;
import app.envelope.ui.theme.Theme;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds the presenter view to {@link PresenterViewModel} and turns the driver's keys into its
 * actions. The table's selection only mirrors the view model's (keys and clicks go to the view
 * model), so a re-ranking after an edit never moves the selection to another line.
 */
public final class PresenterController {
    /** The table's width in em with every figure column at its minimum and room for the epic's title (14em). */
    private static final double TABLE_MIN_EM = 14 + 6 * 3 + 6.6 + 9.2 + 3.8 + 7 + 4.6 + 1.5;

    private final PresenterViewModel vm;
    private final Appearance appearance;
    private final Runnable onLeave;
    private ValueCostChart chart;
    private PresenterEditor editorView;

    @FXML private BorderPane root;
    @FXML private Label sprintTitle;
    @FXML private Label filterNote;
    @FXML private Label badge;
    @FXML private Button revealButton;
    @FXML private ComboBox<Theme> themeBox;
    @FXML private Label scaleLabel;
    @FXML private Label totalValue;
    @FXML private Label totalCost;
    @FXML private Label budget;
    @FXML private Label headroom;
    @FXML private HBox categories;
    @FXML private HBox stackedBar;
    @FXML private StackPane tableLayer;
    @FXML private TableView<BoardRow> table;
    @FXML private Pane editorLayer;
    @FXML private VBox editor;
    @FXML private GridPane main;
    @FXML private StackPane rightColumn;
    @FXML private StackPane chartHolder;
    @FXML private ScrollPane revealedPanel;
    @FXML private VBox lineBox;
    @FXML private VBox ratesBox;
    @FXML private VBox pricesBox;
    @FXML private VBox peopleBox;
    @FXML private Label fitCounts;
    @FXML private Label fundLine;
    @FXML private Label bestSet;
    @FXML private Label privacyNote;
    @FXML private Label problem;
    @FXML private FlowPane keyHints;
    @FXML private Label keysHidden;

    /** @param onLeave leaves presenter mode (Esc, the Leave button) */
    public PresenterController(PresenterViewModel vm, Appearance appearance, Runnable onLeave) {
        this.vm = vm;
        this.appearance = appearance;
        this.onLeave = onLeave;
    }

    @FXML
    private void initialize() {
        applyScale();
        vm.zoom().scaleProperty().addListener(o -> applyScale());
        Region lock = new Region();
        lock.getStyleClass().add("badge-icon");
        badge.setGraphic(lock);

        themeBox.getItems().setAll(Theme.values());
        themeBox.setValue(appearance.presenterThemeProperty().get());
        appearance.presenterThemeProperty().addListener((o, a, t) -> themeBox.setValue(t));
        themeBox.valueProperty().addListener((o, a, t) -> {
            if (t != null) {
                appearance.choosePresenterTheme(t);
            }
        });

        PresenterTable.build(vm, table);
        table.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            BoardRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.select(r);
            }
        });
        vm.rows().addListener((ListChangeListener<BoardRow>) c -> syncSelection());
        chart = new ValueCostChart(vm::select);
        chart.setTooltipText(r -> r.line().epicKey() + " " + r.title() + "\nY " + vm.money(r.line().value()) + " · C "
                + vm.money(r.cost().cost()) + "\n" + PresenterCells.aiText(r) + " · fit " + r.cost().fit().label());
        chart.setTitle("Value Y against cost C · bubble = tokens");
        chartHolder.getChildren().add(chart);
        vm.board().evaluationProperty().addListener(o -> chart.setRows(vm.board().rows(), vm.currency()));
        if (vm.board().evaluationProperty().get() != null) {
            chart.setRows(vm.board().rows(), vm.currency());
        }
        vm.board().selectedRowProperty().addListener((o, a, r) -> {
            chart.select(r == null ? -1 : r.line().id());
            syncSelection();
        });

        revealedPanel.visibleProperty().bind(vm.privacy().revealedProperty());
        chartHolder.visibleProperty().bind(vm.privacy().revealedProperty().not());
        keyHints.visibleProperty().bind(vm.zoom().keysShownProperty());
        keyHints.managedProperty().bind(vm.zoom().keysShownProperty());
        keysHidden.visibleProperty().bind(vm.zoom().keysShownProperty().not());
        keysHidden.managedProperty().bind(vm.zoom().keysShownProperty().not());
        main.widthProperty().addListener(o -> arrangeColumns());
        vm.privacy().revealedProperty().addListener(o -> arrangeColumns());
        problem.textProperty().bind(vm.board().problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        vm.changesProperty().addListener(o -> refresh());
        editorView = new PresenterEditor(vm, table, editorLayer, editor);
        root.addEventFilter(KeyEvent.KEY_PRESSED, new PresenterKeys(vm, appearance, onLeave));
        PresenterKeys.fillHints(keyHints);
        refresh();
        syncSelection();
    }

    /** Gives the keyboard to the table (called when presenter mode is entered). */
    public void focus() {
        table.requestFocus();
        syncSelection();
    }

    private void applyScale() {
        root.getStyleClass().removeIf(c -> c.startsWith("scale-"));
        root.getStyleClass().add(vm.zoom().scaleStyleClass());
        scaleLabel.setText(vm.zoom().scaleText());
        arrangeColumns();
        positionEditor();
    }

    private void positionEditor() {
        if (editorView != null) {
            editorView.position();
        }
    }

    /**
     * The chart sits beside the lines while both fit; at a large zoom the lines take the whole width
     * (the room reads the lines first), and past that the AI and Y / C columns step aside so that
     * the figures the room decides on stay whole. Revealed figures always get their column.
     */
    private void arrangeColumns() {
        double w = main == null ? 0 : main.getWidth();
        if (w <= 0 || main.getColumnConstraints().size() < 2) {
            return;
        }
        double em = vm.zoom().scaleProperty().get() * PresenterTable.EM_PER_PERCENT;
        double needed = em * TABLE_MIN_EM;
        boolean revealed = vm.privacy().revealedProperty().get();
        boolean beside = revealed || w - needed >= Math.max(480, w * 0.28);
        double tableShare = beside ? Math.max(68, Math.min(72, needed / w * 100)) : 100;
        main.getColumnConstraints().get(0).setPercentWidth(tableShare);
        main.getColumnConstraints().get(1).setPercentWidth(100 - tableShare);
        rightColumn.setVisible(beside);
        rightColumn.setManaged(beside);
        boolean all = em * (TABLE_MIN_EM - 6) <= w * tableShare / 100;
        table.getColumns().stream().filter(c -> c.getId().equals("p-col-ai") || c.getId().equals("p-col-density"))
                .forEach(c -> c.setVisible(all));
    }

    // The selection //

    /** Mirrors the view model's selection in the table, scrolling only as far as needed. */
    private void syncSelection() {
        int i = vm.selectedIndex();
        if (i < 0) {
            table.getSelectionModel().clearSelection();
            return;
        }
        if (table.getSelectionModel().getSelectedIndex() != i) {
            table.getSelectionModel().clearAndSelect(i);
        }
        table.getFocusModel().focus(i);
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(i);
        }
        if (vm.edit().editingProperty().get() != null) {
            positionEditor();
        }
    }

    // Derived texts //

    private void refresh() {
        sprintTitle.setText(vm.sprintTitle());
        filterNote.setText(vm.filterNote());
        boolean shown = vm.privacy().revealedProperty().get();
        badge.setText(vm.privacy().badgeText());
        Controls.styleIf(badge, "revealed", shown);
        revealButton.setText(shown ? "Hide" : "Reveal…");
        totalValue.setText(vm.total(CategoryTotals::value));
        totalCost.setText(vm.total(CategoryTotals::cost));
        budget.setText(vm.budgetText());
        headroom.setText(vm.headroomText());
        Controls.styleIf(headroom, "negative-total", vm.overBudget());
        categories.getChildren().clear();
        for (PresenterViewModel.Category c : vm.categories()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", c.styleClass());
            Label name = new Label(c.name(), swatch);
            name.getStyleClass().add("category-name");
            Label value = new Label(c.amount() + " · " + c.share());
            value.getStyleClass().add("category-value");
            VBox chip = new VBox(name, value);
            chip.getStyleClass().add("category-chip");
            categories.getChildren().add(chip);
        }
        var eval = vm.board().evaluationProperty().get();
        StackedBar.fill(stackedBar, eval == null ? null : eval.totals(), vm.currency());
        fitCounts.setText(vm.fitCounts());
        fundLine.setText(vm.fundLineText());
        bestSet.setText(vm.bestSetText());
        privacyNote.setText(vm.privacy().privacyNote());
        table.refresh();
        fillRevealed();
    }

    private void fillRevealed() {
        RevealedPanel.fill(vm.privacy(), vm.board().selectedRowProperty().get(), lineBox, peopleBox, ratesBox,
                pricesBox);
    }

    // Buttons //

    @FXML
    private void revealClicked() {
        if (vm.privacy().revealedProperty().get()) {
            vm.privacy().hide();
            return;
        }
        ButtonType reveal = new ButtonType("Reveal", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Show labour rates, negotiated prices and people's names "
                + "on the shared screen? (Ctrl+Shift+R also reveals and hides them.)", reveal, ButtonType.CANCEL);
        a.setHeaderText("Reveal private figures to the room?");
        a.setTitle("Reveal");
        if (root.getScene() != null) {
            a.initOwner(root.getScene().getWindow());
            a.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        a.getDialogPane().getStyleClass().add("presenter-dialog");
        if (a.showAndWait().orElse(ButtonType.CANCEL) == reveal) {
            vm.privacy().reveal();
        }
        table.requestFocus();
    }

    @FXML
    private void zoomIn() {
        vm.zoom().zoomIn();
        table.requestFocus();
    }

    @FXML
    private void zoomOut() {
        vm.zoom().zoomOut();
        table.requestFocus();
    }

    @FXML
    private void leave() {
        onLeave.run();
    }
}
