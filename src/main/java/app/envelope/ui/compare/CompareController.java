package app.envelope.ui.compare;

import app.envelope.domain.Sprint;
import app.envelope.domain.actuals.BudgetAlert;
import app.envelope.domain.actuals.OutcomePoint;
import app.envelope.domain.actuals.SprintComparison;
import java.io.File;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Binds the Compare screen's controls to its view model; the calibration view is given by the window. */
public final class CompareController {
    private final CompareViewModel vm;
    private final Node calibrationView;
    private final TrendChart trendChart = new TrendChart();
    private final OutcomeTrendChart outcomeChart = new OutcomeTrendChart();

    @FXML private BorderPane root;
    @FXML private ComboBox<Sprint> sprintBox;
    @FXML private Label sprintDates;
    @FXML private Button timesheetButton;
    @FXML private Label plannedTotal;
    @FXML private Label actualTotal;
    @FXML private Label varianceTotal;
    @FXML private Label splitTotal;
    @FXML private Label splitCoverage;
    @FXML private Label unattributedTotal;
    @FXML private Label outsideTotal;
    @FXML private Label reconciliation;
    @FXML private Label sprintAlert;
    @FXML private TabPane tabs;
    @FXML private Tab compareTab;
    @FXML private Tab calibrationTab;
    @FXML private SplitPane split;
    @FXML private TableView<CompareRow> table;
    @FXML private Label subsidyHeadline;
    @FXML private Label subsidyDetail;
    @FXML private ListView<BudgetAlert> alertList;
    @FXML private StackPane trendHolder;
    @FXML private VBox outcomeUnits;
    @FXML private Label selectedHeading;
    @FXML private StackPane outcomeTrendHolder;
    @FXML private GridPane editor;
    @FXML private TextField hoursField;
    @FXML private TextField countField;
    @FXML private ComboBox<String> unitBox;
    @FXML private Button saveButton;
    @FXML private Label problem;
    @FXML private Label status;

    public CompareController(CompareViewModel vm, Node calibrationView) {
        this.vm = vm;
        this.calibrationView = calibrationView;
    }

    @FXML
    private void initialize() {
        sprintBox.setItems(vm.sprints());
        sprintBox.setCellFactory(l -> new SprintCell());
        sprintBox.setButtonCell(new SprintCell());
        sprintBox.valueProperty().bindBidirectional(vm.selectedSprintProperty());
        vm.selectedSprintProperty().addListener((o, a, s) -> sprintDates.setText(s == null ? ""
                : s.start() + " – " + s.end() + " · " + s.status().name().toLowerCase()));

        new CompareColumns(vm, table).build();
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No comparison yet"));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.selectedRowProperty().set(r));
        vm.selectedRowProperty().addListener((o, a, r) -> {
            if (r != table.getSelectionModel().getSelectedItem()) {
                if (r == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(r);
                }
            }
            showSelected();
        });

        alertList.setItems(vm.alerts().alerts());
        alertList.setCellFactory(l -> new AlertCell());
        alertList.setPlaceholder(new Label("No line reached 75% of its plan"));
        alertList.getSelectionModel().selectedItemProperty().addListener((o, a, alert) -> {
            if (alert != null && alert.scope() == BudgetAlert.Scope.LINE) {
                vm.row(alert.key()).ifPresent(r -> vm.selectedRowProperty().set(r));
            }
        });

        trendHolder.getChildren().add(trendChart);
        outcomeTrendHolder.getChildren().add(outcomeChart);
        vm.trends().sprints().addListener((javafx.collections.ListChangeListener<Object>) c ->
                trendChart.setTrend(vm.trends().sprints(), vm.currencyCode()));
        vm.comparisonProperty().addListener((o, a, c) -> show(c));

        hoursField.textProperty().bindBidirectional(vm.editor().hoursInputProperty());
        countField.textProperty().bindBidirectional(vm.editor().outcomeCountInputProperty());
        unitBox.setItems(vm.editor().outcomeUnits());
        unitBox.getEditor().textProperty().bindBidirectional(vm.editor().outcomeUnitInputProperty());
        hoursField.setOnAction(e -> saveActual());
        countField.setOnAction(e -> saveActual());
        problem.textProperty().bind(vm.problemProperty());
        status.textProperty().bind(vm.statusProperty());
        timesheetButton.disableProperty().bind(vm.selectedSprintProperty().isNull());

        calibrationTab.setContent(calibrationView);
        tabs.getSelectionModel().select(vm.tabProperty().get() == CompareViewModel.Tab.CALIBRATION ? calibrationTab : compareTab);
        vm.tabProperty().addListener((o, a, t) -> tabs.getSelectionModel()
                .select(t == CompareViewModel.Tab.CALIBRATION ? calibrationTab : compareTab));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> vm.tabProperty()
                .set(t == calibrationTab ? CompareViewModel.Tab.CALIBRATION : CompareViewModel.Tab.COMPARE));
        showSelected();
    }

    private void show(SprintComparison c) {
        plannedTotal.setText(vm.figures().plannedText());
        actualTotal.setText(vm.figures().actualText());
        varianceTotal.setText(vm.figures().varianceText());
        varianceTotal.getStyleClass().removeAll("over", "under");
        if (c != null) {
            varianceTotal.getStyleClass().add(c.totals().total().variance().signum() > 0 ? "over" : "under");
        }
        splitTotal.setText(vm.figures().splitText());
        splitCoverage.setText(vm.figures().splitCoverage());
        unattributedTotal.setText(vm.figures().unattributedText());
        outsideTotal.setText(vm.figures().outsideText());
        reconciliation.setText(vm.figures().reconciliationText());
        sprintAlert.setText(vm.figures().sprintAlertText());
        subsidyHeadline.setText(vm.figures().subsidyHeadline());
        subsidyHeadline.getStyleClass().remove("warning");
        if (vm.figures().subsidyWarning()) {
            subsidyHeadline.getStyleClass().add("warning");
        }
        subsidyDetail.setText(vm.figures().subsidyDetail());
        outcomeUnits.getChildren().clear();
        for (String line : vm.figures().outcomesByUnit()) {
            Label l = new Label(line);
            l.getStyleClass().add("outcome-unit");
            outcomeUnits.getChildren().add(l);
        }
        showSelected();
    }

    private void showSelected() {
        CompareRow r = vm.selectedRowProperty().get();
        boolean line = r != null && r.isEpic();
        editor.setDisable(!line);
        if (!line) {
            selectedHeading.setText("Select a plan line to see its cost per outcome and enter its hours and outcome");
            outcomeChart.setPoints(List.of(), vm.currencyCode());
            return;
        }
        List<OutcomePoint> points = vm.trends().selectedLine();
        String unit = r.epic().outcome() == null ? "outcome" : r.epic().outcome().unit();
        selectedHeading.setText(r.key() + ": actual cost per " + singular(unit)
                + (points.isEmpty() ? " (no outcome entered)" : ""));
        selectedHeading.setTooltip(new javafx.scene.control.Tooltip(r.key() + " " + r.label()));
        outcomeChart.setPoints(points, vm.currencyCode());
    }

    /** "stories accepted" gives "story accepted", "PRs merged" "PR merged", "tickets closed" "ticket closed". */
    static String singular(String unit) {
        String[] words = unit.split(" ");
        String w = words[0];
        if (w.endsWith("ies") && w.length() > 3) {
            words[0] = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 2) {
            words[0] = w.substring(0, w.length() - 1);
        }
        return String.join(" ", words);
    }

    @FXML
    private void reload() {
        vm.reload();
    }

    @FXML
    private void saveActual() {
        vm.saveActual();
    }

    @FXML
    private void importTimesheet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a timesheet (CSV: epic, hours)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            vm.importTimesheet(f.toPath());
        }
    }

    private static final class SprintCell extends ListCell<Sprint> {
        @Override
        protected void updateItem(Sprint s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name() + " (" + s.status().name().toLowerCase() + ")");
        }
    }

    private final class AlertCell extends ListCell<BudgetAlert> {
        private final Label badge = AlertBadge.create();
        private final Label text = new Label();
        private final HBox box = new HBox(10, badge, text);

        AlertCell() {
            setPrefWidth(0);
            text.setMinWidth(0);
            badge.setMinWidth(Label.USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(BudgetAlert a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            AlertBadge.show(badge, a.level());
            text.setText(vm.alerts().alertText(a));
            text.getStyleClass().remove("alert-sprint");
            if (a.scope() == BudgetAlert.Scope.SPRINT) {
                text.getStyleClass().add("alert-sprint");
            }
            setGraphic(box);
        }
    }
}
