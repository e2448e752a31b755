package app.envelope.ui.actuals;

import app.envelope.billing.ImportCancelledException;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.Preview;
import app.envelope.billing.ReadResult;
import app.envelope.billing.RejectedRow;
import app.envelope.billing.RejectedRowsCsv;
import app.envelope.billing.TableSample;
import app.envelope.billing.UnreadableFileException;
import app.envelope.billing.mapping.ColumnMapping;
import app.envelope.domain.Sprint;
import app.envelope.service.ActualsService;
import app.envelope.service.BatchSummary;
import app.envelope.service.DuplicateImportException;
import app.envelope.service.FileScan;
import app.envelope.service.FxUsed;
import app.envelope.service.Imported;
import app.envelope.service.SprintActuals;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.BillingRepository.Span;
import app.envelope.store.SpendGroup;
import app.envelope.ui.BackgroundTasks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Actuals screen: choose or drop a billing file, see its format, first rows and totals before
 * anything is stored, map its columns when its header is unknown, import it with progress and
 * Cancel, see what was stored (totals, FX, spend by epic, unattributed, outside any sprint), save
 * the rejected rows, list and delete batches, and read a sprint's stored actuals. All file and
 * database work runs through {@link BackgroundTasks}. Knows no controls.
 */
public final class ActualsViewModel {
    /** Largest unattributed sources listed. */
    public static final int SOURCES_SHOWN = 5;

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

    private final ActualsService service;
    private final BackgroundTasks tasks;
    private final LongSupplier nanoClock;
    private final ZoneId zone;
    private final RulesViewModel rules;

    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.EMPTY);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty formatText = new SimpleStringProperty("");
    private final BooleanProperty customFormat = new SimpleBooleanProperty(false);

    // Preview //
    private final ObservableList<PreviewRow> previewRows = FXCollections.observableArrayList();
    private final ObservableList<String> previewRejected = FXCollections.observableArrayList();
    private final BooleanProperty scanning = new SimpleBooleanProperty(false);
    private final StringProperty fileRows = new SimpleStringProperty("");
    private final StringProperty fileList = new SimpleStringProperty("");
    private final StringProperty fileEffective = new SimpleStringProperty("");
    private final StringProperty fileBilled = new SimpleStringProperty("");
    private final StringProperty fileCurrency = new SimpleStringProperty("");
    private final StringProperty fileExactTotals = new SimpleStringProperty("");
    private final StringProperty fileNotes = new SimpleStringProperty("");
    private final StringProperty fileWarning = new SimpleStringProperty("");
    private final BooleanProperty canImport = new SimpleBooleanProperty(false);

    // Progress //
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");

    // Result //
    private final ObjectProperty<BatchSummary> result = new SimpleObjectProperty<>();
    private final StringProperty resultTitle = new SimpleStringProperty("");
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
    private final BooleanProperty canSaveRejected = new SimpleBooleanProperty(false);

    // Batches and sprints //
    private final ObservableList<BatchRow> batches = FXCollections.observableArrayList();
    private final ObservableList<Sprint> sprints = FXCollections.observableArrayList();
    private final ObjectProperty<Sprint> selectedSprint = new SimpleObjectProperty<>();
    private final StringProperty sprintTotal = new SimpleStringProperty("");
    private final StringProperty sprintAttributed = new SimpleStringProperty("");
    private final StringProperty sprintUnattributed = new SimpleStringProperty("");
    private final StringProperty sprintOutside = new SimpleStringProperty("");
    private final ObservableList<SpendRow> sprintByEpic = FXCollections.observableArrayList();
    private final ObservableList<SpendRow> sprintSources = FXCollections.observableArrayList();
    private final StringProperty sprintMoreSources = new SimpleStringProperty("");

    // The column-mapping dialog, when one is wanted (the controller shows it) //
    private final ObjectProperty<ColumnMappingViewModel> mappingRequest = new SimpleObjectProperty<>();

    private static final String IMPORTED = "Imported";
    private String resultWhat = "";
    private FileScan scan;
    private List<String> rejectedHeader = List.of();
    private List<RejectedRow> rejectedRows = List.of();
    private long rejectedCount;
    private AtomicBoolean cancel = new AtomicBoolean();
    private boolean loaded;

    public ActualsViewModel(ActualsService service, BackgroundTasks tasks) {
        this(service, tasks, System::nanoTime, ZoneId.systemDefault());
    }

    public ActualsViewModel(ActualsService service, BackgroundTasks tasks, LongSupplier nanoClock, ZoneId zone) {
        this.service = service;
        this.tasks = tasks;
        this.nanoClock = nanoClock;
        this.zone = zone;
        this.rules = new RulesViewModel(service, tasks);
        rules.setOnApplied(this::refreshSpend);
        selectedSprint.addListener((o, a, s) -> {
            if (s != null && loaded) {
                loadSprint(s);
            }
        });
    }

    public RulesViewModel rules() {
        return rules;
    }

    // Loading //

    /** Loads the batch list, the latest batch's result, the sprints (the last closed one chosen) and the rules. */
    public void load() {
        tasks.run("Loading actuals", () -> new Start(service.batches(), service.latestBatch().orElse(null),
                service.sprints(), service.defaultSprint().orElse(null)), s -> {
                    showBatches(s.batches());
                    if (s.latest() != null && stage.get() == Stage.EMPTY) {
                        showResult(s.latest(), "Latest import");
                    }
                    sprints.setAll(s.sprints());
                    loaded = true;
                    selectedSprint.set(s.sprint());
                    if (s.sprint() != null) {
                        loadSprint(s.sprint());
                    }
                }, this::failed);
        rules.load();
    }

    private record Start(List<Batch> batches, BatchSummary latest, List<Sprint> sprints, Sprint sprint) {
    }

    private void showBatches(List<Batch> list) {
        List<BatchRow> rows = new ArrayList<>();
        for (int i = list.size() - 1; i >= 0; i--) {
            rows.add(BatchRow.of(list.get(i), zone));
        }
        batches.setAll(rows);
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
        scan = null;
        previewRows.clear();
        previewRejected.clear();
        fileRows.set("");
        fileList.set("");
        fileEffective.set("");
        fileBilled.set("");
        fileCurrency.set("");
        fileExactTotals.set("");
        fileNotes.set("");
        fileWarning.set("");
        canImport.set(false);
        customFormat.set(false);
        forgetRejected();
    }

    private void showPreview(Preview p) {
        formatText.set(p.formatName());
        customFormat.set(p.formatId().startsWith("custom:"));
        previewRows.setAll(p.lines().stream().map(PreviewRow::of).toList());
        previewRejected.setAll(p.rejected().stream().map(RejectedRow::message).toList());
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
        scanning.set(true);
        progress.set(-1);
        long started = nanoClock.getAsLong();
        progressText.set("Reading the whole file…");
        ImportProgress report = progressReporter(started);
        tasks.run("Reading " + path.getFileName(), () -> service.scan(path, report, stop::get), s -> {
            if (!path.equals(file.get()) || stop.get()) {
                return;
            }
            scanning.set(false);
            showScan(s);
        }, t -> {
            if (!path.equals(file.get())) {
                return;
            }
            scanning.set(false);
            if (t instanceof ImportCancelledException) {
                return;
            }
            fileWarning.set(message(t));
            canImport.set(false);
        });
    }

    private void showScan(FileScan s) {
        scan = s;
        ReadResult r = s.read();
        String cur = r.currency();
        fileRows.set(Figures.count(r.rowsRead()) + " read · " + Figures.count(r.rowsImported()) + " to import · "
                + Figures.count(r.rejectedCount()) + " rejected" + (r.rowsSkipped() > 0 ? " · "
                + Figures.count(r.rowsSkipped()) + " without cost data" : ""));
        fileList.set(Figures.column(r.listTotal(), cur));
        fileEffective.set(Figures.column(r.effectiveTotal(), cur));
        fileBilled.set(Figures.column(r.billedTotal(), cur));
        fileCurrency.set(cur == null ? "—" : cur);
        fileExactTotals.set(exact(r.listTotal(), r.effectiveTotal(), r.billedTotal(), cur));
        rememberRejected(r);
        List<String> notes = new ArrayList<>();
        if (!s.fx().isEmpty()) {
            notes.add("FX: " + s.fx().stream().map(FxUsed::text).collect(Collectors.joining("; ")));
        } else if (cur != null && !cur.equals(ReadResult.MIXED)) {
            notes.add("No conversion: the file is in " + cur + ", the portfolio currency is " + s.portfolioCurrency());
        }
        notes.add(s.outsideSprints() == 0 ? "Every line falls in a sprint"
                : Figures.lines(s.outsideSprints()) + " outside any sprint (kept and shown, never dropped)");
        fileNotes.set(String.join("\n", notes));
        List<String> warnings = new ArrayList<>();
        s.importedBefore().ifPresent(b -> warnings.add("This file was already imported as batch #" + b.id() + " ("
                + b.fileName() + "); delete that batch to import it again"));
        s.missingFx().forEach((c, d) -> warnings.add("No FX rate for " + c + " on " + d + " on the rate card; add one "
                + "to import this file"));
        if (r.rowsImported() == 0) {
            warnings.add("No row can be imported");
        }
        fileWarning.set(String.join("\n", warnings));
        canImport.set(warnings.isEmpty());
        status.set(canImport.get() ? "Check the preview and the totals, then Import (or Cancel: nothing is stored)"
                : "This file cannot be imported as it is");
    }

    private static String exact(BigDecimal list, BigDecimal effective, BigDecimal billed, String cur) {
        return "List " + Figures.exact(list, cur) + "\nEffective " + Figures.exact(effective, cur) + "\nBilled "
                + Figures.exact(billed, cur);
    }

    private void rememberRejected(ReadResult r) {
        rejectedHeader = r.header();
        rejectedRows = r.rejected();
        rejectedCount = r.rejectedCount();
        canSaveRejected.set(!rejectedRows.isEmpty());
    }

    private void forgetRejected() {
        rejectedHeader = List.of();
        rejectedRows = List.of();
        rejectedCount = 0;
        canSaveRejected.set(false);
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
        tasks.run("Reading the header of " + path.getFileName(), () -> {
            TableSample sample = service.sample(path);
            return new MappingStart(sample, service.savedMapping(sample.header()));
        }, m -> mappingRequest.set(new ColumnMappingViewModel(service, tasks, path, m.sample(), m.existing(),
                saved -> mappingSaved(path, saved))), this::failed);
    }

    private record MappingStart(TableSample sample, Optional<ColumnMapping> existing) {
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
        if (path == null || !canImport.get() || stage.get() == Stage.IMPORTING) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        problem.set("");
        progress.set(-1);
        progressText.set("Starting…");
        stage.set(Stage.IMPORTING);
        status.set("Importing " + path.getFileName() + "…");
        long started = nanoClock.getAsLong();
        ImportProgress report = progressReporter(started);
        tasks.run("Importing " + path.getFileName(), () -> service.importFile(path, report, stop::get), imported -> {
            long nanos = Math.max(1, nanoClock.getAsLong() - started);
            imported(imported, nanos);
        }, t -> {
            stage.set(Stage.PREVIEW);
            if (t instanceof ImportCancelledException c) {
                status.set("Import cancelled after " + Figures.rows(c.rowsRead()) + "; nothing was stored");
                refreshBatches();
            } else {
                problem.set(message(t));
                status.set("Nothing was stored");
                if (t instanceof DuplicateImportException) {
                    canImport.set(false);
                }
            }
        });
    }

    /** Reports rows read and rows per second on the UI thread, at most one pending update at a time. */
    private ImportProgress progressReporter(long started) {
        AtomicLong rows = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong total = new AtomicLong(-1);
        AtomicBoolean pending = new AtomicBoolean();
        return (rowsRead, bytesRead, totalBytes) -> {
            rows.set(rowsRead);
            bytes.set(bytesRead);
            total.set(totalBytes);
            long nanos = Math.max(1, nanoClock.getAsLong() - started);
            if (pending.compareAndSet(false, true)) {
                tasks.publish(() -> {
                    pending.set(false);
                    long r = rows.get();
                    long t = total.get();
                    progress.set(t > 0 ? Math.min(1.0, bytes.get() / (double) t) : -1);
                    progressText.set(Figures.rows(r) + " read · "
                            + Figures.count(perSecond(r, nanos)) + " rows/s");
                });
            }
        };
    }

    static long perSecond(long rows, long nanos) {
        return nanos <= 0 ? 0 : rows * 1_000_000_000L / nanos;
    }

    private void imported(Imported imported, long nanos) {
        ReadResult r = imported.report().read();
        rememberRejected(r);
        progress.set(1);
        speedText.set("Read and stored in " + seconds(nanos) + " s · " + Figures.count(perSecond(r.rowsRead(), nanos))
                + " rows/s");
        showResult(imported.summary(), IMPORTED);
        canSaveRejected.set(!rejectedRows.isEmpty());
        status.set("Imported " + imported.summary().batch().fileName() + " as batch #" + imported.summary().batch().id()
                + ": " + Figures.rows(r.rowsImported()) + " stored, " + Figures.count(r.rejectedCount()) + " rejected");
        file.set(null);
        refreshBatches();
        reloadSprint();
    }

    private static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos).movePointLeft(9).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Cancels the import or the reading of the file; during a preview, drops the file (nothing is stored). */
    public void cancel() {
        if (stage.get() == Stage.IMPORTING) {
            cancel.set(true);
            progressText.set("Cancelling…");
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
        if (scanning.get()) {
            cancel.set(true);
            scanning.set(false);
        }
    }

    private void backToResultOrEmpty() {
        stage.set(result.get() == null ? Stage.EMPTY : Stage.RESULT);
        if (result.get() != null) {
            forgetRejected();
        }
    }

    // The result //

    private void showResult(BatchSummary s, String what) {
        result.set(s);
        Batch b = s.batch();
        String cur = b.currency();
        String pc = s.portfolioCurrency();
        resultTitle.set(what + ": " + b.fileName() + " · batch #" + b.id() + " · " + b.formatName());
        rowsRead.set(Figures.count(b.rowsRead()));
        rowsImported.set(Figures.count(b.rowsImported()));
        rowsRejected.set(Figures.count(b.rowsRejected()));
        totalList.set(Figures.column(b.totalList(), cur));
        totalEffective.set(Figures.column(b.totalEffective(), cur));
        totalBilled.set(Figures.column(b.totalBilled(), cur));
        exactTotals.set(exact(b.totalList(), b.totalEffective(), b.totalBilled(), cur));
        fxText.set(s.fx().isEmpty() ? "No conversion: every line is in " + pc + ", the portfolio currency"
                : "Converted into " + pc + " at " + s.fx().stream().map(f -> f.text() + " (" + Figures.lines(f.lines()) + ")")
                        .collect(Collectors.joining("; ")));
        BigDecimal whole = s.byEpic().stream().map(SpendGroup::effective).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(nz(s.unattributed().effective()));
        byEpic.setAll(s.byEpic().stream().map(g -> SpendRow.of(g, s.epicTitles(), pc, whole)).toList());
        unattributed.set(unattributedText(s.unattributed(), whole, pc));
        unattributedSources.setAll(sources(s.unattributedSources(), pc, nz(s.unattributed().effective())));
        moreSources.set(more(s.unattributedSources(), pc));
        outsideSprints.set(outsideText(s.outsideSprints(), pc, "of this file"));
        resultWhat = what;
        if (!what.equals(IMPORTED)) {
            speedText.set("");
            forgetRejected();
        }
        stage.set(Stage.RESULT);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String unattributedText(SpendGroup g, BigDecimal whole, String pc) {
        if (g.lines() == 0) {
            return "Nothing unattributed: every line belongs to an epic";
        }
        return Figures.money(g.effective(), pc) + " in " + Figures.lines(g.lines()) + " (" + Figures.share(g.effective(), whole)
                + " of the spend) matched no rule";
    }

    private static List<SpendRow> sources(List<SpendGroup> groups, String pc, BigDecimal whole) {
        return groups.stream().limit(SOURCES_SHOWN).map(g -> SpendRow.of(g, Map.of(), pc, whole)).toList();
    }

    /** What the list of largest sources leaves out: {@code + 2 more sources: $210.00}; empty when nothing. */
    private static String more(List<SpendGroup> groups, String pc) {
        if (groups.size() <= SOURCES_SHOWN) {
            return "";
        }
        List<SpendGroup> rest = groups.subList(SOURCES_SHOWN, groups.size());
        BigDecimal sum = rest.stream().map(SpendGroup::effective).reduce(BigDecimal.ZERO, BigDecimal::add);
        return "+ " + rest.size() + (rest.size() == 1 ? " more source: " : " more sources: ") + Figures.money(sum, pc);
    }

    private static String outsideText(Span s, String pc, String scope) {
        if (s.lines() == 0) {
            return "None: every line " + scope + " falls in a sprint";
        }
        return Figures.money(s.effective(), pc) + " in " + Figures.lines(s.lines()) + " charged " + Figures.span(s.first(), s.last())
                + ", in no sprint's dates (kept, never dropped)";
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
            if (result.get() != null && result.get().batch().id() == b.id()) {
                result.set(null);
                if (stage.get() == Stage.RESULT) {
                    stage.set(Stage.EMPTY);
                }
                showLatestIfIdle();
            }
            refreshBatches();
            reloadSprint();
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
        if (rejectedRows.isEmpty()) {
            return;
        }
        List<String> header = rejectedHeader;
        List<RejectedRow> rows = rejectedRows;
        long all = rejectedCount;
        tasks.run("Saving rejected rows", () -> {
            RejectedRowsCsv.write(target, header, rows);
            return rows.size();
        }, n -> status.set("Saved " + Figures.rows(n) + " to " + target.getFileName()
                + (all > n ? " (the first " + Figures.count(n) + " of " + Figures.count(all) + " rejected)" : "")),
                this::failed);
    }

    /** A suggested name for the rejected rows file. */
    public String rejectedFileName() {
        String base = result.get() != null && stage.get() == Stage.RESULT ? result.get().batch().fileName() : fileName.get();
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base) + "-rejected.csv";
    }

    private void refreshBatches() {
        tasks.run("Loading batches", service::batches, this::showBatches, this::failed);
    }

    /** After the rules changed: the shown batch and sprint again, with their new attribution. */
    private void refreshSpend() {
        BatchSummary shown = result.get();
        if (shown != null) {
            tasks.run("Reloading batch #" + shown.batch().id(), () -> service.summary(shown.batch()), s -> {
                result.set(s);
                if (stage.get() == Stage.RESULT) {
                    showResult(s, resultWhat);
                }
            }, this::failed);
        }
        reloadSprint();
    }

    // Sprint actuals //

    private void reloadSprint() {
        if (selectedSprint.get() != null) {
            loadSprint(selectedSprint.get());
        }
    }

    private void loadSprint(Sprint sprint) {
        tasks.run("Loading actuals of " + sprint.name(), () -> service.sprintActuals(sprint), this::showSprint, this::failed);
    }

    private void showSprint(SprintActuals a) {
        if (selectedSprint.get() == null || selectedSprint.get().id() != a.sprint().id()) {
            return;
        }
        String pc = a.currency();
        BigDecimal total = a.total();
        BigDecimal attributed = total.subtract(nz(a.unattributed().effective()));
        sprintTotal.set(Figures.money(total, pc));
        sprintAttributed.set(Figures.money(attributed, pc) + " · " + a.byEpic().size() + (a.byEpic().size() == 1 ? " epic"
                : " epics"));
        sprintUnattributed.set(Figures.money(nz(a.unattributed().effective()), pc)
                + (total.signum() == 0 ? "" : " · " + Figures.share(a.unattributed().effective(), total)));
        sprintOutside.set(a.batches() == 0 ? "Nothing imported yet" : outsideText(a.outsideAnySprint(), pc, "stored"));
        sprintByEpic.setAll(a.byEpic().stream().map(g -> SpendRow.of(g, a.epicTitles(), pc, total)).toList());
        sprintSources.setAll(sources(a.unattributedSources(), pc, nz(a.unattributed().effective())));
        sprintMoreSources.set(more(a.unattributedSources(), pc));
    }

    private void failed(Throwable t) {
        problem.set(message(t));
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    // Properties //

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public StringProperty formatTextProperty() {
        return formatText;
    }

    /** True when the file was read through a saved column mapping (which "Map columns…" can edit). */
    public BooleanProperty customFormatProperty() {
        return customFormat;
    }

    public ObservableList<PreviewRow> previewRows() {
        return previewRows;
    }

    public ObservableList<String> previewRejected() {
        return previewRejected;
    }

    public BooleanProperty scanningProperty() {
        return scanning;
    }

    public StringProperty fileRowsProperty() {
        return fileRows;
    }

    public StringProperty fileListProperty() {
        return fileList;
    }

    public StringProperty fileEffectiveProperty() {
        return fileEffective;
    }

    public StringProperty fileBilledProperty() {
        return fileBilled;
    }

    public StringProperty fileCurrencyProperty() {
        return fileCurrency;
    }

    public StringProperty fileExactTotalsProperty() {
        return fileExactTotals;
    }

    public StringProperty fileNotesProperty() {
        return fileNotes;
    }

    public StringProperty fileWarningProperty() {
        return fileWarning;
    }

    public BooleanProperty canImportProperty() {
        return canImport;
    }

    /** 0..1, or -1 while the size is unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ObjectProperty<BatchSummary> resultProperty() {
        return result;
    }

    public StringProperty resultTitleProperty() {
        return resultTitle;
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

    public StringProperty sprintMoreSourcesProperty() {
        return sprintMoreSources;
    }

    public StringProperty outsideSprintsProperty() {
        return outsideSprints;
    }

    public BooleanProperty canSaveRejectedProperty() {
        return canSaveRejected;
    }

    public ObservableList<BatchRow> batches() {
        return batches;
    }

    public ObservableList<Sprint> sprints() {
        return sprints;
    }

    public ObjectProperty<Sprint> selectedSprintProperty() {
        return selectedSprint;
    }

    public StringProperty sprintTotalProperty() {
        return sprintTotal;
    }

    public StringProperty sprintAttributedProperty() {
        return sprintAttributed;
    }

    public StringProperty sprintUnattributedProperty() {
        return sprintUnattributed;
    }

    public StringProperty sprintOutsideProperty() {
        return sprintOutside;
    }

    public ObservableList<SpendRow> sprintByEpic() {
        return sprintByEpic;
    }

    public ObservableList<SpendRow> sprintSources() {
        return sprintSources;
    }

    public ObjectProperty<ColumnMappingViewModel> mappingRequestProperty() {
        return mappingRequest;
    }

    /** Dates for display of a sprint in a chooser. */
    public static String describe(Sprint s) {
        return s == null ? "" : s.name() + "  (" + s.start() + " – " + s.end() + ")";
    }
}
