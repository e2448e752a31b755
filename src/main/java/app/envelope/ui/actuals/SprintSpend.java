package app.envelope.ui.actuals;

import app.envelope.domain.Sprint;
import app.envelope.service.ActualsService;
import app.envelope.service.SprintActuals;
import app.envelope.ui.BackgroundTasks;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A sprint's stored actuals as the sprint panel shows them: the total charged in its dates, what is
 * attributed (by epic) and what matched no rule (with the largest sources), and what is stored
 * outside every sprint. Reads them again when another sprint is chosen or the screen stored or
 * deleted something; the reading runs through {@link BackgroundTasks}. Knows no controls.
 */
public final class SprintSpend {
    private final ActualsService service;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> failed;
    private final ObservableList<Sprint> sprints = FXCollections.observableArrayList();
    private final ObjectProperty<Sprint> selected = new SimpleObjectProperty<>();
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty attributed = new SimpleStringProperty("");
    private final StringProperty unattributed = new SimpleStringProperty("");
    private final StringProperty outside = new SimpleStringProperty("");
    private final ObservableList<SpendRow> byEpic = FXCollections.observableArrayList();
    private final ObservableList<SpendRow> sources = FXCollections.observableArrayList();
    private final StringProperty moreSources = new SimpleStringProperty("");
    private boolean loaded;

    SprintSpend(ActualsService service, BackgroundTasks tasks, Consumer<Throwable> failed) {
        this.service = service;
        this.tasks = tasks;
        this.failed = failed;
        selected.addListener((o, a, s) -> {
            if (s != null && loaded) {
                load(s);
            }
        });
    }

    /** A sprint in a chooser: its name and dates. */
    public static String describe(Sprint s) {
        return s == null ? "" : s.name() + "  (" + s.start() + " – " + s.end() + ")";
    }

    /** The sprints to choose from and the one chosen first; from now on choosing one reads its actuals. */
    void start(List<Sprint> all, Sprint chosen) {
        sprints.setAll(all);
        loaded = true;
        selected.set(chosen);
        if (chosen != null) {
            load(chosen);
        }
    }

    /** Reads the chosen sprint's actuals again (something was stored, deleted or re-attributed). */
    void reload() {
        if (selected.get() != null) {
            load(selected.get());
        }
    }

    private void load(Sprint s) {
        tasks.run("Loading actuals of " + s.name(), () -> service.sprintActuals(s), this::show, failed);
    }

    /** Shows a sprint's actuals, unless another sprint was chosen meanwhile. */
    void show(SprintActuals a) {
        if (selected.get() == null || selected.get().id() != a.sprint().id()) {
            return;
        }
        String pc = a.currency();
        BigDecimal whole = a.total();
        BigDecimal unattributedSpend = SpendTexts.nz(a.unattributed().effective());
        total.set(Figures.money(whole, pc));
        attributed.set(Figures.money(whole.subtract(unattributedSpend), pc) + " · " + a.byEpic().size()
                + (a.byEpic().size() == 1 ? " epic" : " epics"));
        unattributed.set(Figures.money(unattributedSpend, pc)
                + (whole.signum() == 0 ? "" : " · " + Figures.share(a.unattributed().effective(), whole)));
        outside.set(a.batches() == 0 ? "Nothing imported yet" : SpendTexts.outside(a.outsideAnySprint(), pc, "stored"));
        byEpic.setAll(a.byEpic().stream().map(g -> SpendRow.of(g, a.epicTitles(), pc, whole)).toList());
        sources.setAll(SpendTexts.sources(a.unattributedSources(), pc, unattributedSpend));
        moreSources.set(SpendTexts.more(a.unattributedSources(), pc));
    }

    public ObservableList<Sprint> sprints() {
        return sprints;
    }

    public ObjectProperty<Sprint> selectedProperty() {
        return selected;
    }

    public StringProperty totalProperty() {
        return total;
    }

    public StringProperty attributedProperty() {
        return attributed;
    }

    public StringProperty unattributedProperty() {
        return unattributed;
    }

    public StringProperty outsideProperty() {
        return outside;
    }

    public ObservableList<SpendRow> byEpic() {
        return byEpic;
    }

    public ObservableList<SpendRow> sources() {
        return sources;
    }

    public StringProperty moreSourcesProperty() {
        return moreSources;
    }
}
