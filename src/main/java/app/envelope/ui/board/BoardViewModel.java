package app.envelope.ui.board;

import app.envelope.domain.CategoryTotals;
import app.envelope.domain.CostLine;
import app.envelope.domain.Epic;
import app.envelope.domain.Fit;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.Format;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the board: the sprints, the selected sprint's rows, its totals. Reads the
 * store through background tasks; knows no controls.
 */
public final class BoardViewModel {
    private final Store store;
    private final BackgroundTasks tasks;

    private final ObservableList<Sprint> sprints = FXCollections.observableArrayList();
    private final ObjectProperty<Sprint> selectedSprint = new SimpleObjectProperty<>();
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SprintEvaluation> evaluation = new SimpleObjectProperty<>();
    private final StringProperty currency = new SimpleStringProperty("USD");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public BoardViewModel(Store store, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
        selectedSprint.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                reload();
            }
        });
    }

    /** Loads the sprints and selects the current one. */
    public void load() {
        busy.set(true);
        tasks.run("Loading sprints", () -> {
            PlanQueries q = new PlanQueries(store);
            return new Object[] {store.portfolio().sprints(), q.currentSprint().orElse(null)};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<Sprint> all = (List<Sprint>) result[0];
            sprints.setAll(all);
            busy.set(false);
            selectedSprint.set((Sprint) result[1]);
        }, this::failed);
    }

    /** Re-reads and re-evaluates the selected sprint. */
    public void reload() {
        Sprint sprint = selectedSprint.get();
        if (sprint == null) {
            return;
        }
        busy.set(true);
        tasks.run("Loading " + sprint.name(), () -> loadRows(sprint), loaded -> {
            currency.set(loaded.currency());
            evaluation.set(loaded.evaluation());
            rows.setAll(loaded.rows());
            status.set(rows.size() + " plan lines, priced with the rate card of " + sprint.start());
            busy.set(false);
        }, this::failed);
    }

    private record Loaded(SprintEvaluation evaluation, List<BoardRow> rows, String currency) {
    }

    private Loaded loadRows(Sprint sprint) {
        PlanQueries q = new PlanQueries(store);
        SprintEvaluation eval = q.evaluate(sprint);
        Map<String, Epic> epics = store.portfolio().epics().stream()
                .collect(Collectors.toMap(Epic::key, Function.identity()));
        List<BoardRow> list = eval.lines().stream()
                .map(c -> new BoardRow(c, epics.get(c.line().epicKey()), eval.fundLine().get(c.line().id())))
                .toList();
        return new Loaded(eval, list, store.rateCard().load().currency());
    }

    private void failed(Throwable t) {
        busy.set(false);
        status.set("Could not load the plan: " + t.getMessage());
    }

    // Derived figures for the totals strip //

    public String total(Function<CategoryTotals, java.math.BigDecimal> which) {
        SprintEvaluation e = evaluation.get();
        return e == null ? "—" : Format.money(which.apply(e.totals()), currency.get());
    }

    public String budgetText() {
        SprintEvaluation e = evaluation.get();
        return e == null ? "—" : Format.money(e.budget(), currency.get());
    }

    public String headroomText() {
        SprintEvaluation e = evaluation.get();
        return e == null ? "—" : Format.money(e.budgetHeadroom(), currency.get());
    }

    public String fitSummary() {
        SprintEvaluation e = evaluation.get();
        if (e == null) {
            return "";
        }
        return e.count(Fit.GREEN) + " green · " + e.count(Fit.AMBER) + " amber · " + e.count(Fit.RED) + " red";
    }

    public String subsidyText() {
        SprintEvaluation e = evaluation.get();
        if (e == null) {
            return "";
        }
        return "Subsidy exposure: " + e.subsidy().linesAffected() + " of " + e.subsidy().lines() + " lines ("
                + e.subsidy().percent() + ") fit worse at book price" + (e.subsidy().warning() ? " — above 20%" : "");
    }

    public boolean subsidyWarning() {
        SprintEvaluation e = evaluation.get();
        return e != null && e.subsidy().warning();
    }

    public CostLine line(long id) {
        SprintEvaluation e = evaluation.get();
        return e == null ? null : e.line(id);
    }

    // Properties //

    public ObservableList<Sprint> sprints() {
        return sprints;
    }

    public ObjectProperty<Sprint> selectedSprintProperty() {
        return selectedSprint;
    }

    public ObservableList<BoardRow> rows() {
        return rows;
    }

    public ObjectProperty<SprintEvaluation> evaluationProperty() {
        return evaluation;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
