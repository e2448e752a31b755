package app.envelope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.SprintEvaluation;
import app.envelope.store.PlanQueries;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.open(stage, "fx", 1600, 960);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void opensOnTheCurrentSprintAndShowsItsTotalPlannedCost(FxRobot robot) throws Exception {
        PlanQueries q = new PlanQueries(demo.store());
        SprintEvaluation eval = q.evaluate(q.currentSprint().orElseThrow());
        String expected = Format.money(eval.totals().cost(), "USD");
        assertEquals("$390,404", expected);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> expected.equals(robot.lookup("#totalCost").queryAs(Label.class).getText()));
        TableView<?> table = robot.lookup("#planTable").queryAs(TableView.class);
        assertEquals(20, table.getItems().size());
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && "PAY-142".equals(l.getText())));
    }
}
