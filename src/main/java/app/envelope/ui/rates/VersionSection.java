package app.envelope.ui.rates;

import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.domain.TokenType;
import app.envelope.domain.VersionCoverage;
import app.envelope.domain.Versioned;
import app.envelope.store.RateCardRepository;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One dated part of the rate card (model prices, tier models, token mixes, size envelopes, effort
 * multipliers, labour rates, FX rates, tooling): its version history and a form that enters a new
 * version from a date. A version of an existing key and date replaces that one version (and says
 * so); every other version is kept. Nothing is stored while any field is refused.
 *
 * @param <V> the domain record of one version
 */
public abstract class VersionSection<V extends Versioned> {
    /** What {@link #check(boolean)} found. */
    public enum Outcome { VALID, INVALID, CONFIRM }

    private final String id;
    private final String title;
    private final String help;
    private final VersionTable<V> table;
    protected final FormField key;
    protected final FormField validFrom;
    private final List<FormField> fields = new ArrayList<>();
    private final ObservableList<VersionRow> rows = FXCollections.observableArrayList();
    private final StringProperty impact = new SimpleStringProperty("");
    private final BooleanProperty impactWarning = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final boolean offersKeyFilter;
    private final BooleanProperty onlyChosenKey = new SimpleBooleanProperty(false);
    protected RateCard card;
    private List<Sprint> sprints = List.of();
    private Sprint currentSprint;
    private LocalDate defaultDate = LocalDate.now();
    private V checked;
    private boolean filling;

    /**
     * @param key         the field naming what a version is of (a model, a tier, a role...)
     * @param filterByKey whether the history can be narrowed to the key in the form
     */
    protected VersionSection(String id, String title, String help, FormField key, boolean filterByKey,
                             VersionTable<V> table) {
        this.id = id;
        this.title = title;
        this.help = help;
        this.table = table;
        this.key = key;
        this.offersKeyFilter = filterByKey;
        onlyChosenKey.addListener((o, a, b) -> refreshRows());
        this.validFrom = FormField.date("validFrom", "Valid from", 0, 1);
        fields.add(key);
        fields.add(validFrom);
        key.textProperty().addListener((o, a, k) -> {
            if (!filling) {
                prefill(false);
                refreshRows();
            }
            refreshImpact();
        });
        validFrom.textProperty().addListener((o, a, d) -> refreshImpact());
    }

    protected final FormField add(FormField f) {
        fields.add(f);
        if (f.kind() != FormField.Kind.CHOICE) {
            f.textProperty().addListener((o, a, b) -> f.errorProperty().set(""));
        }
        return f;
    }

    // What each section defines //

    /**
     * The figures of a version for {@link #columns()}; {@code pricedOn} is the start of the current
     * sprint when the version prices it, else of the last sprint it prices, else its own date.
     */
    protected abstract List<String> cells(V version, LocalDate pricedOn);

    /** The key's choices from the card (models, tiers...); by default the keys of the versions on the card, as hints. */
    protected List<String> keyChoices(RateCard card) {
        return versions(card).stream().map(this::keyText).distinct().toList();
    }

    /** The version key (as stored) for the key as typed or chosen, or null when it is not a key. */
    protected abstract String versionKey(String keyText);

    /** The key as shown for a version. */
    protected abstract String keyText(V version);

    /** Fills the form (except key and date) from an existing version. */
    protected abstract void fill(V version);

    /** Reads the form into a version; the first refused field throws. */
    protected abstract V parse() throws Invalid;

    /** Cross-field and cross-card checks after parsing (e.g. a tier's model must have a price). */
    protected void validate(V version) throws Invalid {
    }

    protected abstract void save(RateCardRepository repository, V version);

    /** A short phrase for the status line, e.g. "the claude-sonnet-4-5 price". */
    protected abstract String describe(V version);

    /** A free-typed key (a role, a tooling item) as stored: trimmed, or null when empty. */
    protected static String trimmedKey(String keyText) {
        String k = keyText == null ? "" : keyText.trim();
        return k.isEmpty() ? null : k;
    }

    /** A token kind as part of a field id: "cache-read". */
    protected static String idOf(TokenType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private List<V> versions(RateCard from) {
        return table.versions().apply(from);
    }

    // State //

    /** Called with a fresh rate card and the sprints; keeps what the user typed unless the key changed. */
    void load(RateCard card, List<Sprint> sprints, Sprint currentSprint, LocalDate defaultDate) {
        boolean first = this.card == null;
        this.card = card;
        this.sprints = List.copyOf(sprints);
        this.currentSprint = currentSprint;
        this.defaultDate = defaultDate;
        List<String> choices = keyChoices(card);
        if (key.kind() != FormField.Kind.TEXT && !key.choices().equals(choices)) {
            String keep = key.text();
            filling = true;
            key.choices().setAll(choices);
            key.set(keep);
            filling = false;
        }
        if (first) {
            if (key.text().isEmpty() && !choices.isEmpty()) {
                key.set(choices.get(0));
            } else {
                prefill(true);
            }
        }
        refreshRows();
        refreshImpact();
    }

    /** Starts a new version of the key shown in a history row (used when a row is picked). */
    public void startFrom(VersionRow row) {
        key.set(row.key());
        prefill(false);
    }

    /** Clears the form back to the latest version of the current key, dated the default date. */
    public void reset() {
        prefill(true);
    }

    /** Fills the form from the key's latest version; the date is set to the default when asked or empty. */
    private void prefill(boolean resetDate) {
        fields.forEach(f -> f.errorProperty().set(""));
        problem.set("");
        if (resetDate || validFrom.text().isEmpty()) {
            validFrom.set(defaultDate.toString());
        }
        latest(versionKey(key.text())).ifPresent(v -> {
            filling = true;
            fill(v);
            filling = false;
        });
        fields.forEach(f -> f.errorProperty().set(""));
    }

    private Optional<V> latest(String versionKey) {
        if (card == null || versionKey == null) {
            return Optional.empty();
        }
        return versions(card).stream().filter(v -> v.versionKey().equals(versionKey))
                .max(Comparator.comparing(Versioned::validFrom));
    }

    private void refreshRows() {
        if (card == null) {
            return;
        }
        String only = onlyChosenKey.get() ? versionKey(key.text()) : null;
        List<V> all = versions(card);
        List<VersionRow> list = new ArrayList<>();
        all.stream().filter(v -> only == null || v.versionKey().equals(only))
                .sorted(Comparator.comparing((V v) -> keyOrder(v)).thenComparing(Versioned::validFrom,
                        Comparator.reverseOrder()))
                .forEach(v -> list.add(VersionRow.of(all, v, keyText(v), sprints, currentSprint, on -> cells(v, on))));
        rows.setAll(list);
    }

    /** Sort position of a version's key: the order of the key choices, else alphabetical. */
    private String keyOrder(V v) {
        int i = key.choices().indexOf(keyText(v));
        return i >= 0 ? String.format("%04d", i) : "9999" + keyText(v);
    }

    private void refreshImpact() {
        String k = versionKey(key.text());
        LocalDate from;
        try {
            from = LocalDate.parse(validFrom.text());
        } catch (DateTimeParseException e) {
            from = null;
        }
        VersionImpact i = from == null || card == null || k == null ? VersionImpact.NONE
                : VersionImpact.of(versions(card), k, from, sprints);
        impact.set(i.text());
        impactWarning.set(i.warning());
    }

    /**
     * Validates the form. INVALID marks the refused field (its reason next to it); CONFIRM means the
     * version would re-price a closed sprint and {@code repriceClosedConfirmed} was false (the
     * question is in {@link #problemProperty()}); VALID leaves the version for {@link #checked()}.
     */
    public Outcome check(boolean repriceClosedConfirmed) {
        fields.forEach(f -> f.errorProperty().set(""));
        problem.set("");
        checked = null;
        V v;
        try {
            v = parse();
            validate(v);
        } catch (Invalid e) {
            e.field().errorProperty().set(e.getMessage());
            problem.set(e.field().label() + ": " + e.getMessage() + ". Nothing was stored.");
            return Outcome.INVALID;
        }
        String question = VersionImpact.repriceQuestion(versions(card), v, sprints);
        if (question != null && !repriceClosedConfirmed) {
            problem.set(question);
            return Outcome.CONFIRM;
        }
        checked = v;
        return Outcome.VALID;
    }

    /** The version the last successful {@link #check(boolean)} read. */
    V checked() {
        return checked;
    }

    boolean replaces(V v) {
        return versions(card).stream().anyMatch(x -> x.versionKey().equals(v.versionKey())
                && x.validFrom().equals(v.validFrom()));
    }

    String coverage(RateCard after, V v) {
        return VersionCoverage.of(versions(after), v.versionKey(), v.validFrom(), sprints).describe();
    }

    // Accessors //

    public String id() { return id; }
    /** The columns after Key and Valid from. */
    public List<VersionTable.Column> columns() { return table.columns(); }
    /** Preferred width of the key column. */
    public double keyWidth() { return table.keyWidth(); }
    public String title() { return title; }
    public String help() { return help; }
    public FormField keyField() { return key; }
    public FormField validFromField() { return validFrom; }
    public List<FormField> fields() { return List.copyOf(fields); }
    public ObservableList<VersionRow> rows() { return rows; }
    public StringProperty impactProperty() { return impact; }
    public BooleanProperty impactWarningProperty() { return impactWarning; }
    public StringProperty problemProperty() { return problem; }
    public String keyHeader() { return key.label(); }
    /** Whether the history can be narrowed to the key in the form (model prices). */
    public boolean offersKeyFilter() { return offersKeyFilter; }
    public BooleanProperty onlyChosenKeyProperty() { return onlyChosenKey; }
    public FormField field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + fieldId + " in " + id));
    }
    protected List<Sprint> sprints() { return sprints; }
}
