package app.envelope.ui.actuals;

import app.envelope.billing.attribution.AttributionRule;
import app.envelope.billing.attribution.EpicKeyOption;
import app.envelope.billing.attribution.RuleOperator;
import app.envelope.domain.Epic;
import app.envelope.service.ActualsService;
import app.envelope.service.RulesState;
import app.envelope.ui.BackgroundTasks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The attribution rules editor: an ordered list of rules (first match wins), each validated as it
 * is edited, and the option to attribute by an epic key found in a repository, project, workspace
 * or API key name. "Apply" stores them and re-attributes every stored line in the background.
 */
public final class RulesViewModel {
    /** The fields every line may have; {@code tag:<key>} fields are added from the tags seen on stored lines. */
    public static final List<String> FIELDS = List.of("repository", "project", "workspace", "apiKeyName", "costCenter",
            "vendor", "product", "sku", "model");

    private final ActualsService service;
    private final BackgroundTasks tasks;
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList(
            r -> new Observable[] {r.problemProperty(), r.fieldProperty(), r.operatorProperty(), r.valueProperty(),
                r.epicProperty()});
    private final ObservableList<String> fieldChoices = FXCollections.observableArrayList(FIELDS);
    private final ObservableList<String> epicChoices = FXCollections.observableArrayList();
    private final ObjectProperty<EpicKeyOption> option = new SimpleObjectProperty<>(EpicKeyOption.AFTER_RULES);
    private final ObjectProperty<RuleRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding allValid;
    private final Set<String> epicKeys = new HashSet<>();
    private Runnable onApplied = () -> { };
    private boolean loading;

    public RulesViewModel(ActualsService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
        allValid = Bindings.createBooleanBinding(() -> rules.stream().allMatch(RuleRow::valid), rules);
        rules.addListener((javafx.collections.ListChangeListener<RuleRow>) c -> markDirty());
        option.addListener(o -> markDirty());
    }

    /** Called after rules were applied (the Actuals screen refreshes its spend then). */
    public void setOnApplied(Runnable onApplied) {
        this.onApplied = onApplied;
    }

    private void markDirty() {
        if (!loading) {
            dirty.set(true);
        }
    }

    public void load() {
        busy.set(true);
        tasks.run("Loading attribution rules", service::rules, this::show, this::failed);
    }

    /**
     * Re-reads the epics and tag keys the editor offers (after the plan gained an epic) and re-checks
     * the rules, keeping unapplied edits.
     */
    public void refreshChoices() {
        tasks.run("Loading epics for the rules", service::rules, s -> {
            showChoices(s);
            rules.forEach(RuleRow::validate);
        }, this::failed);
    }

    /** The epics a rule may name and the fields it may look at (the line's own, then the tags seen on lines). */
    private void showChoices(RulesState s) {
        epicKeys.clear();
        s.epics().forEach(e -> epicKeys.add(e.key()));
        epicChoices.setAll(s.epics().stream().map(Epic::key).toList());
        List<String> fields = new ArrayList<>(FIELDS);
        s.tagKeys().forEach(k -> fields.add("tag:" + k));
        fieldChoices.setAll(fields);
    }

    private void show(RulesState s) {
        loading = true;
        try {
            showChoices(s);
            List<RuleRow> rows = new ArrayList<>();
            for (AttributionRule r : s.rules()) {
                rows.add(row(r.field(), r.operator(), r.value(), r.epicKey()));
            }
            rules.setAll(rows);
            option.set(s.option());
            selected.set(rows.isEmpty() ? null : rows.get(0));
            dirty.set(false);
            busy.set(false);
            problem.set("");
        } finally {
            loading = false;
        }
    }

    private RuleRow row(String field, RuleOperator op, String value, String epic) {
        return new RuleRow(field, op, value, epic, () -> epicKeys);
    }

    /** Adds an empty rule after the selected one (or at the end) and selects it. */
    public RuleRow add() {
        RuleRow r = row("repository", RuleOperator.GLOB, "", "");
        int at = selected.get() == null ? rules.size() : rules.indexOf(selected.get()) + 1;
        rules.add(at, r);
        selected.set(r);
        return r;
    }

    public void remove(RuleRow r) {
        int i = rules.indexOf(r);
        if (i < 0) {
            return;
        }
        rules.remove(i);
        selected.set(rules.isEmpty() ? null : rules.get(Math.min(i, rules.size() - 1)));
    }

    /** Moves a rule one place earlier (it is then tried before the one it passed). */
    public void moveUp(RuleRow r) {
        move(r, -1);
    }

    public void moveDown(RuleRow r) {
        move(r, 1);
    }

    private void move(RuleRow r, int by) {
        int i = rules.indexOf(r);
        int j = i + by;
        if (i < 0 || j < 0 || j >= rules.size()) {
            return;
        }
        rules.remove(i);
        rules.add(j, r);
        selected.set(r);
    }

    /** Stores the rules and option and re-attributes every stored line; reports how many lines changed epic. */
    public void apply() {
        if (!allValid.get()) {
            problem.set("Fix the rules marked in red first: " + rules.stream().filter(r -> !r.valid())
                    .map(r -> "rule " + (rules.indexOf(r) + 1) + ": " + r.problemProperty().get()).findFirst().orElse(""));
            return;
        }
        List<AttributionRule> list = rules.stream().map(RuleRow::toRule).toList();
        EpicKeyOption opt = option.get();
        busy.set(true);
        problem.set("");
        status.set("Re-attributing stored lines…");
        tasks.run("Re-attributing billing lines", () -> service.changeRules(list, opt), changed -> {
            busy.set(false);
            dirty.set(false);
            status.set("Applied " + list.size() + (list.size() == 1 ? " rule" : " rules") + ": "
                    + Figures.lines(changed) + " changed epic");
            onApplied.run();
        }, this::failed);
    }

    /** Throws away unapplied edits. */
    public void revert() {
        load();
    }

    private void failed(Throwable t) {
        busy.set(false);
        status.set("");
        problem.set(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    public ObservableList<RuleRow> rules() {
        return rules;
    }

    public ObservableList<String> fieldChoices() {
        return fieldChoices;
    }

    public ObservableList<String> epicChoices() {
        return epicChoices;
    }

    public ObjectProperty<EpicKeyOption> optionProperty() {
        return option;
    }

    public ObjectProperty<RuleRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding allValidProperty() {
        return allValid;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** What the option means, for its chooser. */
    public static String describe(EpicKeyOption o) {
        return switch (o) {
            case OFF -> "Off: only the rules attribute";
            case BEFORE_RULES -> "Before the rules: an epic key in a repository, project, workspace or API key name wins";
            case AFTER_RULES -> "After the rules: an epic key in a name catches what the rules leave";
        };
    }
}
