package app.envelope.ui.actuals;

import app.envelope.billing.Preview;
import app.envelope.billing.ReadResult;
import app.envelope.billing.RejectedRow;
import app.envelope.service.FileScan;
import app.envelope.service.FxUsed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A billing file looked at before anything is stored: its first rows in canonical form and the
 * rows refused among them; then, once the whole file is read, its counts, totals and currency, the
 * FX it would be converted at, how much falls outside every sprint, and why it cannot be imported
 * (already imported, an FX rate missing, no good row). Knows no controls.
 */
public final class FilePreview {
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> rejected = FXCollections.observableArrayList();
    private final BooleanProperty scanning = new SimpleBooleanProperty(false);
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty list = new SimpleStringProperty("");
    private final StringProperty effective = new SimpleStringProperty("");
    private final StringProperty billed = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty exactTotals = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final BooleanProperty canImport = new SimpleBooleanProperty(false);

    void clear() {
        rows.clear();
        rejected.clear();
        counts.set("");
        list.set("");
        effective.set("");
        billed.set("");
        currency.set("");
        exactTotals.set("");
        notes.set("");
        warning.set("");
        canImport.set(false);
    }

    /** The first rows, and the reasons of those refused. */
    void show(Preview p) {
        rows.setAll(p.lines().stream().map(PreviewRow::of).toList());
        rejected.setAll(p.rejected().stream().map(RejectedRow::message).toList());
    }

    /** The whole file's read: figures, notes and what stands in the way of an import (nothing: it can be imported). */
    void scanned(FileScan s) {
        ReadResult r = s.read();
        String cur = r.currency();
        counts.set(Figures.count(r.rowsRead()) + " read · " + Figures.count(r.rowsImported()) + " to import · "
                + Figures.count(r.rejectedCount()) + " rejected" + (r.rowsSkipped() > 0 ? " · "
                + Figures.count(r.rowsSkipped()) + " without cost data" : ""));
        list.set(Figures.column(r.listTotal(), cur));
        effective.set(Figures.column(r.effectiveTotal(), cur));
        billed.set(Figures.column(r.billedTotal(), cur));
        currency.set(cur == null ? "—" : cur);
        exactTotals.set(SpendTexts.exact(r.listTotal(), r.effectiveTotal(), r.billedTotal(), cur));
        List<String> notesShown = new ArrayList<>();
        if (!s.fx().isEmpty()) {
            notesShown.add("FX: " + s.fx().stream().map(FxUsed::text).collect(Collectors.joining("; ")));
        } else if (cur != null && !cur.equals(ReadResult.MIXED)) {
            notesShown.add("No conversion: the file is in " + cur + ", the portfolio currency is " + s.portfolioCurrency());
        }
        notesShown.add(s.outsideSprints() == 0 ? "Every line falls in a sprint"
                : Figures.lines(s.outsideSprints()) + " outside any sprint (kept and shown, never dropped)");
        notes.set(String.join("\n", notesShown));
        List<String> warnings = new ArrayList<>();
        s.importedBefore().ifPresent(b -> warnings.add("This file was already imported as batch #" + b.id() + " ("
                + b.fileName() + "); delete that batch to import it again"));
        s.missingFx().forEach((c, d) -> warnings.add("No FX rate for " + c + " on " + d + " on the rate card; add one "
                + "to import this file"));
        if (r.rowsImported() == 0) {
            warnings.add("No row can be imported");
        }
        warning.set(String.join("\n", warnings));
        canImport.set(warnings.isEmpty());
    }

    /** The file cannot be imported, for this reason. */
    void refuse(String reason) {
        warning.set(reason);
        canImport.set(false);
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    /** The reasons of the first rows refused. */
    public ObservableList<String> rejected() {
        return rejected;
    }

    /** True while the whole file is read for its totals. */
    public BooleanProperty scanningProperty() {
        return scanning;
    }

    /** Rows read, to import, rejected and without cost data. */
    public StringProperty countsProperty() {
        return counts;
    }

    public StringProperty listProperty() {
        return list;
    }

    public StringProperty effectiveProperty() {
        return effective;
    }

    public StringProperty billedProperty() {
        return billed;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty exactTotalsProperty() {
        return exactTotals;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public BooleanProperty canImportProperty() {
        return canImport;
    }
}
