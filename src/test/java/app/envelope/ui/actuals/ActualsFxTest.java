package app.envelope.ui.actuals;

import static app.envelope.ui.DemoWindow.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.billing.parse.DecimalStyle;
import app.envelope.service.StoredMappings;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.DemoWindow;
import app.envelope.ui.FxBackgroundTasks;
import app.envelope.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drives the real Actuals screen on a real H2 file: choose a file, see the preview and the file's
 * totals, import with the progress shown, see the result, change a rule, delete the batch; and an
 * unknown header through the column-mapping dialog.
 */
@ExtendWith(ApplicationExtension.class)
class ActualsFxTest {
    private Path dir;
    private Store store;
    private GatedTasks tasks;
    private MainWindow window;

    /** The app's tasks, except that the first progress report of an armed run holds the worker until released. */
    private static final class GatedTasks implements BackgroundTasks {
        final FxBackgroundTasks inner = new FxBackgroundTasks();
        final AtomicBoolean armed = new AtomicBoolean();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            inner.run(description, work, onSuccess, onFailure);
        }

        @Override
        public void publish(Runnable update) {
            inner.publish(update);
            if (!Platform.isFxApplicationThread() && armed.compareAndSet(true, false)) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("envelope-actuals");
        store = TestStores.demo(dir);
        tasks = new GatedTasks();
        window = new MainWindow(store, tasks);
        stage.setScene(window.scene(1920, 1080));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.release.countDown();
        tasks.inner.close();
        store.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        DemoWindow.waitUntil(20, condition);
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.clickOn("#nav-actuals");
        waitUntil(() -> showing(robot, "#emptyPane") && tasks.inner.idle());
        // The test hands the path over as the "Choose file…" dialog would.
        robot.interact(() -> window.actuals().open(file));
    }

    @Test
    void importsAFileWithProgressShowsTheTotalsAndDeletesTheBatchAgain(FxRobot robot) throws Exception {
        Path file = ActualsFixtures.bigGithubFile(dir.resolve("github-usage-big.csv"), 10_000);
        open(robot, file);

        // Preview before anything is stored: format, 20 rows, the whole file's totals.
        waitUntil(() -> showing(robot, "#previewPane")
                && "10,001 read · 10,000 to import · 1 rejected".equals(text(robot, "#fileRows")));
        assertEquals("GitHub detailed usage report", text(robot, "#fileFormat"));
        assertEquals(20, robot.lookup("#previewTable").queryAs(TableView.class).getItems().size());
        assertEquals("$2,500.00", text(robot, "#fileEffective"));
        assertEquals("$2,500.00", text(robot, "#fileList"));
        assertEquals("$2,000.00", text(robot, "#fileBilled"));
        assertEquals("USD", text(robot, "#fileCurrency"));
        assertTrue(store.billing().batches().isEmpty(), "nothing stored by the preview");

        // Import: the progress bar with rows read and rows per second, held at the first report.
        tasks.armed.set(true);
        robot.clickOn("#importButton");
        waitUntil(() -> showing(robot, "#progressPane") && text(robot, "#progressText").startsWith("4,096 rows read · "));
        assertTrue(text(robot, "#progressText").endsWith(" rows/s"), text(robot, "#progressText"));
        ProgressBar bar = robot.lookup("#importProgress").queryAs(ProgressBar.class);
        assertTrue(bar.isVisible());
        assertTrue(bar.getProgress() > 0 && bar.getProgress() < 1, "progress " + bar.getProgress());
        assertTrue(robot.lookup("#cancelImport").queryAs(Button.class).isVisible());
        tasks.release.countDown();

        // The result: rows and totals on screen.
        waitUntil(() -> showing(robot, "#resultPane") && "10,000".equals(text(robot, "#rowsImported")));
        assertEquals("10,001", text(robot, "#rowsRead"));
        assertEquals("1", text(robot, "#rowsRejected"));
        assertEquals("$2,500.00", text(robot, "#totalList"));
        assertEquals("$2,500.00", text(robot, "#totalEffective"));
        assertEquals("$2,000.00", text(robot, "#totalBilled"));
        // 1,428 lines on 2026-11-14 and -15 at $0.25: $357.00, between the two sprints.
        assertTrue(text(robot, "#outsideSprints").startsWith("$357.00 in 1,428 lines charged 2026-11-14 – 2026-11-15"),
                text(robot, "#outsideSprints"));
        // Only acme-PLAT-309-build-cache names an epic: 2,500 lines, $625.00; the rest is unattributed.
        assertTrue(text(robot, "#unattributed").startsWith("$1,875.00 in 7,500 lines (75.0% of the spend)"),
                text(robot, "#unattributed"));
        assertEquals(1, store.billing().batches().size());

        // A rule changes the attribution of the stored lines without importing again.
        robot.clickOn("Attribution rules");
        robot.clickOn("#addRule");
        robot.interact(() -> {
            robot.lookup("#ruleValue").queryTextInputControl().setText("payments-*");
            @SuppressWarnings("unchecked")
            ComboBox<String> epic = robot.lookup("#ruleEpic").queryAs(ComboBox.class);
            epic.setValue("PAY-999");
        });
        waitUntil(() -> text(robot, "#ruleProblem").startsWith("unknown epic \"PAY-999\""));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> epic = robot.lookup("#ruleEpic").queryAs(ComboBox.class);
            epic.setValue("PAY-142");
        });
        waitUntil(() -> text(robot, "#ruleProblem").isEmpty());
        robot.clickOn("#applyRules");
        waitUntil(() -> text(robot, "#rulesStatus").equals("Applied 1 rule: 2,500 lines changed epic"));
        waitUntil(() -> text(robot, "#unattributed").startsWith("$1,250.00 in 5,000 lines"));

        // Delete the batch (confirmed): it is gone from the list and from the store.
        robot.clickOn("Batches");
        TableView<?> batches = robot.lookup("#batchTable").queryAs(TableView.class);
        assertEquals(1, batches.getItems().size());
        robot.interact(() -> batches.getSelectionModel().select(0));
        robot.clickOn("#deleteBatch");
        waitUntil(() -> robot.lookup("#confirmDeleteBatch").tryQuery().isPresent());
        robot.clickOn("Delete batch");
        waitUntil(() -> batches.getItems().isEmpty());
        assertTrue(store.billing().batches().isEmpty());
        AtomicBoolean any = new AtomicBoolean();
        store.billing().forEachLine(null, l -> any.set(true));
        assertFalse(any.get(), "no line left");
        assertTrue(text(robot, "#actualsStatus").startsWith("Deleted batch #"), text(robot, "#actualsStatus"));
        assertTrue(showing(robot, "#emptyPane"));
    }

    @Test
    void anUnknownHeaderGoesThroughTheMappingDialogAndIsRecognisedNextTime(FxRobot robot) throws Exception {
        Path file = ActualsFixtures.fixture("gateway-spend-eur.csv");
        open(robot, file);
        waitUntil(() -> robot.lookup("#columnMappingDialog").tryQuery().isPresent()
                && robot.lookup("#mappingRowErrors").tryQuery().isPresent());
        assertEquals("unknown format — map the columns", window.actuals().formatTextProperty().get());
        assertTrue(showing(robot, "#mappingPane"));
        waitUntil(() -> !robot.lookup("#mappingRowErrors").queryListView().getItems().isEmpty());
        assertTrue(robot.lookup("#mappingRowErrors").queryListView().getItems().get(0).toString()
                .startsWith("row 1: date \"03.11.2026\" is not a date"));
        assertTrue(robot.lookup("#saveMapping").queryAs(Button.class).isDisabled(), "no row is readable yet");
        assertTrue(text(robot, "#mappingProblem").startsWith("No row of the first 8 can be read this way"),
                text(robot, "#mappingProblem"));

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> dates = robot.lookup("#dateFormat").queryAs(ComboBox.class);
            dates.setValue("dd.MM.yyyy");
            @SuppressWarnings("unchecked")
            ComboBox<DecimalStyle> decimals = robot.lookup("#decimalStyle").queryAs(ComboBox.class);
            decimals.setValue(DecimalStyle.COMMA);
        });
        robot.doubleClickOn("#mappingName").eraseText(30).write("Gateway spend");
        waitUntil(() -> robot.lookup("#mappingPreview").queryAs(TableView.class).getItems().size() == 7);
        assertEquals(1, robot.lookup("#mappingRowErrors").queryListView().getItems().size());
        assertFalse(robot.lookup("#saveMapping").queryAs(Button.class).isDisabled());

        robot.clickOn("#saveMapping");
        waitUntil(() -> robot.lookup("#columnMappingDialog").tryQuery().isEmpty() && showing(robot, "#previewPane")
                && "8 read · 7 to import · 1 rejected".equals(text(robot, "#fileRows")));
        assertEquals("Gateway spend (saved column mapping)", text(robot, "#fileFormat"));
        assertEquals("€1,590.80", text(robot, "#fileEffective"));
        assertEquals("—, not in this file", text(robot, "#fileBilled"));
        assertTrue(text(robot, "#fileNotes").startsWith("FX: EUR→USD 1.0850 from 2026-10-01"), text(robot, "#fileNotes"));

        robot.clickOn("#importButton");
        waitUntil(() -> showing(robot, "#resultPane") && "7".equals(text(robot, "#rowsImported")));
        assertEquals("Converted into USD at EUR→USD 1.0850 from 2026-10-01 (7 lines)", text(robot, "#fxText"));
        assertEquals("—, not in this file", text(robot, "#totalList"));

        // Recognised next time: the database has the mapping, and the file opens straight to its preview.
        assertTrue(new StoredMappings(store.columnMappings()).findByHeader(ActualsFixtures.GATEWAY_HEADER).isPresent());
        robot.interact(() -> window.actuals().deleteBatch(window.actuals().stored().rows().get(0)));
        waitUntil(() -> window.actuals().stored().rows().isEmpty() && tasks.inner.idle());
        robot.interact(() -> window.actuals().open(file));
        waitUntil(() -> showing(robot, "#previewPane") && "8 read · 7 to import · 1 rejected".equals(text(robot, "#fileRows")));
        assertTrue(robot.lookup("#columnMappingDialog").tryQuery().isEmpty(), "no dialog the second time");
        assertEquals(1, robot.lookup("#actualsTabs").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> t.getText().equals("Batches")).count());
    }
}
