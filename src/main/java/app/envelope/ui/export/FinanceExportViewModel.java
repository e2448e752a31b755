package app.envelope.ui.export;

import app.envelope.domain.Sprint;
import app.envelope.report.ExportCancelledException;
import app.envelope.service.FinanceExport;
import app.envelope.ui.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * "Export for finance": which sprints (all, or the ones ticked), where to save (a default name
 * {@code envelope-finance-YYYY-MM-DD.xlsx}), the export in the background with progress and
 * Cancel, and a result that names the file. Tested without a toolkit.
 */
public final class FinanceExportViewModel {
    /** How the last export ended. */
    public enum Outcome { NONE, SUCCESS, FAILED, CANCELLED }

    /** A sprint in the picker, ticked or not. */
    public static final class SprintChoice {
        private final Sprint sprint;
        private final BooleanProperty selected = new SimpleBooleanProperty(true);

        SprintChoice(Sprint sprint) {
            this.sprint = sprint;
        }

        public Sprint sprint() {
            return sprint;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        public String label() {
            return sprint.name() + "  (" + sprint.start() + " – " + sprint.end() + ", "
                    + sprint.status().name().toLowerCase(Locale.ROOT) + ")";
        }

        @Override
        public String toString() {
            return label();
        }
    }

    private final FinanceExport service;
    private final BackgroundTasks tasks;
    private final Executor fxThread;
    private final Supplier<LocalDate> today;
    private final Path defaultFolder;

    private final ObservableList<SprintChoice> sprints = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[] {c.selectedProperty()});
    private final BooleanProperty allSprints = new SimpleBooleanProperty(true);
    private final StringProperty path = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private final BooleanBinding canExport;
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    /**
     * @param fxThread where progress reported by the worker is applied (Platform::runLater in the app,
     *                 Runnable::run in tests)
     */
    public FinanceExportViewModel(FinanceExport service, BackgroundTasks tasks, Executor fxThread,
                                  Supplier<LocalDate> today, Path defaultFolder) {
        this.service = service;
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.today = today;
        this.defaultFolder = defaultFolder;
        canExport = Bindings.createBooleanBinding(() -> !running.get() && !path.get().isBlank()
                && !sprints.isEmpty() && (allSprints.get() || sprints.stream().anyMatch(c -> c.selectedProperty().get())),
                running, path, allSprints, sprints);
        path.set(defaultFolder.resolve(defaultFileName()).toString());
    }

    public String defaultFileName() {
        return FinanceExport.defaultFileName(today.get());
    }

    public Path defaultFolder() {
        return defaultFolder;
    }

    /** Loads the sprints for the picker (in the background). */
    public void load() {
        status.set("Loading sprints…");
        tasks.run("Loading sprints", service::sprints, list -> {
            sprints.setAll(list.stream().map(SprintChoice::new).toList());
            status.set(list.isEmpty() ? "This portfolio has no sprints to export." : "");
        }, e -> status.set("Cannot read the sprints: " + e.getMessage()));
    }

    /** The sprints the export would include. */
    public List<Sprint> chosen() {
        return sprints.stream().filter(c -> allSprints.get() || c.selectedProperty().get()).map(SprintChoice::sprint).toList();
    }

    /** Starts the export; refuses (with a message) a path that cannot be written or an empty choice. */
    public void export() {
        if (running.get()) {
            return;
        }
        Path target;
        try {
            target = target();
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        List<Sprint> chosen = chosen();
        if (chosen.isEmpty()) {
            fail("Choose at least one sprint to export.");
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        running.set(true);
        outcome.set(Outcome.NONE);
        result.set("");
        progress.set(-1);
        status.set("Exporting " + chosen.size() + " sprint" + (chosen.size() == 1 ? "" : "s") + "…");
        double[] shown = {-2};
        tasks.run("Exporting for finance", () -> service.export(target, chosen, (step, done, total) -> {
            double f = total > 0 ? Math.min(1, (double) done / total) : -1;
            if (Math.abs(f - shown[0]) >= 0.01) {
                shown[0] = f;
                fxThread.execute(() -> {
                    progress.set(f);
                    status.set(step + "…");
                });
            }
        }, cancelled::get), r -> {
            running.set(false);
            progress.set(1);
            status.set("");
            outcome.set(Outcome.SUCCESS);
            result.set(String.format(Locale.ROOT, "Exported %d sprint%s and %d plan lines to %s (%,d KB).", r.sprints(),
                    r.sprints() == 1 ? "" : "s", r.lines(), r.file(), (r.bytes() + 1023) / 1024));
        }, e -> {
            running.set(false);
            progress.set(0);
            status.set("");
            if (e instanceof ExportCancelledException) {
                outcome.set(Outcome.CANCELLED);
                result.set("Export cancelled. Nothing was written" + (Files.exists(target) ? "; " + target.getFileName()
                        + " is as it was." : "."));
            } else {
                fail("Export failed: " + e.getMessage() + ". Nothing was written"
                        + (Files.exists(target) ? "; " + target.getFileName() + " is as it was." : "."));
            }
        });
    }

    private void fail(String message) {
        outcome.set(Outcome.FAILED);
        result.set(message);
    }

    /** Asks a running export to stop; the file it was writing is discarded. */
    public void cancel() {
        if (running.get()) {
            cancel.set(true);
            status.set("Cancelling…");
        }
    }

    /** The path typed or chosen, with {@code .xlsx} added when missing; its folder must exist. */
    Path target() {
        String text = path.get().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Choose where to save the workbook.");
        }
        if (!text.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            text = text + ".xlsx";
        }
        Path p;
        try {
            p = Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a file name this system accepts.");
        }
        if (p.getParent() == null || !Files.isDirectory(p.getParent())) {
            throw new IllegalArgumentException("The folder " + p.getParent() + " does not exist.");
        }
        if (Files.isDirectory(p)) {
            throw new IllegalArgumentException(p + " is a folder; add a file name.");
        }
        return p;
    }

    /** A file chosen in the file chooser. */
    public void choose(Path file) {
        if (file != null) {
            path.set(file.toString());
        }
    }

    public ObservableList<SprintChoice> sprints() {
        return sprints;
    }

    public BooleanProperty allSprintsProperty() {
        return allSprints;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
