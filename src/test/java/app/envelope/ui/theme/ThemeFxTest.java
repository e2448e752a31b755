package app.envelope.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.store.jooq.H2Store;
import app.envelope.ui.FxBackgroundTasks;
import app.envelope.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
import org.testfx.util.WaitForAsyncUtils;

/** The theme picker in the main window: the whole window follows, and the choice survives a restart. */
@ExtendWith(ApplicationExtension.class)
class ThemeFxTest {
    private Store store;
    private FxBackgroundTasks tasks;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = TestStores.demo(Files.createTempDirectory("envelope-theme"));
        show();
    }

    private void show() {
        tasks = new FxBackgroundTasks();
        stage.setScene(new MainWindow(store, tasks).scene(1600, 960));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        store.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Color background(FxRobot robot) {
        return (Color) robot.lookup(".main-window").queryAs(Region.class).getBackground().getFills().get(0).getFill();
    }

    private boolean sheet(String name) {
        return stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith(name));
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
        waitUntil(() -> tasks.idle() && Optional.of("dark").equals(store.settings().get(Appearance.WINDOW_KEY)));

        Path file = store.path();
        robot.interact(() -> stage.hide());
        tasks.close();
        store.close();
        store = H2Store.open(file);
        robot.interact(this::show);
        waitUntil(() -> sheet("theme-dark.css"));
        @SuppressWarnings("unchecked")
        ComboBox<Theme> picker = robot.lookup("#themePicker").queryAs(ComboBox.class);
        assertEquals(Theme.DARK, picker.getValue());

        robot.clickOn("#themePicker");
        robot.clickOn("High contrast");
        waitUntil(() -> sheet("theme-high-contrast.css"));
        assertFalse(sheet("theme-dark.css"), "one theme at a time");
        assertEquals(Color.BLACK, background(robot));
        assertTrue(stage.getScene().getStylesheets().get(stage.getScene().getStylesheets().size() - 1)
                .endsWith("theme-high-contrast.css"), "the theme sheet comes last so its variables win");
    }
}
