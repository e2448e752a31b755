package app.envelope.ui.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.FxBackgroundTasks;
import app.envelope.ui.shell.MainWindow;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives "Export for finance…" from the main window: the dialog, a typed path (not the native chooser), Export. */
@ExtendWith(ApplicationExtension.class)
class FinanceExportFxTest {
    private Path dir;
    private Store store;
    private FxBackgroundTasks tasks;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("envelope-export-fx");
        store = TestStores.demo(dir);
        tasks = new FxBackgroundTasks();
        stage.setScene(new MainWindow(store, tasks).scene(1600, 960));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        robotCloseDialogs();
        tasks.close();
        store.close();
    }

    private void robotCloseDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().equals("Export for finance")).toList().forEach(Window::hide)).get();
    }

    @Test
    void exportsFromTheMainWindowAndShowsWhereTheFileWent(FxRobot robot) throws Exception {
        robot.clickOn("#exportFinance");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sprintList").tryQuery().isPresent()
                && robot.lookup("#sprintList").queryAs(ListView.class).getItems().size() == 4);
        Path file = dir.resolve("finance for the CFO.xlsx");
        TextField path = robot.lookup("#exportPath").queryAs(TextField.class);
        robot.interact(() -> path.setText(file.toString()));
        robot.clickOn("#startExport");
        Label result = robot.lookup("#exportResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result.getText().startsWith("Exported"));
        assertTrue(result.getText().startsWith("Exported 4 sprints and 54 plan lines to " + file), result.getText());
        assertTrue(result.getStyleClass().contains("ok"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSheet("Epics").getLastRowNum() >= 33);
        }
        // A picture of the dialog for review (target/, not a test artefact anyone relies on).
        WaitForAsyncUtils.asyncFx(() -> {
            var img = result.getScene().snapshot(null);
            try {
                Files.createDirectories(Path.of("target"));
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of("target/finance-export-dialog.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get();
    }
}
