package app.envelope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Sprint;
import app.envelope.service.FinanceExport;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.export.FinanceExportViewModel.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's state and actions, without a toolkit (work runs synchronously). */
class FinanceExportViewModelTest {
    @TempDir
    Path dir;
    private Store store;
    private FinanceExportViewModel vm;

    @BeforeEach
    void setUp() {
        store = TestStores.demo(dir);
        vm = model(BackgroundTasks.IMMEDIATE);
        vm.load();
    }

    private FinanceExportViewModel model(BackgroundTasks tasks) {
        return new FinanceExportViewModel(new FinanceExport(store), tasks, Runnable::run, () -> LocalDate.of(2026, 11, 22), dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void offersEverySprintAndADatedFileNameInTheDefaultFolder() {
        assertEquals(List.of("Sprint 44", "Sprint 45", "Sprint 46", "Sprint 47"), vm.sprints().stream().map(c -> c.sprint().name()).toList());
        assertEquals("Sprint 46  (2026-11-02 – 2026-11-13, closed)", vm.sprints().get(2).label());
        assertEquals(dir.resolve("envelope-finance-2026-11-22.xlsx").toString(), vm.pathProperty().get());
        assertTrue(vm.allSprintsProperty().get());
        assertTrue(vm.canExportProperty().get());
    }

    @Test
    void exportsAllSprintsAndNamesTheFile() {
        vm.export();
        Path file = dir.resolve("envelope-finance-2026-11-22.xlsx");
        assertEquals(Outcome.SUCCESS, vm.outcomeProperty().get(), vm.resultProperty().get());
        assertTrue(Files.isRegularFile(file));
        assertTrue(vm.resultProperty().get().startsWith("Exported 4 sprints and 54 plan lines to " + file + " ("),
                vm.resultProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
    }

    @Test
    void exportsOnlyTheTickedSprintsAndAddsTheExtension() {
        vm.allSprintsProperty().set(false);
        vm.sprints().forEach(c -> c.selectedProperty().set(c.sprint().name().equals("Sprint 47")));
        assertEquals(List.of("Sprint 47"), vm.chosen().stream().map(Sprint::name).toList());
        vm.pathProperty().set(dir.resolve("sprint-47").toString());
        vm.export();
        assertEquals(Outcome.SUCCESS, vm.outcomeProperty().get(), vm.resultProperty().get());
        assertTrue(vm.resultProperty().get().startsWith("Exported 1 sprint and 20 plan lines to " + dir.resolve("sprint-47.xlsx")));
    }

    @Test
    void nothingTickedOrNoFileCannotBeExported() {
        vm.allSprintsProperty().set(false);
        vm.sprints().forEach(c -> c.selectedProperty().set(false));
        assertFalse(vm.canExportProperty().get());
        vm.export();
        assertEquals(Outcome.FAILED, vm.outcomeProperty().get());
        assertEquals("Choose at least one sprint to export.", vm.resultProperty().get());
        vm.allSprintsProperty().set(true);
        vm.pathProperty().set("  ");
        assertFalse(vm.canExportProperty().get());
        vm.pathProperty().set(dir.resolve("no/such/folder/x.xlsx").toString());
        vm.export();
        assertEquals("The folder " + dir.resolve("no/such/folder") + " does not exist.", vm.resultProperty().get());
    }

    @Test
    void cancelDiscardsTheExportAndKeepsTheEarlierFile() throws Exception {
        Path file = dir.resolve("envelope-finance-2026-11-22.xlsx");
        Files.writeString(file, "earlier");
        // The user presses Cancel while the work runs: the work starts, sees the cancel, stops.
        FinanceExportViewModel[] self = new FinanceExportViewModel[1];
        BackgroundTasks cancelling = new BackgroundTasks() {
            @Override
            public <T> void run(String description, Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
                self[0].cancel();
                BackgroundTasks.IMMEDIATE.run(description, work, ok, failed);
            }
        };
        FinanceExportViewModel cancelled = model(BackgroundTasks.IMMEDIATE);
        cancelled.load();
        self[0] = model(cancelling);
        self[0].sprints().setAll(cancelled.sprints());
        List<String> statuses = new ArrayList<>();
        self[0].statusProperty().addListener((o, a, b) -> statuses.add(b));
        self[0].export();
        assertTrue(statuses.contains("Cancelling…"), statuses.toString());
        assertEquals(Outcome.CANCELLED, self[0].outcomeProperty().get());
        assertEquals("Export cancelled. Nothing was written; envelope-finance-2026-11-22.xlsx is as it was.",
                self[0].resultProperty().get());
        assertEquals("earlier", Files.readString(file));
    }
}
