package app.envelope.ui.actuals;

import app.envelope.service.BatchSummary;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.SpendGroup;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A stored batch as the result panel shows it: its file and format, rows read, stored and
 * rejected, its totals (file currency), the FX rates it was converted at and, in the portfolio
 * currency, its spend by epic, what matched no rule with the largest sources, and what was charged
 * outside any sprint. Knows no controls.
 */
public final class BatchResult {
    private final ObjectProperty<BatchSummary> batch = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty rowsRead = new SimpleStringProperty("");
    private final StringProperty rowsImported = new SimpleStringProperty("");
    private final StringProperty rowsRejected = new SimpleStringProperty("");
    private final StringProperty totalList = new SimpleStringProperty("");
    private final StringProperty totalEffective = new SimpleStringProperty("");
    private final StringProperty totalBilled = new SimpleStringProperty("");
    private final StringProperty exactTotals = new SimpleStringProperty("");
    private final StringProperty fxText = new SimpleStringProperty("");
    private final StringProperty speedText = new SimpleStringProperty("");
    private final ObservableList<SpendRow> byEpic = FXCollections.observableArrayList();
    private final StringProperty unattributed = new SimpleStringProperty("");
    private final ObservableList<SpendRow> unattributedSources = FXCollections.observableArrayList();
    private final StringProperty moreSources = new SimpleStringProperty("");
    private final StringProperty outsideSprints = new SimpleStringProperty("");

    /** Shows a batch, headed {@code what} ("Imported", "Batch", "Latest import"). */
    void show(BatchSummary s, String what) {
        batch.set(s);
        Batch b = s.batch();
        String cur = b.currency();
        String pc = s.portfolioCurrency();
        title.set(what + ": " + b.fileName() + " · batch #" + b.id() + " · " + b.formatName());
        rowsRead.set(Figures.count(b.rowsRead()));
        rowsImported.set(Figures.count(b.rowsImported()));
        rowsRejected.set(Figures.count(b.rowsRejected()));
        totalList.set(Figures.column(b.totalList(), cur));
        totalEffective.set(Figures.column(b.totalEffective(), cur));
        totalBilled.set(Figures.column(b.totalBilled(), cur));
        exactTotals.set(SpendTexts.exact(b.totalList(), b.totalEffective(), b.totalBilled(), cur));
        fxText.set(s.fx().isEmpty() ? "No conversion: every line is in " + pc + ", the portfolio currency"
                : "Converted into " + pc + " at " + s.fx().stream().map(f -> f.text() + " (" + Figures.lines(f.lines()) + ")")
                        .collect(Collectors.joining("; ")));
        BigDecimal whole = s.byEpic().stream().map(SpendGroup::effective).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(SpendTexts.nz(s.unattributed().effective()));
        byEpic.setAll(s.byEpic().stream().map(g -> SpendRow.of(g, s.epicTitles(), pc, whole)).toList());
        unattributed.set(SpendTexts.unattributed(s.unattributed(), whole, pc));
        unattributedSources.setAll(SpendTexts.sources(s.unattributedSources(), pc, SpendTexts.nz(s.unattributed().effective())));
        moreSources.set(SpendTexts.more(s.unattributedSources(), pc));
        outsideSprints.set(SpendTexts.outside(s.outsideSprints(), pc, "of this file"));
    }

    /** The batch shown, or null. */
    public ObjectProperty<BatchSummary> batchProperty() {
        return batch;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty rowsReadProperty() {
        return rowsRead;
    }

    public StringProperty rowsImportedProperty() {
        return rowsImported;
    }

    public StringProperty rowsRejectedProperty() {
        return rowsRejected;
    }

    public StringProperty totalListProperty() {
        return totalList;
    }

    public StringProperty totalEffectiveProperty() {
        return totalEffective;
    }

    public StringProperty totalBilledProperty() {
        return totalBilled;
    }

    public StringProperty exactTotalsProperty() {
        return exactTotals;
    }

    public StringProperty fxTextProperty() {
        return fxText;
    }

    /** How fast the last import read and stored; empty for a batch not just imported. */
    public StringProperty speedTextProperty() {
        return speedText;
    }

    public ObservableList<SpendRow> byEpic() {
        return byEpic;
    }

    public StringProperty unattributedProperty() {
        return unattributed;
    }

    public ObservableList<SpendRow> unattributedSources() {
        return unattributedSources;
    }

    public StringProperty moreSourcesProperty() {
        return moreSources;
    }

    public StringProperty outsideSprintsProperty() {
        return outsideSprints;
    }
}
