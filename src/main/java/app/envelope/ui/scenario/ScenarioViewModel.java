package app.envelope.ui.scenario;

import app.envelope.domain.Effort;
import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Scenario;
import app.envelope.domain.ScenarioComparison;
import app.envelope.domain.Sprint;
import app.envelope.domain.Tier;
import app.envelope.store.ScenarioRepository;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.PortfolioEvents;
import app.envelope.ui.grid.Change;
import app.envelope.ui.grid.GridEdits;
import app.envelope.ui.grid.Paste;
import app.envelope.ui.grid.PlanEdit;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.grid.PlanSnapshot;
import app.envelope.ui.grid.SprintChoices;
import app.envelope.ui.grid.UndoHistory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    private final GridEdits edits;

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
        this.edits = new GridEdits(store, tasks, new Target(), "the line is not in this scenario", problem, status);
        selectedSprint.addListener((o, a, s) -> {
            if (!switching && s != null && (a == null || a.id() != s.id())) {
                loadSprint(s.id(), null);
            }
        });
        selectedScenario.addListener((o, a, s) -> {
            if (!switching && (s == null || a == null || a.id() != s.id())) {
                edits.history().clear();
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
        tasks.run("Loading sprints", () -> SprintChoices.read(store), choices -> {
            sprints.setAll(choices.all());
            busy.set(false);
            Sprint current = choices.current();
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

    private record Snapshot(PlanSnapshot plan, List<ScenarioRepository.Summary> scenarios, Scenario scenario) {
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
            return new Snapshot(PlanSnapshot.read(store, s), list,
                    open == null ? null : store.scenarios().load(open).orElse(null));
        }, snap -> {
                switching = true;
                sprint = snap.plan().sprint();
                plan = snap.plan().lines();
                pricing = snap.plan().pricing();
                epics = snap.plan().epics();
                currency.set(snap.plan().currency());
                scenarios.setAll(snap.scenarios());
                if (scenario == null || snap.scenario() == null || scenario.id() != snap.scenario().id()) {
                    edits.history().clear();
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
        comparisonRows.setAll(ComparisonFigures.of(c, currency.get()));
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
                edits.history().clear();
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
            edits.perform(new PlanEdit("re-tier " + String.join(", ", keys) + " to " + what, changes));
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
            edits.perform(new PlanEdit("back to the plan for " + changes.size() + " lines", changes));
        }
        return changes.size();
    }

    /** Sets one input of one scenario line from typed text (the board's rules); null or the reason. */
    public String edit(long lineId, PlanField field, String text) {
        return edits.edit(lineId, field, text);
    }

    /** Pastes a spreadsheet range (the board's rules): good cells change the scenario in one edit, bad ones are named. */
    public Paste.Result paste(List<Long> visibleLineIds, int firstRow, PlanField field, String text) {
        return edits.paste(visibleLineIds, firstRow, field, text);
    }

    /** Sets the scenario's own budget B; null or the reason. */
    public String setBudget(String text) {
        if (scenario == null) {
            return "no scenario is open";
        }
        return edits.setBudget(text, b -> {
            if (b.signum() < 0) {
                throw new IllegalArgumentException("budget B cannot be negative");
            }
            return b.compareTo(scenario.budget()) == 0 ? null
                    : new Change.ScenarioBudgetChange(scenario.id(), scenario.budget(), b);
        });
    }

    public void undo() {
        edits.undo();
    }

    public void redo() {
        edits.redo();
    }

    /** The open scenario as the grid its edits change: its copies of the plan lines and its budget. */
    private final class Target implements GridEdits.Target {
        @Override
        public PlanLine line(long id) {
            ScenarioRow r = scenario == null ? null : row(id);
            return r == null ? null : r.line();
        }

        @Override
        public Change change(PlanLine before, PlanLine after) {
            return new Change.ScenarioLineChange(scenario.id(), before, after);
        }

        @Override
        public void applyAndStore(PlanEdit edit) {
            Scenario s = scenario;
            for (Change c : edit.changes()) {
                if (c instanceof Change.ScenarioLineChange lc && lc.scenarioId() == s.id()) {
                    List<PlanLine> lines = new ArrayList<>(s.lines());
                    lines.removeIf(l -> l.id() == lc.after().id());
                    lines.add(lc.after());
                    lines.sort(Comparator.comparingLong(PlanLine::id));
                    s = s.withLines(lines);
                } else if (c instanceof Change.ScenarioBudgetChange bc && bc.scenarioId() == s.id()) {
                    s = s.withBudget(bc.after());
                }
            }
            scenario = s;
            recompute();
            edits.store(edit, ok -> { }, e -> {
                failed(e);
                refresh();
            });
        }

        @Override
        public void performed(PlanEdit edit) {
            status.set("Scenario: " + edit.label());
        }
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
    public UndoHistory history() { return edits.history(); }
    public Scenario scenario() { return scenario; }
}
