package app.envelope.ui.board;

import app.envelope.domain.CategoryTotals;
import app.envelope.domain.Fit;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;


/** Binds the board's controls to its view model. No logic beyond presentation. */
public final class BoardController {
    private final BoardViewModel vm;

    @FXML private ComboBox<Sprint> sprintBox;
    @FXML private Label sprintDates;
    @FXML private Label fitSummary;
    @FXML private FlowPane totals;
    @FXML private Label totalValue;
    @FXML private Label totalLabour;
    @FXML private Label totalTokens;
    @FXML private Label totalTooling;
    @FXML private Label totalRisk;
    @FXML private Label totalCost;
    @FXML private Label budget;
    @FXML private Label headroom;
    @FXML private HBox stackedBar;
    @FXML private Label subsidy;
    @FXML private Label status;
    @FXML private TableView<BoardRow> table;
    @FXML private TableColumn<BoardRow, String> epicCol;
    @FXML private TableColumn<BoardRow, String> titleCol;
    @FXML private TableColumn<BoardRow, String> teamCol;
    @FXML private TableColumn<BoardRow, BigDecimal> valueCol;
    @FXML private TableColumn<BoardRow, BigDecimal> willingCol;
    @FXML private TableColumn<BoardRow, String> sizeCol;
    @FXML private TableColumn<BoardRow, String> tierCol;
    @FXML private TableColumn<BoardRow, String> effortCol;
    @FXML private TableColumn<BoardRow, String> autonomyCol;
    @FXML private TableColumn<BoardRow, String> boundedCol;
    @FXML private TableColumn<BoardRow, String> hoursCol;
    @FXML private TableColumn<BoardRow, BigDecimal> toolingCol;
    @FXML private TableColumn<BoardRow, BigDecimal> t50Col;
    @FXML private TableColumn<BoardRow, BigDecimal> riskCol;
    @FXML private TableColumn<BoardRow, BigDecimal> costCol;
    @FXML private TableColumn<BoardRow, String> densityCol;
    @FXML private TableColumn<BoardRow, BigDecimal> headroomCol;
    @FXML private TableColumn<BoardRow, Fit> fitCol;
    @FXML private TableColumn<BoardRow, String> flagsCol;

    public BoardController(BoardViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        sprintBox.setItems(vm.sprints());
        sprintBox.setCellFactory(l -> new SprintCell());
        sprintBox.setButtonCell(new SprintCell());
        sprintBox.valueProperty().bindBidirectional(vm.selectedSprintProperty());
        vm.selectedSprintProperty().addListener((o, a, s) -> sprintDates.setText(s == null ? ""
                : s.start() + " – " + s.end() + " · " + s.status().name().toLowerCase()));
        status.textProperty().bind(vm.statusProperty());
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No plan lines in this sprint"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        columns();
        vm.evaluationProperty().addListener((o, a, e) -> showTotals(e));
    }

    private void columns() {
        text(epicCol, r -> r.line().epicKey());
        text(titleCol, BoardRow::title);
        text(teamCol, BoardRow::team);
        money(valueCol, r -> r.line().value());
        money(willingCol, r -> r.line().willingness());
        text(sizeCol, r -> r.line().size().name());
        text(tierCol, r -> r.line().tier().label());
        text(effortCol, r -> r.line().effort().label());
        text(autonomyCol, r -> r.line().autonomy().label());
        text(boundedCol, r -> r.line().bounded() ? "bounded" : "open");
        text(hoursCol, r -> Format.hours(r.line().totalHours()));
        money(toolingCol, r -> r.line().tooling());
        money(t50Col, r -> r.cost().t50());
        money(riskCol, r -> r.cost().risk());
        money(costCol, r -> r.cost().cost());
        text(densityCol, r -> Format.ratio(r.cost().valueDensity()));
        money(headroomCol, r -> r.cost().headroom());
        fitCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cost().fit()));
        fitCol.setCellFactory(c -> new FitCell());
        text(flagsCol, BoardRow::flagsText);
        flagsCol.setCellFactory(c -> new FlagCell());
    }

    private static void text(TableColumn<BoardRow, String> col, Function<BoardRow, String> f) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
    }

    private void money(TableColumn<BoardRow, BigDecimal> col, Function<BoardRow, BigDecimal> f) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : Format.money(v, vm.currencyProperty().get()));
                setTooltip(empty || v == null ? null : new Tooltip(Format.exact(v, vm.currencyProperty().get())));
                getStyleClass().removeAll("negative");
                if (!empty && v != null && v.signum() < 0) {
                    getStyleClass().add("negative");
                }
            }
        });
    }

    private void showTotals(SprintEvaluation e) {
        totalValue.setText(vm.total(CategoryTotals::value));
        totalLabour.setText(vm.total(CategoryTotals::labour));
        totalTokens.setText(vm.total(CategoryTotals::tokens));
        totalTooling.setText(vm.total(CategoryTotals::tooling));
        totalRisk.setText(vm.total(CategoryTotals::risk));
        totalCost.setText(vm.total(CategoryTotals::cost));
        budget.setText(vm.budgetText());
        headroom.setText(vm.headroomText());
        fitSummary.setText(vm.fitSummary());
        subsidy.setText(vm.subsidyText());
        subsidy.getStyleClass().remove("warning");
        if (vm.subsidyWarning()) {
            subsidy.getStyleClass().add("warning");
        }
        StackedBar.fill(stackedBar, e == null ? null : e.totals(), vm.currencyProperty().get());
    }

    private static final class SprintCell extends ListCell<Sprint> {
        @Override
        protected void updateItem(Sprint s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name() + " (" + s.status().name().toLowerCase() + ")");
        }
    }

    /** Fit as a word and an icon, never colour alone. */
    private static final class FitCell extends TableCell<BoardRow, Fit> {
        @Override
        protected void updateItem(Fit f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll("fit-green", "fit-amber", "fit-red");
            if (empty || f == null) {
                setText(null);
                return;
            }
            setText(switch (f) {
                case GREEN -> "✔ green";
                case AMBER -> "◐ amber";
                case RED -> "✖ red";
            });
            getStyleClass().add("fit-" + f.label());
        }
    }

    private final class FlagCell extends TableCell<BoardRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            BoardRow row = empty ? null : getTableRow().getItem();
            setText(empty || text == null || text.isEmpty() ? null : "⚑ " + text);
            setTooltip(row == null || text == null || text.isEmpty() ? null
                    : new Tooltip(row.flagsExplained(vm.currencyProperty().get())));
        }
    }

}
