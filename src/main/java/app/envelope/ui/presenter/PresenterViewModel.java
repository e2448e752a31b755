package app.envelope.ui.presenter;

import app.envelope.domain.CategoryTotals;
import app.envelope.domain.Fit;
import app.envelope.domain.Flag;
import app.envelope.domain.FundLineEntry;
import app.envelope.domain.LabourRate;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Size;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.domain.Tier;
import app.envelope.domain.TierPricing;
import app.envelope.domain.TokenPrices;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.board.BoardViewModel;
import app.envelope.ui.grid.PlanField;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.SortedList;

/**
 * Presenter mode: the board as the room sees it on a projector, driven by one person with the
 * keyboard. It shares the board's view model, so every edit here is the board's edit (validated,
 * undoable, stored at once). It is private by default: labour rates, negotiated (effective) prices
 * and people's names stay off the screen until the driver reveals them; labour appears only as
 * an aggregate (no hours are shown, so no rate can be worked back). Knows no controls.
 */
public final class PresenterViewModel {
    /** Zoom steps in percent of the default size (20px body text at 100%). */
    public static final List<Integer> SCALES = List.of(75, 80, 90, 100, 110, 125, 150, 175, 200);
    public static final int DEFAULT_SCALE = 100;
    /** The fields Enter edits in place, in the order Tab cycles through them. */
    public static final List<PlanField> EDITABLE = List.of(PlanField.VALUE, PlanField.WILLINGNESS, PlanField.SIZE,
            PlanField.TIER);
    static final String SCALE_KEY = "presenter.scale";
    /** Above this zoom the key hints fold away by themselves (F1 brings them back): the lines need the room. */
    static final int KEYS_UP_TO = 125;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** A label and its value, for the revealed panel. */
    public record Detail(String label, String value) {
    }

    /** A tier's model and its prices per million tokens (input, output, cache read, cache write). */
    public record PriceRow(String tier, String model, List<String> effective, List<String> book) {
    }

    /** One category of the totals: its name, amount, share of C and its colour's style class. */
    public record Category(String name, String amount, String share, String styleClass) {
    }

    private final BoardViewModel board;
    private final Store store;
    private final BackgroundTasks tasks;
    private final SortedList<BoardRow> rows;
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final IntegerProperty scale = new SimpleIntegerProperty(DEFAULT_SCALE);
    private final ObjectProperty<PlanField> editing = new SimpleObjectProperty<>();
    private final StringProperty editText = new SimpleStringProperty("");
    private final StringProperty editProblem = new SimpleStringProperty("");
    private final BooleanProperty keysShown = new SimpleBooleanProperty(true);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(0);
    private PlanField lastField = PlanField.VALUE;
    private Map<String, List<String>> people = Map.of();
    private boolean scaleChosen;

    public PresenterViewModel(BoardViewModel board, Store store, BackgroundTasks tasks) {
        this.board = board;
        this.store = store;
        this.tasks = tasks;
        this.rows = new SortedList<>(board.visibleRows(), Comparator
                .comparing((BoardRow r) -> r.fund() == null ? Integer.MAX_VALUE : r.fund().rank())
                .thenComparing(r -> r.line().epicKey()));
        for (Observable o : new Observable[] {revealed, board.evaluationProperty(), board.selectedRowProperty(),
            board.teamFilterProperty(), board.fitFilterProperty()}) {
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
        tasks.run("Reading the presenter zoom", () -> store.settings().get(SCALE_KEY).orElse(null), v -> {
            if (!scaleChosen && v != null) {
                try {
                    scale.set(nearestScale(Integer.parseInt(v.trim())));
                    keysShown.set(scale.get() <= KEYS_UP_TO);
                } catch (NumberFormatException e) {
                    scale.set(DEFAULT_SCALE);
                }
            }
        }, e -> { });
    }

    // Entering and leaving //

    /** Starts presenting: private again, a line selected, the people of the billing files read in the background. */
    public void enter() {
        revealed.set(false);
        cancelEdit();
        active.set(true);
        selectFirstIfNone();
        tasks.run("Reading who used AI on which epic", () -> store.billing().usersByEpic(), users -> {
            people = Map.copyOf(users);
            changed();
        }, e -> { });
    }

    /** Stops presenting; the next time starts private again. */
    public void leave() {
        cancelEdit();
        revealed.set(false);
        active.set(false);
    }

    // Moving and toggling //

    public void move(int delta) {
        if (rows.isEmpty()) {
            return;
        }
        cancelEdit();
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
            cancelEdit();
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
        if (sel != null && editing.get() == null) {
            board.toggleFunded(sel.line().id());
        }
    }

    public void undo() {
        cancelEdit();
        board.undo();
    }

    public void redo() {
        cancelEdit();
        board.redo();
    }

    // Editing in place //

    /** Opens the in-place editor on the selected line, on the field edited last (Value Y at first). */
    public boolean beginEdit() {
        BoardRow sel = board.selectedRowProperty().get();
        if (sel == null) {
            return false;
        }
        editProblem.set("");
        editText.set(lastField.text(sel.line()));
        editing.set(lastField);
        return true;
    }

    /**
     * Moves the editor to the next (+1) or previous (-1) field, storing the current one first when
     * it was changed. Returns false (and stays) when the current value is refused.
     */
    public boolean nextField(int direction) {
        PlanField f = editing.get();
        if (f == null || !storeIfChanged()) {
            return false;
        }
        int i = EDITABLE.indexOf(f);
        PlanField next = EDITABLE.get(Math.floorMod(i + direction, EDITABLE.size()));
        lastField = next;
        editText.set(next.text(board.selectedRowProperty().get().line()));
        editing.set(next);
        return true;
    }

    /** Stores the edited value and closes the editor; returns null, or the reason it was refused (the editor stays). */
    public String commitEdit() {
        if (editing.get() == null) {
            return null;
        }
        if (!storeIfChanged()) {
            return editProblem.get();
        }
        editing.set(null);
        return null;
    }

    private boolean storeIfChanged() {
        PlanField f = editing.get();
        BoardRow sel = board.selectedRowProperty().get();
        if (sel == null) {
            editing.set(null);
            return false;
        }
        if (editText.get() != null && editText.get().trim().equals(f.text(sel.line()))) {
            editProblem.set("");
            return true;
        }
        String reason = board.edit(sel.line().id(), f, editText.get());
        editProblem.set(reason == null ? "" : f.header() + ": " + reason);
        return reason == null;
    }

    /** Closes the editor without storing; a refused value's reason goes with it. */
    public void cancelEdit() {
        if (!editProblem.get().isEmpty()) {
            board.problemProperty().set("");
        }
        editProblem.set("");
        editing.set(null);
    }

    /** F1: the key hints on and off (they cost a line or two at a large zoom). */
    public void toggleKeys() {
        keysShown.set(!keysShown.get());
    }

    /** Size and tier: Up / Down step through the choices (XS…XL, small…frontier). */
    public void cycleChoice(int direction) {
        PlanField f = editing.get();
        BoardRow sel = board.selectedRowProperty().get();
        if (f == null || sel == null) {
            return;
        }
        if (f == PlanField.SIZE) {
            Size now = parseOr(() -> Size.parse(editText.get()), sel.line().size());
            Size[] all = Size.values();
            editText.set(all[Math.max(0, Math.min(all.length - 1, now.ordinal() + direction))].name());
        } else if (f == PlanField.TIER) {
            Tier now = parseOr(() -> Tier.parse(editText.get()), sel.line().tier());
            Tier[] all = Tier.values();
            editText.set(all[Math.max(0, Math.min(all.length - 1, now.ordinal() + direction))].label());
        }
    }

    private static <T> T parseOr(java.util.function.Supplier<T> parse, T fallback) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** What the editor says about the field being edited, e.g. "XS S M L XL · ↑↓ to step". */
    public String editHint() {
        PlanField f = editing.get();
        if (f == null) {
            return "";
        }
        return switch (f) {
            case VALUE, WILLINGNESS -> "amount, e.g. 120000 or $120,000";
            case SIZE -> "XS · S · M · L · XL (↑ ↓ step)";
            case TIER -> "small · mid · frontier (↑ ↓ step)";
            default -> "";
        };
    }

    // Privacy //

    public void reveal() {
        revealed.set(true);
    }

    public void hide() {
        revealed.set(false);
    }

    public void toggleReveal() {
        revealed.set(!revealed.get());
    }

    public String badgeText() {
        return revealed.get() ? "Revealed" : "Private";
    }

    /** The always-visible note on what is hidden (aggregates only) or shown. */
    public String privacyNote() {
        if (revealed.get()) {
            return "Shown to the room: labour rates, negotiated prices, people's names · Ctrl+Shift+R hides them";
        }
        BoardRow sel = board.selectedRowProperty().get();
        String count = "";
        if (sel != null) {
            int n = people.getOrDefault(sel.line().epicKey(), List.of()).size();
            count = " · " + sel.line().epicKey() + ": " + (n == 1 ? "1 person" : n + " people") + " in billing";
        }
        return "Hidden: labour rates, negotiated prices, people's names (labour only as a total)" + count;
    }

    /** The selected line's labour and token prices; empty while private. */
    public List<Detail> lineDetails() {
        BoardRow r = board.selectedRowProperty().get();
        Pricing p = board.pricing();
        if (!revealed.get() || r == null || p == null) {
            return List.of();
        }
        String cur = currency();
        PlanLine l = r.line();
        BigDecimal hours = l.labourHours().add(l.reviewHours());
        String role = l.role() != null && p.labourRates().containsKey(l.role()) ? l.role() : LabourRate.BLENDED;
        role = "(" + role + ")";
        List<Detail> d = new ArrayList<>();
        d.add(new Detail("Labour", Format.hours(hours) + " × " + Format.perHour(r.cost().labourRate(), cur) + " " + role
                + " = " + Format.money(r.cost().labour(), cur)));
        TierPricing tp = p.tiers().get(l.tier());
        d.add(new Detail("Token price", Format.exact(r.cost().blendedPrice(), cur) + "/M negotiated"
                + (tp == null ? "" : ", book " + Format.exact(tp.blendedBook(), cur) + "/M") + " (" + l.tier().label() + ")"));
        d.add(new Detail("Tokens", Format.tokens(r.cost().tokensP50()) + " at P50 = " + Format.money(r.cost().t50(), cur)));
        return d;
    }

    /** Labour rates in force at the sprint's start, blended first; empty while private. */
    public List<Detail> labourRates() {
        Pricing p = board.pricing();
        if (!revealed.get() || p == null) {
            return List.of();
        }
        return p.labourRates().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> !e.getKey().equals(LabourRate.BLENDED))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Detail(e.getKey(), Format.perHour(e.getValue(), currency()))).toList();
    }

    /** Each tier's model with its effective (negotiated) and book prices per million tokens; empty while private. */
    public List<PriceRow> tierPrices() {
        Pricing p = board.pricing();
        if (!revealed.get() || p == null) {
            return List.of();
        }
        List<PriceRow> out = new ArrayList<>();
        for (Tier t : Tier.values()) {
            TierPricing tp = p.tiers().get(t);
            if (tp != null) {
                out.add(new PriceRow(t.label(), tp.model().displayName(), prices(tp.price().effective()),
                        prices(tp.price().book())));
            }
        }
        return out;
    }

    private List<String> prices(TokenPrices tp) {
        String c = currency();
        return List.of(Format.exact(tp.input(), c), Format.exact(tp.output(), c), Format.exact(tp.cacheRead(), c),
                Format.exact(tp.cacheWrite(), c));
    }

    public String pricesHeading() {
        Pricing p = board.pricing();
        return p == null ? "" : "Rate card on " + p.asOf().format(DAY);
    }

    /** Heading of the people list (revealed) for the selected epic. */
    public String peopleHeading() {
        BoardRow r = board.selectedRowProperty().get();
        return r == null ? "People" : "People on " + r.line().epicKey() + " (billing users, A–Z)";
    }

    /** People who used AI on the selected epic, alphabetically, never with amounts; empty while private. */
    public List<String> people() {
        BoardRow r = board.selectedRowProperty().get();
        if (!revealed.get() || r == null) {
            return List.of();
        }
        return people.getOrDefault(r.line().epicKey(), List.of());
    }

    // Zoom //

    public void zoomIn() {
        step(1);
    }

    public void zoomOut() {
        step(-1);
    }

    public void resetZoom() {
        setScale(DEFAULT_SCALE);
    }

    private void step(int direction) {
        int i = SCALES.indexOf(nearestScale(scale.get()));
        setScale(SCALES.get(Math.max(0, Math.min(SCALES.size() - 1, i + direction))));
    }

    private void setScale(int percent) {
        scaleChosen = true;
        if (percent == scale.get()) {
            return;
        }
        if ((percent > KEYS_UP_TO) != (scale.get() > KEYS_UP_TO)) {
            keysShown.set(percent <= KEYS_UP_TO);
        }
        scale.set(percent);
        tasks.run("Remembering the presenter zoom", () -> {
            store.settings().put(SCALE_KEY, Integer.toString(percent));
            return null;
        }, ok -> { }, e -> { });
    }

    static int nearestScale(int percent) {
        return SCALES.stream().min(Comparator.comparingInt(s -> Math.abs(s - percent))).orElse(DEFAULT_SCALE);
    }

    /** The style class carrying the zoom's font size, e.g. {@code scale-125}. */
    public String scaleStyleClass() {
        return "scale-" + scale.get();
    }

    public String scaleText() {
        return scale.get() + "%";
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

    // Cell texts: every signal has a word (and an icon), never colour alone //

    public static String fitText(Fit f) {
        return switch (f) {
            case GREEN -> "✔ green";
            case AMBER -> "◐ amber";
            case RED -> "✖ red";
        };
    }

    public static String flagsText(BoardRow r) {
        List<String> words = new ArrayList<>();
        for (Flag f : Flag.values()) {
            if (r.cost().has(f)) {
                words.add(f.label());
            }
        }
        return words.isEmpty() ? "" : "⚑ " + String.join(", ", words);
    }

    public static String fundedText(BoardRow r) {
        return r.line().funded() ? "☑ yes" : "☐ no";
    }

    public static String rankText(BoardRow r) {
        FundLineEntry f = r.fund();
        return f == null ? "" : "#" + f.rank();
    }

    public static boolean belowFundLine(BoardRow r) {
        return r.fund() != null && !r.fund().withinBudget();
    }

    public static String aiText(BoardRow r) {
        return r.line().size().name() + " · " + r.line().tier().label();
    }

    public String money(BigDecimal v) {
        return Format.money(v, currency());
    }

    // Properties //

    public SortedList<BoardRow> rows() { return rows; }
    public BoardViewModel board() { return board; }
    public BooleanProperty activeProperty() { return active; }
    public BooleanProperty revealedProperty() { return revealed; }
    public IntegerProperty scaleProperty() { return scale; }
    public ObjectProperty<PlanField> editingProperty() { return editing; }
    public StringProperty editTextProperty() { return editText; }
    public StringProperty editProblemProperty() { return editProblem; }
    public BooleanProperty keysShownProperty() { return keysShown; }
    /** Increases whenever a derived text (privacy, details, totals) may have changed. */
    public ReadOnlyIntegerProperty changesProperty() { return changes.getReadOnlyProperty(); }
}
