package app.envelope.ui.compare;

import app.envelope.domain.Money;
import app.envelope.domain.Sprint;
import app.envelope.domain.actuals.ActualSubsidy;
import app.envelope.domain.actuals.AlertLevel;
import app.envelope.domain.actuals.BudgetAlert;
import app.envelope.domain.actuals.ComparisonTotals;
import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.LineActual;
import app.envelope.domain.actuals.OutcomePoint;
import app.envelope.domain.actuals.Outcome;
import app.envelope.domain.actuals.SprintComparison;
import app.envelope.domain.actuals.SprintTrend;
import app.envelope.domain.actuals.VarianceSplit;
import app.envelope.service.CompareService;
import app.envelope.service.TimesheetImport;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
 * comparison as grid rows, the alerts, the trend over the last sprints, and entering actual hours
 * and outcomes per line (or a timesheet). Slow work goes through {@link BackgroundTasks}; knows no
 * controls.
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
    private final ObservableList<SprintTrend> trend = FXCollections.observableArrayList();
    private final ObservableList<BudgetAlert> alerts = FXCollections.observableArrayList();
    private final ObjectProperty<CompareRow> selectedRow = new SimpleObjectProperty<>();
    private final StringProperty hoursInput = new SimpleStringProperty("");
    private final StringProperty outcomeCountInput = new SimpleStringProperty("");
    private final StringProperty outcomeUnitInput = new SimpleStringProperty("");
    private final ObservableList<String> outcomeUnits = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.COMPARE);

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
        selectedRow.addListener((o, a, r) -> fillEditor(r));
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
            trend.setAll(v.trend());
            alerts.setAll(v.comparison().alerts());
            TreeSet<String> units = new TreeSet<>(List.of("PRs merged", "stories accepted", "tickets closed"));
            v.comparison().epics().stream().filter(e -> e.outcome() != null).forEach(e -> units.add(e.outcome().unit()));
            outcomeUnits.setAll(units);
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

    // ------------------------------------------------------------------------------ headline figures

    private String currency() {
        return comparison.get() == null ? "USD" : comparison.get().currency();
    }

    private String money(BigDecimal v) {
        return Format.money(v, currency());
    }

    /** Money with its sign, e.g. "+$1,654" or "-$740". */
    public String signed(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal whole = v.setScale(0, RoundingMode.HALF_EVEN);
        return (whole.signum() > 0 ? "+" : "") + money(whole.signum() == 0 ? BigDecimal.ZERO : v);
    }

    public static String percent(BigDecimal p) {
        return p == null ? "—" : (p.signum() > 0 ? "+" : "") + p.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    public String plannedText() {
        return comparison.get() == null ? "—" : money(comparison.get().totals().total().plan());
    }

    public String actualText() {
        return comparison.get() == null ? "—" : money(comparison.get().totals().total().actual());
    }

    public String varianceText() {
        if (comparison.get() == null) {
            return "—";
        }
        var total = comparison.get().totals().total();
        return signed(total.variance()) + " (" + percent(total.percent()) + ")";
    }

    /** "volume +$31,459 · mix −$3,437 · price −$1,214". */
    public String splitText() {
        if (comparison.get() == null) {
            return "—";
        }
        VarianceSplit s = comparison.get().totals().split();
        return "volume " + signed(s.volume()) + " · mix " + signed(s.mix()) + " · price " + signed(s.price());
    }

    /** Which lines the split covers, e.g. "11 of 12 lines; PAY-151 has no token counts". */
    public String splitCoverage() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "";
        }
        List<String> without = c.epics().stream().filter(e -> !e.tokenVariance().splitAvailable())
                .map(EpicComparison::epicKey).toList();
        String s = c.totals().linesWithSplit() + " of " + c.epics().size() + " lines";
        return without.isEmpty() ? s : s + "; n/a for " + String.join(", ", without) + " (no token counts)";
    }

    public String unattributedText() {
        return comparison.get() == null ? "—" : money(comparison.get().unattributed().total());
    }

    public String outsideText() {
        return comparison.get() == null ? "—" : money(comparison.get().outsideSprint().total());
    }

    /** "$61,776 in 6 files = $61,776 here ✓". */
    public String reconciliationText() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "—";
        }
        ComparisonTotals t = c.totals();
        String text = Format.exact(Money.cents(t.importedTotal()), currency()) + " in " + t.batches() + " file"
                + (t.batches() == 1 ? "" : "s");
        if (t.inOtherSprints().signum() != 0) {
            text += ", " + money(t.inOtherSprints()) + " in other sprints";
        }
        return text + (t.reconciles() ? " ✓ all here" : " ✗ does not reconcile");
    }

    /** The sprint's own alert in words, or "". */
    public String sprintAlertText() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "";
        }
        String hours = c.totals().linesWithoutHours() == 0 ? ""
                : " · labour left out for " + c.totals().linesWithoutHours() + " line"
                        + (c.totals().linesWithoutHours() == 1 ? "" : "s") + " without hours entered";
        return c.sprintAlert().map(a -> a.level() == AlertLevel.AT_100
                ? c.sprint().name() + " is over plan: " + a.share().setScale(0, RoundingMode.HALF_EVEN).toPlainString()
                        + "% of its plan"
                : c.sprint().name() + " used " + a.share().setScale(0, RoundingMode.HALF_EVEN).toPlainString()
                        + "% of its plan (alert at " + a.level().percent() + "%)")
                .orElse(c.sprint().name() + " used less than 75% of its plan") + hours;
    }

    /** "PAY-142 · $36,190 of $34,536 (105%)". */
    public String alertText(BudgetAlert a) {
        String share = a.share() == null ? "" : " (" + a.share().setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%)";
        String who = a.scope() == BudgetAlert.Scope.SPRINT ? "Sprint" : a.key();
        return who + " · " + money(a.actual()) + " of " + money(a.plan()) + share;
    }

    public static String badge(AlertLevel level) {
        return switch (level) {
            case AT_100 -> "▲ over plan";
            case AT_90 -> "● 90%";
            case AT_75 -> "● 75%";
            case NONE -> "";
        };
    }

    public String subsidyHeadline() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "";
        }
        ActualSubsidy s = c.subsidy();
        return s.linesAffected() + " of " + s.lines() + " lines (" + s.percent() + ") would have gone over Z at book price"
                + (s.warning() ? " — above 20%: the sprint leans on discounts" : "");
    }

    public String subsidyDetail() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "";
        }
        ActualSubsidy s = c.subsidy();
        String lines = "";
        if (!s.affected().isEmpty()) {
            List<String> keys = s.affected();
            String names = keys.size() == 1 ? keys.get(0)
                    : String.join(", ", keys.subList(0, keys.size() - 1)) + " and " + keys.get(keys.size() - 1);
            lines = names + (keys.size() == 1 ? " would have exceeded its Z by " : " would have exceeded their Z by ")
                    + money(s.overZAtBook()) + (keys.size() == 1 ? ". " : " in all. ");
        }
        return lines + "At book price the actuals would have cost " + money(s.atBook()) + ": " + money(s.subsidy())
                + " more than the " + money(s.actual()) + " paid.";
    }

    public boolean subsidyWarning() {
        return comparison.get() != null && comparison.get().subsidy().warning();
    }

    /** Cost per outcome by unit for the sprint, one line each: "PRs merged: 102 · $3,312 each". */
    public List<String> outcomesByUnit() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return List.of();
        }
        return c.outcomesByUnit().stream().map(p -> p.unit() + ": " + p.count() + " · " + money(p.costPerOutcome())
                + " each").toList();
    }

    /** The selected line's cost per outcome over the sprints (oldest first), empty when none. */
    public List<OutcomePoint> selectedTrend() {
        CompareRow r = selectedRow.get();
        return r == null || !r.isEpic() ? List.of() : r.epic().outcomeTrend();
    }

    // ------------------------------------------------------------------------------ entering actuals

    private void fillEditor(CompareRow r) {
        problem.set("");
        if (r == null || !r.isEpic()) {
            hoursInput.set("");
            outcomeCountInput.set("");
            outcomeUnitInput.set("");
            return;
        }
        EpicComparison e = r.epic();
        hoursInput.set(e.actualHours() == null ? "" : e.actualHours().stripTrailingZeros().toPlainString());
        outcomeCountInput.set(e.outcome() == null ? "" : Long.toString(e.outcome().count()));
        outcomeUnitInput.set(e.outcome() == null ? "" : e.outcome().unit());
    }

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
        BigDecimal hours;
        Outcome outcome;
        try {
            hours = parseHours(hoursInput.get());
            outcome = parseOutcome(outcomeCountInput.get(), outcomeUnitInput.get());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set("");
        LineActual actual = new LineActual(r.epic().line().id(), hours, outcome);
        String key = r.key();
        busy.set(true);
        tasks.run("Saving " + key, () -> {
            service.saveLineActual(actual);
            return actual;
        }, a -> {
            busy.set(false);
            reload("Saved " + key + ": " + (hours == null ? "no hours" : Format.hours(hours))
                    + (outcome == null ? "" : ", " + outcome));
        }, this::failed);
        return true;
    }

    static BigDecimal parseHours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal h = Money.parse(text.replace("h", "").strip(), "Hours");
        if (h.signum() < 0) {
            throw new IllegalArgumentException("Hours cannot be negative (" + text.strip() + ").");
        }
        return h;
    }

    static Outcome parseOutcome(String count, String unit) {
        boolean noCount = count == null || count.isBlank();
        boolean noUnit = unit == null || unit.isBlank();
        if (noCount && noUnit) {
            return null;
        }
        if (noCount) {
            throw new IllegalArgumentException("Give the outcome a count, e.g. 12.");
        }
        if (noUnit) {
            throw new IllegalArgumentException("Give the outcome a unit, e.g. \"PRs merged\".");
        }
        long n;
        try {
            n = Long.parseLong(count.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The outcome count \"" + count.strip() + "\" is not a whole number.");
        }
        return new Outcome(n, unit);
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

    // ------------------------------------------------------------------------------ properties

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

    public ObservableList<SprintTrend> trend() {
        return trend;
    }

    public ObservableList<BudgetAlert> alerts() {
        return alerts;
    }

    public ObjectProperty<CompareRow> selectedRowProperty() {
        return selectedRow;
    }

    public StringProperty hoursInputProperty() {
        return hoursInput;
    }

    public StringProperty outcomeCountInputProperty() {
        return outcomeCountInput;
    }

    public StringProperty outcomeUnitInputProperty() {
        return outcomeUnitInput;
    }

    public ObservableList<String> outcomeUnits() {
        return outcomeUnits;
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
        return currency();
    }
}
