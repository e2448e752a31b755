package app.envelope.ui.board;

import static app.envelope.ui.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.cli.SyntheticPortfolio;
import app.envelope.domain.Sprint;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.FxBackgroundTasks;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.shell.MainWindow;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board on a portfolio that is not the demo: one sprint (the only one in the chooser) with 600
 * plan lines. Guards two things found with {@code bench-ui}: with a single sprint the board reloaded
 * itself without end, and the chart rebuilt every bubble and its tooltip on every edit.
 */
@ExtendWith(ApplicationExtension.class)
class LargeBoardFxTest {
    private static final int LINES = 600;

    private Store store;
    private FxBackgroundTasks tasks;
    private MainWindow window;
    private Sprint sprint;

    @Start
    void start(Stage stage) throws Exception {
        store = TestStores.open(Files.createTempDirectory("envelope-large-board"), "large");
        List<Sprint> made = SyntheticPortfolio.generate(store, LINES, 1, 0, new Random(42));
        sprint = made.get(0);
        tasks = new FxBackgroundTasks();
        window = new MainWindow(store, tasks);
        stage.setScene(window.scene(1600, 960));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        store.close();
    }

    @Test
    void oneSprintLoadsOnceAndAnEditKeepsEveryBubble(FxRobot robot) throws Exception {
        BoardViewModel board = window.board();
        TableView<?> table = robot.lookup("#planTable").queryAs(TableView.class);
        waitUntil(() -> tasks.idle() && table.getItems().size() == LINES);
        assertEquals(sprint.id(), board.selectedSprintProperty().get().id());

        AtomicInteger reloads = new AtomicInteger();
        AtomicInteger rowsReplaced = new AtomicInteger();
        robot.interact(() -> board.rows().addListener((ListChangeListener<BoardRow>) c -> {
            reloads.incrementAndGet();
            while (c.next()) {
                rowsReplaced.addAndGet(c.getAddedSize());
            }
        }));
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, reloads.get(), "the board keeps still once its sprint is loaded");
        assertTrue(tasks.idle());

        BoardRow first = board.rows().get(0);
        String key = first.line().epicKey();
        Circle before = robot.lookup("#bubble-" + key).queryAs(Circle.class);
        String[] refused = new String[1];
        robot.interact(() -> refused[0] = board.edit(first.line().id(), PlanField.VALUE, "123456"));
        assertNull(refused[0]);
        waitUntil(tasks::idle);
        Circle after = robot.lookup("#bubble-" + key).queryAs(Circle.class);
        assertSame(before, after, "the line keeps its bubble");
        assertEquals(LINES, robot.lookup(".bubble").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("bubble-")).count(), "one bubble per line");
        Tooltip tip = (Tooltip) after.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tip.getText().contains("Y $123,456"), tip.getText());
        assertTrue(rowsReplaced.get() >= 1 && rowsReplaced.get() < LINES / 2,
                "only the rows an edit changes are replaced, not all " + LINES + ": " + rowsReplaced.get());
        assertEquals(123456, board.row(first.line().id()).line().value().intValueExact());
    }
}
