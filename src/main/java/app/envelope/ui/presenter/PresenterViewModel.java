package app.envelope.ui.presenter;

import app.envelope.domain.CategoryTotals;
import app.envelope.domain.Fit;
import app.envelope.domain.FundLineEntry;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.board.BoardViewModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.transformation.SortedList;

/**
 * Presenter mode: the board as the room sees it on a projector, driven by one person with the
 * keyboard. It shares the board's view model, so every edit here is the board's edit (validated,
 * undoable, stored at once). It is private by default ({@link Privacy}): labour rates, negotiated
 * (effective) prices and people's names stay off the screen until the driver reveals them. The
 * in-place editor is {@link PresenterEdit}, the zoom {@link PresenterZoom}. Knows no controls.
 */
public final class PresenterViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** One category of the totals: its name, amount, share of C and its colour's style class. */
    public record Category(String name, String amount, String share, String styleClass) {
    }

    private final BoardViewModel board;
    private final Store store;
    private final BackgroundTasks tasks;
    private final SortedList<BoardRow> rows;
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(0);
    private final PresenterZoom zoom;
    private final PresenterEdit edit;
    private final Privacy privacy;

    public PresenterViewModel(BoardViewModel board, Store store, BackgroundTasks tasks) {
        this.board = board;
        this.store = store;
        this.tasks = tasks;
        this.zoom = new PresenterZoom(store, tasks);
        this.edit = new PresenterEdit(board);
        this.privacy = new Privacy(board);
        this.rows = new SortedList<>(board.visibleRows(), Comparator
                .comparing((BoardRow r) -> r.fund() == null ? Integer.MAX_VALUE : r.fund().rank())
                .thenComparing(r -> r.line().epicKey()));
        for (Observable o : new Observable[] {privacy.revealedProperty(), board.evaluationProperty(),
            board.selectedRowProperty(), board.teamFilterProperty(), board.fitFilterProperty()}) {
            o.addListener(x -> changed());
        }
        board.evaluationProperty().addListener(o -> selectFirstIfNone());
    }

    /** While presenting, a line is always selected (the lines may arrive after presenting started). */
    private void selectFirstIfNone() {
        if (active.get() && !rows.isEmpty() && selectedIndex() < 0) {
            board.selectedRowProperty().set(rows.get(0));
        }
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }

    /** Reads the remembered zoom (a zoom chosen meanwhile wins). */
    public void load() {
        zoom.load();
    }

    // Entering and leaving //

    /** Starts presenting: private again, a line selected, the people of the billing files read in the background. */
    public void enter() {
        privacy.hide();
        edit.cancelEdit();
        active.set(true);
        selectFirstIfNone();
        tasks.run("Reading who used AI on which epic", () -> store.billing().usersByEpic(), users -> {
            privacy.setPeople(users);
            changed();
        }, e -> { });
    }

    /** Stops presenting; the next time starts private again. */
    public void leave() {
        edit.cancelEdit();
        privacy.hide();
        active.set(false);
    }

    // Moving and toggling //

    public void move(int delta) {
        if (rows.isEmpty()) {
            return;
        }
        edit.cancelEdit();
        int at = selectedIndex();
        int next = at < 0 ? 0 : Math.max(0, Math.min(rows.size() - 1, at + delta));
        board.selectedRowProperty().set(rows.get(next));
    }

    public void moveToFirst() {
        move(-rows.size());
    }

    public void moveToLast() {
        move(rows.size());
    }

    public void select(BoardRow r) {
        if (r != null && (board.selectedRowProperty().get() == null
                || board.selectedRowProperty().get().line().id() != r.line().id())) {
            edit.cancelEdit();
            board.selectedRowProperty().set(r);
        }
    }

    public int selectedIndex() {
        BoardRow sel = board.selectedRowProperty().get();
        if (sel == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).line().id() == sel.line().id()) {
                return i;
            }
        }
        return -1;
    }

    public void toggleFunded() {
        BoardRow sel = board.selectedRowProperty().get();
        if (sel != null && edit.editingProperty().get() == null) {
            board.toggleFunded(sel.line().id());
        }
    }

    public void undo() {
        edit.cancelEdit();
        board.undo();
    }

    public void redo() {
        edit.cancelEdit();
        board.redo();
    }

    // What the room sees //

    public String sprintTitle() {
        Sprint s = board.selectedSprintProperty().get();
        return s == null ? "" : s.name() + " · " + s.start().format(DAY) + " – " + s.end().format(DAY);
    }

    /** Says when the board's filters hide some lines (the presenter shows what the board filters). */
    public String filterNote() {
        List<String> parts = new ArrayList<>();
        String team = board.teamFilterProperty().get();
        if (team != null && !BoardViewModel.ALL.equals(team)) {
            parts.add("team " + team);
        }
        Fit fit = board.fitFilterProperty().get();
        if (fit != null) {
            parts.add(fit.label() + " lines");
        }
        return parts.isEmpty() ? "" : "Showing " + String.join(", ", parts) + " only";
    }

    public String total(Function<CategoryTotals, BigDecimal> which) {
        return board.summary().total(which);
    }

    public String budgetText() {
        Sprint s = board.selectedSprintProperty().get();
        return s == null ? "—" : Format.money(s.budget(), currency());
    }

    public String headroomText() {
        return board.summary().headroomText();
    }

    public boolean overBudget() {
        SprintEvaluation e = board.evaluationProperty().get();
        return e != null && e.budgetHeadroom().signum() < 0;
    }

    public String fitCounts() {
        return board.summary().fitSummary();
    }

    public String bestSetText() {
        return board.summary().bestSetText();
    }

    /** How many lines (by value density) fit under B before the fund line. */
    public String fundLineText() {
        SprintEvaluation e = board.evaluationProperty().get();
        if (e == null) {
            return "";
        }
        long within = e.fundLine().values().stream().filter(FundLineEntry::withinBudget).count();
        long funded = e.lines().stream().filter(c -> c.line().funded()).count();
        return "Fund line: the top " + within + " of " + e.lines().size() + " lines by value density fit in B · "
                + funded + " funded";
    }

    /** The totals by category with their share of C, in the stacked bar's order. */
    public List<Category> categories() {
        SprintEvaluation e = board.evaluationProperty().get();
        if (e == null) {
            return List.of();
        }
        CategoryTotals t = e.totals();
        List<Category> out = new ArrayList<>();
        out.add(category("Labour (total)", t.labour(), t.cost(), "seg-labour"));
        out.add(category("Tokens T50", t.tokens(), t.cost(), "seg-tokens"));
        out.add(category("Tooling", t.tooling(), t.cost(), "seg-tooling"));
        out.add(category("Risk reserve", t.risk(), t.cost(), "seg-risk"));
        return out;
    }

    private Category category(String name, BigDecimal part, BigDecimal whole, String style) {
        String share = whole.signum() == 0 ? "—" : Format.percent(part.divide(whole, MathContext.DECIMAL64));
        return new Category(name, Format.money(part, currency()), share, style);
    }

    public String currency() {
        return board.currencyProperty().get();
    }

    public String money(BigDecimal v) {
        return Format.money(v, currency());
    }

    // Properties //

    public SortedList<BoardRow> rows() { return rows; }
    public BoardViewModel board() { return board; }
    public BooleanProperty activeProperty() { return active; }
    /** The zoom and the key hints. */
    public PresenterZoom zoom() { return zoom; }
    /** The in-place editor. */
    public PresenterEdit edit() { return edit; }
    /** What stays private until revealed. */
    public Privacy privacy() { return privacy; }
    /** Increases whenever a derived text (privacy, details, totals) may have changed. */
    public ReadOnlyIntegerProperty changesProperty() { return changes.getReadOnlyProperty(); }
}
