package app.envelope.ui.actuals;

import app.envelope.billing.ImportCancelledException;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.Preview;
import app.envelope.billing.ReadResult;
import app.envelope.billing.UnreadableFileException;
import app.envelope.billing.mapping.ColumnMapping;
import app.envelope.domain.Sprint;
import app.envelope.service.ActualsService;
import app.envelope.service.BatchSummary;
import app.envelope.service.DuplicateImportException;
import app.envelope.service.FileScan;
import app.envelope.service.Imported;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.ui.BackgroundTasks;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Actuals screen: choose or drop a billing file, see its format, first rows and totals before
 * anything is stored ({@link FilePreview}), map its columns when its header is unknown, import it
 * with progress ({@link ReadProgress}) and Cancel, see what was stored ({@link BatchResult}), save
 * the rejected rows ({@link RejectedRows}), list ({@link StoredBatches}) and delete batches, and read
 * a sprint's stored actuals ({@link SprintSpend}). This class runs the flow between them; all file
 * and database work runs through {@link BackgroundTasks}. Knows no controls.
 */
public final class ActualsViewModel {
    /** What the import panel shows. */
    public enum Stage {
        /** Nothing chosen and nothing imported yet. */
        EMPTY,
        /** Reading the file's header and first rows. */
        OPENING,
        /** The file's format, first rows and totals, waiting for Import or Cancel. */
        PREVIEW,
        /** The header is unknown: the column-mapping dialog is needed. */
        NEEDS_MAPPING,
        /** Importing, with progress and Cancel. */
        IMPORTING,
        /** A stored batch: the one just imported, one chosen in the list, or the latest. */
        RESULT
    }

    private static final String IMPORTED = "Imported";

    private final ActualsService service;
    private final BackgroundTasks tasks;
    private final LongSupplier nanoClock;
    private final RulesViewModel rules;
    private final FilePreview preview = new FilePreview();
    private final ReadProgress progress;
    private final BatchResult result = new BatchResult();
    private final RejectedRows rejected = new RejectedRows();
    private final SprintSpend sprint;
    private final StoredBatches stored;

    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.EMPTY);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty formatText = new SimpleStringProperty("");
    private final BooleanProperty customFormat = new SimpleBooleanProperty(false);
    /** The column-mapping dialog, when one is wanted (the controller shows it). */
    private final ObjectProperty<ColumnMappingViewModel> mappingRequest = new SimpleObjectProperty<>();

    private String resultWhat = "";
    private AtomicBoolean cancel = new AtomicBoolean();

    public ActualsViewModel(ActualsService service, BackgroundTasks tasks) {
        this(service, tasks, System::nanoTime, ZoneId.systemDefault());
    }

    public ActualsViewModel(ActualsService service, BackgroundTasks tasks, LongSupplier nanoClock, ZoneId zone) {
        this.service = service;
        this.tasks = tasks;
        this.nanoClock = nanoClock;
        this.progress = new ReadProgress(tasks, nanoClock);
        this.rules = new RulesViewModel(service, tasks);
        this.sprint = new SprintSpend(service, tasks, this::failed);
        this.stored = new StoredBatches(service, tasks, zone, this::failed);
        rules.setOnApplied(this::refreshSpend);
    }

    // Loading //

    /** Loads the batch list, the latest batch's result, the sprints (the last closed one chosen) and the rules. */
    public void load() {
        tasks.run("Loading actuals", () -> new Start(service.batches(), service.latestBatch().orElse(null),
                service.sprints(), service.defaultSprint().orElse(null)), s -> {
                    stored.show(s.batches());
                    if (s.latest() != null && stage.get() == Stage.EMPTY) {
                        showResult(s.latest(), "Latest import");
                    }
                    sprint.start(s.sprints(), s.sprint());
                }, this::failed);
        rules.load();
    }

    private record Start(List<Batch> batches, BatchSummary latest, List<Sprint> sprints, Sprint sprint) {
    }

    // Choosing a file //

    /** Opens a chosen or dropped file: detects its format and previews it; nothing is stored. */
    public void open(Path path) {
        if (stage.get() == Stage.IMPORTING) {
            problem.set("An import is running; cancel it or wait before choosing another file");
            return;
        }
        cancelScan();
        file.set(path);
        fileName.set(path.getFileName().toString());
        formatText.set("");
        problem.set("");
        status.set("Reading " + fileName.get() + "…");
        clearPreview();
        stage.set(Stage.OPENING);
        tasks.run("Previewing " + fileName.get(), () -> service.preview(path), p -> {
            if (path.equals(file.get())) {
                showPreview(p);
            }
        }, t -> {
            if (path.equals(file.get())) {
                openFailed(path, t);
            }
        });
    }

    private void clearPreview() {
        preview.clear();
        customFormat.set(false);
        rejected.forget();
    }

    private void showPreview(Preview p) {
        formatText.set(p.formatName());
        customFormat.set(p.formatId().startsWith("custom:"));
        preview.show(p);
        stage.set(Stage.PREVIEW);
        status.set("Detected " + p.formatName() + ". Reading the whole file for its totals; nothing is stored yet");
        scanWholeFile(file.get());
    }

    private void openFailed(Path path, Throwable t) {
        if (t instanceof UnreadableFileException u && !u.seenHeader().isEmpty()) {
            formatText.set("unknown format — map the columns");
            problem.set(u.getMessage());
            stage.set(Stage.NEEDS_MAPPING);
            status.set("Map the file's columns to the canonical fields; the mapping is saved for files with this header");
            requestMapping(path);
            return;
        }
        backToResultOrEmpty();
        problem.set(message(t));
        status.set("Nothing was stored");
    }

    /** The file's whole read, for its totals: counts, money, currency, FX, sprints, and whether it was imported before. */
    private void scanWholeFile(Path path) {
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        preview.scanningProperty().set(true);
        long started = nanoClock.getAsLong();
        progress.start("Reading the whole file…");
        ImportProgress report = progress.reporter(started);
        tasks.run("Reading " + path.getFileName(), () -> service.scan(path, report, stop::get), s -> {
            if (!path.equals(file.get()) || stop.get()) {
                return;
            }
            preview.scanningProperty().set(false);
            showScan(s);
        }, t -> {
            if (!path.equals(file.get())) {
                return;
            }
            preview.scanningProperty().set(false);
            if (t instanceof ImportCancelledException) {
                return;
            }
            preview.refuse(message(t));
        });
    }

    private void showScan(FileScan s) {
        rejected.remember(s.read());
        preview.scanned(s);
        status.set(preview.canImportProperty().get()
                ? "Check the preview and the totals, then Import (or Cancel: nothing is stored)"
                : "This file cannot be imported as it is");
    }

    // Column mapping //

    /** Opens the column-mapping dialog for the current file (also on demand, to edit a saved mapping). */
    public void mapColumns() {
        Path path = file.get();
        if (path == null || stage.get() == Stage.IMPORTING) {
            return;
        }
        requestMapping(path);
    }

    private void requestMapping(Path path) {
        ColumnMappingViewModel.open(service, tasks, path, saved -> mappingSaved(path, saved), mappingRequest::set,
                this::failed);
    }

    private void mappingSaved(Path path, ColumnMapping mapping) {
        mappingRequest.set(null);
        status.set("Saved the column mapping \"" + mapping.name() + "\"");
        open(path);
    }

    /** The dialog was closed without saving. */
    public void mappingClosed() {
        mappingRequest.set(null);
        if (stage.get() == Stage.NEEDS_MAPPING) {
            status.set("Not imported: the file's columns are not mapped");
        }
    }

    // Importing //

    /** Imports the previewed file as one batch, with progress; Cancel stores nothing. */
    public void importFile() {
        Path path = file.get();
        if (path == null || !preview.canImportProperty().get() || stage.get() == Stage.IMPORTING) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        problem.set("");
        progress.start("Starting…");
        stage.set(Stage.IMPORTING);
        status.set("Importing " + path.getFileName() + "…");
        long started = nanoClock.getAsLong();
        ImportProgress report = progress.reporter(started);
        tasks.run("Importing " + path.getFileName(), () -> service.importFile(path, report, stop::get), imported -> {
            long nanos = Math.max(1, nanoClock.getAsLong() - started);
            imported(imported, nanos);
        }, t -> {
            stage.set(Stage.PREVIEW);
            if (t instanceof ImportCancelledException c) {
                status.set("Import cancelled after " + Figures.rows(c.rowsRead()) + "; nothing was stored");
                stored.refresh();
            } else {
                problem.set(message(t));
                status.set("Nothing was stored");
                if (t instanceof DuplicateImportException) {
                    preview.canImportProperty().set(false);
                }
            }
        });
    }

    private void imported(Imported imported, long nanos) {
        ReadResult r = imported.report().read();
        rejected.remember(r);
        progress.progressProperty().set(1);
        result.speedTextProperty().set("Read and stored in " + ReadProgress.seconds(nanos) + " s · "
                + Figures.count(ReadProgress.perSecond(r.rowsRead(), nanos)) + " rows/s");
        showResult(imported.summary(), IMPORTED);
        status.set("Imported " + imported.summary().batch().fileName() + " as batch #" + imported.summary().batch().id()
                + ": " + Figures.rows(r.rowsImported()) + " stored, " + Figures.count(r.rejectedCount()) + " rejected");
        file.set(null);
        stored.refresh();
        sprint.reload();
    }

    /** Cancels the import or the reading of the file; during a preview, drops the file (nothing is stored). */
    public void cancel() {
        if (stage.get() == Stage.IMPORTING) {
            cancel.set(true);
            progress.textProperty().set("Cancelling…");
            return;
        }
        if (stage.get() == Stage.PREVIEW || stage.get() == Stage.NEEDS_MAPPING || stage.get() == Stage.OPENING) {
            cancelScan();
            String name = fileName.get();
            file.set(null);
            clearPreview();
            backToResultOrEmpty();
            status.set("Cancelled; " + name + " was not imported and nothing was stored");
        }
    }

    private void cancelScan() {
        if (preview.scanningProperty().get()) {
            cancel.set(true);
            preview.scanningProperty().set(false);
        }
    }

    private void backToResultOrEmpty() {
        stage.set(result.batchProperty().get() == null ? Stage.EMPTY : Stage.RESULT);
        if (result.batchProperty().get() != null) {
            rejected.forget();
        }
    }

    // Batches //

    private void showResult(BatchSummary s, String what) {
        result.show(s, what);
        resultWhat = what;
        if (!what.equals(IMPORTED)) {
            result.speedTextProperty().set("");
            rejected.forget();
        }
        stage.set(Stage.RESULT);
    }

    /** Shows a stored batch's result. */
    public void showBatch(BatchRow row) {
        if (row == null || stage.get() == Stage.IMPORTING) {
            return;
        }
        tasks.run("Loading batch #" + row.batch().id(), () -> service.summary(row.batch()), s -> {
            file.set(null);
            clearPreview();
            showResult(s, "Batch");
        }, this::failed);
    }

    /** Deletes a batch and all its lines (the undo of an import). The caller has asked the user. */
    public void deleteBatch(BatchRow row) {
        if (row == null) {
            return;
        }
        Batch b = row.batch();
        tasks.run("Deleting batch #" + b.id(), () -> service.deleteBatch(b.id()), deleted -> {
            status.set(deleted ? "Deleted batch #" + b.id() + " (" + b.fileName() + "): " + Figures.lines(b.rowsImported())
                    + " removed" : "Batch #" + b.id() + " was already deleted");
            if (result.batchProperty().get() != null && result.batchProperty().get().batch().id() == b.id()) {
                result.batchProperty().set(null);
                if (stage.get() == Stage.RESULT) {
                    stage.set(Stage.EMPTY);
                }
                showLatestIfIdle();
            }
            stored.refresh();
            sprint.reload();
        }, this::failed);
    }

    private void showLatestIfIdle() {
        tasks.run("Loading the latest batch", () -> service.latestBatch().orElse(null), s -> {
            if (s != null && stage.get() == Stage.EMPTY) {
                showResult(s, "Latest import");
            }
        }, this::failed);
    }

    /** Writes the rejected rows (the file's columns, then row and reason) as CSV. */
    public void saveRejected(Path target) {
        rejected.save(target, tasks, status::set, this::failed);
    }

    /** A suggested name for the rejected rows file. */
    public String rejectedFileName() {
        BatchSummary shown = result.batchProperty().get();
        String base = shown != null && stage.get() == Stage.RESULT ? shown.batch().fileName() : fileName.get();
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base) + "-rejected.csv";
    }

    /** After the rules changed: the shown batch and sprint again, with their new attribution. */
    private void refreshSpend() {
        BatchSummary shown = result.batchProperty().get();
        if (shown != null) {
            tasks.run("Reloading batch #" + shown.batch().id(), () -> service.summary(shown.batch()), s -> {
                result.batchProperty().set(s);
                if (stage.get() == Stage.RESULT) {
                    showResult(s, resultWhat);
                }
            }, this::failed);
        }
        sprint.reload();
    }

    private void failed(Throwable t) {
        problem.set(message(t));
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    // Properties //

    public RulesViewModel rules() { return rules; }
    /** The file looked at before importing. */
    public FilePreview preview() { return preview; }
    /** How far the read of the file is. */
    public ReadProgress progress() { return progress; }
    /** The batch shown. */
    public BatchResult result() { return result; }
    /** The rows the last read refused. */
    public RejectedRows rejected() { return rejected; }
    /** The chosen sprint's stored actuals. */
    public SprintSpend sprint() { return sprint; }
    /** The stored batches, newest first. */
    public StoredBatches stored() { return stored; }
    public ObjectProperty<Stage> stageProperty() { return stage; }
    public StringProperty statusProperty() { return status; }
    public StringProperty problemProperty() { return problem; }
    public ObjectProperty<Path> fileProperty() { return file; }
    public StringProperty fileNameProperty() { return fileName; }
    public StringProperty formatTextProperty() { return formatText; }
    /** True when the file was read through a saved column mapping (which "Map columns…" can edit). */
    public BooleanProperty customFormatProperty() { return customFormat; }
    public ObjectProperty<ColumnMappingViewModel> mappingRequestProperty() { return mappingRequest; }
}
