package app.envelope.ui.scenario;

import app.envelope.domain.BestSet;
import app.envelope.domain.CategoryTotals;
import app.envelope.domain.Effort;
import app.envelope.domain.Epic;
import app.envelope.domain.Fit;
import app.envelope.domain.Flag;
import app.envelope.domain.Money;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Scenario;
import app.envelope.domain.ScenarioComparison;
import app.envelope.domain.Sprint;
import app.envelope.domain.SubsidyExposure;
import app.envelope.domain.Tier;
import app.envelope.store.PlanQueries;
import app.envelope.store.ScenarioRepository;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.Format;
import app.envelope.ui.PortfolioEvents;
import app.envelope.ui.grid.Change;
import app.envelope.ui.grid.Paste;
import app.envelope.ui.grid.PlanEdit;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.grid.UndoHistory;
import app.envelope.ui.scenario.ComparisonRow.Direction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
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
 * State and actions of the scenario screen: a named what-if copy of a sprint's plan, edited freely
 * (re-tier selected lines in bulk, or any input with the board's own validation), compared with the
 * plan through the one cost model, then adopted into the plan (one undoable board edit) or
 * discarded. Every scenario edit is stored at once and can be undone. Knows no controls.
 */
public final class ScenarioViewModel {
    private final Store store;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final PlanAdopter adopter;
    private final UndoHistory history = new UndoHistory();

    private final ObservableList<Sprint> sprints = FXCollections.observableArrayList();
    private final ObjectProperty<Sprint> selectedSprint = new SimpleObjectProperty<>();
    private final ObservableList<ScenarioRepository.Summary> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<ScenarioRepository.Summary> selectedScenario = new SimpleObjectProperty<>();
    private final ObservableList<ScenarioRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> comparisonRows = FXCollections.observableArrayList();
    private final ObjectProperty<ScenarioComparison> comparison = new SimpleObjectProperty<>();
    private final ObservableList<Long> selectedLines = FXCollections.observableArrayList();
    private final StringProperty currency = new SimpleStringProperty("USD");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty selectionText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty hasScenario = new SimpleBooleanProperty(false);

    private Scenario scenario;
    private List<PlanLine> plan = List.of();
    private Sprint sprint;
    private Pricing pricing;
    private Map<String, Epic> epics = Map.of();
    private boolean switching;

    public ScenarioViewModel(Store store, BackgroundTasks tasks, PortfolioEvents events, Clock clock,
                             PlanAdopter adopter) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
        this.adopter = adopter;
        selectedSprint.addListener((o, a, s) -> {
            if (!switching && s != null && (a == null || a.id() != s.id())) {
                loadSprint(s.id(), null);
            }
        });
        selectedScenario.addListener((o, a, s) -> {
            if (!switching && (s == null || a == null || a.id() != s.id())) {
                history.clear();
                loadSprint(selectedSprint.get() == null ? -1 : selectedSprint.get().id(), s == null ? null : s.id());
            }
        });
        selectedLines.addListener((javafx.collections.ListChangeListener<Long>) c -> updateSelectionText());
        events.onRateCardChanged(this::refresh);
        events.onPlanChanged(id -> {
            if (selectedSprint.get() != null && selectedSprint.get().id() == id) {
                refresh();
            }
        });
    }

    /** Loads the sprints and opens the current sprint's first scenario. */
    public void load() {
        busy.set(true);
        tasks.run("Loading sprints", () -> new Object[] {store.portfolio().sprints(),
            new PlanQueries(store).currentSprint().orElse(null)}, r -> {
                @SuppressWarnings("unchecked")
                List<Sprint> all = (List<Sprint>) r[0];
                sprints.setAll(all);
                busy.set(false);
                Sprint current = (Sprint) r[1];
                if (current != null) {
                    if (selectedSprint.get() != null && selectedSprint.get().id() == current.id()) {
                        refresh();
                    } else {
                        selectedSprint.set(current);
                    }
                }
            }, this::failed);
    }

    /** Re-reads the plan, the prices and the open scenario (after a change elsewhere). */
    public void refresh() {
        Sprint s = selectedSprint.get();
        if (s != null) {
            loadSprint(s.id(), scenario == null ? null : scenario.id());
        }
    }

    private record Snapshot(Sprint sprint, List<PlanLine> plan, Pricing pricing, Map<String, Epic> epics,
                            String currency, List<ScenarioRepository.Summary> scenarios, Scenario scenario) {
    }

    /** Loads a sprint's plan and scenarios, opening {@code scenarioId} (or the newest not yet adopted). */
    private void loadSprint(long sprintId, Long scenarioId) {
        if (sprintId < 0) {
            return;
        }
        busy.set(true);
        tasks.run("Loading scenarios", () -> {
            Sprint s = store.portfolio().sprint(sprintId).orElseThrow();
            List<ScenarioRepository.Summary> list = store.scenarios().list(sprintId);
            Long open = scenarioId != null && list.stream().anyMatch(x -> x.id() == scenarioId) ? scenarioId
                    : list.stream().filter(x -> x.adoptedAt() == null).map(ScenarioRepository.Summary::id)
                            .reduce((a, b) -> b).orElse(list.isEmpty() ? null : list.get(list.size() - 1).id());
            return new Snapshot(s, store.portfolio().planLines(sprintId), new PlanQueries(store).pricing(s),
                    store.portfolio().epics().stream().collect(Collectors.toMap(Epic::key, Function.identity())),
                    store.rateCard().load().currency(), list,
                    open == null ? null : store.scenarios().load(open).orElse(null));
        }, snap -> {
                switching = true;
                sprint = snap.sprint();
                plan = snap.plan();
                pricing = snap.pricing();
                epics = snap.epics();
                currency.set(snap.currency());
                scenarios.setAll(snap.scenarios());
                if (scenario == null || snap.scenario() == null || scenario.id() != snap.scenario().id()) {
                    history.clear();
                    selectedLines.clear();
                }
                scenario = snap.scenario();
                selectedScenario.set(scenario == null ? null
                        : snap.scenarios().stream().filter(x -> x.id() == scenario.id()).findFirst().orElse(null));
                switching = false;
                busy.set(false);
                recompute();
            }, this::failed);
    }

    /** Runs the comparison and refreshes the rows and figures. */
    private void recompute() {
        hasScenario.set(scenario != null);
        if (scenario == null || pricing == null) {
            comparison.set(null);
            rows.clear();
            comparisonRows.clear();
            heading.set(sprint == null ? "" : "No scenario for " + sprint.name()
                    + " yet: “New scenario” copies its plan into a what-if you can change freely.");
            return;
        }
        ScenarioComparison c = ScenarioComparison.of(plan, sprint.budget(), scenario, pricing);
        List<ScenarioRow> list = new ArrayList<>();
        c.lines().forEach(p -> list.add(ScenarioRow.of(p, epics.get(p.plan().line().epicKey()))));
        rows.setAll(list);
        comparisonRows.setAll(figures(c));
        comparison.set(c);
        StringBuilder h = new StringBuilder("“" + scenario.name() + "” · " + c.changedLines() + " of "
                + c.lines().size() + " lines changed");
        if (scenario.adoptedAt() != null) {
            h.append(" · adopted ").append(scenario.adoptedAt().toLocalDate());
        }
        if (!c.notInPlan().isEmpty()) {
            h.append(" · left out, no longer in the plan: ")
                    .append(c.notInPlan().stream().map(PlanLine::epicKey).collect(Collectors.joining(", ")));
        }
        heading.set(h.toString());
        selectedLines.removeIf(id -> c.line(id) == null);
        updateSelectionText();
    }

    private List<ComparisonRow> figures(ScenarioComparison c) {
        String cur = currency.get();
        CategoryTotals p = c.plan().totals();
        CategoryTotals s = c.scenario().totals();
        List<ComparisonRow> out = new ArrayList<>();
        out.add(money("Totals", "Labour L", p.labour(), s.labour(), false, cur));
        out.add(money("Totals", "Tokens T50", p.tokens(), s.tokens(), false, cur));
        out.add(money("Totals", "Tooling U", p.tooling(), s.tooling(), false, cur));
        out.add(money("Totals", "Risk reserve R", p.risk(), s.risk(), false, cur));
        out.add(money("Totals", "Planned cost C", p.cost(), s.cost(), false, cur));
        out.add(money("Totals", "Value Y", p.value(), s.value(), true, cur));
        out.add(money("Totals", "Net value Y − C", p.netValue(), s.netValue(), true, cur));
        out.add(count("Fit", "✔ Green lines", c.plan().evaluation().count(Fit.GREEN),
                c.scenario().evaluation().count(Fit.GREEN), true));
        out.add(count("Fit", "◐ Amber lines", c.plan().evaluation().count(Fit.AMBER),
                c.scenario().evaluation().count(Fit.AMBER), null));
        out.add(count("Fit", "✖ Red lines", c.plan().evaluation().count(Fit.RED),
                c.scenario().evaluation().count(Fit.RED), false));
        out.add(count("Fit", "⚑ Starved lines", c.plan().evaluation().count(Flag.STARVED),
                c.scenario().evaluation().count(Flag.STARVED), false));
        out.add(count("Fit", "⚑ Over-powered lines", c.plan().evaluation().count(Flag.OVER_POWERED),
                c.scenario().evaluation().count(Flag.OVER_POWERED), false));
        out.add(subsidy(c.plan().evaluation().subsidy(), c.scenario().evaluation().subsidy()));
        out.add(money("Funding", "Budget B", c.plan().budget(), c.scenario().budget(), null, cur));
        out.add(best(c.plan().bestSet(), c.scenario().bestSet(), cur));
        out.add(money("Funding", "Value of lines marked funded", c.plan().fundedValue(), c.scenario().fundedValue(),
                true, cur));
        return out;
    }

    /** @param higherIsBetter null when a change is neither better nor worse (the budget) */
    private static ComparisonRow money(String group, String label, BigDecimal plan, BigDecimal scen,
                                       Boolean higherIsBetter, String cur) {
        BigDecimal d = scen.subtract(plan);
        Direction dir = higherIsBetter == null ? (d.signum() == 0 ? Direction.SAME : Direction.NEUTRAL)
                : direction(Money.cents(d).signum(), higherIsBetter);
        return new ComparisonRow(group, label, Format.money(plan, cur), Format.money(scen, cur), signedMoney(d, cur), dir);
    }

    static String signedMoney(BigDecimal d, String cur) {
        if (Money.cents(d).signum() == 0) {
            return "same";
        }
        return (d.signum() > 0 ? "+" : "−") + Format.money(d.abs(), cur);
    }

    /** @param higherIsBetter null when more is neither better nor worse (amber: from red it is, from green it is not) */
    private static ComparisonRow count(String group, String label, long plan, long scen, Boolean higherIsBetter) {
        long d = scen - plan;
        Direction dir = d == 0 ? Direction.SAME : higherIsBetter == null ? Direction.NEUTRAL
                : direction(Long.signum(d), higherIsBetter);
        return new ComparisonRow(group, label, Long.toString(plan), Long.toString(scen),
                d == 0 ? "same" : (d > 0 ? "+" : "−") + Math.abs(d), dir);
    }

    private static ComparisonRow subsidy(SubsidyExposure p, SubsidyExposure s) {
        int d = s.linesAffected() - p.linesAffected();
        return new ComparisonRow("Fit", "Subsidy exposure", p.linesAffected() + " of " + p.lines() + " (" + p.percent() + ")",
                s.linesAffected() + " of " + s.lines() + " (" + s.percent() + ")",
                d == 0 ? "same" : (d > 0 ? "+" : "−") + Math.abs(d) + " lines", direction(Integer.signum(d), false));
    }

    private static ComparisonRow best(BestSet p, BestSet s, String cur) {
        BigDecimal d = s.value().subtract(p.value());
        return new ComparisonRow("Funding", "Best set under B: value (lines)",
                Format.money(p.value(), cur) + " (" + p.size() + ")", Format.money(s.value(), cur) + " (" + s.size() + ")",
                signedMoney(d, cur), direction(d.signum(), true));
    }

    private static Direction direction(int sign, boolean higherIsBetter) {
        if (sign == 0) {
            return Direction.SAME;
        }
        return (sign > 0) == higherIsBetter ? Direction.BETTER : Direction.WORSE;
    }

    // Scenario lifecycle //

    /** The name offered for a new scenario: "What-if N" with the first free N. */
    public String suggestedName() {
        int n = 1;
        while (nameTaken("What-if " + n)) {
            n++;
        }
        return "What-if " + n;
    }

    private boolean nameTaken(String name) {
        return scenarios.stream().anyMatch(s -> s.name().equalsIgnoreCase(name.trim()));
    }

    /** Copies the selected sprint's plan into a new scenario and opens it; returns null or the reason. */
    public String createScenario(String name) {
        Sprint s = selectedSprint.get();
        String n = name == null ? "" : name.trim();
        String reason = null;
        if (s == null) {
            reason = "pick a sprint first";
        } else if (n.isEmpty()) {
            reason = "a scenario needs a name";
        } else if (n.length() > 200) {
            reason = "a scenario name has at most 200 characters";
        } else if (nameTaken(n)) {
            reason = s.name() + " already has a scenario called “" + n + "”";
        }
        if (reason != null) {
            problem.set(reason);
            return reason;
        }
        problem.set("");
        busy.set(true);
        tasks.run("Copying the plan", () -> {
            Sprint fresh = store.portfolio().sprint(s.id()).orElseThrow();
            return store.scenarios().create(Scenario.copyOf(fresh, store.portfolio().planLines(s.id()), n,
                    LocalDateTime.now(clock)));
        }, created -> {
                status.set("Copied " + created.lines().size() + " plan lines of " + s.name() + " into “" + n + "”");
                scenario = null;
                loadSprint(s.id(), created.id());
            }, this::failed);
        return null;
    }

    /** Deletes the open scenario (the plan is not touched). */
    public void discard() {
        if (scenario == null) {
            return;
        }
        Scenario gone = scenario;
        busy.set(true);
        tasks.run("Discarding", () -> {
            store.scenarios().delete(gone.id());
            return gone;
        }, g -> {
                status.set("Discarded “" + g.name() + "”; the plan is as it was");
                scenario = null;
                history.clear();
                loadSprint(g.sprintId(), null);
            }, this::failed);
    }

    /** Writes the scenario into the plan as one board edit (Undo on the board reverts it). */
    public void adopt() {
        if (scenario == null) {
            return;
        }
        Scenario s = scenario;
        busy.set(true);
        adopter.adopt(s.sprintId(), s.lines(), s.budget(), "scenario “" + s.name() + "”", edit -> {
            if (edit == null) {
                busy.set(false);
                status.set("“" + s.name() + "” is the same as the plan; nothing to adopt");
                return;
            }
            LocalDateTime now = LocalDateTime.now(clock);
            tasks.run("Marking adopted", () -> {
                store.scenarios().markAdopted(s.id(), now);
                return edit;
            }, e -> {
                    status.set("Adopted “" + s.name() + "” into " + sprintName(s.sprintId()) + ": " + e.changes().size()
                            + " changes in one board edit (Undo on the board reverts it)");
                    loadSprint(s.sprintId(), s.id());
                }, this::failed);
        }, this::failed);
    }

    private String sprintName(long id) {
        return sprints.stream().filter(x -> x.id() == id).map(Sprint::name).findFirst().orElse("the plan");
    }

    // Edits //

    /** Re-tiers lines in one edit: a null tier or effort keeps the line's own. Returns the number of lines changed. */
    public int retier(Collection<Long> lineIds, Tier tier, Effort effort) {
        if (scenario == null || (tier == null && effort == null)) {
            return 0;
        }
        List<Change> changes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (ScenarioRow r : rows) {
            if (!lineIds.contains(r.line().id())) {
                continue;
            }
            PlanLine.Builder b = r.line().toBuilder();
            if (tier != null) {
                b.tier(tier);
            }
            if (effort != null) {
                b.effort(effort);
            }
            PlanLine after = b.build();
            if (!after.equals(r.line())) {
                changes.add(new Change.ScenarioLineChange(scenario.id(), r.line(), after));
                keys.add(r.line().epicKey());
            }
        }
        if (!changes.isEmpty()) {
            String what = (tier == null ? "" : tier.label() + " tier") + (tier != null && effort != null ? ", " : "")
                    + (effort == null ? "" : effort.label() + " effort");
            perform(new PlanEdit("re-tier " + String.join(", ", keys) + " to " + what, changes));
        }
        return changes.size();
    }

    /** Puts lines back to their plan values (one edit). */
    public int revertToPlan(Collection<Long> lineIds) {
        if (scenario == null) {
            return 0;
        }
        List<Change> changes = new ArrayList<>();
        for (ScenarioRow r : rows) {
            if (lineIds.contains(r.line().id()) && r.changed()) {
                changes.add(new Change.ScenarioLineChange(scenario.id(), r.line(), r.planLine()));
            }
        }
        if (!changes.isEmpty()) {
            perform(new PlanEdit("back to the plan for " + changes.size() + " lines", changes));
        }
        return changes.size();
    }

    /** Sets one input of one scenario line from typed text (the board's rules); null or the reason. */
    public String edit(long lineId, PlanField field, String text) {
        ScenarioRow r = row(lineId);
        if (r == null || scenario == null) {
            return "the line is not in this scenario";
        }
        try {
            PlanLine after = field.apply(r.line(), text);
            if (!after.equals(r.line())) {
                perform(new PlanEdit(field.header() + " of " + r.line().epicKey(),
                        List.of(new Change.ScenarioLineChange(scenario.id(), r.line(), after))));
            }
            problem.set("");
            return null;
        } catch (IllegalArgumentException e) {
            problem.set(r.line().epicKey() + ", " + field.header() + ": " + e.getMessage());
            return e.getMessage();
        }
    }

    /** Pastes a spreadsheet range (the board's rules): good cells change the scenario in one edit, bad ones are named. */
    public Paste.Result paste(List<Long> visibleLineIds, int firstRow, PlanField field, String text) {
        List<PlanLine> target = new ArrayList<>();
        for (int i = firstRow; i < visibleLineIds.size(); i++) {
            ScenarioRow r = row(visibleLineIds.get(i));
            if (r != null) {
                target.add(r.line());
            }
        }
        Paste.Result result = Paste.apply(target, text, field);
        if (scenario != null && !result.changes().isEmpty()) {
            List<Change> changes = result.changes().stream().map(c -> (Change.LineChange) c)
                    .map(c -> (Change) new Change.ScenarioLineChange(scenario.id(), c.before(), c.after())).toList();
            perform(new PlanEdit("paste", changes));
        }
        problem.set(result.rejected().isEmpty() ? ""
                : result.rejected().size() + " pasted cell(s) refused: " + String.join("; ", result.rejected()));
        return result;
    }

    /** Sets the scenario's own budget B; null or the reason. */
    public String setBudget(String text) {
        if (scenario == null) {
            return "no scenario is open";
        }
        try {
            BigDecimal b = Money.parse(text, "budget B");
            if (b.signum() < 0) {
                throw new IllegalArgumentException("budget B cannot be negative");
            }
            if (b.compareTo(scenario.budget()) != 0) {
                perform(new PlanEdit("budget", List.of(new Change.ScenarioBudgetChange(scenario.id(), scenario.budget(), b))));
            }
            problem.set("");
            return null;
        } catch (IllegalArgumentException e) {
            problem.set("Budget B: " + e.getMessage());
            return e.getMessage();
        }
    }

    public void undo() {
        PlanEdit e = history.undo();
        if (e != null) {
            applyAndStore(e);
            status.set("Undid " + e.label());
        }
    }

    public void redo() {
        PlanEdit e = history.redo();
        if (e != null) {
            applyAndStore(e);
            status.set("Redid " + e.label());
        }
    }

    private void perform(PlanEdit edit) {
        history.done(edit);
        applyAndStore(edit);
        status.set("Scenario: " + edit.label());
    }

    private void applyAndStore(PlanEdit edit) {
        Scenario s = scenario;
        for (Change c : edit.changes()) {
            if (c instanceof Change.ScenarioLineChange lc && lc.scenarioId() == s.id()) {
                List<PlanLine> lines = new ArrayList<>(s.lines());
                lines.removeIf(l -> l.id() == lc.after().id());
                lines.add(lc.after());
                lines.sort(java.util.Comparator.comparingLong(PlanLine::id));
                s = s.withLines(lines);
            } else if (c instanceof Change.ScenarioBudgetChange bc && bc.scenarioId() == s.id()) {
                s = s.withBudget(bc.after());
            }
        }
        scenario = s;
        recompute();
        tasks.run("Saving " + edit.label(), () -> store.inTransaction(() -> {
            edit.changes().forEach(c -> c.write(store));
            return edit;
        }), ok -> { }, e -> {
                failed(e);
                refresh();
            });
    }

    private void updateSelectionText() {
        List<String> keys = rows.stream().filter(r -> selectedLines.contains(r.line().id()))
                .map(r -> r.line().epicKey()).toList();
        selectionText.set(keys.isEmpty() ? "Select lines in the grid (Ctrl+click, Shift+click) to re-tier them together"
                : keys.size() + (keys.size() == 1 ? " line selected: " : " lines selected: ") + String.join(", ", keys));
    }

    public ScenarioRow row(long lineId) {
        return rows.stream().filter(r -> r.line().id() == lineId).findFirst().orElse(null);
    }

    private void failed(Throwable t) {
        busy.set(false);
        problem.set("Could not update the scenario: " + t.getMessage());
    }

    public String budgetInput() {
        return scenario == null ? "" : scenario.budget().stripTrailingZeros().toPlainString();
    }

    // Properties //

    public ObservableList<Sprint> sprints() { return sprints; }
    public ObjectProperty<Sprint> selectedSprintProperty() { return selectedSprint; }
    public ObservableList<ScenarioRepository.Summary> scenarios() { return scenarios; }
    public ObjectProperty<ScenarioRepository.Summary> selectedScenarioProperty() { return selectedScenario; }
    public ObservableList<ScenarioRow> rows() { return rows; }
    public ObservableList<ComparisonRow> comparisonRows() { return comparisonRows; }
    public ObjectProperty<ScenarioComparison> comparisonProperty() { return comparison; }
    public ObservableList<Long> selectedLines() { return selectedLines; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty statusProperty() { return status; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty headingProperty() { return heading; }
    public StringProperty selectionTextProperty() { return selectionText; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty hasScenarioProperty() { return hasScenario; }
    public UndoHistory history() { return history; }
    public Scenario scenario() { return scenario; }
}
