package app.envelope.ui.scenario;

import app.envelope.domain.Effort;
import app.envelope.domain.Sprint;
import app.envelope.domain.Tier;
import app.envelope.store.ScenarioRepository;
import app.envelope.ui.grid.GridEditing;
import app.envelope.ui.grid.PlanField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;

/** Binds the scenario screen to its view model; asks before adopting or discarding. */
public final class ScenarioController {
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private static final String KEEP = "keep";

    private final ScenarioViewModel vm;

    @FXML private BorderPane root;
    @FXML private ComboBox<Sprint> sprintBox;
    @FXML private ComboBox<ScenarioRepository.Summary> scenarioBox;
    @FXML private Label heading;
    @FXML private GridPane totalsGrid;
    @FXML private GridPane fitGrid;
    @FXML private Label selection;
    @FXML private ComboBox<String> tierBox;
    @FXML private ComboBox<String> effortBox;
    @FXML private Button retierButton;
    @FXML private Button revertButton;
    @FXML private Button adoptButton;
    @FXML private Button discardButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private TextField budgetField;
    @FXML private Label problem;
    @FXML private Label status;
    @FXML private TableView<ScenarioRow> table;

    public ScenarioController(ScenarioViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        sprintBox.setItems(vm.sprints());
        sprintBox.setCellFactory(l -> new SprintCell());
        sprintBox.setButtonCell(new SprintCell());
        sprintBox.valueProperty().bindBidirectional(vm.selectedSprintProperty());
        scenarioBox.setItems(vm.scenarios());
        scenarioBox.setCellFactory(l -> new ScenarioCell());
        scenarioBox.setButtonCell(new ScenarioCell());
        scenarioBox.valueProperty().bindBidirectional(vm.selectedScenarioProperty());
        scenarioBox.setPromptText("no scenario yet");
        heading.textProperty().bind(vm.headingProperty());
        selection.textProperty().bind(vm.selectionTextProperty());
        problem.textProperty().bind(vm.problemProperty());
        status.textProperty().bind(vm.statusProperty());

        tierBox.getItems().add(KEEP);
        for (Tier t : Tier.values()) {
            tierBox.getItems().add(t.label());
        }
        tierBox.setValue(KEEP);
        effortBox.getItems().add(KEEP);
        for (Effort e : Effort.values()) {
            effortBox.getItems().add(e.label());
        }
        effortBox.setValue(KEEP);

        var none = vm.hasScenarioProperty().not();
        adoptButton.disableProperty().bind(none);
        discardButton.disableProperty().bind(none);
        budgetField.disableProperty().bind(none);
        retierButton.disableProperty().bind(none.or(javafx.beans.binding.Bindings.isEmpty(vm.selectedLines())));
        revertButton.disableProperty().bind(retierButton.disableProperty());
        undoButton.disableProperty().bind(vm.history().canUndoProperty().not());
        redoButton.disableProperty().bind(vm.history().canRedoProperty().not());

        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        new ScenarioColumns(vm, table).build();
        SortedList<ScenarioRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No scenario open: “+ New scenario from plan…” copies the sprint's plan"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ScenarioRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(CHANGED, !empty && r != null && r.changed());
            }
        });
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> syncSelection());
        GridEditing.install(table);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);

        vm.comparisonRows().addListener((ListChangeListener<ComparisonRow>) c -> showComparison());
        vm.comparisonProperty().addListener((o, a, b) -> {
            if (!budgetField.isFocused()) {
                budgetField.setText(vm.budgetInput());
            }
            table.refresh();
        });
        budgetField.setOnAction(e -> commitBudget());
        budgetField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitBudget();
            }
        });
        showComparison();
    }

    private void syncSelection() {
        Set<Long> ids = new LinkedHashSet<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (p.getRow() >= 0 && p.getRow() < table.getItems().size()) {
                ids.add(table.getItems().get(p.getRow()).line().id());
            }
        }
        if (!new ArrayList<>(ids).equals(vm.selectedLines())) {
            vm.selectedLines().setAll(ids);
        }
    }

    private void showComparison() {
        fill(totalsGrid, "Totals", List.of("Totals"));
        fill(fitGrid, "Fit and funding", List.of("Funding", "Fit"));
    }

    private void fill(GridPane grid, String title, List<String> groups) {
        grid.getChildren().clear();
        grid.setHgap(18);
        grid.setVgap(3);
        grid.add(header(title, "comparison-title"), 0, 0);
        grid.add(cell("Plan", "comparison-head", null), 1, 0);
        grid.add(cell("Scenario", "comparison-head", null), 2, 0);
        grid.add(cell("Change", "comparison-head", null), 3, 0);
        int row = 1;
        for (String g : groups) {
            for (ComparisonRow r : vm.comparisonRows()) {
                if (!r.group().equals(g)) {
                    continue;
                }
                String id = "cmp-" + r.label().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                Label name = cell(r.label(), "comparison-label", null);
                if (r.label().startsWith("Planned cost")) {
                    name.getStyleClass().add("comparison-strong");
                }
                grid.add(name, 0, row);
                grid.add(cell(r.plan(), "comparison-value", id + "-plan"), 1, row);
                grid.add(cell(r.scenario(), "comparison-value", id + "-scenario"), 2, row);
                Label change = cell(r.change(), "comparison-value", id + "-change");
                change.getStyleClass().add("change-" + r.direction().name().toLowerCase());
                grid.add(change, 3, row);
                row++;
            }
        }
    }

    private static Label header(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label cell(String text, String style, String id) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (id != null) {
            l.setId(id);
        }
        if (!style.equals("comparison-label")) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        }
        return l;
    }

    private void keys(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || !e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.V) {
            TablePosition<ScenarioRow, ?> pos = table.getFocusModel().getFocusedCell();
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null && pos != null && pos.getTableColumn() != null
                    && pos.getTableColumn().getUserData() instanceof PlanField f) {
                vm.paste(table.getItems().stream().map(r -> r.line().id()).toList(), pos.getRow(), f, text);
            } else {
                vm.problemProperty().set("Paste into an editable column (Value Y … Risk override).");
            }
            e.consume();
        } else if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            vm.undo();
            e.consume();
        } else if (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown())) {
            vm.redo();
            e.consume();
        }
    }

    private void commitBudget() {
        if (vm.scenario() == null) {
            return;
        }
        String reason = vm.setBudget(budgetField.getText());
        budgetField.getStyleClass().remove("refused");
        if (reason != null) {
            budgetField.getStyleClass().add("refused");
        }
    }

    @FXML
    private void retier() {
        Tier tier = KEEP.equals(tierBox.getValue()) ? null : Tier.parse(tierBox.getValue());
        Effort effort = KEEP.equals(effortBox.getValue()) ? null : Effort.parse(effortBox.getValue());
        if (tier == null && effort == null) {
            vm.problemProperty().set("Pick a tier or an effort to re-tier the selected lines to.");
            return;
        }
        vm.retier(List.copyOf(vm.selectedLines()), tier, effort);
    }

    @FXML
    private void revert() {
        vm.revertToPlan(List.copyOf(vm.selectedLines()));
    }

    @FXML
    private void newScenario() {
        TextInputDialog d = new TextInputDialog(vm.suggestedName());
        d.initOwner(root.getScene().getWindow());
        d.setTitle("New scenario");
        d.setHeaderText("Copy the plan of " + (vm.selectedSprintProperty().get() == null ? "the sprint"
                : vm.selectedSprintProperty().get().name()) + " into a what-if scenario");
        d.setContentText("Name");
        d.getEditor().setId("scenarioName");
        d.showAndWait().ifPresent(vm::createScenario);
    }

    @FXML
    private void adopt() {
        var c = vm.comparisonProperty().get();
        if (c == null) {
            return;
        }
        String question = "Write “" + vm.scenario().name() + "” into the plan of " + vm.selectedSprintProperty().get().name()
                + "? " + c.changedLines() + " line(s) take the scenario's inputs"
                + (c.scenario().budget().compareTo(c.plan().budget()) != 0 ? " and the budget B changes" : "")
                + ". It is one edit on the board: Undo there reverts it.";
        if (confirm("Adopt the scenario", question)) {
            vm.adopt();
        }
    }

    @FXML
    private void discard() {
        if (vm.scenario() != null && confirm("Discard the scenario", "Delete “" + vm.scenario().name()
                + "”? The plan is not changed.")) {
            vm.discard();
        }
    }

    private boolean confirm(String header, String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(root.getScene().getWindow());
        a.setHeaderText(header);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    @FXML
    private void redo() {
        vm.redo();
    }

    private static final class SprintCell extends ListCell<Sprint> {
        @Override
        protected void updateItem(Sprint s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name() + " (" + s.status().name().toLowerCase() + ")");
        }
    }

    private static final class ScenarioCell extends ListCell<ScenarioRepository.Summary> {
        @Override
        protected void updateItem(ScenarioRepository.Summary s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name() + (s.adoptedAt() == null ? "" : " (adopted)"));
        }
    }
}
