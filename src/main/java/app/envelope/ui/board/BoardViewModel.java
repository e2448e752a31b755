package app.envelope.ui.board;

import app.envelope.domain.BestSet;
import app.envelope.domain.CategoryTotals;
import app.envelope.domain.Epic;
import app.envelope.domain.Fit;
import app.envelope.domain.Money;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.ScenarioComparison;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.Format;
import app.envelope.ui.PortfolioEvents;
import app.envelope.ui.grid.Change;
import app.envelope.ui.grid.Paste;
import app.envelope.ui.grid.PlanEdit;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.grid.UndoHistory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
    private final UndoHistory history = new UndoHistory();

    private final ObservableList<Sprint> sprints = FXCollections.observableArrayList();
    private final ObjectProperty<Sprint> selectedSprint = new SimpleObjectProperty<>();
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final FilteredList<BoardRow> visibleRows = new FilteredList<>(rows, r -> true);
    private final ObservableList<String> teams = FXCollections.observableArrayList(ALL);
    private final StringProperty teamFilter = new SimpleStringProperty(ALL);
    private final ObjectProperty<Fit> fitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SprintEvaluation> evaluation = new SimpleObjectProperty<>();
    private final ObjectProperty<BestSet> bestSet = new SimpleObjectProperty<>();
    private final ObjectProperty<BoardRow> selectedRow = new SimpleObjectProperty<>();
    private final StringProperty currency = new SimpleStringProperty("USD");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private List<PlanLine> lines = List.of();
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
        events.onRateCardChanged(this::reload);
        selectedSprint.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                history.clear();
                reload();
            }
        });
        teamFilter.addListener(o -> refilter());
        fitFilter.addListener(o -> refilter());
    }

    /** Loads the sprints and selects the current one. */
    public void load() {
        busy.set(true);
        tasks.run("Loading sprints", () -> new Object[] {store.portfolio().sprints(),
            new PlanQueries(store).currentSprint().orElse(null)}, result -> {
                @SuppressWarnings("unchecked")
                List<Sprint> all = (List<Sprint>) result[0];
                sprints.setAll(all);
                busy.set(false);
                Sprint shown = selectedSprint.get();
                Sprint current = (Sprint) result[1];
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
        busy.set(true);
        tasks.run("Loading " + sprint.name(), () -> new Snapshot(store.portfolio().sprint(sprint.id()).orElse(sprint),
                store.portfolio().planLines(sprint.id()),
                store.portfolio().epics().stream().collect(Collectors.toMap(Epic::key, Function.identity())),
                new PlanQueries(store).pricing(sprint), store.rateCard().load().currency()), s -> {
                    currency.set(s.currency());
                    epics = s.epics();
                    pricing = s.pricing();
                    lines = new ArrayList<>(s.lines());
                    replaceSprint(s.sprint());
                    teams.setAll(teamChoices());
                    recompute();
                    status.set(lines.size() + " plan lines, priced with the rate card of " + sprint.start());
                    busy.set(false);
                }, this::failed);
    }

    private record Snapshot(Sprint sprint, List<PlanLine> lines, Map<String, Epic> epics, Pricing pricing,
                            String currency) {
    }

    /** Runs the cost model over every line and refreshes rows, totals, fund line and best set. */
    void recompute() {
        Sprint sprint = selectedSprint.get();
        if (pricing == null || sprint == null) {
            return;
        }
        SprintEvaluation eval = SprintEvaluation.evaluate(lines, pricing, sprint.budget());
        Long selectedId = selectedRow.get() == null ? null : selectedRow.get().line().id();
        List<BoardRow> list = new ArrayList<>(eval.lines().size());
        eval.lines().forEach(c -> list.add(new BoardRow(c, epics.get(c.line().epicKey()), eval.fundLine().get(c.line().id()))));
        bestSet.set(BestSet.of(eval.lines(), sprint.budget()));
        rows.setAll(list);
        selectedRow.set(selectedId == null ? null : row(selectedId));
        evaluation.set(eval);
    }

    // Edits //

    /** Sets one field of one line from typed text. Returns null when stored, else the reason it was refused. */
    public String edit(long lineId, PlanField field, String text) {
        PlanLine before = lineById(lineId);
        if (before == null) {
            return "the line is no longer in this sprint";
        }
        try {
            PlanLine after = field.apply(before, text);
            if (!after.equals(before)) {
                perform(new PlanEdit(field.header() + " of " + before.epicKey(), List.of(new Change.LineChange(before, after))));
            }
            problem.set("");
            return null;
        } catch (IllegalArgumentException e) {
            problem.set(before.epicKey() + ", " + field.header() + ": " + e.getMessage());
            return e.getMessage();
        }
    }

    /** Pastes a tab-separated range at a row (of the visible order) and field; returns the report. */
    public Paste.Result paste(List<Long> visibleLineIds, int firstRow, PlanField field, String text) {
        List<PlanLine> target = new ArrayList<>();
        for (int i = firstRow; i < visibleLineIds.size(); i++) {
            target.add(lineById(visibleLineIds.get(i)));
        }
        Paste.Result result = Paste.apply(target, text, field);
        if (!result.changes().isEmpty()) {
            perform(new PlanEdit("paste", result.changes()));
        }
        problem.set(result.rejected().isEmpty() ? ""
                : result.rejected().size() + " pasted cell(s) refused: " + String.join("; ", result.rejected()));
        return result;
    }

    /** Sets the sprint budget B; returns null or the reason it was refused. */
    public String setBudget(String text) {
        Sprint before = selectedSprint.get();
        try {
            Sprint after = before.withBudget(Money.parse(text, "budget B"));
            if (after.budget().compareTo(before.budget()) != 0) {
                perform(new PlanEdit("budget", List.of(new Change.BudgetChange(before, after))));
            }
            problem.set("");
            return null;
        } catch (IllegalArgumentException e) {
            problem.set("Budget B: " + e.getMessage());
            return e.getMessage();
        }
    }

    /** Marks exactly the best set's lines as funded (one undoable edit). */
    public void fundBestSet() {
        BestSet best = bestSet.get();
        if (best == null) {
            return;
        }
        List<Change> changes = new ArrayList<>();
        for (PlanLine l : lines) {
            boolean fund = best.lineIds().contains(l.id());
            if (l.funded() != fund) {
                changes.add(new Change.LineChange(l, l.toBuilder().funded(fund).build()));
            }
        }
        if (!changes.isEmpty()) {
            perform(new PlanEdit("fund the best set", changes));
        }
    }

    public void toggleFunded(long lineId) {
        PlanLine l = lineById(lineId);
        if (l != null) {
            perform(new PlanEdit((l.funded() ? "unfund " : "fund ") + l.epicKey(),
                    List.of(new Change.LineChange(l, l.toBuilder().funded(!l.funded()).build()))));
        }
    }

    /** Replaces a line with a changed copy as one edit (used by the balance panel). */
    public void replaceLine(PlanLine after, String label) {
        PlanLine before = lineById(after.id());
        if (before != null && !before.equals(after)) {
            perform(new PlanEdit(label, List.of(new Change.LineChange(before, after))));
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
        if (lines.stream().anyMatch(l -> l.epicKey().equals(k))) {
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
            history.done(new PlanEdit("add " + k, List.of(new Change.LineChange(null, saved))));
            events.planChanged(sprint.id());
            teams.setAll(teamChoices());
            recompute();
            selectedRow.set(row(saved.id()));
        }, this::failed);
        problem.set("");
        return null;
    }

    public void removeLine(long lineId) {
        PlanLine l = lineById(lineId);
        if (l != null) {
            perform(new PlanEdit("remove " + l.epicKey(), List.of(new Change.LineChange(l, null))));
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
    }

    private void applyAndStore(PlanEdit edit) {
        applyAndStore(edit, ok -> { });
    }

    private void applyAndStore(PlanEdit edit, Consumer<PlanEdit> stored) {
        for (Change c : edit.changes()) {
            applyInMemory(c);
        }
        recompute();
        long sprintId = selectedSprint.get().id();
        tasks.run("Saving " + edit.label(), () -> store.inTransaction(() -> {
            edit.changes().forEach(c -> c.write(store));
            return edit;
        }), ok -> {
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
                    PlanEdit edit = adoptionEdit(label, showing ? shown : base.sprint(), showing ? lines : base.lines(),
                            copies, budget);
                    if (edit.changes().isEmpty()) {
                        done.accept(null);
                    } else if (showing) {
                        history.done(edit);
                        applyAndStore(edit, done);
                        status.set("Adopted " + label + " (" + edit.changes().size() + " changes; Undo reverts it)");
                    } else {
                        tasks.run("Saving " + label, () -> store.inTransaction(() -> {
                            edit.changes().forEach(c -> c.write(store));
                            return edit;
                        }), ok -> {
                                if (sprints.stream().noneMatch(s -> s.id() == sprintId)) {
                                    sprints.setAll(base.sprints());
                                }
                                selectedSprint.set(sprints.stream().filter(s -> s.id() == sprintId).findFirst()
                                        .orElse(base.sprint()));
                                history.done(edit);
                                events.planChanged(sprintId);
                                status.set("Adopted " + label + " (" + edit.changes().size() + " changes; Undo reverts it)");
                                done.accept(edit);
                            }, onFailure);
                    }
                }, onFailure);
    }

    private record AdoptBase(Sprint sprint, List<PlanLine> lines, List<Sprint> sprints) {
    }

    /** The changes that make {@code current} (a sprint's plan) take the inputs of {@code copies} and B = {@code budget}. */
    static PlanEdit adoptionEdit(String label, Sprint sprint, List<PlanLine> current, List<PlanLine> copies,
                                 BigDecimal budget) {
        Map<Long, PlanLine> byId = new HashMap<>();
        copies.forEach(c -> byId.put(c.id(), c));
        List<Change> changes = new ArrayList<>();
        for (PlanLine p : current) {
            PlanLine c = byId.get(p.id());
            if (c != null && !ScenarioComparison.sameInputs(p, c)) {
                changes.add(new Change.LineChange(p, ScenarioComparison.asAdopted(c, p)));
            }
        }
        if (budget != null && budget.compareTo(sprint.budget()) != 0) {
            changes.add(new Change.BudgetChange(sprint, sprint.withBudget(budget)));
        }
        return new PlanEdit(label, changes);
    }

    private void applyInMemory(Change c) {
        if (c instanceof Change.LineChange lc) {
            int at = lc.before() == null ? -1 : indexOf(lc.before().id());
            if (lc.after() == null) {
                lines.remove(at);
            } else if (at >= 0) {
                lines.set(at, lc.after());
            } else {
                lines.add(insertionPoint(lc.after().id()), lc.after());
            }
        } else if (c instanceof Change.BudgetChange bc) {
            replaceSprint(bc.after());
        }
    }

    private int insertionPoint(long id) {
        int i = 0;
        while (i < lines.size() && lines.get(i).id() < id) {
            i++;
        }
        return i;
    }

    private int indexOf(long id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void replaceSprint(Sprint s) {
        int i = sprints.indexOf(sprints.stream().filter(x -> x.id() == s.id()).findFirst().orElse(null));
        if (i >= 0) {
            sprints.set(i, s);
        }
        selectedSprint.set(s);
    }

    PlanLine lineById(long id) {
        int i = indexOf(id);
        return i < 0 ? null : lines.get(i);
    }

    public BoardRow row(long id) {
        return rows.stream().filter(r -> r.line().id() == id).findFirst().orElse(null);
    }

    private List<String> teamChoices() {
        List<String> t = new ArrayList<>();
        t.add(ALL);
        lines.stream().map(l -> epics.get(l.epicKey())).filter(e -> e != null).map(Epic::team).distinct().sorted()
                .forEach(t::add);
        return t;
    }

    private void refilter() {
        String team = teamFilter.get();
        Fit fit = fitFilter.get();
        visibleRows.setPredicate(r -> (team == null || ALL.equals(team) || team.equals(r.team()))
                && (fit == null || r.cost().fit() == fit));
    }

    private void failed(Throwable t) {
        busy.set(false);
        problem.set("Could not update the plan: " + t.getMessage());
    }

    // Derived text //

    public String total(Function<CategoryTotals, BigDecimal> which) {
        SprintEvaluation e = evaluation.get();
        return e == null ? "—" : Format.money(which.apply(e.totals()), currency.get());
    }

    public String headroomText() {
        SprintEvaluation e = evaluation.get();
        return e == null ? "—" : Format.money(e.budgetHeadroom(), currency.get());
    }

    public String fitSummary() {
        SprintEvaluation e = evaluation.get();
        return e == null ? "" : "✔ " + e.count(Fit.GREEN) + " green · ◐ " + e.count(Fit.AMBER) + " amber · ✖ "
                + e.count(Fit.RED) + " red";
    }

    public String subsidyText() {
        SprintEvaluation e = evaluation.get();
        return e == null ? "" : "Subsidy exposure: " + e.subsidy().linesAffected() + " of " + e.subsidy().lines()
                + " lines (" + e.subsidy().percent() + ") fit worse at book price"
                + (e.subsidy().warning() ? " — above 20%, the plan leans on the discount" : "");
    }

    public boolean subsidyWarning() {
        SprintEvaluation e = evaluation.get();
        return e != null && e.subsidy().warning();
    }

    public String bestSetText() {
        BestSet b = bestSet.get();
        return b == null ? "" : "Best set under B: these " + b.size() + " lines, cost " + Format.money(b.cost(), currency.get())
                + ", value " + Format.money(b.value(), currency.get());
    }

    public String bestSetMethod() {
        BestSet b = bestSet.get();
        return b == null ? "" : b.method().label();
    }

    public String budgetInput() {
        Sprint s = selectedSprint.get();
        return s == null ? "" : s.budget().stripTrailingZeros().toPlainString();
    }

    // Properties //

    public ObservableList<Sprint> sprints() { return sprints; }
    public ObjectProperty<Sprint> selectedSprintProperty() { return selectedSprint; }
    public ObservableList<BoardRow> rows() { return rows; }
    public FilteredList<BoardRow> visibleRows() { return visibleRows; }
    public ObservableList<String> teams() { return teams; }
    public StringProperty teamFilterProperty() { return teamFilter; }
    public ObjectProperty<Fit> fitFilterProperty() { return fitFilter; }
    public ObjectProperty<SprintEvaluation> evaluationProperty() { return evaluation; }
    public ObjectProperty<BestSet> bestSetProperty() { return bestSet; }
    public ObjectProperty<BoardRow> selectedRowProperty() { return selectedRow; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty statusProperty() { return status; }
    public StringProperty problemProperty() { return problem; }
    public BooleanProperty busyProperty() { return busy; }
    public UndoHistory history() { return history; }
    public Pricing pricing() { return pricing; }
}
