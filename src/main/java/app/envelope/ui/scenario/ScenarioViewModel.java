package app.envelope.ui.scenario;

import app.envelope.domain.Effort;
import app.envelope.domain.Scenario;
import app.envelope.domain.ScenarioComparison;
import app.envelope.domain.Sprint;
import app.envelope.domain.Tier;
import app.envelope.store.ScenarioRepository;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.PortfolioEvents;
import app.envelope.ui.grid.Paste;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.grid.PlanSnapshot;
import app.envelope.ui.grid.RowUpdates;
import app.envelope.ui.grid.SprintChoices;
import app.envelope.ui.grid.UndoHistory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
    private final ScenarioEdits edits;

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
    private PlanSnapshot plan;
    private boolean switching;

    public ScenarioViewModel(Store store, BackgroundTasks tasks, PortfolioEvents events, Clock clock,
                             PlanAdopter adopter) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
        this.adopter = adopter;
        this.edits = new ScenarioEdits(store, tasks, new EditsHost(), problem, status);
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

    /** Loads a sprint's plan and scenarios, opening {@code scenarioId} (or the newest not yet adopted). */
    private void loadSprint(long sprintId, Long scenarioId) {
        if (sprintId < 0) {
            return;
        }
        busy.set(true);
        tasks.run("Loading scenarios", () -> OpenScenario.read(store, sprintId, scenarioId), snap -> {
                switching = true;
                plan = snap.plan();
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
        if (scenario == null || plan == null) {
            comparison.set(null);
            rows.clear();
            comparisonRows.clear();
            heading.set(ScenarioTexts.noScenario(plan == null ? null : plan.sprint()));
            return;
        }
        ScenarioComparison c = ScenarioComparison.of(plan.lines(), plan.sprint().budget(), scenario, plan.pricing());
        List<ScenarioRow> list = new ArrayList<>();
        c.lines().forEach(p -> list.add(ScenarioRow.of(p, plan.epics().get(p.plan().line().epicKey()))));
        RowUpdates.replace(rows, list, r -> r.line().id());
        comparisonRows.setAll(ComparisonFigures.of(c, currency.get()));
        comparison.set(c);
        heading.set(ScenarioTexts.heading(scenario, c));
        selectedLines.removeIf(id -> c.line(id) == null);
        updateSelectionText();
    }

    // Scenario lifecycle //

    /** The name offered for a new scenario: "What-if N" with the first free N. */
    public String suggestedName() {
        return ScenarioNames.suggested(scenarios);
    }

    /** Copies the selected sprint's plan into a new scenario and opens it; returns null or the reason. */
    public String createScenario(String name) {
        Sprint s = selectedSprint.get();
        String n = name == null ? "" : name.trim();
        String reason = ScenarioNames.refusal(s, n, scenarios);
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
        return edits.retier(lineIds, tier, effort);
    }

    /** Re-tiers the selected lines (a null tier or effort keeps each line's own); asks for one when neither is given. */
    public void retierSelected(Tier tier, Effort effort) {
        if (tier == null && effort == null) {
            problem.set("Pick a tier or an effort to re-tier the selected lines to.");
            return;
        }
        retier(List.copyOf(selectedLines), tier, effort);
    }

    /** Puts lines back to their plan values (one edit). */
    public int revertToPlan(Collection<Long> lineIds) {
        return edits.revertToPlan(lineIds);
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
        return edits.setBudget(text);
    }

    public void undo() {
        edits.undo();
    }

    public void redo() {
        edits.redo();
    }

    private final class EditsHost implements ScenarioEdits.Host {
        @Override
        public Scenario scenario() {
            return scenario;
        }

        @Override
        public List<ScenarioRow> rows() {
            return rows;
        }

        @Override
        public void changed(Scenario s) {
            scenario = s;
            recompute();
        }

        @Override
        public void storeFailed(Throwable t) {
            failed(t);
            refresh();
        }
    }

    private void updateSelectionText() {
        List<String> keys = rows.stream().filter(r -> selectedLines.contains(r.line().id()))
                .map(r -> r.line().epicKey()).toList();
        selectionText.set(ScenarioTexts.selection(keys));
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
