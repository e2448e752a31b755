package app.envelope.ui.board;

import app.envelope.domain.BestSet;
import app.envelope.domain.Epic;
import app.envelope.domain.Fit;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.PortfolioEvents;
import app.envelope.ui.grid.Change;
import app.envelope.ui.grid.GridEdits;
import app.envelope.ui.grid.Paste;
import app.envelope.ui.grid.PlanEdit;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.grid.PlanSnapshot;
import app.envelope.ui.grid.RowUpdates;
import app.envelope.ui.grid.SprintChoices;
import app.envelope.ui.grid.UndoHistory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State and actions of the board: the sprint's lines, their costs, totals, fund line and best set,
 * and every edit (stored at once, undoable). Edits update the figures immediately in memory and are
 * written to the store in the background, in order. Knows no controls.
 */
public final class BoardViewModel {
    public static final String ALL = "All";

    private final Store store;
    private final BackgroundTasks tasks;
    private final PortfolioEvents events;
    private long shownSprintId = -1;
    private final GridEdits edits;

    private final ObservableList<Sprint> sprints = FXCollections.observableArrayList();
    private final ObjectProperty<Sprint> selectedSprint = new SimpleObjectProperty<>();
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final BoardFilter filter = new BoardFilter(rows);
    private final ObjectProperty<SprintEvaluation> evaluation = new SimpleObjectProperty<>();
    private final ObjectProperty<BestSet> bestSet = new SimpleObjectProperty<>();
    private final ObjectProperty<BoardRow> selectedRow = new SimpleObjectProperty<>();
    private final StringProperty currency = new SimpleStringProperty("USD");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BoardSummary summary = new BoardSummary(evaluation, bestSet, currency, selectedSprint);

    private final PlanLines lines = new PlanLines();
    private Map<String, Epic> epics = Map.of();
    private Pricing pricing;

    public BoardViewModel(Store store, BackgroundTasks tasks) {
        this(store, tasks, new PortfolioEvents());
    }

    /** @param events where the board announces stored plan changes and hears of rate-card changes (it re-prices) */
    public BoardViewModel(Store store, BackgroundTasks tasks, PortfolioEvents events) {
        this.store = store;
        this.tasks = tasks;
        this.events = events;
        this.edits = new GridEdits(store, tasks, new Target(), "the line is no longer in this sprint", problem, status);
        events.onRateCardChanged(this::reload);
        // Keyed on the sprint whose lines are shown, not on the previous value: replacing the chosen
        // sprint in the chooser's list passes through null, which must not reload again (with one
        // sprint in the portfolio that was an endless reload).
        selectedSprint.addListener((obs, old, now) -> {
            if (now != null && now.id() != shownSprintId) {
                edits.history().clear();
                reload();
            }
        });
    }

    /** Loads the sprints and selects the current one. */
    public void load() {
        busy.set(true);
        tasks.run("Loading sprints", () -> SprintChoices.read(store), choices -> {
            sprints.setAll(choices.all());
            busy.set(false);
            Sprint shown = selectedSprint.get();
            Sprint current = choices.current();
            selectedSprint.set(current);
            if (shown != null && current != null && shown.id() == current.id()) {
                reload();
            }
        }, this::failed);
    }

    /** Re-reads the selected sprint's lines, epics and prices from the store. */
    public void reload() {
        Sprint sprint = selectedSprint.get();
        if (sprint == null) {
            return;
        }
        shownSprintId = sprint.id();
        busy.set(true);
        tasks.run("Loading " + sprint.name(), () -> PlanSnapshot.read(store,
                store.portfolio().sprint(sprint.id()).orElse(sprint)), s -> {
                    currency.set(s.currency());
                    epics = s.epics();
                    pricing = s.pricing();
                    lines.setAll(s.lines());
                    replaceSprint(s.sprint());
                    filter.teamsOf(lines.all(), epics);
                    recompute();
                    status.set(lines.size() + " plan lines, priced with the rate card of " + sprint.start());
                    busy.set(false);
                }, this::failed);
    }

    /** Runs the cost model over every line and refreshes rows, totals, fund line and best set. */
    void recompute() {
        Sprint sprint = selectedSprint.get();
        if (pricing == null || sprint == null) {
            return;
        }
        SprintEvaluation eval = SprintEvaluation.evaluate(lines.all(), pricing, sprint.budget());
        Long selectedId = selectedRow.get() == null ? null : selectedRow.get().line().id();
        List<BoardRow> list = new ArrayList<>(eval.lines().size());
        eval.lines().forEach(c -> list.add(new BoardRow(c, epics.get(c.line().epicKey()), eval.fundLine().get(c.line().id()))));
        bestSet.set(BestSet.of(eval.lines(), sprint.budget()));
        RowUpdates.replace(rows, list, r -> r.line().id());
        selectedRow.set(selectedId == null ? null : row(selectedId));
        evaluation.set(eval);
    }

    // Edits //

    /** Sets one field of one line from typed text. Returns null when stored, else the reason it was refused. */
    public String edit(long lineId, PlanField field, String text) {
        return edits.edit(lineId, field, text);
    }

    /** Pastes a tab-separated range at a row (of the visible order) and field; returns the report. */
    public Paste.Result paste(List<Long> visibleLineIds, int firstRow, PlanField field, String text) {
        return edits.paste(visibleLineIds, firstRow, field, text);
    }

    /** Sets the sprint budget B; returns null or the reason it was refused. */
    public String setBudget(String text) {
        Sprint before = selectedSprint.get();
        return edits.setBudget(text, budget -> {
            Sprint after = before.withBudget(budget);
            return after.budget().compareTo(before.budget()) == 0 ? null : new Change.BudgetChange(before, after);
        });
    }

    /** Marks exactly the best set's lines as funded (one undoable edit). */
    public void fundBestSet() {
        BestSet best = bestSet.get();
        if (best == null) {
            return;
        }
        List<Change> changes = new ArrayList<>();
        for (PlanLine l : lines.all()) {
            boolean fund = best.lineIds().contains(l.id());
            if (l.funded() != fund) {
                changes.add(new Change.LineChange(l, l.toBuilder().funded(fund).build()));
            }
        }
        if (!changes.isEmpty()) {
            edits.perform(new PlanEdit("fund the best set", changes));
        }
    }

    public void toggleFunded(long lineId) {
        PlanLine l = lines.byId(lineId);
        if (l != null) {
            edits.perform(new PlanEdit((l.funded() ? "unfund " : "fund ") + l.epicKey(),
                    List.of(new Change.LineChange(l, l.toBuilder().funded(!l.funded()).build()))));
        }
    }

    /** Replaces a line with a changed copy as one edit (used by the balance panel). */
    public void replaceLine(PlanLine after, String label) {
        PlanLine before = lines.byId(after.id());
        if (before != null && !before.equals(after)) {
            edits.perform(new PlanEdit(label, List.of(new Change.LineChange(before, after))));
        }
    }

    /** Adds a line for an epic (creating the epic if new); stored, then undoable. */
    public String addLine(String key, String title, String team) {
        String k = key == null ? "" : key.trim().toUpperCase(java.util.Locale.ROOT);
        Sprint sprint = selectedSprint.get();
        Epic epic;
        try {
            epic = epics.containsKey(k) ? epics.get(k) : new Epic(k, title, team == null || team.isBlank() ? "Unassigned" : team.trim());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return e.getMessage();
        }
        if (lines.hasEpic(k)) {
            problem.set(k + " already has a line in " + sprint.name());
            return problem.get();
        }
        PlanLine draft = new PlanLine.Builder().sprintId(sprint.id()).epicKey(k).build();
        tasks.run("Adding " + k, () -> store.inTransaction(() -> {
            store.portfolio().saveEpic(epic);
            return store.portfolio().saveLine(draft);
        }), saved -> {
            epics = new java.util.HashMap<>(epics);
            epics.put(k, epic);
            lines.add(saved);
            edits.history().done(new PlanEdit("add " + k, List.of(new Change.LineChange(null, saved))));
            events.planChanged(sprint.id());
            filter.teamsOf(lines.all(), epics);
            recompute();
            selectedRow.set(row(saved.id()));
        }, this::failed);
        problem.set("");
        return null;
    }

    public void removeLine(long lineId) {
        PlanLine l = lines.byId(lineId);
        if (l != null) {
            edits.perform(new PlanEdit("remove " + l.epicKey(), List.of(new Change.LineChange(l, null))));
        }
    }

    public void undo() {
        edits.undo();
    }

    public void redo() {
        edits.redo();
    }

    /** The board as the grid its edits change: the sprint's plan lines and its budget. */
    private final class Target implements GridEdits.Target {
        @Override
        public PlanLine line(long id) {
            return lines.byId(id);
        }

        @Override
        public Change change(PlanLine before, PlanLine after) {
            return new Change.LineChange(before, after);
        }

        @Override
        public void applyAndStore(PlanEdit edit) {
            BoardViewModel.this.applyAndStore(edit, ok -> { });
        }
    }

    private void applyAndStore(PlanEdit edit, Consumer<PlanEdit> stored) {
        for (Change c : edit.changes()) {
            if (c instanceof Change.LineChange lc) {
                lines.apply(lc);
            } else if (c instanceof Change.BudgetChange bc) {
                replaceSprint(bc.after());
            }
        }
        recompute();
        long sprintId = selectedSprint.get().id();
        edits.store(edit, ok -> {
            events.planChanged(sprintId);
            stored.accept(ok);
        }, e -> {
                failed(e);
                reload();
            });
    }

    // Adopting a scenario //

    /**
     * Writes a scenario's inputs into its sprint's plan as one undoable edit: each plan line takes
     * the inputs of its scenario copy (paired by line id; the plan's funded marks stay), and the
     * sprint takes the scenario's budget B. When the board shows another sprint it switches to this
     * one, so the adoption is on screen and Undo reverts it. {@code done} receives the edit once it
     * is stored (null when the scenario changes nothing).
     */
    public void adopt(long sprintId, List<PlanLine> copies, BigDecimal budget, String label,
                      Consumer<PlanEdit> done, Consumer<Throwable> onFailure) {
        tasks.run("Reading the plan", () -> new AdoptBase(store.portfolio().sprint(sprintId).orElseThrow(
                () -> new IllegalStateException("the sprint of this scenario no longer exists")),
                store.portfolio().planLines(sprintId), store.portfolio().sprints()), base -> {
                    Sprint shown = selectedSprint.get();
                    boolean showing = shown != null && shown.id() == sprintId && pricing != null;
                    PlanEdit edit = Adoption.edit(label, showing ? shown : base.sprint(),
                            showing ? lines.all() : base.lines(), copies, budget);
                    if (edit.changes().isEmpty()) {
                        done.accept(null);
                    } else if (showing) {
                        edits.history().done(edit);
                        applyAndStore(edit, done);
                        status.set("Adopted " + label + " (" + edit.changes().size() + " changes; Undo reverts it)");
                    } else {
                        edits.store(edit, ok -> {
                                if (sprints.stream().noneMatch(s -> s.id() == sprintId)) {
                                    sprints.setAll(base.sprints());
                                }
                                selectedSprint.set(sprints.stream().filter(s -> s.id() == sprintId).findFirst()
                                        .orElse(base.sprint()));
                                edits.history().done(edit);
                                events.planChanged(sprintId);
                                status.set("Adopted " + label + " (" + edit.changes().size() + " changes; Undo reverts it)");
                                done.accept(edit);
                            }, onFailure);
                    }
                }, onFailure);
    }

    private record AdoptBase(Sprint sprint, List<PlanLine> lines, List<Sprint> sprints) {
    }

    private void replaceSprint(Sprint s) {
        int i = sprints.indexOf(sprints.stream().filter(x -> x.id() == s.id()).findFirst().orElse(null));
        if (i >= 0) {
            sprints.set(i, s);
        }
        selectedSprint.set(s);
    }

    public BoardRow row(long id) {
        return rows.stream().filter(r -> r.line().id() == id).findFirst().orElse(null);
    }

    private void failed(Throwable t) {
        busy.set(false);
        problem.set("Could not update the plan: " + t.getMessage());
    }

    // Properties //

    public ObservableList<Sprint> sprints() { return sprints; }
    public ObjectProperty<Sprint> selectedSprintProperty() { return selectedSprint; }
    public ObservableList<BoardRow> rows() { return rows; }
    public FilteredList<BoardRow> visibleRows() { return filter.visibleRows(); }
    public ObservableList<String> teams() { return filter.teams(); }
    public StringProperty teamFilterProperty() { return filter.teamProperty(); }
    public ObjectProperty<Fit> fitFilterProperty() { return filter.fitProperty(); }
    public ObjectProperty<SprintEvaluation> evaluationProperty() { return evaluation; }
    public ObjectProperty<BestSet> bestSetProperty() { return bestSet; }
    public ObjectProperty<BoardRow> selectedRowProperty() { return selectedRow; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty statusProperty() { return status; }
    public StringProperty problemProperty() { return problem; }
    public BooleanProperty busyProperty() { return busy; }
    public UndoHistory history() { return edits.history(); }
    public Pricing pricing() { return pricing; }
    /** The totals panel's texts. */
    public BoardSummary summary() { return summary; }
}
