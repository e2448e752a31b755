package app.envelope.ui.board;

import static app.envelope.ui.DemoWindow.text;
import static app.envelope.ui.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Tier;
import app.envelope.store.PlanQueries;
import app.envelope.ui.DemoWindow;
import java.math.BigDecimal;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real board: grid editing by keyboard, undo/redo, paste, the balance panel, and a restart. */
@ExtendWith(ApplicationExtension.class)
class BoardFxTest {
    private DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.open(stage, "board", 1600, 960);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private TableCell<BoardRow, BoardRow> cell(FxRobot robot, String epic, String columnId) {
        return DemoWindow.cell(robot, BoardRow.class, r -> r.line().epicKey(), epic, columnId);
    }

    private PlanLine stored(String epic) {
        long sprint = new PlanQueries(demo.store()).currentSprint().orElseThrow().id();
        return demo.store().portfolio().planLines(sprint).stream().filter(l -> l.epicKey().equals(epic)).findFirst().orElseThrow();
    }

    private void waitForBoard(FxRobot robot) throws Exception {
        waitUntil(() -> "$390,404".equals(text(robot, "#totalCost")));
    }

    private void typeInto(FxRobot robot, TableCell<?, ?> cell, String text) {
        robot.clickOn(cell);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void editingZInTheGridChangesTotalsFitAndChartAndSurvivesARestart(FxRobot robot) throws Exception {
        waitForBoard(robot);
        assertTrue(cell(robot, "PAY-163", "col-fit").getText().contains("red"));
        double yBefore = robot.lookup("#bubble-PAY-163").queryAs(Circle.class).getCenterY();
        typeInto(robot, cell(robot, "PAY-163", "col-willing-z"), "30000");
        waitUntil(() -> cell(robot, "PAY-163", "col-fit").getText().contains("green"));
        assertEquals("✔ 15 green · ◐ 3 amber · ✖ 2 red", text(robot, "#fitSummary"));
        typeInto(robot, cell(robot, "PAY-163", "col-value-y"), "150000");
        waitUntil(() -> "$1,301,000".equals(text(robot, "#totalValue")));
        assertTrue(robot.lookup("#bubble-PAY-163").queryAs(Circle.class).getCenterY() < yBefore, "the bubble moves up");
        waitUntil(() -> demo.tasks().idle());

        // Restart on the same database file: close everything, reopen, the edits are there.
        demo.restart(robot);
        waitUntil(() -> "$1,301,000".equals(text(robot, "#totalValue")));
        assertTrue(cell(robot, "PAY-163", "col-fit").getText().contains("green"));
        assertEquals(0, new BigDecimal("30000").compareTo(stored("PAY-163").willingness()));
    }

    @Test
    void undoAndRedoAGridEditWithTheKeyboard(FxRobot robot) throws Exception {
        waitForBoard(robot);
        typeInto(robot, cell(robot, "PAY-142", "col-tier"), "mid");
        waitUntil(() -> "mid".equals(cell(robot, "PAY-142", "col-tier").getText()));
        String edited = text(robot, "#totalCost");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> "$390,404".equals(text(robot, "#totalCost")));
        assertEquals("frontier", cell(robot, "PAY-142", "col-tier").getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> edited.equals(text(robot, "#totalCost")));
        waitUntil(() -> demo.tasks().idle());
        assertEquals(Tier.MID, stored("PAY-142").tier());
    }

    @Test
    void aRefusedCellShowsItsReasonAndChangesNothing(FxRobot robot) throws Exception {
        waitForBoard(robot);
        typeInto(robot, cell(robot, "GRO-210", "col-hours"), "-5");
        waitUntil(() -> text(robot, "#problem").contains("labour hours cannot be negative"));
        robot.type(KeyCode.ESCAPE);
        assertEquals("$390,404", text(robot, "#totalCost"));
        assertEquals(0, new BigDecimal("50").compareTo(stored("GRO-210").labourHours()));
    }

    @Test
    void pastingA3By4RangeWithOneBadCell(FxRobot robot) throws Exception {
        waitForBoard(robot);
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("50000\t12000\tM\tmid\n61000\t9900\tS\tgiant\n96000\t31000\tL\tfrontier\n");
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn(cell(robot, "PAY-151", "col-value-y"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#problem").contains("PAY-158, Tier: unknown tier \"giant\""));
        waitUntil(() -> demo.tasks().idle());
        assertEquals(0, new BigDecimal("61000").compareTo(stored("PAY-158").value()));
        assertEquals(Tier.MID, stored("PAY-158").tier());
        assertEquals(0, new BigDecimal("96000").compareTo(stored("PAY-163").value()));
        assertEquals("$61,000", cell(robot, "PAY-158", "col-value-y").getText());
    }

    @Test
    void movingABalanceSliderAndApplying(FxRobot robot) throws Exception {
        waitForBoard(robot);
        robot.clickOn("#teamFilter");
        robot.clickOn("Platform");
        waitUntil(() -> robot.lookup("#planTable").queryAs(javafx.scene.control.TableView.class).getItems().size() == 6);
        robot.clickOn(cell(robot, "PLAT-305", "col-epic"));
        waitUntil(() -> text(robot, "#balanceHeading").startsWith("PLAT-305"));
        assertTrue(text(robot, "#balanceWarning").startsWith("Starved"));
        Node slider = robot.lookup("#labourSlider").query();
        robot.clickOn(slider);
        robot.interact(() -> ((Slider) slider).setValue(21700));
        waitUntil(() -> text(robot, "#balanceWarning").startsWith("The token share covers T50"));
        robot.clickOn("#applyBalance");
        waitUntil(() -> demo.tasks().idle());
        waitUntil(() -> new BigDecimal("131").compareTo(stored("PLAT-305").labourHours()) == 0);
        assertEquals(0, new BigDecimal("1328").compareTo(stored("PLAT-305").riskOverride()));
    }
}
