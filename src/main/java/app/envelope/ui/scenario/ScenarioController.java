package app.envelope.ui.scenario;

import app.envelope.domain.Effort;
import app.envelope.domain.Sprint;
import app.envelope.domain.Tier;
import app.envelope.store.ScenarioRepository;
import app.envelope.ui.Controls;
import app.envelope.ui.grid.GridEditing;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.grid.SprintChoices;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
        Controls.choose(sprintBox, vm.sprints(), vm.selectedSprintProperty(), SprintChoices::label);
        Controls.choose(scenarioBox, vm.scenarios(), vm.selectedScenarioProperty(),
                s -> s == null ? null : s.name() + (s.adoptedAt() == null ? "" : " (adopted)"));
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
        GridEditing.bindUndoButtons(undoButton, redoButton, vm.history());

        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        new ScenarioColumns(vm, table).build();
        GridEditing.showRows(table, vm.rows(), "No scenario open: “+ New scenario from plan…” copies the sprint's plan");
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ScenarioRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(CHANGED, !empty && r != null && r.changed());
            }
        });
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> syncSelection());
        GridEditing.install(table);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::pasteKey);
        GridEditing.installUndoKeys(table, vm::undo, vm::redo);

        vm.comparisonRows().addListener((ListChangeListener<ComparisonRow>) c -> showComparison());
        vm.comparisonProperty().addListener((o, a, b) -> {
            if (!budgetField.isFocused()) {
                budgetField.setText(vm.budgetInput());
            }
        });
        // Rows carry their own figures and are replaced when those change; only the currency is outside them.
        vm.currencyProperty().addListener((o, a, c) -> table.refresh());
        Controls.onCommit(budgetField, this::commitBudget);
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
        ComparisonGrid.fill(totalsGrid, "Totals", List.of("Totals"), vm.comparisonRows());
        ComparisonGrid.fill(fitGrid, "Fit and funding", List.of("Funding", "Fit"), vm.comparisonRows());
    }

    private void pasteKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || !e.isShortcutDown() || e.getCode() != KeyCode.V) {
            return;
        }
        TablePosition<ScenarioRow, ?> pos = table.getFocusModel().getFocusedCell();
        String text = Clipboard.getSystemClipboard().getString();
        PlanField field = GridEditing.focusedField(table);
        if (text != null && field != null) {
            vm.paste(GridEditing.lineIds(table, r -> r.line().id()), pos.getRow(), field, text);
        } else {
            vm.problemProperty().set("Paste into an editable column (Value Y … Risk override).");
        }
        e.consume();
    }

    private void commitBudget() {
        if (vm.scenario() == null) {
            return;
        }
        Controls.styleIf(budgetField, "refused", vm.setBudget(budgetField.getText()) != null);
    }

    @FXML
    private void retier() {
        vm.retierSelected(KEEP.equals(tierBox.getValue()) ? null : Tier.parse(tierBox.getValue()),
                KEEP.equals(effortBox.getValue()) ? null : Effort.parse(effortBox.getValue()));
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
        d.setHeaderText(ScenarioTexts.newScenarioHeader(vm.selectedSprintProperty().get()));
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
        if (confirm("Adopt the scenario", ScenarioTexts.adoptQuestion(vm.scenario(), vm.selectedSprintProperty().get(), c))) {
            vm.adopt();
        }
    }

    @FXML
    private void discard() {
        if (vm.scenario() != null && confirm("Discard the scenario", ScenarioTexts.discardQuestion(vm.scenario()))) {
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
}
