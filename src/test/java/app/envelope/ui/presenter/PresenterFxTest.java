package app.envelope.ui.presenter;

import static app.envelope.ui.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.LabourRate;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.domain.Tier;
import app.envelope.domain.TierPricing;
import app.envelope.domain.TokenPrices;
import app.envelope.store.PlanQueries;
import app.envelope.ui.DemoWindow;
import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives presenter mode in the real window with the keyboard only, checks what the room can read
 * (nothing private until revealed, nothing smaller than 18px) and that edits are the board's edits.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterFxTest {
    private static final String EMAIL = "dana.kim@example.com";

    private DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.prepare(stage, "presenter", 1920, 1080);
        // The demo has no billing users yet: one imported line on PAY-142 with a person's e-mail.
        PresenterViewModelTest.addBillingUser(demo.store(), "PAY-142", sprint().id(), EMAIL);
        // The size of the projector (and of the headless screen), so going full screen keeps it.
        demo.show();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private Sprint sprint() {
        return new PlanQueries(demo.store()).currentSprint().orElseThrow();
    }

    private PlanLine stored(String epic) {
        return demo.store().portfolio().planLines(sprint().id()).stream().filter(l -> l.epicKey().equals(epic)).findFirst()
                .orElseThrow();
    }

    private boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @SuppressWarnings("unchecked")
    private TableView<BoardRow> presenterTable(FxRobot robot) {
        return robot.lookup("#presenterTable").queryAs(TableView.class);
    }

    private String selectedEpic(FxRobot robot) {
        BoardRow r = presenterTable(robot).getSelectionModel().getSelectedItem();
        return r == null ? null : r.line().epicKey();
    }

    private void enterWithF11(FxRobot robot) throws Exception {
        waitUntil(() -> "$390,404".equals(robot.lookup("#totalCost").queryAs(Label.class).getText()));
        robot.type(KeyCode.F11);
        waitUntil(() -> present(robot, "#presenter") && selectedEpic(robot) != null);
    }

    private void ctrl(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL);
        for (KeyCode k : keys) {
            robot.press(k);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        robot.release(KeyCode.CONTROL);
    }

    /** Every text in the scene graph: labels, texts, fields, and the tooltips of controls and shapes. */
    private List<String> allText() {
        List<String> out = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        collect(demo.stage().getScene().getRoot(), out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Text t && t.getText() != null) {
            out.add(t.getText());
        }
        if (n instanceof TextInputControl t && t.getText() != null) {
            out.add(t.getText());
        }
        if (n instanceof Control c && c.getTooltip() != null) {
            out.add(c.getTooltip().getText());
        }
        if (n.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip t) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static boolean anyContains(List<String> texts, String s) {
        return texts.stream().anyMatch(t -> t.contains(s));
    }

    /** The figures that must stay private: labour rates and negotiated prices as the UI writes them, and the e-mail. */
    private List<String> privateFigures() {
        Pricing p = new PlanQueries(demo.store()).pricing(sprint());
        List<String> figures = new ArrayList<>();
        for (BigDecimal rate : p.labourRates().values()) {
            figures.add(Format.exact(rate, "USD"));
        }
        for (Tier t : Tier.values()) {
            TierPricing tp = p.tier(t);
            TokenPrices e = tp.price().effective();
            for (BigDecimal v : List.of(e.input(), e.output(), e.cacheRead(), e.cacheWrite())) {
                figures.add(Format.exact(v, "USD"));
            }
        }
        figures.add(EMAIL);
        return figures;
    }

    @Test
    void aFullPlanningChangeByKeyboardOnly(FxRobot robot) throws Exception {
        enterWithF11(robot);
        assertFalse(present(robot, "#planTable"), "the board's grid is not in the scene while presenting");
        assertTrue(demo.stage().isFullScreen(), "presenter mode is full screen");
        TableView<BoardRow> table = presenterTable(robot);
        assertEquals(table.getItems().get(0).line().epicKey(), selectedEpic(robot));

        // Arrows move through the lines.
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        String epic = table.getItems().get(2).line().epicKey();
        waitUntil(() -> epic.equals(selectedEpic(robot)));
        PlanLine before = stored(epic);

        // Enter, type Y, Enter: stored at once, through the board's validation and undo history.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> present(robot, "#presenterEditorInput"));
        assertTrue(robot.lookup("#presenterEditorInput").query().isFocused());
        robot.write("150000");
        assertEquals("150000", robot.lookup("#presenterEditorInput").queryAs(javafx.scene.control.TextField.class).getText());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> demo.tasks().idle() && new BigDecimal("150000").compareTo(stored(epic).value()) == 0);
        assertFalse(robot.lookup("#presenterEditor").query().isVisible(), "the editor closed");
        assertEquals(epic, selectedEpic(robot), "the selection stays on the edited line after re-ranking");
        BoardRow edited = table.getSelectionModel().getSelectedItem();
        assertEquals("$150,000", Format.money(edited.line().value(), "USD"));

        // Enter, Tab Tab to the size, Up steps it, Enter stores it.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> present(robot, "#presenterEditorInput"));
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> demo.tasks().idle() && stored(epic).size() != before.size());
        assertEquals(before.size().ordinal() + 1, stored(epic).size().ordinal());

        // Space toggles funded.
        robot.type(KeyCode.SPACE);
        waitUntil(() -> demo.tasks().idle() && stored(epic).funded() != before.funded());

        // Ctrl+Z undoes, one edit at a time: funded, then the size, then Y.
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> demo.tasks().idle() && stored(epic).funded() == before.funded());
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> demo.tasks().idle() && stored(epic).size() == before.size());
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> demo.tasks().idle() && before.value().compareTo(stored(epic).value()) == 0);
        assertEquals(before, stored(epic));

        // Esc leaves presenter mode: the board and the normal window come back.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> present(robot, "#planTable") && !present(robot, "#presenter"));
        assertFalse(demo.stage().isFullScreen());
        assertEquals("$390,404", robot.lookup("#totalCost").queryAs(Label.class).getText());
    }

    @Test
    void labourRatesNegotiatedPricesAndPeopleArePrivateUntilRevealed(FxRobot robot) throws Exception {
        List<String> figures = privateFigures();
        assertTrue(figures.contains("$95.00") && figures.contains("$2.40") && figures.contains(EMAIL), figures.toString());
        enterWithF11(robot);
        while (!"PAY-142".equals(selectedEpic(robot))) {
            String was = selectedEpic(robot);
            robot.type(KeyCode.DOWN);
            waitUntil(() -> !was.equals(selectedEpic(robot)));
        }
        waitUntil(() -> anyContains(allText(), "PAY-142: 1 person in billing"));
        List<String> hidden = allText();
        assertTrue(hidden.contains("Private"), "a visible Private badge");
        for (String f : figures) {
            assertFalse(anyContains(hidden, f), f + " is on the shared screen while private");
        }
        // No model's negotiated price in force is on screen, whether or not a tier uses it.
        for (ModelPrice mp : RateCard.inForce(demo.store().rateCard().load().prices(), sprint().start()).values()) {
            TokenPrices e = mp.effective();
            for (BigDecimal v : List.of(e.input(), e.output(), e.cacheRead(), e.cacheWrite())) {
                assertFalse(anyContains(hidden, Format.exact(v, "USD")), mp.modelId() + " " + v + " is on screen");
            }
        }

        ctrl(robot, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> "Revealed".equals(robot.lookup("#privacyBadge").queryAs(Label.class).getText()));
        List<String> shown = allText();
        for (String f : figures) {
            assertTrue(anyContains(shown, f), f + " should be shown once revealed");
        }
        assertTrue(anyContains(shown, Format.perHour(new PlanQueries(demo.store()).pricing(sprint()).labourRate(LabourRate.BLENDED), "USD")));

        ctrl(robot, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> "Private".equals(robot.lookup("#privacyBadge").queryAs(Label.class).getText()));
        for (String f : figures) {
            assertFalse(anyContains(allText(), f), f + " should be hidden again");
        }

        // Revealing does not outlive presenting: leave revealed, come back private.
        ctrl(robot, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> "Revealed".equals(robot.lookup("#privacyBadge").queryAs(Label.class).getText()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> present(robot, "#planTable"));
        robot.type(KeyCode.F11);
        waitUntil(() -> present(robot, "#presenter"));
        assertEquals("Private", robot.lookup("#privacyBadge").queryAs(Label.class).getText());
        for (String f : figures) {
            assertFalse(anyContains(allText(), f), f + " is shown after presenting again");
        }
    }

    @Test
    void bodyTextIsAtLeast18pxAndCtrlPlusZoomsAndIsRemembered(FxRobot robot) throws Exception {
        enterWithF11(robot);
        ctrl(robot, KeyCode.SHIFT, KeyCode.R);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> present(robot, "#presenterEditorInput"));
        double smallest = smallestVisibleText(robot);
        assertTrue(smallest >= 18, "smallest text at 100% is " + smallest + "px");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#presenterEditor").query().isVisible());
        assertTrue(present(robot, "#presenter"), "Esc in the editor cancels the edit, not presenter mode");

        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);
        waitUntil(() -> "125%".equals(robot.lookup("#presenterScale").queryAs(Label.class).getText()));
        assertTrue(robot.lookup("#presenter").query().getStyleClass().contains("scale-125"));
        assertEquals(25, robot.lookup("#pTotalValue").queryAs(Label.class).getFont().getSize() / 1.65, 0.1);
        waitUntil(() -> demo.tasks().idle() && Optional.of("125").equals(demo.store().settings().get(PresenterZoom.SCALE_KEY)));
        ctrl(robot, KeyCode.MINUS);
        waitUntil(() -> "110%".equals(robot.lookup("#presenterScale").queryAs(Label.class).getText()));
        ctrl(robot, KeyCode.DIGIT0);
        waitUntil(() -> "100%".equals(robot.lookup("#presenterScale").queryAs(Label.class).getText()));
    }

    private double smallestVisibleText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] min = {Double.MAX_VALUE};
        robot.lookup(n -> n instanceof Text).queryAll().stream().filter(PresenterFxTest::showing)
                .map(n -> (Text) n).filter(t -> t.getText() != null && !t.getText().isBlank())
                .forEach(t -> min[0] = Math.min(min[0], t.getFont().getSize()));
        return min[0];
    }

    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
