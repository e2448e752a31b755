package app.envelope.ui.rates;

import static app.envelope.ui.DemoWindow.text;
import static app.envelope.ui.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Sprint;
import app.envelope.store.PlanQueries;
import app.envelope.ui.DemoWindow;
import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;
import java.math.BigDecimal;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real rate-card screen: a new price version re-prices the open sprint on the board, not the closed one. */
@ExtendWith(ApplicationExtension.class)
class RatesFxTest {
    private DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.open(stage, "rates", 1920, 1080);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private Sprint sprint(String name) {
        return demo.store().portfolio().sprint(name).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void showSprint(FxRobot robot, String name) {
        ComboBox<Sprint> box = robot.lookup("#sprintBox").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private String boardCell(FxRobot robot, String epic, String columnId) {
        return robot.lookup(".table-cell").queryAll().stream().filter(n -> n instanceof TableCell<?, ?>)
                .map(n -> (TableCell<BoardRow, BoardRow>) n)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && ((Object) c.getTableRow().getItem()) instanceof BoardRow r
                        && epic.equals(r.line().epicKey()))
                .findFirst().map(TableCell::getText).orElse("");
    }

    private void retype(FxRobot robot, String id, String value) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(value);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPriceVersionFromTheOpenSprintsStartRepricesItAndNotTheClosedSprint(FxRobot robot) throws Exception {
        waitUntil(() -> "$390,404".equals(text(robot, "#totalCost")));
        showSprint(robot, "Sprint 46");
        String closedTotal = Format.money(new PlanQueries(demo.store()).evaluate(sprint("Sprint 46")).totals().cost(), "USD");
        waitUntil(() -> closedTotal.equals(text(robot, "#totalCost")));
        showSprint(robot, "Sprint 47");
        waitUntil(() -> "$390,404".equals(text(robot, "#totalCost")));
        assertEquals("$924", boardCell(robot, "PAY-151", "col-t50"));

        robot.clickOn("#nav-rates");
        waitUntil(() -> robot.lookup("#prices-history").tryQuery().isPresent()
                && !robot.lookup("#prices-history").queryAs(TableView.class).getItems().isEmpty());
        ComboBox<String> model = robot.lookup("#prices-model").queryAs(ComboBox.class);
        robot.interact(() -> model.setValue("claude-sonnet-4-5"));
        DatePicker from = robot.lookup("#prices-validFrom").queryAs(DatePicker.class);
        retype(robot, "#prices-validFrom", "2026-11-16");
        assertEquals("2026-11-16", from.getEditor().getText());
        // The mid tier's model back at list price from the open sprint's first day; first a typo.
        retype(robot, "#prices-effective-input", "-3");
        retype(robot, "#prices-effective-output", "15");
        retype(robot, "#prices-effective-cache-read", "0.30");
        retype(robot, "#prices-effective-cache-write", "3.75");
        waitUntil(() -> text(robot, "#prices-impact").equals("Replaces the version of 2026-11-16 · will price: Sprint 47 onward"));
        robot.clickOn("#prices-add");
        waitUntil(() -> "cannot be negative".equals(text(robot, "#prices-effective-input-error")));
        assertTrue(robot.lookup("#prices-effective-input").queryAs(TextField.class).getStyleClass().contains("refused"));
        assertTrue(text(robot, "#ratesProblem").contains("Nothing was stored"));
        assertEquals(0, new BigDecimal("2.4").compareTo(demo.store().rateCard().load().priceOf("claude-sonnet-4-5",
                sprint("Sprint 47").start()).orElseThrow().effective().input()));

        retype(robot, "#prices-effective-input", "3");
        assertEquals("", text(robot, "#prices-effective-input-error"));
        robot.clickOn("#prices-add");
        waitUntil(() -> text(robot, "#ratesStatus").startsWith("Replaced the claude-sonnet-4-5 price from 2026-11-16"));
        assertEquals(0, new BigDecimal("3").compareTo(demo.store().rateCard().load().priceOf("claude-sonnet-4-5",
                sprint("Sprint 47").start()).orElseThrow().effective().input()));

        // Back on the board: the open sprint is re-priced (PAY-151 T50 = 400M x 2.8875 / 1M = 1,155) ...
        robot.clickOn("#nav-board");
        String openTotal = Format.money(new PlanQueries(demo.store()).evaluate(sprint("Sprint 47")).totals().cost(), "USD");
        assertTrue(!"$390,404".equals(openTotal));
        waitUntil(() -> openTotal.equals(text(robot, "#totalCost")));
        waitUntil(() -> "$1,155".equals(boardCell(robot, "PAY-151", "col-t50")));
        // ... and the closed sprint keeps its prices.
        showSprint(robot, "Sprint 46");
        waitUntil(() -> closedTotal.equals(text(robot, "#totalCost")));
    }
}
