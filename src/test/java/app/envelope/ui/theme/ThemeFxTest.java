package app.envelope.ui.theme;

import static app.envelope.ui.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.ui.DemoWindow;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The theme picker in the main window: the whole window follows, and the choice survives a restart. */
@ExtendWith(ApplicationExtension.class)
class ThemeFxTest {
    private DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.open(stage, "theme", 1600, 960);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private Color background(FxRobot robot) {
        return (Color) robot.lookup(".main-window").queryAs(Region.class).getBackground().getFills().get(0).getFill();
    }

    private boolean sheet(String name) {
        return demo.stage().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith(name));
    }

    @Test
    void pickingDarkRestylesTheWindowAndIsRememberedAfterARestart(FxRobot robot) throws Exception {
        waitUntil(() -> "$390,404".equals(robot.lookup("#totalCost").queryAs(Label.class).getText()));
        assertEquals(Color.web("#f6f7f9"), background(robot));
        robot.clickOn("#themePicker");
        robot.clickOn("Dark");
        waitUntil(() -> sheet("theme-dark.css"));
        assertEquals(Color.web("#0f1318"), background(robot), "-env-bg of the dark theme");
        Label cost = robot.lookup("#totalCost").queryAs(Label.class);
        assertEquals(Color.web("#e8edf2"), cost.getTextFill(), "text follows the theme");
        waitUntil(() -> demo.tasks().idle() && Optional.of("dark").equals(demo.store().settings().get(Appearance.WINDOW_KEY)));

        demo.restart(robot);
        waitUntil(() -> sheet("theme-dark.css"));
        @SuppressWarnings("unchecked")
        ComboBox<Theme> picker = robot.lookup("#themePicker").queryAs(ComboBox.class);
        assertEquals(Theme.DARK, picker.getValue());

        robot.clickOn("#themePicker");
        robot.clickOn("High contrast");
        waitUntil(() -> sheet("theme-high-contrast.css"));
        assertFalse(sheet("theme-dark.css"), "one theme at a time");
        assertEquals(Color.BLACK, background(robot));
        assertTrue(demo.stage().getScene().getStylesheets().get(demo.stage().getScene().getStylesheets().size() - 1)
                .endsWith("theme-high-contrast.css"), "the theme sheet comes last so its variables win");
    }
}
