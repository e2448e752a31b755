package app.envelope.ui.scenario;

import static app.envelope.ui.DemoWindow.text;
import static app.envelope.ui.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Tier;
import app.envelope.store.PlanQueries;
import app.envelope.store.ScenarioRepository;
import app.envelope.ui.DemoWindow;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real scenario screen: create a scenario, re-tier two lines, read the comparison, discard it. */
@ExtendWith(ApplicationExtension.class)
class ScenarioFxTest {
    private DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.open(stage, "scenario", 1920, 1080);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private TableCell<ScenarioRow, ScenarioRow> cell(FxRobot robot, String epic, String columnId) {
        return DemoWindow.cell(robot, ScenarioRow.class, r -> r.line().epicKey(), epic, columnId);
    }

    private long sprint47() {
        return demo.store().portfolio().sprint("Sprint 47").orElseThrow().id();
    }

    @Test
    @SuppressWarnings("unchecked")
    void createAScenarioReTierTwoLinesCompareAndDiscard(FxRobot robot) throws Exception {
        List<PlanLine> plan = demo.store().portfolio().planLines(sprint47());
        robot.clickOn("#nav-scenarios");
        waitUntil(() -> text(robot, "#scenarioHeading").startsWith("“Right-size the frontier lines”"));

        robot.clickOn("#newScenario");
        TextField name = robot.lookup("#scenarioName").queryAs(TextField.class);
        assertEquals("What-if 1", name.getText());
        robot.interact(() -> name.setText("Frontier work on mid"));
        robot.clickOn("OK");
        waitUntil(() -> text(robot, "#scenarioHeading").equals("“Frontier work on mid” · 0 of 20 lines changed"));
        assertEquals("same", text(robot, "#cmp-planned-cost-c-change"));

        // Select PAY-142 and PAY-163 (both frontier) and move them to the mid tier in one go.
        robot.clickOn(cell(robot, "PAY-142", "scol-title"));
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, "PAY-163", "scol-title")).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#scenarioSelection").equals("2 lines selected: PAY-142, PAY-163"));
        ComboBox<String> tier = robot.lookup("#retierTier").queryAs(ComboBox.class);
        robot.interact(() -> tier.setValue("mid"));
        robot.clickOn("#retierSelected");
        waitUntil(() -> text(robot, "#scenarioHeading").equals("“Frontier work on mid” · 2 of 20 lines changed"));

        // PAY-142 (L, high, open): T50 26,424 -> 5,544 and R 50,646 -> 10,626, so C -60,900;
        // PAY-163 (M, medium, bounded): C 28,257.50 -> 21,732.50, red -> amber. Together C -67,425.
        assertEquals("$390,404", text(robot, "#cmp-planned-cost-c-plan"));
        assertEquals("$322,979", text(robot, "#cmp-planned-cost-c-scenario"));
        assertEquals("−$67,425", text(robot, "#cmp-planned-cost-c-change"));
        assertTrue(robot.lookup("#cmp-planned-cost-c-change").queryAs(Label.class).getStyleClass().contains("change-better"));
        assertEquals("3", text(robot, "#cmp-red-lines-plan"));
        assertEquals("2", text(robot, "#cmp-red-lines-scenario"));
        assertEquals("same", text(robot, "#cmp-labour-l-change"));
        assertEquals("mid", cell(robot, "PAY-142", "scol-tier").getText());
        assertTrue(cell(robot, "PAY-142", "scol-tier").getStyleClass().contains("changed"));
        assertEquals("In the plan: frontier", cell(robot, "PAY-142", "scol-tier").getTooltip().getText());
        assertTrue(cell(robot, "PAY-163", "scol-fit-plan-scenario").getText().contains("red → ◐ amber"));
        assertEquals("−$6,525", cell(robot, "PAY-163", "scol-delta-c").getText());
        waitUntil(() -> demo.tasks().idle());
        long id = demo.store().scenarios().list(sprint47()).stream().filter(s -> s.name().equals("Frontier work on mid"))
                .findFirst().orElseThrow().id();
        assertEquals(Tier.MID, demo.store().scenarios().load(id).orElseThrow().lines().stream()
                .filter(l -> l.epicKey().equals("PAY-142")).findFirst().orElseThrow().tier());

        robot.clickOn("#discardScenario");
        robot.clickOn("OK");
        waitUntil(() -> text(robot, "#scenarioHeading").startsWith("“Right-size the frontier lines”"));
        waitUntil(() -> demo.tasks().idle());
        assertTrue(demo.store().scenarios().load(id).isEmpty());
        assertEquals(List.of("Right-size the frontier lines"),
                demo.store().scenarios().list(sprint47()).stream().map(ScenarioRepository.Summary::name).toList());
        assertEquals(plan, demo.store().portfolio().planLines(sprint47()), "the plan is untouched");
        assertEquals("$390,404", app.envelope.ui.Format.money(
                new PlanQueries(demo.store()).evaluate(demo.store().portfolio().sprint("Sprint 47").orElseThrow()).totals().cost(), "USD"));
    }
}
