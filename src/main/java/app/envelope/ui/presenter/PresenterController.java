package app.envelope.ui.presenter;

import app.envelope.domain.CategoryTotals;
import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.board.StackedBar;
import app.envelope.ui.board.ValueCostChart;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.theme.Appearance;
import app.envelope.ui.theme.Theme;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds the presenter view to {@link PresenterViewModel} and turns the driver's keys into its
 * actions. The table's selection only mirrors the view model's (keys and clicks go to the view
 * model), so a re-ranking after an edit never moves the selection to another line.
 */
public final class PresenterController {
    private static final PseudoClass BELOW_FUND_LINE = PseudoClass.getPseudoClass("below-fund-line");
    private static final PseudoClass FIRST_OVER_BUDGET = PseudoClass.getPseudoClass("first-over-budget");
    /** Pixels per em at 100% (the presenter's body text is 20px there). */
    private static final double EM_PER_PERCENT = 0.2;
    /** The table's width in em with every figure column at its minimum and room for the epic's title (14em). */
    private static final double TABLE_MIN_EM = 14 + 6 * 3 + 6.6 + 9.2 + 3.8 + 7 + 4.6 + 1.5;

    private final PresenterViewModel vm;
    private final Appearance appearance;
    private final Runnable onLeave;
    private ValueCostChart chart;
    private TextField editorInput;

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
        vm.scaleProperty().addListener(o -> applyScale());
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

        buildTable();
        chart = new ValueCostChart(vm::select);
        chart.setTooltipText(r -> r.line().epicKey() + " " + r.title() + "\nY " + vm.money(r.line().value()) + " · C "
                + vm.money(r.cost().cost()) + "\n" + PresenterViewModel.aiText(r) + " · fit " + r.cost().fit().label());
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

        revealedPanel.visibleProperty().bind(vm.revealedProperty());
        chartHolder.visibleProperty().bind(vm.revealedProperty().not());
        keyHints.visibleProperty().bind(vm.keysShownProperty());
        keyHints.managedProperty().bind(vm.keysShownProperty());
        keysHidden.visibleProperty().bind(vm.keysShownProperty().not());
        keysHidden.managedProperty().bind(vm.keysShownProperty().not());
        main.widthProperty().addListener(o -> arrangeColumns());
        vm.revealedProperty().addListener(o -> arrangeColumns());
        problem.textProperty().bind(vm.board().problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        vm.changesProperty().addListener(o -> refresh());
        vm.editingProperty().addListener(o -> showEditor());
        editorLayer.widthProperty().addListener(o -> positionEditor());
        editorLayer.heightProperty().addListener(o -> positionEditor());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        buildKeyHints();
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
        root.getStyleClass().add(vm.scaleStyleClass());
        scaleLabel.setText(vm.scaleText());
        arrangeColumns();
        positionEditor();
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
        double em = vm.scaleProperty().get() * EM_PER_PERCENT;
        double needed = em * TABLE_MIN_EM;
        boolean revealed = vm.revealedProperty().get();
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

    // The table //

    private void buildTable() {
        TableColumn<BoardRow, BoardRow> epic = column("Epic", "p-col-epic", 15.5, 8, r -> "", List.of());
        epic.setCellFactory(c -> new EpicCell());
        column("Value Y", "p-col-value", 6, 6, r -> vm.money(r.line().value()), List.of("numeric"));
        column("Willing Z", "p-col-willing", 6, 6, r -> vm.money(r.line().willingness()), List.of("numeric"));
        column("Cost C", "p-col-cost", 6, 6, r -> vm.money(r.cost().cost()), List.of("numeric"));
        TableColumn<BoardRow, BoardRow> fit = column("Fit", "p-col-fit", 6.6, 6.6,
                r -> PresenterViewModel.fitText(r.cost().fit()), List.of());
        fit.setCellFactory(c -> new TextCell(r -> PresenterViewModel.fitText(r.cost().fit()),
                r -> List.of("fit-" + r.cost().fit().label())));
        TableColumn<BoardRow, BoardRow> flags = column("Flags", "p-col-flags", 9.2, 9.2, PresenterViewModel::flagsText, List.of());
        flags.setCellFactory(c -> new TextCell(PresenterViewModel::flagsText,
                r -> r.cost().flags().isEmpty() ? List.of() : List.of("flagged")));
        column("Y / C", "p-col-density", 3.8, 3.8, r -> Format.ratio(r.cost().valueDensity()), List.of("numeric"));
        column("AI", "p-col-ai", 7, 7, PresenterViewModel::aiText, List.of());
        TableColumn<BoardRow, BoardRow> funded = column("Funded", "p-col-funded", 4.6, 4.6, PresenterViewModel::fundedText, List.of());
        funded.setCellFactory(c -> new TextCell(PresenterViewModel::fundedText,
                r -> r.line().funded() ? List.of("funded-yes") : List.of()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No plan lines in this sprint"));
        table.setRowFactory(t -> new FundLineRow());
        table.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            BoardRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.select(r);
            }
        });
        vm.rows().addListener((ListChangeListener<BoardRow>) c -> syncSelection());
    }

    private TableColumn<BoardRow, BoardRow> column(String header, String id, double prefEm, double minEm,
                                                   Function<BoardRow, String> text, List<String> styles) {
        TableColumn<BoardRow, BoardRow> col = new TableColumn<>(header);
        col.setId(id);
        col.setSortable(false);
        col.setReorderable(false);
        col.prefWidthProperty().bind(vm.scaleProperty().multiply(prefEm * EM_PER_PERCENT));
        col.minWidthProperty().bind(vm.scaleProperty().multiply(minEm * EM_PER_PERCENT));
        if (!id.equals("p-col-epic")) {
            // Figures keep their width; any room to spare goes to the epic's title.
            col.maxWidthProperty().bind(vm.scaleProperty().multiply(prefEm * 1.1 * EM_PER_PERCENT));
        }
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TextCell(text, r -> styles));
        col.getStyleClass().addAll(styles);
        table.getColumns().add(col);
        return col;
    }

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
        if (vm.editingProperty().get() != null) {
            positionEditor();
        }
    }

    private final class TextCell extends TableCell<BoardRow, BoardRow> {
        private final Function<BoardRow, String> text;
        private final Function<BoardRow, List<String>> styles;
        private List<String> added = List.of();

        TextCell(Function<BoardRow, String> text, Function<BoardRow, List<String>> styles) {
            this.text = text;
            this.styles = styles;
        }

        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll(added);
            added = List.of();
            if (empty || r == null) {
                setText(null);
                return;
            }
            setText(text.apply(r));
            added = styles.apply(r);
            getStyleClass().addAll(added);
        }
    }

    /** The epic's key in bold and its title. */
    private static final class EpicCell extends TableCell<BoardRow, BoardRow> {
        private final Label key = new Label();
        private final Label title = new Label();
        private final HBox box = new HBox(key, title);

        EpicCell() {
            key.getStyleClass().add("epic-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            title.getStyleClass().add("epic-title");
            title.setMinWidth(0);
            box.spacingProperty().bind(key.fontProperty().map(f -> f.getSize() * 0.5));
            box.setMinWidth(0);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(title, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            key.setText(r.line().epicKey());
            title.setText(r.title());
            setGraphic(box);
        }
    }

    /** Greys the lines past the fund line and rules the first of them. */
    private final class FundLineRow extends TableRow<BoardRow> {
        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            boolean below = !empty && r != null && PresenterViewModel.belowFundLine(r);
            int i = getIndex();
            boolean first = below && (i == 0 || i - 1 >= getTableView().getItems().size()
                    || !PresenterViewModel.belowFundLine(getTableView().getItems().get(i - 1)));
            pseudoClassStateChanged(BELOW_FUND_LINE, below);
            pseudoClassStateChanged(FIRST_OVER_BUDGET, first);
        }
    }

    // Derived texts //

    private void refresh() {
        sprintTitle.setText(vm.sprintTitle());
        filterNote.setText(vm.filterNote());
        boolean shown = vm.revealedProperty().get();
        badge.setText(vm.badgeText());
        badge.getStyleClass().remove("revealed");
        if (shown) {
            badge.getStyleClass().add("revealed");
        }
        revealButton.setText(shown ? "Hide" : "Reveal…");
        totalValue.setText(vm.total(CategoryTotals::value));
        totalCost.setText(vm.total(CategoryTotals::cost));
        budget.setText(vm.budgetText());
        headroom.setText(vm.headroomText());
        headroom.getStyleClass().remove("negative-total");
        if (vm.overBudget()) {
            headroom.getStyleClass().add("negative-total");
        }
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
        privacyNote.setText(vm.privacyNote());
        table.refresh();
        fillRevealed();
    }

    private void fillRevealed() {
        lineBox.getChildren().clear();
        ratesBox.getChildren().clear();
        pricesBox.getChildren().clear();
        peopleBox.getChildren().clear();
        if (!vm.revealedProperty().get()) {
            return;
        }
        BoardRow sel = vm.board().selectedRowProperty().get();
        lineBox.getChildren().add(heading(sel == null ? "Selected line" : sel.line().epicKey() + ": labour and tokens"));
        GridPane line = grid();
        int row = 0;
        for (PresenterViewModel.Detail d : vm.lineDetails()) {
            Label value = new Label(d.value());
            value.setWrapText(true);
            value.setMinWidth(0);
            line.addRow(row++, muted(d.label()), value);
        }
        lineBox.getChildren().add(line);

        peopleBox.getChildren().add(heading(vm.peopleHeading()));
        List<String> people = vm.people();
        FlowPane names = new FlowPane();
        names.getStyleClass().add("people-names");
        if (people.isEmpty()) {
            names.getChildren().add(muted("no user names in the imported billing files"));
        }
        people.forEach(p -> names.getChildren().add(new Label(p)));
        peopleBox.getChildren().add(names);

        ratesBox.getChildren().add(heading("Labour rates · " + vm.pricesHeading()));
        GridPane rates = grid();
        List<PresenterViewModel.Detail> all = vm.labourRates();
        int half = (all.size() + 1) / 2;
        for (int i = 0; i < all.size(); i++) {
            PresenterViewModel.Detail d = all.get(i);
            rates.add(muted(d.label()), (i / half) * 2, i % half);
            rates.add(bold(d.value()), (i / half) * 2 + 1, i % half);
        }
        ratesBox.getChildren().add(rates);

        pricesBox.getChildren().add(heading("Token prices per million (negotiated, book)"));
        GridPane prices = grid();
        List<PresenterViewModel.PriceRow> tiers = vm.tierPrices();
        String[] kinds = {"input", "output", "cache read", "cache write"};
        for (int t = 0; t < tiers.size(); t++) {
            Label tier = bold(tiers.get(t).tier());
            Label model = muted(tiers.get(t).model());
            model.setWrapText(true);
            model.setMinWidth(0);
            prices.add(new VBox(tier, model), t + 1, 0);
        }
        for (int k = 0; k < kinds.length; k++) {
            prices.add(muted(kinds[k]), 0, k + 1);
            for (int t = 0; t < tiers.size(); t++) {
                Label book = muted("book " + tiers.get(t).book().get(k));
                book.getStyleClass().add("revealed-book");
                prices.add(new VBox(bold(tiers.get(t).effective().get(k)), book), t + 1, k + 1);
            }
        }
        pricesBox.getChildren().add(prices);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("revealed-grid");
        return g;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("revealed-heading");
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("editor-value");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    // The in-place editor //

    private void showEditor() {
        PlanField f = vm.editingProperty().get();
        BoardRow r = vm.board().selectedRowProperty().get();
        if (editorInput != null) {
            editorInput.textProperty().unbindBidirectional(vm.editTextProperty());
            editorInput = null;
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
        for (PlanField pf : PresenterViewModel.EDITABLE) {
            Label label = new Label(pf.header());
            label.getStyleClass().add("editor-field-label");
            VBox box = new VBox(label);
            box.getStyleClass().add("editor-field");
            if (pf == f) {
                box.getStyleClass().add("active");
                editorInput = new TextField();
                editorInput.setId("presenterEditorInput");
                editorInput.getStyleClass().add("editor-input");
                editorInput.textProperty().bindBidirectional(vm.editTextProperty());
                editorInput.addEventFilter(KeyEvent.KEY_PRESSED, this::editorKey);
                TextField field = editorInput;
                vm.editProblemProperty().addListener((o, a, reason) -> {
                    field.getStyleClass().remove("refused");
                    if (!reason.isEmpty()) {
                        field.getStyleClass().add("refused");
                    }
                });
                box.getChildren().add(editorInput);
            } else {
                Label value = new Label(display(pf, r));
                value.getStyleClass().add("editor-value");
                box.getChildren().add(value);
            }
            fields.getChildren().add(box);
        }
        Label hint = new Label(vm.editHint() + "   ·   Tab next field   ·   Enter save   ·   Esc cancel");
        hint.getStyleClass().add("editor-hint");
        Label reason = new Label();
        reason.getStyleClass().add("problem");
        reason.setId("presenterEditorProblem");
        reason.textProperty().bind(vm.editProblemProperty());
        reason.managedProperty().bind(vm.editProblemProperty().isNotEmpty());
        editor.getChildren().addAll(title, fields, hint, reason);
        editor.setVisible(true);
        positionEditor();
        TextField input = editorInput;
        input.requestFocus();
        input.selectAll();
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
    private void positionEditor() {
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
        double w = Math.min(editor.prefWidth(-1), Math.max(100, editorLayer.getWidth() - 16));
        double h = editor.prefHeight(w);
        double y = 40;
        if (rowNode != null) {
            Bounds b = editorLayer.sceneToLocal(rowNode.localToScene(rowNode.getBoundsInLocal()));
            y = b.getMaxY() + 2;
            if (y + h > editorLayer.getHeight()) {
                y = Math.max(0, b.getMinY() - h - 2);
            }
        }
        editor.resizeRelocate(8, y, w, h);
    }

    private void editorKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.ENTER) {
            vm.commitEdit();
        } else if (k == KeyCode.ESCAPE) {
            vm.cancelEdit();
        } else if (k == KeyCode.TAB) {
            if (vm.nextField(e.isShiftDown() ? -1 : 1)) {
                showEditor();
            }
        } else if (k == KeyCode.UP || k == KeyCode.DOWN) {
            vm.cycleChoice(k == KeyCode.UP ? 1 : -1);
            if (editorInput != null) {
                editorInput.selectAll();
            }
        } else {
            return;
        }
        e.consume();
    }

    // Keys //

    private void key(KeyEvent e) {
        if (vm.editingProperty().get() != null) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.F1) {
            vm.toggleKeys();
            e.consume();
            return;
        }
        boolean ctrl = e.isShortcutDown();
        if (ctrl && e.isShiftDown() && k == KeyCode.R) {
            vm.toggleReveal();
        } else if (ctrl && (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD)) {
            vm.zoomIn();
        } else if (ctrl && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            vm.zoomOut();
        } else if (ctrl && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) {
            vm.resetZoom();
        } else if (ctrl && k == KeyCode.Z && !e.isShiftDown()) {
            vm.undo();
        } else if (ctrl && (k == KeyCode.Y || (k == KeyCode.Z && e.isShiftDown()))) {
            vm.redo();
        } else if (ctrl && k == KeyCode.T) {
            appearance.choosePresenterTheme(appearance.presenterThemeProperty().get().next());
        } else if (ctrl) {
            return;
        } else if (k == KeyCode.UP) {
            vm.move(-1);
        } else if (k == KeyCode.DOWN) {
            vm.move(1);
        } else if (k == KeyCode.PAGE_UP) {
            vm.move(-10);
        } else if (k == KeyCode.PAGE_DOWN) {
            vm.move(10);
        } else if (k == KeyCode.HOME) {
            vm.moveToFirst();
        } else if (k == KeyCode.END) {
            vm.moveToLast();
        } else if (k == KeyCode.ENTER) {
            vm.beginEdit();
        } else if (k == KeyCode.SPACE) {
            vm.toggleFunded();
        } else if (k == KeyCode.ESCAPE) {
            onLeave.run();
        } else {
            return;
        }
        e.consume();
    }

    private void buildKeyHints() {
        String[][] hints = {
            {"↑ ↓", "line"}, {"Enter", "edit Y · Z · size · tier"}, {"Tab", "next field"}, {"Space", "fund"},
            {"Ctrl+Z", "undo"}, {"Ctrl+Y", "redo"}, {"Ctrl + −", "zoom"}, {"Ctrl+T", "theme"},
            {"Ctrl+Shift+R", "reveal"}, {"Esc", "leave"}, {"F1", "keys"},
        };
        for (String[] h : hints) {
            Label cap = new Label(h[0]);
            cap.getStyleClass().add("keycap");
            Label what = new Label(h[1]);
            what.getStyleClass().add("key-what");
            HBox hint = new HBox(cap, what);
            hint.getStyleClass().add("key-hint");
            keyHints.getChildren().add(hint);
        }
    }

    // Buttons //

    @FXML
    private void revealClicked() {
        if (vm.revealedProperty().get()) {
            vm.hide();
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
            vm.reveal();
        }
        table.requestFocus();
    }

    @FXML
    private void zoomIn() {
        vm.zoomIn();
        table.requestFocus();
    }

    @FXML
    private void zoomOut() {
        vm.zoomOut();
        table.requestFocus();
    }

    @FXML
    private void leave() {
        onLeave.run();
    }
}
