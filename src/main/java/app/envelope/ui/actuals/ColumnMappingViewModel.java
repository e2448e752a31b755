package app.envelope.ui.actuals;

import app.envelope.billing.Preview;
import app.envelope.billing.RejectedRow;
import app.envelope.billing.TableSample;
import app.envelope.billing.mapping.CanonicalField;
import app.envelope.billing.mapping.ColumnMapping;
import app.envelope.billing.parse.DecimalStyle;
import app.envelope.service.ActualsService;
import app.envelope.ui.BackgroundTasks;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The column-mapping dialog for a file no built-in format reads: for each canonical field the
 * user picks a column of the file's header (date, effective cost, vendor and currency are needed;
 * vendor and currency may instead be one fixed value), says how dates and decimals are written,
 * sees the first rows read through the mapping with each rejected row's reason, and saves the
 * mapping by name. The same header is recognised by every later import.
 */
public final class ColumnMappingViewModel {
    /** The "no column" choice. */
    public static final String NONE = "(none)";
    /** Date-format hints offered; the first means "the usual spellings" (ISO dates and timestamps). */
    public static final List<String> DATE_FORMATS = List.of("automatic (ISO, e.g. 2026-11-03)", "dd.MM.yyyy", "dd/MM/yyyy",
            "MM/dd/yyyy", "d.M.yyyy", "yyyy/MM/dd", "dd-MM-yyyy");

    private final ActualsService service;
    private final BackgroundTasks tasks;
    private final Path file;
    private final TableSample sample;
    private final Consumer<ColumnMapping> onSaved;

    private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty datePattern = new SimpleStringProperty(DATE_FORMATS.get(0));
    private final ObjectProperty<DecimalStyle> decimalStyle = new SimpleObjectProperty<>();
    private final StringProperty fixedVendor = new SimpleStringProperty("");
    private final StringProperty fixedCurrency = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<PreviewRow> previewRows = FXCollections.observableArrayList();
    private final ObservableList<String> rowErrors = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty canSave = new SimpleBooleanProperty(false);
    private final BooleanProperty saved = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private long previewGeneration;
    private boolean filling;

    public ColumnMappingViewModel(ActualsService service, BackgroundTasks tasks, Path file, TableSample sample,
                                  Optional<ColumnMapping> existing, Consumer<ColumnMapping> onSaved) {
        this.service = service;
        this.tasks = tasks;
        this.file = file;
        this.sample = sample;
        this.onSaved = onSaved;
        columns.add(NONE);
        columns.addAll(sample.header());
        for (CanonicalField f : CanonicalField.values()) {
            fields.add(new FieldChoice(f, HeaderHints.label(f), f == CanonicalField.DATE || f == CanonicalField.EFFECTIVE_COST
                    || f == CanonicalField.VENDOR || f == CanonicalField.CURRENCY));
        }
        filling = true;
        if (existing.isPresent()) {
            fillFrom(existing.get());
        } else {
            guess();
            name.set(defaultName(file));
        }
        filling = false;
        for (FieldChoice c : fields) {
            c.columnProperty().addListener(o -> changed());
        }
        datePattern.addListener(o -> changed());
        decimalStyle.addListener(o -> changed());
        fixedVendor.addListener(o -> changed());
        fixedCurrency.addListener(o -> changed());
        name.addListener(o -> changed());
        changed();
    }

    /**
     * Reads the file's header and first rows, and the mapping saved for that header if any, in the
     * background; then hands the dialog's view model to {@code ready}.
     */
    static void open(ActualsService service, BackgroundTasks tasks, Path file, Consumer<ColumnMapping> onSaved,
                     Consumer<ColumnMappingViewModel> ready, Consumer<Throwable> failed) {
        tasks.run("Reading the header of " + file.getFileName(), () -> {
            TableSample sample = service.sample(file);
            return new Start(sample, service.savedMapping(sample.header()));
        }, start -> ready.accept(new ColumnMappingViewModel(service, tasks, file, start.sample(), start.existing(),
                onSaved)), failed);
    }

    private record Start(TableSample sample, Optional<ColumnMapping> existing) {
    }

    private static String defaultName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private void fillFrom(ColumnMapping m) {
        for (FieldChoice c : fields) {
            String header = m.columns().get(c.field());
            c.columnProperty().set(header == null ? NONE : actualHeader(header));
        }
        datePattern.set(m.datePattern() == null ? DATE_FORMATS.get(0) : m.datePattern());
        decimalStyle.set(m.decimalStyle());
        fixedVendor.set(m.vendor() == null ? "" : m.vendor());
        fixedCurrency.set(m.currency() == null ? "" : m.currency());
        name.set(m.name());
    }

    /** The file's own spelling of a header name. */
    private String actualHeader(String name) {
        return sample.header().stream().filter(h -> h.strip().equalsIgnoreCase(name.strip())).findFirst().orElse(name);
    }

    /** Pre-selects columns whose names say what they hold (the user checks and corrects). */
    private void guess() {
        HeaderHints.guess(sample.header()).forEach((f, col) -> field(f).columnProperty().set(col));
    }

    private void changed() {
        if (filling) {
            return;
        }
        saved.set(false);
        updateExamples();
        Optional<ColumnMapping> m = mapping();
        canSave.set(false);
        if (m.isEmpty()) {
            previewRows.clear();
            rowErrors.clear();
            return;
        }
        long generation = ++previewGeneration;
        busy.set(true);
        tasks.run("Previewing the mapping", () -> service.previewWith(file, m.get()), p -> {
            if (generation == previewGeneration) {
                showPreview(p);
            }
        }, t -> {
            if (generation == previewGeneration) {
                busy.set(false);
                previewRows.clear();
                rowErrors.clear();
                problem.set(t.getMessage());
            }
        });
    }

    private void showPreview(Preview p) {
        busy.set(false);
        previewRows.setAll(p.lines().stream().map(PreviewRow::of).toList());
        rowErrors.setAll(p.rejected().stream().map(RejectedRow::message).toList());
        int shown = p.lines().size() + p.rejected().size();
        canSave.set(!p.lines().isEmpty() && mapping().isPresent());
        if (p.lines().isEmpty()) {
            problem.set("No row of the first " + shown + " can be read this way; check the columns, the date format and "
                    + "the decimals");
        }
        status.set(p.rejected().isEmpty() ? "The first " + Figures.rows(shown) + " read without an error"
                : p.lines().size() + " of the first " + Figures.rows(shown) + " read; " + p.rejected().size()
                + " rejected (see below)");
    }

    private void updateExamples() {
        List<String> first = sample.rows().isEmpty() ? List.of() : sample.rows().get(0);
        for (FieldChoice c : fields) {
            String col = c.columnProperty().get();
            int i = col == null ? -1 : sample.header().indexOf(col);
            c.setExample(i >= 0 && i < first.size() ? first.get(i) : "");
        }
    }

    /** The mapping as chosen, or empty with the reason in {@link #problemProperty()}. */
    Optional<ColumnMapping> mapping() {
        Map<CanonicalField, String> cols = new EnumMap<>(CanonicalField.class);
        for (FieldChoice c : fields) {
            String col = c.columnProperty().get();
            if (col != null && !col.equals(NONE)) {
                cols.put(c.field(), col);
            }
        }
        String pattern = datePattern.get() == null || datePattern.get().isBlank()
                || datePattern.get().equals(DATE_FORMATS.get(0)) ? null : datePattern.get().strip();
        String currency = fixedCurrency.get() == null ? "" : fixedCurrency.get().strip();
        if (!currency.isEmpty() && !currency.matches("[A-Za-z]{3}")) {
            problem.set("The fixed currency should be a three-letter code such as EUR");
            return Optional.empty();
        }
        String n = name.get() == null ? "" : name.get().strip();
        try {
            ColumnMapping m = ColumnMapping.forHeader(n.isEmpty() ? "unnamed" : n, sample.header(), cols, pattern,
                    decimalStyle.get(), fixedVendor.get(), currency);
            if (n.isEmpty()) {
                problem.set("Give the mapping a name to save it");
                return Optional.empty();
            }
            problem.set("");
            return Optional.of(m);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage().replace("mapping \"" + (n.isEmpty() ? "unnamed" : n) + "\": ", ""));
            return Optional.empty();
        }
    }

    /** Saves the mapping by its name; then {@code onSaved} continues the import. */
    public void save() {
        Optional<ColumnMapping> m = mapping();
        if (m.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.run("Saving column mapping", () -> {
            service.saveMapping(m.get());
            return m.get();
        }, saved -> {
            busy.set(false);
            status.set("Saved \"" + saved.name() + "\"; files with this header are recognised from now on");
            this.saved.set(true);
            onSaved.accept(saved);
        }, t -> {
            busy.set(false);
            problem.set(t.getMessage());
        });
    }

    public Path file() { return file; }
    public List<String> header() { return sample.header(); }
    public ObservableList<FieldChoice> fields() { return fields; }
    public FieldChoice field(CanonicalField f) {
        return fields.stream().filter(c -> c.field() == f).findFirst().orElseThrow();
    }

    public ObservableList<String> columns() { return columns; }
    public StringProperty datePatternProperty() { return datePattern; }
    public ObjectProperty<DecimalStyle> decimalStyleProperty() { return decimalStyle; }
    public StringProperty fixedVendorProperty() { return fixedVendor; }
    public StringProperty fixedCurrencyProperty() { return fixedCurrency; }
    public StringProperty nameProperty() { return name; }
    public ObservableList<PreviewRow> previewRows() { return previewRows; }
    public ObservableList<String> rowErrors() { return rowErrors; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty canSaveProperty() { return canSave; }
    public BooleanProperty savedProperty() { return saved; }
    public BooleanProperty busyProperty() { return busy; }
}
