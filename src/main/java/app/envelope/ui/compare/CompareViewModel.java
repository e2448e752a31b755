package app.envelope.ui.compare;

import app.envelope.domain.Sprint;
import app.envelope.domain.actuals.ComparisonTotals;
import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.LineActual;
import app.envelope.domain.actuals.SprintComparison;
import app.envelope.service.CompareService;
import app.envelope.service.TimesheetImport;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the Compare screen: the sprint (the last closed one by default), its
 * comparison as grid rows, and saving a line's actual hours and outcome (or a timesheet). Each
 * panel is a part: {@link #figures()} (headline, subsidy, outcomes in words), {@link #alerts()},
 * {@link #trends()} (the charts' data), {@link #editor()} (hours and outcome of the selected line).
 * Slow work goes through {@link BackgroundTasks}; knows no controls.
 */
public final class CompareViewModel {
    public enum Tab { COMPARE, CALIBRATION }

    private final CompareService service;
    private final TimesheetImport timesheets;
    private final BackgroundTasks tasks;

    private final ObservableList<Sprint> sprints = FXCollections.observableArrayList();
    private final ObjectProperty<Sprint> selectedSprint = new SimpleObjectProperty<>();
    private final ObjectProperty<SprintComparison> comparison = new SimpleObjectProperty<>();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CompareRow> selectedRow = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.COMPARE);

    private final SprintFigures figures = new SprintFigures(comparison);
    private final SprintAlerts alerts = new SprintAlerts();
    private final Trends trends = new Trends(selectedRow);
    private final ActualEditor editor = new ActualEditor();

    public CompareViewModel(CompareService service, TimesheetImport timesheets, BackgroundTasks tasks) {
        this.service = service;
        this.timesheets = timesheets;
        this.tasks = tasks;
        selectedSprint.addListener((o, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                selectedRow.set(null);
                reload();
            }
        });
        selectedRow.addListener((o, a, r) -> {
            problem.set("");
            editor.fill(r);
        });
    }

    /** Loads the sprints and selects the last closed one. */
    public void load() {
        busy.set(true);
        tasks.run("Loading sprints", () -> new Object[] {service.sprints(), service.defaultSprint().orElse(null)},
                r -> {
                    @SuppressWarnings("unchecked")
                    List<Sprint> all = (List<Sprint>) r[0];
                    sprints.setAll(all);
                    busy.set(false);
                    selectedSprint.set((Sprint) r[1]);
                }, this::failed);
    }

    /** Re-reads the selected sprint's comparison and the trend up to it. */
    public void reload() {
        reload(null);
    }

    /** Re-reads, then shows {@code message} (what was just done) in the status line instead of the summary. */
    private void reload(String message) {
        Sprint sprint = selectedSprint.get();
        if (sprint == null) {
            return;
        }
        busy.set(true);
        tasks.run("Comparing " + sprint.name(), () -> service.view(sprint, CompareService.TREND_SPRINTS), v -> {
            String keep = selectedRow.get() == null ? null : selectedRow.get().key();
            comparison.set(v.comparison());
            rows.setAll(CompareRow.of(v.comparison()));
            trends.sprints().setAll(v.trend());
            alerts.show(v.comparison());
            editor.offerUnits(v.comparison());
            selectedRow.set(rows.stream().filter(r -> r.key().equals(keep)).findFirst()
                    .orElseGet(() -> defaultRow(v.comparison())));
            ComparisonTotals t = v.comparison().totals();
            status.set(message != null ? message : v.comparison().epics().size() + " plan lines · " + t.billingLines()
                    + " billing lines from " + t.batches() + " imported file" + (t.batches() == 1 ? "" : "s")
                    + " · priced with the rate card of " + sprint.start());
            busy.set(false);
        }, this::failed);
    }

    /** The line shown first: the first with a cost-per-outcome trend over several sprints, else the first line. */
    private CompareRow defaultRow(SprintComparison c) {
        String key = c.epics().stream().filter(e -> e.outcomeTrend().size() > 1).map(EpicComparison::epicKey)
                .findFirst().orElse(c.epics().isEmpty() ? null : c.epics().get(0).epicKey());
        return key == null ? null : rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    private void failed(Throwable e) {
        busy.set(false);
        problem.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    // ------------------------------------------------------------------------------ entering actuals

    /** Whether the editor applies (a plan line is selected). */
    public boolean canEdit() {
        return selectedRow.get() != null && selectedRow.get().isEpic();
    }

    /**
     * Validates the editor and stores hours and outcome of the selected line; an empty field clears
     * it. Refused input leaves everything as it was and says why.
     */
    public boolean saveActual() {
        CompareRow r = selectedRow.get();
        if (r == null || !r.isEpic()) {
            problem.set("Select a plan line first.");
            return false;
        }
        LineActual actual;
        try {
            actual = editor.read(r);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set("");
        String key = r.key();
        busy.set(true);
        tasks.run("Saving " + key, () -> {
            service.saveLineActual(actual);
            return actual;
        }, a -> {
            busy.set(false);
            reload("Saved " + key + ": " + (actual.hours() == null ? "no hours" : Format.hours(actual.hours()))
                    + (actual.outcome() == null ? "" : ", " + actual.outcome()));
        }, this::failed);
        return true;
    }

    /** Imports a timesheet CSV (epic key, hours) into the selected sprint: all rows or none. */
    public void importTimesheet(Path file) {
        Sprint sprint = selectedSprint.get();
        if (sprint == null || file == null) {
            return;
        }
        busy.set(true);
        problem.set("");
        tasks.run("Importing " + file.getFileName(), () -> timesheets.importFile(file, sprint), r -> {
            busy.set(false);
            reload("Imported " + file.getFileName() + ": " + Format.hours(r.totalHours()) + " for "
                    + r.hoursByEpic().size() + " line" + (r.hoursByEpic().size() == 1 ? "" : "s") + " of "
                    + sprint.name() + " (" + r.rows() + " rows)");
        }, this::failed);
    }

    public Optional<CompareRow> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    // ------------------------------------------------------------------------------ parts and properties

    /** The comparison in words: headline strip, subsidy note, outcomes by unit. */
    public SprintFigures figures() {
        return figures;
    }

    /** The alert list. */
    public SprintAlerts alerts() {
        return alerts;
    }

    /** The sprint trend chart's and the selected line's outcome chart's data. */
    public Trends trends() {
        return trends;
    }

    /** Hours and outcome of the selected line as typed. */
    public ActualEditor editor() {
        return editor;
    }

    public ObservableList<Sprint> sprints() {
        return sprints;
    }

    public ObjectProperty<Sprint> selectedSprintProperty() {
        return selectedSprint;
    }

    public ObjectProperty<SprintComparison> comparisonProperty() {
        return comparison;
    }

    public ObservableList<CompareRow> rows() {
        return rows;
    }

    public ObjectProperty<CompareRow> selectedRowProperty() {
        return selectedRow;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }

    public String currencyCode() {
        return figures.currency();
    }
}
