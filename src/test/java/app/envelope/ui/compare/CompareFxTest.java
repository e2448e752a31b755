package app.envelope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Size;
import app.envelope.domain.Sprint;
import app.envelope.domain.actuals.LineActual;
import app.envelope.service.DemoLoader;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.FxBackgroundTasks;
import app.envelope.ui.shell.MainWindow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Compare screen on the demo with its billing files imported. */
@ExtendWith(ApplicationExtension.class)
class CompareFxTest {
    private Store store;
    private FxBackgroundTasks tasks;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("envelope-compare");
        store = TestStores.open(dir, "demo");
        new DemoLoader(store).load();
        tasks = new FxBackgroundTasks();
        stage.setScene(new MainWindow(store, tasks).scene(1920, 1080));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        store.close();
    }

    /** Waits for a condition; a cell not (yet) on screen counts as not yet. */
    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try {
                return condition.getAsBoolean();
            } catch (AssertionError | RuntimeException e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableCell<CompareRow, CompareRow> cell(FxRobot robot, String key, String columnId) {
        return robot.lookup(".table-cell").queryAll().stream().filter(n -> n instanceof TableCell<?, ?>)
                .map(n -> (TableCell<CompareRow, CompareRow>) n)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() != null
                        && key.equals(c.getTableRow().getItem().key()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + key + " " + columnId));
    }

    private void openCompare(FxRobot robot) throws Exception {
        robot.clickOn("#nav-compare");
        waitUntil(() -> robot.lookup("#compareTable").queryAs(TableView.class).getItems().size() == 16);
        waitUntil(() -> tasks.idle() && !text(robot, "#plannedTotal").isEmpty());
    }

    private boolean visibleLabel(FxRobot robot, String text) {
        return robot.lookup(".label").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && text.equals(l.getText()) && l.isVisible());
    }

    @Test
    void theClosedSprintIsComparedWithItsAlertsAndTheLineWithoutTokenCounts(FxRobot robot) throws Exception {
        openCompare(robot);
        assertEquals("$165,948", text(robot, "#plannedTotal"));
        assertEquals("$158,157", text(robot, "#actualTotal"));
        assertEquals("$61,775.51 in 6 files ✓ all here", text(robot, "#reconciliation"));
        assertEquals("over plan, over Z", cell(robot, "PAY-142", "col-status").getText());
        assertEquals("starved", cell(robot, "PLAT-312", "col-plan-flags").getText());
        assertTrue(visibleLabel(robot, "n/a — no token counts"), "PAY-151's split reads n/a");
        assertEquals("no rule matched", cell(robot, "Unattributed", "col-status").getText());
        assertEquals("✓ = the files", cell(robot, "Imported", "col-status").getText());

        // An alert: a badge in the grid and a line in the alert list.
        Node badge = cell(robot, "PAY-142", "col-alert").getGraphic();
        assertEquals("▲ over plan", ((Label) badge).getText());
        ListView<?> alerts = robot.lookup("#alertList").queryAs(ListView.class);
        assertEquals("Sprint 46", ((app.envelope.domain.actuals.BudgetAlert) alerts.getItems().get(0)).key());
        assertTrue(visibleLabel(robot, "PAY-181 · $3,270 of $2,657 (123%)"));
        robot.clickOn("PAY-181 · $3,270 of $2,657 (123%)");
        waitUntil(() -> text(robot, "#selectedHeading").startsWith("PAY-181: actual cost per ticket closed"));
    }

    @Test
    void enteringActualHoursForALineChangesItsComparisonAndIsStored(FxRobot robot) throws Exception {
        openCompare(robot);
        robot.clickOn(cell(robot, "GRO-210", "col-epic"));
        waitUntil(() -> text(robot, "#selectedHeading").startsWith("GRO-210"));
        TextField hours = robot.lookup("#hoursField").queryAs(TextField.class);
        assertEquals("52", hours.getText());
        robot.doubleClickOn(hours).eraseText(4).write("60");
        robot.clickOn("#saveActuals");
        waitUntil(() -> "over plan".equals(cell(robot, "GRO-210", "col-status").getText()));
        assertEquals("▲ over plan", ((Label) cell(robot, "GRO-210", "col-alert").getGraphic()).getText());
        assertTrue(text(robot, "#compareStatus").startsWith("Saved GRO-210: 60 h"));
        Sprint s46 = store.portfolio().sprint("Sprint 46").orElseThrow();
        PlanLine gro210 = store.portfolio().planLines(s46.id()).stream().filter(l -> l.epicKey().equals("GRO-210"))
                .findFirst().orElseThrow();
        LineActual stored = store.actuals().lineActuals(s46.id()).get(gro210.id());
        assertEquals(0, new BigDecimal("60").compareTo(stored.hours()));
    }

    @Test
    void theCalibrationTabProposesAndAcceptsANewEnvelopeVersion(FxRobot robot) throws Exception {
        openCompare(robot);
        robot.clickOn("Calibration");
        waitUntil(() -> robot.lookup("#calibrationCells").queryAs(TableView.class).getItems().size() == 15);
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && "fewer than 3 samples".equals(l.getText())));
        waitUntil(() -> !robot.lookup("#acceptCalibration").query().isDisabled());
        robot.clickOn("#acceptCalibration");
        waitUntil(() -> text(robot, "#calibrationStatus").startsWith("Wrote a new envelope table version from 2026-11-16"));
        assertEquals(LocalDate.of(2026, 11, 16),
                store.rateCard().load().asOf(LocalDate.of(2026, 11, 16)).envelope(Size.L).validFrom());
    }
}
